package clean

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// edgeLines are lines at the edges of what a line's reader meets: empty,
// blank, one byte, invalid UTF-8 (the pipeline repairs it, a reader
// called on its own does not), lone lead bytes of the marks the readers
// test by their bytes (a dash's 0xE2, Persian's 0xDB, "【"), and lines of
// a megabyte, with spaces and without.
var edgeLines = []string{
	"", " ", "x", ".", "\xff", "\xff\xfe\xfd", "\xe2", "\xe2\x80", "\xdb", "【", "【関連記事",
	"Read more:", "Read more: \xff", "Key takeaways\xff", "Telegraph \xff", "Report: \xffJane Doe; Edit: Jane Roe",
	"۱۴۰۳/۱۲/۱۴ - \xdb", "\xdb\xb1۴۰۳/۱۲/۱۴", "Updated March 3, 2025 2:30 p.m",
	strings.Repeat("word ", 200_000), strings.Repeat("w", 1<<20), strings.Repeat("—", 1<<18), strings.Repeat("۱", 1<<18),
}

// TestLineReadersAtEdges runs the line readers of the forty-second
// session's stages (teaser pointers, summary boxes, desk and report
// credits, numeric solar Hijri dates, a time's "p.m.", a date's closing
// sign) over edgeLines: none may panic, the readers of a short form turn
// the empty and the huge lines down, and what a reader returns of its
// line stays inside it (persianDigits' answer is the rune set's).
func TestLineReadersAtEdges(t *testing.T) {
	for _, s := range edgeLines {
		name := s[:min(len(s), 24)]
		wantShortFormsRefused(t, s, []shortFormReader{
			{"isBareTeaserLabel", isBareTeaserLabel(s)},
			{"isTeaserHeadline", isTeaserHeadline(s)},
			{"isAdMarkerTail", isAdMarkerTail(s)},
			{"summaryHeading", summaryHeading(s)},
			{"nameplateDesk", nameplateDesk(s)},
			{"deskCredit", deskCredit(s)},
			{"headlineVerbInside", headlineVerbInside(s)},
			{"solarNumericAlone", solarNumericAlone(s)},
			{"endsWithFullStop", endsWithFullStop(s)},
			{"holdsTeaserTailMark", holdsTeaserTailMark(s)},
			{"holdsSpacedDashMark", holdsSpacedDashMark(s)},
			{"persianLetter", persianLetter(s)},
		})
		if at, _ := teaserLabelEnd(s); at > len(s) || at < -1 {
			t.Errorf("teaserLabelEnd(%q...) = %d, out of the line", name, at)
		}
		if got, ok := pairedReport(s); ok && !strings.HasPrefix(got, "By ") {
			t.Errorf("pairedReport(%q...) = %q without its \"By \"", name, got)
		}
		if _, at, ok := persianNumericDate(s, 4); ok && (at < 0 || at >= len(s)) {
			t.Errorf("persianNumericDate(%q...) at %d, out of the line", name, at)
		}
		if got := trimStretch(s); !strings.Contains(s, got) {
			t.Errorf("trimStretch(%q...) = %q, not of the line", name, got)
		}
		if i := firstDigit(s); i < -1 || i >= len(s) || i >= 0 && !strings.ContainsRune("0123456789۰۱۲۳۴۵۶۷۸۹", utf8RuneAt(s, i)) {
			t.Errorf("firstDigit(%q...) = %d, no digit", name, i)
		}
		if body, rest := cjkClosingWord(s); !strings.HasPrefix(s, body) || !strings.HasSuffix(s, rest) || len(body)+len(rest) > len(s) {
			t.Errorf("cjkClosingWord(%q...) = %q, %q: not the line's head and tail", name, body, rest)
		}
		if got, want := persianDigits(s), strings.ContainsAny(s, "۰۱۲۳۴۵۶۷۸۹"); got != want {
			t.Errorf("persianDigits(%q...) = %v, want %v", name, got, want)
		}
	}
}

