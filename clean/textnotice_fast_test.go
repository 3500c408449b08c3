package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// isStandingNoticeSlow is isStandingNotice as it was before the marks'
// literals were counted first: each mark whose stem the line holds has
// its pattern run, in order, until minNoticeMarks of them match.
func isStandingNoticeSlow(s string) bool {
	n := 0
	for i := range noticeMarks {
		m := &noticeMarks[i]
		if strings.Contains(s, m.stem) && m.re.MatchString(s) {
			n++
		}
	}
	return n >= minNoticeMarks
}

// TestNoticeMarkAlso: each mark's also literal and its stem are held by
// what its pattern matches, in every form of the pattern's alternatives
// (invented phrases, capitals where the pattern lets them stand), so that
// a line without them cannot hold the mark and a line with it is read.
func TestNoticeMarkAlso(t *testing.T) {
	forms := [len(noticeMarks)][]string{
		{"a Registered Investment Adviser", "a registered investment advisor", "registered Investment Advisers"},
		{"Past performance is no guide", "past Performance does not promise"},
		{"is not indicative of future", "not necessarily indicative of future"},
		{"Investing involves risk", "investments carry some risks", "Investment involves great market risk", "investing carries risk"},
		{"Forward-Looking Statements", "forward-looking statements"},
		{"we do not provide tax advice", "it does not provide any legal", "does not provide investment"},
		{"for informational purposes only", "for general information purposes only", "for educational and informational purposes only"},
		{"should not be construed as", "must not be relied upon as", "shall not be considered as", "should not be relied on as"},
		{"Consult your financial advisor", "consult with a qualified tax professional", "consult an independent legal counsel", "Consult your own licensed investment adviser"},
		{"Member FINRA", "member of FINRA"},
		{"Securities offered through", "securities are offered through"},
		{"professional liability"},
		{"loss of principal", "loss of the principal"},
	}
	for i := range noticeMarks {
		m := &noticeMarks[i]
		if len(forms[i]) == 0 {
			t.Errorf("mark %d (%q) has no forms", i, m.stem)
		}
		for _, f := range forms[i] {
			got := m.re.get().FindString(f)
			if got == "" {
				t.Errorf("mark %d: %q does not match its pattern", i, f)
				continue
			}
			if !strings.Contains(got, m.also) {
				t.Errorf("mark %d: its match %q lacks its literal %q", i, got, m.also)
			}
			if !strings.Contains(got, m.stem) {
				t.Errorf("mark %d: its match %q lacks its stem %q, so a line printing it never counts", i, got, m.stem)
			}
		}
	}
}

// TestStandingNoticeAgreesWithSlow: isStandingNotice, which counts the
// marks' literals before any pattern runs, answers as the form that runs
// each pattern whose stem a line holds, over the corpus's lines and
// invented notices.
func TestStandingNoticeAgreesWithSlow(t *testing.T) {
	lines := append(testkit.CorpusLines(t),
		"Harbour Wealth Partners, LLC is a Registered Investment Adviser. Past performance is no guarantee of future returns.",
		"Investing involves risk, including loss of principal. This is for informational purposes only.",
		"Forward-Looking Statements: this page should not be construed as advice; consult your tax advisor.",
		"Securities offered through Harbour Securities, Member FINRA/SIPC. We do not provide legal advice.",
		"The invest plan shows past performance and a principal of the firm who says risk is low, and not be afraid.",
	)
	fired := 0
	for _, l := range lines {
		want := isStandingNoticeSlow(l)
		if got := isStandingNotice(l); got != want {
			t.Errorf("isStandingNotice(%q) = %v, the slow form %v", l, got, want)
		}
		if want {
			fired++
		}
	}
	if fired < 4 {
		t.Errorf("only %d of the lines are notices: the test reads too few", fired)
	}
}
