package clean

import (
	"strings"
	"testing"
)

// TestIsStandingNotice: a firm's notice with two stock phrases or more is
// one; a story's line quoting one, or none, is not.
func TestIsStandingNotice(t *testing.T) {
	notices := []string{
		"Harbour Wealth Partners, LLC is a Registered Investment Adviser. Past performance is no guarantee of future returns. Investing involves risk and possible loss of principal capital.",
		"Parts of this blog may contain forward-looking statements based on our reasonable expectations. Past performance is not a guarantee of future return, nor is it indicative of future performance.",
		"Harbour Books and its affiliates do not provide tax, legal or accounting advice. This material has been prepared for informational purposes only, and should not be relied on as such.",
		"Securities offered through Harbour Securities, Member FINRA/SIPC. Please consult your financial advisor before you buy or sell any of the funds named here.",
	}
	stories := []string{
		"Past performance is no guarantee of future returns, the fund's manager told the meeting, but the council's pension has done well by it for a decade.",
		"Over the past five years, four in ten registered investment advisers have bought another firm, and the pace is picking up as founders retire.",
		"The insurer offers surety, fidelity and professional liability cover to builders along the coast, and its trade grew by a fifth last year.",
		"The council said the figures were shown for information only and that the final budget would be set in the spring after a vote of the whole council.",
		"",
	}
	for _, s := range notices {
		if !isStandingNotice(s) {
			t.Errorf("isStandingNotice(%q) = false, want true", s)
		}
	}
	for _, s := range stories {
		if isStandingNotice(s) {
			t.Errorf("isStandingNotice(%q) = true, want false", s)
		}
	}
	for i := range noticeMarks {
		m := &noticeMarks[i]
		if !noticeStems.holdsAny(m.stem) {
			t.Errorf("mark %d's stem %q is not among noticeStems", i, m.stem)
		}
	}
}

// TestStandingNoticeDropped: under a story the detector keeps, the text
// path drops a firm's standing notice and keeps the story's paragraph that
// quotes one of its phrases.
func TestStandingNoticeDropped(t *testing.T) {
	story := []string{
		"Harbour fund beats its peers for a third year",
		"By Jane Smith",
		"The Harbour Growth fund returned 14 percent last year, beating the index it tracks for the third year in a row, its managers said on Tuesday.",
		"Past performance is no guarantee of future returns, the fund's manager told the meeting, but the council's pension has done well by it for a decade.",
		"The fund holds shares in about sixty firms, most of them small makers of parts for ships and ferries along the coast and in the northern ports.",
		"Its fees fell by a tenth this year after savers moved money to cheaper funds that track the index, and the managers expect them to fall again.",
		"The council will decide in the spring whether to move part of its pension into the fund, a vote that was put off twice last year over the fees.",
		"Savers who want to leave the fund can do so at a day's notice, the managers said, and none of the big savers has asked to leave so far this year.",
		"Harbour Wealth Partners, LLC is a Registered Investment Adviser. Advisory services are only offered to clients where the firm is properly licensed. Past performance is no guarantee of future returns. Investing involves risk and possible loss of principal.",
		"Related stories",
	}
	res, err := String(strings.Join(story, "\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, b := range res.Blocks {
		switch {
		case strings.HasPrefix(b.Text, "Harbour Wealth Partners"):
			found++
			if b.Kind == Body {
				t.Errorf("the firm's notice kept as body (rule %q)", b.Rule)
			}
		case strings.HasPrefix(b.Text, "Past performance is no guarantee"):
			found++
			if b.Kind != Body {
				t.Errorf("the story's line quoting a notice's phrase labelled %s by %q", b.Kind, b.Rule)
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of the 2 lines", found)
	}
}
