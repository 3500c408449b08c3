package clean

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestEndBytes checks the end-byte filter on invented lines: it turns down
// lines no match can end, never a line that matches, and is not known for
// patterns whose end cannot be told.
func TestEndBytes(t *testing.T) {
	lines := []string{"10 November 2020    Read: 429", "10 November 2020    Read: 429.", "BAKU-Reuters",
		"The minister said so.", "Kelvin \u212a", "kelvin k", "Кто", "кто?", "x\xff", "x\xffy", "", "a", "ab"}
	for _, tt := range []struct {
		expr  string
		known bool   // whether the end bytes can be told
		not   string // a line the filter must turn down ("" for none)
	}{
		{`^\s*\d{1,2} [A-Z][a-z]+ \d{4}\s+Read: \d+$`, true, "The minister said so."},
		{`^[A-Z]+-(?:Reuters|AFP)$`, true, "10 November 2020    Read: 429"},
		{`(?i)kelvin k$`, true, "kelvin x"},
		{`Кто\z`, true, "The minister said so."},
		{`(?:x|[^a-z])$`, true, "ab"}, // a negated class holds U+FFFD: "x\xff" matches
		{`(?:ab|\d+)$`, true, "a"},
		{`a(?:b)?$`, true, "x"},
		{`(?:ab$|c)`, false, ""}, // one branch not anchored
		{`(?m)ab$`, false, ""},   // the line end, not the text's
		{`ab.$`, false, ""},      // any last character
		{`x?$`, false, ""},       // matches the empty text
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if (p.end != nil) != tt.known {
			t.Errorf("%s: end bytes known %v, want %v", tt.expr, p.end != nil, tt.known)
		}
		for _, s := range append(lines, tt.not) {
			if p.re.MatchString(s) && p.cannotEnd(s) {
				t.Errorf("%s: cannotEnd rejects %q, which matches", tt.expr, s)
			}
		}
		if tt.not != "" && (!p.cannotEnd(tt.not) || !p.skip(tt.not)) {
			t.Errorf("%s: the end test lets through %q", tt.expr, tt.not)
		}
	}
}

// TestEndBytesNeverRejectAMatch checks every built-in pattern's end
// bytes, parsed again from its expression as ends does, against its regexp
// over the seeds' and AEB's text lines.
func TestEndBytesNeverRejectAMatch(t *testing.T) {
	testkit.SkipUnderRace(t, "every filter pattern over the seeds and AEB pages, on one goroutine")
	var lines []string
	for _, p := range append(testkit.Seeds(t), testkit.SharedPages(t, "bench/aeb/text/*.txt")...) {
		for l := range strings.Lines(string(p.Data)) {
			lines = append(lines, strings.TrimRight(l, "\r\n"), strings.TrimSpace(l))
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	matched, known := 0, 0
	for _, f := range builtinFilters {
		tree, err := syntax.Parse(f.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		end := endBytes(tree)
		if end == nil {
			continue
		}
		known++
		re := regexp.MustCompile(f.expr)
		for _, l := range lines {
			if !re.MatchString(l) {
				continue
			}
			matched++
			if l == "" || !end.has(l[len(l)-1]) {
				t.Errorf("%s: matches %q, whose last byte the end bytes do not hold", f.expr, l)
			}
		}
	}
	if known == 0 || matched == 0 {
		t.Errorf("%d patterns with end bytes matched %d lines: the test tests nothing", known, matched)
	}
}
