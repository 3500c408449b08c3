package clean

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestQuickTestRejects: the quick test turns down, without the regexp, a
// text too long for a whole-line pattern, one that no match starts (by
// its first byte or its first two), one that no match ends and one that
// lacks the literals every match holds, and keeps those a match may be.
func TestQuickTestRejects(t *testing.T) {
	for _, c := range []struct {
		expr, text string
		rejects    bool
	}{
		{`(?i)^(\d+) (?:comments?|replies) (?:to|on) [“"](.+)[”"]$`, "14.11.2024 | 17:08", true},       // end byte
		{`(?i)^(\d+) (?:comments?|replies) (?:to|on) [“"](.+)[”"]$`, `3 Comments on "A title"`, false}, // matches
		{`(?i)^(\d+) (?:comments?|replies) (?:to|on) [“"](.+)[”"]$`, `Three comments on "A title"`, true},
		{`^-0[-–—]$|^-\d{2}[A-Z]-$`, "- Thank you very much, dear colleagues. -", true}, // too long
		{`^-0[-–—]$|^-\d{2}[A-Z]-$`, "-0—", false},
		{`(?i)^(?:june|july) \d+`, "Jazz 12", true},   // "j" opens a match, "ja" none: the pairs tell
		{`(?i)^(?:june|july) \d+`, "Monday 12", true}, // first byte
		{`(?i)^(?:may|june) \d+`, "Mark 12", true},    // "ma" is a start pair, "mark" no start quad
		{`(?i)^(?:may|june) \d+`, "MAY 12", false},    // matches
		{`(?i)^(?:may|june) \d+`, "Mayday", true},     // "mayd": a match has a space fourth
		{`(?i)^(?:may|june) \d+`, "Mo 12", true},      // "mo" is not
		{`(?i)^(?:may|june) \d+`, "\xffMay 12", true}, // an invalid byte, read as U+FFFD: no start
		{`(?i)^(?:may|june) \d+`, "• May 12", true},   // a mark past ASCII: no start
		{`(?i)^(?:may|june) \d+`, "Май 12", true},     // another script
		{`(?i)^(?:so|june) \d+`, "ſo 12", false},      // ſ folds to s: its first byte is a start
		{`(?i)^(?:über|june) \d+`, "Über 12", false},  // a start past ASCII
		{`^[^a-z]+ \d+`, "\xff 12", false},            // U+FFFD is one of the class's runes
		{`^[^a-z]+ \d+`, "× 12", false},
		{`(?i)said:$`, "He said: ", true},
		{`(?i)said:$`, "He said:", false},
		{`(?i)said:`, "He said nothing", false},                       // nothing known: the regexp tells
		{`(?i)thanks for reading\b`, "Thanks for your reading", true}, // the literal as case folds
		{`(?i)thanks for reading\b`, "THANKS FOR READING!", false},
		{`\bloss of (?:the )?principal\b`, "loss of the interest", true}, // a literal every match holds
		{`\bloss of (?:the )?principal\b`, "a loss of principal", false},
		{`\b(?:Team|Staff|Desk)\b`, "the team and the staff", true}, // one of the literals, in their case
		{`\b(?:Team|Staff|Desk)\b`, "Our Staff here", false},
	} {
		l := &lazyRegexp{expr: c.expr, builtin: true}
		if got := l.quick().rejects(c.text); got != c.rejects {
			t.Errorf("%s: rejects(%q) = %v, want %v", c.expr, c.text, got, c.rejects)
		}
		if c.rejects && regexp.MustCompile(c.expr).MatchString(c.text) {
			t.Errorf("%s matches %q, which the case says it turns down", c.expr, c.text)
		}
	}
}

// TestQuickTestKeepsMatches: over the seeds' and AEB's lines (trimmed or
// not, a quarter of them with an invalid byte before or after), no text that one of the
// package's own patterns matches is turned down by the pattern's quick
// test; and the wrapped methods answer as the regexp does.
func TestQuickTestKeepsMatches(t *testing.T) {
	testkit.SkipUnderRace(t, "every rule pattern over the seeds and AEB pages, on one goroutine")
	var lines []string
	n := 0
	for _, p := range append(testkit.Seeds(t), testkit.SharedPages(t, "bench/aeb/text/*.txt")...) {
		for l := range strings.Lines(string(p.Data)) {
			l = strings.TrimRight(l, "\r\n")
			lines = append(lines, l, strings.TrimSpace(l))
			if n++; n%4 == 0 { // the invalid bytes on a quarter of the lines: the test's time
				lines = append(lines, "\xff"+l, l+"\xbf")
			}
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	kept, rejected := 0, 0
	for _, l := range lazyPatterns {
		re := regexp.MustCompile(l.expr)
		q := newQuickTest(l.expr)
		for _, s := range lines {
			if !q.rejects(s) {
				kept++
				continue
			}
			rejected++
			if re.MatchString(s) {
				t.Errorf("%s: the quick test turns down %q, which matches", l.expr, s)
			}
		}
	}
	if kept == 0 || rejected == 0 {
		t.Errorf("%d texts kept, %d turned down: the test tests nothing", kept, rejected)
	}
	// The wrapped methods of a pattern with every quick test.
	l := &lazyRegexp{expr: `(?i)^(\d+) (?:comments?|replies) (?:to|on) [“"](.+)[”"]$`, builtin: true}
	re := regexp.MustCompile(l.expr)
	for _, s := range []string{`12 replies to "Title"`, `12 replies to "Title`, "", "\xff", "12"} {
		if got, want := l.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("FindStringIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := l.FindStringSubmatch(s), re.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("FindStringSubmatch(%q) = %q, want %q", s, got, want)
		}
		if got, want := l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("FindStringSubmatchIndex(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAddLastBytesWholeWords: addLastBytes sets the continuation bytes (and,
// for a range holding U+FFFD, every byte from 0xc0) as the byte-by-byte
// loop it replaced does.
func TestAddLastBytesWholeWords(t *testing.T) {
	for _, r := range [][2]rune{{'a', 'z'}, {'a', 0xe9}, {0x80, 0x7ff}, {0x400, 0x4ff}, {0xfff0, 0xffff}, {0x20, 0x10ffff}, {0x10000, 0x10ffff}} {
		var got, want byteSet
		got.addLastBytes(r[0], r[1])
		for c := r[0]; c <= min(r[1], 0x7f); c++ {
			want.add(byte(c))
		}
		if r[1] >= 0x80 {
			top := 0xbf
			if r[0] <= 0xfffd && 0xfffd <= r[1] {
				top = 0xff
			}
			for b := 0x80; b <= top; b++ {
				want.add(byte(b))
			}
		}
		if got != want {
			t.Errorf("addLastBytes(%#x, %#x) = %x, want %x", r[0], r[1], got, want)
		}
	}
}
