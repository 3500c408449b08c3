package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/uchar"
)

func TestTidySpace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain line\nand another", "plain line\nand another"},
		{"EPA-EFE/JOHN  SMITH", "EPA-EFE/JOHN SMITH"},
		{"BAKU,\tMarch 14.\u00a0\u00a0/TASS/.", "BAKU, March 14. /TASS/."},
		{"a \u200b b\u00adc", "a bc"},
		{"A \u00ad00000", "A 00000"},                     // a plain space, then an invisible one: the space stays
		{"  indented  \n  next", "  indented  \n  next"}, // a line's edges as they are
		{"a  b \t c\u00a0 ", "a b c\u00a0 "},
		{"Ереван,\u202fРоссия", "Ереван, Россия"},
		// the look-alikes the normaliser prints as ASCII, as it prints them
		{"Kelbajar\u0589 the road\u0589\nNext 1\u20245", "Kelbajar: the road.\nNext 1.5"},
		{"a\u058ab\u055d c\u0589 \u00a0\n", "a-b, c. \u00a0\n"},
		{"Երևան\u0589 Բաքու\u058aԵրևան", "Երևան\u0589 Բաքու\u058aԵրևան"}, // Armenian text: kept
		{"Երևան\u0589 Baku\u0589 x", "Երևան\u0589 Baku: x"},
		// a carriage return inside a line: the white space before it goes,
		// as the normaliser removes it; before a line feed it is the
		// line's edge, and after the return a space stays
		{"0000 \r00 \t\r0\r 0", "0000\r00\r0\r 0"},
		{"end \r\nnext \r", "end \r\nnext \r"},
		// C0 controls go, as the normaliser removes them; at a line's
		// edge they are left to segmentText, which trims them
		{"Baku\x07talks \x07 here\x1b!\x07\n\x00next", "Bakutalks here!\x07\n\x00next"},
		// joiner-like characters go from Latin or neutral surroundings,
		// as the normaliser removes them, and stay by Arabic letters
		{"Sha\u200ere a\u200e b", "Share a b"},
		{"\u0645\u200c\u0646 \u0627\u200e\u00ad x", "\u0645\u200c\u0646 \u0627\u200e x"},
		{"\u0627 \u200e\u0628", "\u0627 \u0628"}, // after a space: the space's run
	} {
		if got, _ := tidySpace(tt.in); got != tt.want {
			t.Errorf("tidySpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, s := range []string{"nothing to tidy here, Ереван", "Երևան\u0589 Բաքու"} {
		if got, edits := tidySpace(s); got != s || !edits.none() {
			t.Errorf("tidySpace(%q) = %q", s, got)
		}
	}
	s := "nothing to tidy here, Ереван"
	if got, edits := tidySpace(s); got != s || !edits.none() {
		t.Errorf("tidySpace(%q) = %q", s, got)
	}
}

// TestTidyCredit: a credit with two spaces in it is found, as it is on the
// text output, where the normaliser has made them one.
func TestTidyCredit(t *testing.T) {
	src := "Talks go on\n\nThe two ministers met in Moscow on Tuesday, officials said.\n\nPresident Ilham Aliyev EPA-EFE/JOHN  SMITH\n\nMore text here in the story."
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Credit {
			return
		}
	}
	t.Errorf("no credit found: %+v", res.Blocks)
}

