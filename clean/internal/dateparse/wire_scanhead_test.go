package dateparse

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// scanHeadByByte is scanHead as it was written before it skipped the bytes
// it does not read: the reference it is tested against.
func scanHeadByByte(head string) (dated, plain bool) {
	digit, comma := false, false
	for i := 0; i < len(head) && i < 64; i++ {
		switch c := head[i]; {
		case c == ' ':
			if i+1 < len(head) && !capitalOrParticle(head[i+1:]) && !(head[i+1] >= '0' && head[i+1] <= '9') {
				return dated, plain
			}
		case c >= '0' && c <= '9':
			if !digit {
				digit = true
				dated = i > 2 && (head[i-1] == ' ' || head[i-1] == '.') && hasDashOrColon(head[i:])
			}
		case (c == '.' || c == ',') && !comma && i+2 < len(head) && head[i+1] == ' ':
			comma = true
			w := head[i+2:]
			if j := strings.IndexAny(w, " :"); j >= 0 {
				w = w[:j]
			}
			_, plain = lookupWire(strings.TrimSuffix(w, "."))
		case c == '(' || c == ')' || c == '"' || c == ':' || c == ';' || c == '?' || c == '!':
			return dated && digit, plain
		}
	}
	return dated, plain
}

// TestScanHeadSkips checks scanHead against the byte-by-byte reference on
// the wire table's paragraphs, the tests' literals and random heads built
// of the pieces datelines are made of, of every length around its 64 bytes.
func TestScanHeadSkips(t *testing.T) {
	var heads []string
	for _, w := range readWorldWires(t) {
		heads = append(heads, headOf(w.para))
	}
	heads = append(heads, testLiterals(t)...)
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"ROMA", "Baku", "de", " ", ", ", ". ", "5", "05", "2025", "MAR", "mars", "(", ")", "-", "–", ":", "AFP", "Reuters", "KAZINFORM", "\"", "?", "é", "x"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		heads = append(heads, b.String())
	}
	for _, h := range heads {
		d, p := scanHead(h)
		wd, wp := scanHeadByByte(h)
		if d != wd || p != wp {
			t.Fatalf("scanHead(%q) = %v, %v; byte by byte %v, %v", h, d, p, wd, wp)
		}
	}
}

// earlyDayByByte is earlyDay byte by byte: the reference its eight-byte
// search is held to.
func earlyDayByByte(head string) bool {
	for i := 3; i < len(head) && i < 40; i++ {
		if c := head[i]; c >= '0' && c <= '9' {
			return head[i-1] == ' ' && (head[i-2] == ',' || head[i-2] == '.' || afterMonthWord(head[:i-1]))
		}
	}
	return false
}

// TestEarlyDayMonthFirst: a month's word printed before the day counts
// after a comma or a full stop ("Baku. December 5", "Baku, Dec. 5"), not
// after a word of a sentence or one too long for a month.
func TestEarlyDayMonthFirst(t *testing.T) {
	for head, want := range map[string]bool{
		"Baku. December 5. APA. Azerbaijan's": true,
		"Baku, Dec. 5, AZERTAC. The":          true,
		"Баку. декабря 5. APA.":               true,
		"The council on March 5 approved":     false,
		"Baku, Azerbaijan and Armenia 5":      false,
		"Baku, Dec-ember 5":                   false,
		"Baku, Decemberdecemberdecember 5":    false,
	} {
		if got := earlyDay(head); got != want {
			t.Errorf("earlyDay(%q) = %v, want %v", head, got, want)
		}
	}
}

// TestEarlyDay holds earlyDay to earlyDayByByte over heads of every
// length to past 40 bytes with a day in every place, and random ones.
func TestEarlyDay(t *testing.T) {
	var heads []string
	for n := range 48 {
		for at := range n {
			for _, day := range []string{", 5", ". 5", " 5", "5", ",5"} {
				h := []byte(strings.Repeat("Bakı", 12))[:n]
				h = append(h[:at], day...)
				heads = append(heads, string(h)+"xyz é")
			}
		}
	}
	heads = append(heads, testkit.RandomTexts(36, 1, 20000, 48, []string{"a", "B", " ", ",", ".", "5", "12", "é", "\xff", "/"})...)
	for _, h := range heads {
		if got, want := earlyDay(h), earlyDayByByte(h); got != want {
			t.Fatalf("earlyDay(%q) = %v, byte by byte %v", h, got, want)
		}
	}
}
