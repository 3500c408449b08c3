package normalize

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// transformCases are inputs for the streaming tests: multibyte runes of
// every length, names with diacritics, look-alike punctuation, glosses,
// invalid UTF-8 and long lines.
var transformCases = []string{
	"",
	"plain ASCII text with no names at all",
	"Nagorno Karabakh and the Lachinsky corridor: Kelbajar, Nakhichevan, Garabagh's Qarabağ.",
	"    indented line with  double  spaces\u00a0and NBSP   \n\tsecond\u200b line\u00ad ok  \n",
	"Xankəndi, Kəlbəcər, Ağdam; İlham Əliyev met Nikol Paşinyan in Naxçıvan։ end\u2024 done",
	"Khankendi (Stepanakert) and Şuşa/Shushi; “Zangazur Corridor” — KELBAJAR’S roads",
	"4-byte 𝐀𝐁 and emoji 👨\u200d👩 and e\u0301 composed, Ω and \u212b",
	"bad \xff\xfe bytes \xe2\x82 cut and a truncated rune at the end \xe2",
	"line one\r\nline two  \r\n  line three ։\n",
	"Armenian text: Երևան։ Բաքու֊Երևան, Ղարաբաղ՝ ok\n",
	strings.Repeat("Nagorny Karabakh news ", 40),
	strings.Repeat("a", 300) + " Garabagh " + strings.Repeat("ə", 200),
}

// chunked runs tr over src with source and destination buffers of size
// size, the way transform.Reader does, handling short buffers.
func chunked(t *testing.T, tr transform.Transformer, src []byte, size int) string {
	t.Helper()
	tr.Reset()
	var out bytes.Buffer
	dst := make([]byte, size)
	pos := 0
	var carry []byte
	for {
		end := min(pos+size, len(src))
		in := append(carry, src[pos:end]...)
		atEOF := end == len(src)
		nDst, nSrc, err := tr.Transform(dst, in, atEOF)
		out.Write(dst[:nDst])
		carry = append([]byte(nil), in[nSrc:]...)
		pos = end
		switch {
		case err == nil:
			if atEOF && len(carry) == 0 {
				return out.String()
			}
		case errors.Is(err, transform.ErrShortDst), errors.Is(err, transform.ErrShortSrc):
			if nDst == 0 && nSrc == 0 && atEOF && errors.Is(err, transform.ErrShortSrc) {
				t.Fatalf("size %d: no progress at EOF", size)
			}
		default:
			t.Fatalf("size %d: %v", size, err)
		}
	}
}

func TestTransformerBufferSizes(t *testing.T) {
	n, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 16, 32, 64, 100, 257, 1000}
	for _, c := range transformCases {
		want, _ := n.String(c)
		for _, size := range sizes {
			got := chunked(t, n.Transformer(), []byte(c), size)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("size %d, input %q (-String +Transform):\n%s", size, c, diff)
			}
		}
		// transform.NewReader, one byte at a time.
		r := transform.NewReader(iotest.OneByteReader(strings.NewReader(c)), n.Transformer())
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("NewReader %q: %v", c, err)
		}
		if diff := cmp.Diff(want, string(got)); diff != "" {
			t.Errorf("NewReader %q:\n%s", c, diff)
		}
		// transform.String.
		got2, _, err := transform.String(n.Transformer(), c)
		if err != nil {
			t.Fatal(err)
		}
		if got2 != want {
			t.Errorf("transform.String(%q) = %q, want %q", c, got2, want)
		}
	}
}

func TestTransformerLongLines(t *testing.T) {
	// A small segment bound exercises the soft and hard cuts.
	n, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	n.maxSeg = 16
	for _, c := range []string{
		strings.Repeat("Kelbajar and Garabagh news. ", 20),
		strings.Repeat("x", 100) + " " + strings.Repeat("ə", 100) + strings.Repeat("\u0301", 50),
		strings.Repeat("\x80", 70) + strings.Repeat("é", 40),
	} {
		want, _ := n.String(c)
		for _, size := range []int{1, 3, 7, 16, 100} {
			got := chunked(t, n.Transformer(), []byte(c), size)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("size %d (-String +Transform):\n%s", size, diff)
			}
		}
	}
}

func TestTransformerChainAndSpan(t *testing.T) {
	n, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := "Nagorno Karabakh e\u0301 talks\n"
	got, _, err := transform.String(transform.Chain(norm.NFD, n.Transformer()), in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Nagorno-Karabakh é talks\n"; got != want {
		t.Errorf("Chain(NFD, n) = %q, want %q", got, want)
	}

	tr := n.Transformer()
	clean := "Karabakh and Baku.\nSecond line\n"
	if k, err := tr.Span([]byte(clean), true); k != len(clean) || err != nil {
		t.Errorf("Span(clean) = %d, %v; want %d, nil", k, err, len(clean))
	}
	tr.Reset()
	dirty := "Karabakh.\nKelbajar.\n"
	if k, err := tr.Span([]byte(dirty), true); k != len("Karabakh.\n") || !errors.Is(err, transform.ErrEndOfSpan) {
		t.Errorf("Span(dirty) = %d, %v; want %d, ErrEndOfSpan", k, err, len("Karabakh.\n"))
	}
	tr.Reset()
	if k, err := tr.Span([]byte("Karabakh"), false); k != 0 || !errors.Is(err, transform.ErrShortSrc) {
		t.Errorf("Span(incomplete) = %d, %v; want 0, ErrShortSrc", k, err)
	}
}