// TestUntidy: the detectors read tidied lines, but every block leaves with
// its text as the input has it (odd spaces, runs of spaces and invisible
// characters inside it kept), at its column in the input's line, so that
// the normaliser sees and records each change; the blocks still cover every
// character of the input.
func TestUntidy(t *testing.T) {
	src := "Talks\u00a0go on\n\n\u00a0 The two ministers\u200b met in  Moscow on Tuesday, officials said.\n\nPresident Ilham Aliyev EPA-EFE/JOHN  SMITH\u00a0\n\nYEREVAN,\u00a0\u00a0Armenia (AP) — More\u00adtext here in the story, as the ministers said on Tuesday evening."
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Kind{}
	for _, b := range res.Blocks {
		got[b.Text] = b.Kind
	}
	for text, kind := range map[string]Kind{
		"Talks\u00a0go on": Title,
		"The two ministers\u200b met in  Moscow on Tuesday, officials said.": Deck, // the summary above the dateline
		"EPA-EFE/JOHN  SMITH":                Credit,
		"YEREVAN,\u00a0\u00a0Armenia (AP) —": Dateline,
	} {
		if k, ok := got[text]; !ok || k != kind {
			t.Errorf("block %q: kind %v (found %v), want %v; blocks %+v", text, k, ok, kind, res.Blocks)
		}
	}
	checkConservation(t, src, res)
}

// TestBlankAt: the byte test agrees with the rune classes on every
// character of the lead bytes it reads.
func TestBlankAt(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		s := string(r) + "x"
		if got, want := tidyClass[s[0]] == tidyLead && blankAt(s, 0), isOddSpace(r) || isInvisible(r) || isLookAlike(r) || uchar.IsJoinerLike(r); got != want {
			t.Errorf("blankAt(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestUntidyAtAgrees: the eight-byte skip finds what a byte-by-byte scan
// finds, on random strings of the bytes it must tell apart.
func TestUntidyAtAgrees(t *testing.T) {
	parts := []string{"a", "!", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u00ad", "’", "—", "\u200b", "\ufeff", "é", "\x01", "\x1f", "\x7f", "\u0589", "\u058a", "\u055d", "\u2024", "Ա", "\u2025", "\u200c", "\u200f", "\u202a", "\u2069", "\u2028"}
	slow := func(src string, i int) int {
		for ; i < len(src); i++ {
			switch c := src[i]; {
			case c == ' ' && i+1 < len(src) && src[i+1] == ' ', c == '\t', c == '\v', c == '\f':
				return i
			case c < 0x20 && c != '\n' && c != '\r': // a C0 control
				return i
			case c == '\r' && i > 0 && src[i-1] == ' ' && i+1 < len(src) && src[i+1] != '\n':
				return i // a space before a carriage return inside a line
			case c >= 0x80:
				if blankAt(src, i) {
					return i
				}
			}
		}
		return -1
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := randomText(rng, parts, 40)
		for i := 0; i <= len(s); i++ {
			if got, want := untidyAt(s, i), slow(s, i); got != want {
				t.Fatalf("untidyAt(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestUntidyLookAlike: the detectors read an Armenian full stop in Latin
// text as the colon it is printed as, and the block leaves with the full
// stop, for the normaliser to replace and record.
func TestUntidyLookAlike(t *testing.T) {
	line := "The two ministers met in Moscow on Tuesday, officials said\u0589 the road opens next year."
	src := "Talks go on\n\n" + line + "\n\nMore text here in the story, as the ministers said on Tuesday evening."
	res, err := String(src, &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range res.Blocks {
		found = found || b.Text == line
	}
	if !found {
		t.Errorf("no block %q: %+v", line, res.Blocks)
	}
	checkConservation(t, src, res)
}

// TestSegmentInvisibleEdge: a soft hyphen at a line's edge goes with the
// white space there, as the normaliser removes it: a line read with it
// ("\u00adShare") escaped the detectors that read the printed line.
func TestSegmentInvisibleEdge(t *testing.T) {
	b := segmentText("\u00ad\u00adShare\u00ad\nnext")
	if len(b) != 2 || b[0].Text != "Share" || b[0].Col != 4 {
		t.Errorf("blocks %+v, want \"Share\" at column 4", b)
	}
}

// randomText joins fewer than most parts drawn at random.
func randomText(rng *rand.Rand, parts []string, most int) string {
	var b strings.Builder
	for range rng.IntN(most) {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}
