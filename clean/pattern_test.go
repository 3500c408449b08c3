package clean

import (
	"slices"
	"testing"
)

func TestPatternPrefilters(t *testing.T) {
	for _, tt := range []struct {
		expr   string
		lit    string
		maxLen int
	}{
		{`^All news$`, "All news", 8},
		{`^(?:News|More)$`, "", 4},
		{`/TASS/\. `, "/TASS/. ", -1},
		{`(?i)^read also$`, "", 9 * 4},
		{`^Views: \d+$`, "Views: ", -1},
		{`^\d{2}\.\d{2}\.\d{4} \| \d{2}:\d{2}$`, " | ", 4*2 + 1 + 4*2 + 1 + 4*4 + 3 + 4*2 + 1 + 4*2},
		{`^(?:Рейтинг)$`, "Рейтинг", 14},
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if p.lit != tt.lit || p.maxLen != tt.maxLen {
			t.Errorf("%s: lit %q maxLen %d, want %q %d", tt.expr, p.lit, p.maxLen, tt.lit, tt.maxLen)
		}
		// The prefilters must never reject what the pattern matches.
		for _, s := range []string{"All news", "More", "x /TASS/. y", "READ ALSO", "READ AL\u017fO", "Views: 12", "14.11.2024 | 17:08", "Рейтинг"} {
			var pairs bigrams
			pairs.index(s)
			if p.re.MatchString(s) && (p.skip(s) || p.absentFrom(s, &pairs)) {
				t.Errorf("%s: the prefilter rejects %q, which matches", tt.expr, s)
			}
		}
	}
}

func TestBigrams(t *testing.T) {
	var b bigrams
	b.index("All news from Baku")
	for lit, want := range map[string]bool{"All news": true, "Baku": true, "news f": true, "/TASS/": false, "Bakü": false, "x": true, "": true} {
		if got := b.mayContain(lit); got != want {
			t.Errorf("mayContain(%q) = %v, want %v", lit, got, want)
		}
	}
}

func TestPatternStartBytes(t *testing.T) {
	lines := []string{"\u212aelvin scale", "KELVIN", "kelvin", "  • May 5", "May 5", "Читать на сайте", "Read on the site",
		"ÇAY-AP", "DAY-AP", "", "abc", "xabc", "\u00a0News", "News", "5 May"}
	for _, tt := range []struct {
		expr  string
		known bool // whether the start bytes can be told
	}{
		{`(?i)^kelvin`, true},
		{`^\s*(?:•\s*)?(?:May|June) \d`, true},
		{`^(?:Read on|Читать)`, true},
		{`^[A-ZÇĞ][A-Z]+-AP$`, true},
		{`^\d{1,2} May`, true},
		{`^(?:x)?$`, false}, // matches the empty line
		{`^.abc`, false},    // any first character
		{`abc`, false},      // not anchored
		{`^(?:\x{a0}|x?)News`, true},
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if (p.start != nil) != tt.known {
			t.Errorf("%s: start bytes known %v, want %v", tt.expr, p.start != nil, tt.known)
		}
		for _, s := range lines {
			if p.re.MatchString(s) && p.skip(s) {
				t.Errorf("%s: skip rejects %q, which matches", tt.expr, s)
			}
		}
		if tt.known && !p.skip("abc") {
			t.Errorf("%s: skip lets through \"abc\", whose first byte no match has", tt.expr)
		}
	}
}

// TestLazyRegexpGroups checks that the group names and indexes a pattern
// reports before its regexp is compiled are those of the compiled regexp.
func TestLazyRegexpGroups(t *testing.T) {
	for _, expr := range []string{`^(?P<place>[A-Z]+), (?P<date>\w+ \d+)`, `(a)(?P<x>b)?(c(?P<y>d))`, `plain`, `(?P<a>x)|(?P<a>y)`} {
		p, err := compilePattern(expr)
		if err != nil {
			t.Fatal(err)
		}
		if p.re.re != nil {
			t.Errorf("%s: compiled before first use", expr)
		}
		names := slices.Clone(p.re.SubexpNames())
		idx := map[string]int{}
		for _, n := range append(names, "", "missing") {
			idx[n] = p.re.SubexpIndex(n)
		}
		re := p.re.get()
		if !slices.Equal(names, re.SubexpNames()) {
			t.Errorf("%s: names %q before compiling, %q after", expr, names, re.SubexpNames())
		}
		for n, i := range idx {
			if want := re.SubexpIndex(n); i != want {
				t.Errorf("%s: SubexpIndex(%q) = %d before compiling, %d after", expr, n, i, want)
			}
		}
	}
	if _, err := compilePattern(`(unclosed`); err == nil {
		t.Error("a pattern that does not parse was accepted")
	}
}
