package clean

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

func TestPatternPrefilters(t *testing.T) {
	for _, tt := range []struct {
		expr           string
		lit            string
		maxLen, minLen int
	}{
		{`^All news$`, "All news", 8, 8},
		{`^(?:News|More)$`, "", 4, 4},
		{`/TASS/\. `, "/TASS/. ", -1, 8},
		{`(?i)^read also$`, "", 9 * 4, 9},
		{`^Views: \d+$`, "Views: ", -1, 8},
		{`^\d{2}\.\d{2}\.\d{4} \| \d{2}:\d{2}$`, " | ", 18, 18},
		{`^(?:Рейтинг)$`, "Рейтинг", 14, 14},
		{`^[^a]$`, "", 4, 1},          // an invalid byte matches as U+FFFD: one byte
		{`^[é-ê]{2}$`, "", 4, 4},      // two-byte letters only
		{`^x?[€]*$`, "", -1, 0},       // nothing required
		{`^(?:ab|c{3,5})$`, "", 5, 2}, // the shorter branch
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if p.lit != tt.lit || p.maxLen != tt.maxLen || p.minLen != tt.minLen {
			t.Errorf("%s: lit %q maxLen %d minLen %d, want %q %d %d", tt.expr, p.lit, p.maxLen, p.minLen, tt.lit, tt.maxLen, tt.minLen)
		}
		// The prefilters must never reject what the pattern matches.
		for _, s := range []string{"All news", "More", "x /TASS/. y", "READ ALSO", "READ AL\u017fO", "Views: 12", "14.11.2024 | 17:08", "Рейтинг", "b", "\U0010FFFF", "éê", "ab", "ccccc", "", "x€€"} {
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

// TestStartPairs checks the pair filter on patterns whose first bytes are
// common, on alternations anchored in every branch, and on case folding
// and non-ASCII starts.
func TestStartPairs(t *testing.T) {
	for _, tt := range []struct {
		expr        string
		known       bool     // whether the pairs can be told
		pass, block []string // lines the filter must let through / may reject
	}{
		{`^\s*(?:•\s*)?(?:January|May) \d`, true, []string{"May 5", " \tMay 5", "• January 1", "  •  May 2"}, []string{"Mr. Smith", "Jx", "M", " x", "\tx"}},
		{`^[A-Z]\.[A-Z]\. ?-0-$|^-0-$`, true, []string{"A.P. -0-", "-0-"}, []string{"Another line", "--"}},
		{`(?i)^kelvin`, true, []string{"KELVIN", "\u212aelvin", "kElvin"}, []string{"kx", "Kz"}},
		{`^(?:Читать|Read)`, true, []string{"Читать далее", "Read more"}, []string{"Дом", "Rx", "R"}},
		{`^x?$`, false, nil, nil},       // matches the empty line
		{`^.b`, false, nil, nil},        // any first character
		{`^\p{L}b`, false, nil, nil},    // too many starts
		{`ab`, false, nil, nil},         // not anchored
		{`^a|b`, false, nil, nil},       // one branch not anchored
		{"^[\uFFFD]x", false, nil, nil}, // U+FFFD also stands for an invalid byte
		{`^a`, true, []string{"a", "ab"}, []string{"", "b"}},
	} {
		p, err := compilePattern(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		sp := p.pairs
		if (sp != nil) != tt.known {
			t.Errorf("%s: pairs known %v, want %v", tt.expr, sp != nil, tt.known)
			continue
		}
		for _, s := range tt.pass {
			if p.skip(s) {
				t.Errorf("%s: skip rejects %q", tt.expr, s)
			}
		}
		for _, s := range tt.block {
			if p.re.MatchString(s) {
				t.Fatalf("%s: bad test: %q matches", tt.expr, s)
			}
			if sp != nil && sp.allows(s) {
				t.Errorf("%s: the pairs let through %q", tt.expr, s)
			}
		}
	}
}

// TestPrefiltersKeepMatches runs every pattern of the built-in rules over
// every line of the rules' test cases and the seeds: a line that a pattern
// matches must never be skipped by its prefilters.
func TestPrefiltersKeepMatches(t *testing.T) {
	testkit.SkipUnderRace(t, "every rule pattern over every rule case line, on one goroutine")
	var lines []string
	for _, f := range ruleCaseFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(b)) {
			l = strings.TrimRight(l, "\r\n")
			lines = append(lines, l, strings.TrimSpace(l))
		}
	}
	if len(lines) == 0 {
		t.Fatal("no rule test cases")
	}
	matched := 0
	for _, r := range BuiltinRules().rules {
		pats := slices.Concat(r.fingerprints, r.sections, r.bylines, r.headings)
		for _, c := range r.clutter {
			pats = append(pats, c.match)
		}
		for _, d := range r.datelines {
			pats = append(pats, d.match)
		}
		for _, pt := range pats {
			var pairs bigrams
			for _, l := range lines {
				if !pt.re.MatchString(l) {
					continue
				}
				matched++
				pairs.index(l)
				if pt.skip(l) || pt.absentFrom(l, &pairs) {
					t.Errorf("%s %s: the prefilters reject %q, which matches", r.id, pt.re, l)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no pattern matched any line")
	}
}

// TestLazyCompiledPatterns compiles the package's own lazily compiled
// patterns (lazyCompile: the phrase patterns, the byline, story-head and
// story-tail, comment and call-to-act expressions), which would otherwise
// panic only when a page first reaches one.
func TestLazyCompiledPatterns(t *testing.T) {
	if len(lazyPatterns) < len(phrasePatterns)+20 {
		t.Errorf("%d lazily compiled patterns, want the %d phrase patterns and at least 20 more", len(lazyPatterns), len(phrasePatterns))
	}
	for _, l := range lazyPatterns {
		if _, err := regexp.Compile(l.String()); err != nil {
			t.Errorf("pattern %s: %v", l, err)
		}
	}
}

// TestLazyCompileMethods: a lazyCompile expression, whose group names are
// not worked out ahead, answers as the compiled regexp does.
func TestLazyCompileMethods(t *testing.T) {
	const expr = `(?P<name>\p{Ll})(?:May|June)\b.*$`
	l, re := &lazyRegexp{expr: expr}, regexp.MustCompile(expr)
	if got, want := l.SubexpNames(), re.SubexpNames(); !slices.Equal(got, want) {
		t.Errorf("SubexpNames = %q, want %q", got, want)
	}
	if got := l.SubexpIndex("name"); got != 1 {
		t.Errorf("SubexpIndex(name) = %d, want 1", got)
	}
	const src, repl = "Jane DoeMay 3, 2024", "$1"
	if got, want := l.ReplaceAllString(src, repl), re.ReplaceAllString(src, repl); got != want {
		t.Errorf("ReplaceAllString = %q, want %q", got, want)
	}
	if got, want := l.FindSubmatchIndex([]byte(src)), re.FindSubmatchIndex([]byte(src)); !slices.Equal(got, want) {
		t.Errorf("FindSubmatchIndex = %v, want %v", got, want)
	}
}

// TestLazyReplaceQuick: a built-in pattern's ReplaceAllString answers as
// the regexp does, and a text its quick test turns down (no match can
// start at its first byte) is returned with no compile.
func TestLazyReplaceQuick(t *testing.T) {
	const expr = `^((?i:authors?|contributors?):)(\p{Lu})`
	l, re := &lazyRegexp{expr: expr, builtin: true}, regexp.MustCompile(expr)
	if l.ReplaceAllString("Breaking news today", "$1 $2"); l.re != nil {
		t.Error("a text the quick test turns down compiled the pattern")
	}
	for _, s := range []string{"Breaking news today", "Author:Jane Roe", "CONTRIBUTORS:Ann Lee", "author: Jane", "", "Authors:ámbar"} {
		if got, want := l.ReplaceAllString(s, "$1 $2"), re.ReplaceAllString(s, "$1 $2"); got != want {
			t.Errorf("ReplaceAllString(%q) = %q, want %q", s, got, want)
		}
	}
}