// utf8RuneAt is the rune that starts at byte i of s.
func utf8RuneAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// TestPageStagesAtEdges runs the page stages of the forty-second session
// that read a block's neighbours (cutTeaserTails, signedStoryHead,
// summaryPoint, creditUnder) over pages of no block, of one edge line, and
// of each edge line between a pointer and the story's prose, where their
// reads one block up or down meet the page's ends: none may panic, and
// cutTeaserTails, which cuts blocks in two (on some of the pages, or the
// test reaches no cut), keeps every byte but the spaces at a cut.
func TestPageStagesAtEdges(t *testing.T) {
	const prose = "The harbour board voted on Tuesday to keep the night ferry running through the winter months, citing demand from shift workers."
	pages, cut := [][]string{nil}, 0
	for _, s := range edgeLines {
		pages = append(pages, []string{s},
			[]string{"Read more: Harbour ferries add a winter timetable", s, prose, prose + " Read more: " + s},
			[]string{"Auch interessant", s, prose, "Key takeaways", s})
	}
	for _, texts := range pages {
		p := &Page{}
		for _, s := range texts {
			p.blocks = append(p.blocks, Block{Text: s})
		}
		for i := range p.blocks {
			p.signedStoryHead(i)
			p.summaryPoint(i)
			p.creditUnder(i, len(p.blocks), &lowerWords{})
		}
		before := strings.Join(texts, "")
		p.cutTeaserTails()
		var after strings.Builder
		for _, b := range p.blocks {
			after.WriteString(b.Text)
		}
		if strip := func(s string) string { return strings.ReplaceAll(s, " ", "") }; strip(after.String()) != strip(before) {
			t.Errorf("cutTeaserTails over %d blocks lost or added bytes", len(texts))
		}
		if len(p.blocks) > len(texts) {
			cut++
		}
	}
	if cut == 0 {
		t.Error("cutTeaserTails cut no block: the glued pointers are not reached")
	}
}

// TestStagePagesAtEdges runs pages that reach the forty-second session's
// text stages (a pointer's line, a bare label, a glued pointer, a summary
// box, a credit under the headline, a Persian numeric date line, a latest
// list over the head) through String: alone on a one-line page, with
// invalid UTF-8 in them, inside a story, and made a megabyte long. Every
// line must land in a block (conservation), and an empty page is ErrEmpty.
// Some pages must reach the stages repaired (U+FFFD for the invalid bytes),
// not read in another charset.
func TestStagePagesAtEdges(t *testing.T) {
	if _, err := String("", nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("the empty page: err %v, want ErrEmpty", err)
	}
	repaired := 0
	st := clutterStories["en"]
	story := append([]string{st.title, st.byline, "05.03.2025 10:02"}, st.paras...)
	inStory := func(line string) string { // under the headline, and again after the first paragraph
		return strings.Join(append(append([]string{st.title, line}, story[1:4]...), append([]string{line}, story[4:]...)...), "\n\n")
	}
	for _, line := range []string{
		"ALSO READ | Tunnel survey finds cracks",
		"Auch interessant\n\nNeue Fahrpläne ab Dezember",
		st.paras[0] + " Read more: Why the valley lost its trains",
		st.paras[0] + " Advertisement",
		"Key takeaways\n\nThe basin is dredged before summer.",
		"Maren Holt, Senior Reporter",
		"Telegraph Sport",
		"Report: Maren Holt; Edit: Jane Roe",
		"تاریخ انتشار: ۱۴۰۳/۱۲/۱۴ - ۱۰:۳۰",
		"Latest\n\nFerry timetable changes from Monday - 6 mins ago",
	} {
		for _, src := range []string{
			line,
			inStory(line),
			inStory(strings.Replace(line, " ", " \xff\xfe", 1)),
			strings.Join(append(story[:4:4], line+strings.Repeat(" "+line, (1<<20)/(len(line)+1))), "\n\n"),
		} {
			res, err := String(src, nil)
			if err != nil {
				t.Fatalf("%.40q: %v", src, err)
			}
			decoded, _, _ := decodeText(src) // a page of invalid UTF-8 may read as another charset
			checkConservation(t, decoded, res)
			if hasWarning(res, "invalid-utf8", "") {
				repaired++
			}
		}
	}
	if repaired == 0 {
		t.Error("no page was repaired as invalid UTF-8: the stages never read U+FFFD")
	}
}

// shortFormReader is a reader of a short form of line (a label, a credit,
// a marker) and its answer on one line.
type shortFormReader struct {
	name string
	got  bool
}

// wantShortFormsRefused fails t for each reader that took an empty or a
// huge line s (over 64 KiB) for its short form.
func wantShortFormsRefused(t *testing.T, s string, readers []shortFormReader) {
	t.Helper()
	if len(s) <= 1<<16 && strings.TrimSpace(s) != "" {
		return
	}
	for _, r := range readers {
		if r.got {
			t.Errorf("%s(%q...) = true on an empty or huge line", r.name, s[:min(len(s), 24)])
		}
	}
}
