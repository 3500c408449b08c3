package clean

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestRequiredAnyOf checks the literals one of which every match holds,
// kept only when they beat the one required literal, and that skip
// follows them.
func TestRequiredAnyOf(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want []string
	}{
		// The parser takes the "A" the branches share out in front, and
		// makes "[Pp]" a folded "P"; the optional space and the folded
		// letter are multiplied out, and the optional bracket after them
		// adds nothing ("ARMENPRESS)" holds "ARMENPRESS").
		{`(?:ARMENPRESS|Armen ?[Pp]ress)\)?`, []string{"ARMENPRESS", "Armen Press", "Armen press", "ArmenPress", "Armenpress"}},
		{`(?i)\bby: `, []string{"BY: ", "By: ", "bY: ", "by: "}}, // a short folded literal: its spellings
		{`(?i)^read also$`, nil},                             // folded case: too many spellings
		{`\d{4}(?:, )?[Pp]ress`, []string{"Press", "press"}}, // ", Press" holds "Press"
		{`^\p{Lu}+, (?:Iran|Georgia), \d`, []string{", Georgia, ", ", Iran, "}},
		{`(?:News|More)$`, []string{"More", "News"}},
		{`a(?:b|c)d`, []string{"abd", "acd"}},
		{`^(?:News|More)?$`, nil},                                      // may match nothing
		{`^/TASS/\. `, nil},                                            // the one literal is as good
		{`^(?:ab|cd)x*$`, nil},                                         // too short to be worth a search
		{`(?:Photo|Video): .+ / AFP$`, []string{"Photo: ", "Video: "}}, // 7 bytes each beat " / AFP"
		{`^(?:Photo|Video): .+ / Reuters$`, nil},                       // " / Reuters" beats them
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(p.anyOf, tt.want) {
			t.Errorf("%s: anyOf %q, want %q", tt.expr, p.anyOf, tt.want)
		}
	}
	p, _ := compilePattern(`^\p{Lu}+, (?:Iran|Georgia), \d`)
	if !p.skip("YEREVAN, Armenia, 12 May") || p.skip("TBILISI, Georgia, 12 May") {
		t.Error("the filter does not follow its literals")
	}
}

// TestRequiredPrefixes checks the literals every match of a ^-anchored
// pattern opens with, and the patterns that have none worth testing.
func TestRequiredPrefixes(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want []string
	}{
		{`^(?:AW|Asbarez): `, []string{"AW: ", "Asbarez: "}},
		{`^(?:(?P<a>ARMENPRESS):|\((?P<a>ARMENPRESS)\) ?[:-]?)(?:\s|$)`, []string{"(ARMENPRESS)", "ARMENPRESS:"}},
		{`^Read (?:also|more)\b`, []string{"Read also", "Read more"}},
		{`^Photo: [^/]+/AFP$`, []string{"Photo: "}},
		{`^(?:The )?views`, nil},  // may start "views"
		{`(?i)^read also`, nil},   // folded case
		{`Read also`, nil},        // not anchored
		{`(?m)^Read also`, nil},   // a line start, not the text's
		{`^(?:Read also|x)`, nil}, // "x" is too short to be worth it
		{`^Read also|More`, nil},  // one branch is not anchored
		{`^\d+ Read also`, nil},   // no literal opens it
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(p.prefix, tt.want) {
			t.Errorf("%s: prefix %q, want %q", tt.expr, p.prefix, tt.want)
		}
	}
	p, _ := compilePattern(`^(?:AW|Asbarez): `)
	if !p.skip("Story: AW: x") || p.skip("AW: the story") {
		t.Error("the filter does not follow its prefixes")
	}
}

// The "one of these literals" filter never turns down a line that the
// pattern matches: every built-in pattern that has one, over the lines of
// the seeds and of AEB's text pages (when the benchmark data is there).
func TestAnyOfNeverRejectsAMatch(t *testing.T) {
	testkit.SkipUnderRace(t, "the filtered patterns over the seeds and AEB pages, on one goroutine")
	if checkAnyOf(t, testkit.Seeds(t)) == 0 {
		t.Error("no seed line matched a pattern that has the filter: the test tests nothing")
	}
	checkAnyOf(t, testkit.SharedPages(t, "bench/aeb/text/*.txt"))
}

// checkAnyOf checks the filter on the pages' lines and returns how many
// (pattern, line) pairs matched.
func checkAnyOf(t *testing.T, pages []testkit.Page) int {
	var lines []string
	for _, p := range pages {
		for l := range strings.Lines(string(p.Data)) {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	matched := 0
	for _, f := range builtinFilters {
		if f.anyOf == nil && f.prefix == nil {
			continue
		}
		re := regexp.MustCompile(f.expr)
		for _, l := range lines {
			if holdsAnyOf(l, f.anyOf) && hasAnyPrefix(l, f.prefix) {
				if re.MatchString(l) {
					matched++
				}
				continue
			}
			if re.MatchString(l) {
				t.Errorf("%s: matches %q, which holds none of %q or starts with none of %q", f.expr, l, f.anyOf, f.prefix)
			}
		}
	}
	return matched
}
