package clean

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// checkConservation verifies that the blocks account for the input exactly:
// each block's text stands in its line at its column, no two blocks overlap,
// and every non-space character of every line lies in some block.
func checkConservation(t testing.TB, src string, res *Result) {
	t.Helper()
	src = strings.ToValidUTF8(src, "\uFFFD")
	lines := strings.Split(src, "\n")
	covered := make([][]bool, len(lines))
	for i, b := range res.Blocks {
		if b.Line < 1 || b.Line > len(lines) {
			t.Fatalf("block %d: line %d out of range", i, b.Line)
		}
		raw := lines[b.Line-1]
		if b.Col < 0 || b.Col+len(b.Text) > len(raw) || raw[b.Col:b.Col+len(b.Text)] != b.Text {
			t.Fatalf("block %d (line %d col %d) %q is not at its place in %q", i, b.Line, b.Col, b.Text, raw)
		}
		if b.Kind == "" {
			t.Fatalf("block %d has no kind", i)
		}
		if covered[b.Line-1] == nil {
			covered[b.Line-1] = make([]bool, len(raw))
		}
		for k := b.Col; k < b.Col+len(b.Text); k++ {
			if covered[b.Line-1][k] {
				t.Fatalf("block %d overlaps another block on line %d", i, b.Line)
			}
			covered[b.Line-1][k] = true
		}
	}
	for n, raw := range lines {
		for k, r := range raw {
			if isSpace(r) {
				continue
			}
			if covered[n] == nil || !covered[n][k] {
				t.Fatalf("line %d: %q at byte %d is in no block", n+1, r, k)
			}
		}
	}
}

func TestConservationSeeds(t *testing.T) {
	for _, p := range testkit.Seeds(t) {
		res, err := Text(p.Data, nil)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		checkConservation(t, string(p.Data), res)
	}
}

// TestConservationAEB runs over the public benchmark's flattened pages, which
// live outside the module; a clone without them skips.
func TestConservationAEB(t *testing.T) {
	for _, p := range testkit.SharedPages(t, "bench/aeb/text/*.txt") {
		res, err := Text(p.Data, nil)
		if errors.Is(err, ErrEmpty) {
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		checkConservation(t, string(p.Data), res)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		src  string
		opts *Options
		err  error
	}{
		{"empty", "", nil, ErrEmpty},
		{"blank lines", " \n\t\n\u00a0\n", nil, ErrEmpty},
		{"binary", "\x00\x01\x02PK\x03\x04 some text", nil, ErrBinary},
		{"control bytes", strings.Repeat("\x01\x02\x03\x04 text", 20), nil, ErrBinary},
		{"too large", strings.Repeat("a", 101), &Options{MaxBytes: 100}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := String(tt.src, tt.opts)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
		})
	}
	t.Run("invalid UTF-8 is repaired with a warning", func(t *testing.T) {
		src := "Title of the page\n\n" + para1 + " \xff\xfe end.\n"
		res, err := String(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Warnings) != 1 || res.Warnings[0].Kind != "invalid-utf8" {
			t.Errorf("warnings = %v", res.Warnings)
		}
		for _, b := range res.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Errorf("block %q is not valid UTF-8", b.Text)
			}
		}
		checkConservation(t, src, res)
	})
	t.Run("a 50 MB line", func(t *testing.T) {
		line := strings.Repeat("word and another word, ", 50<<20/23)
		if _, err := String(line, nil); !errors.Is(err, ErrTooLarge) {
			t.Fatalf("with the default limit: err = %v, want ErrTooLarge", err)
		}
		res, err := String(line, &Options{MaxBytes: 64 << 20})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Blocks) != 1 || res.Blocks[0].Kind != Body {
			t.Errorf("got %d blocks, first %s; want one body block", len(res.Blocks), res.Blocks[0].Kind)
		}
	})
}

func FuzzText(f *testing.F) {
	for _, p := range testkit.Seeds(f) {
		f.Add(string(p.Data))
	}
	f.Add(" date 2024-01-18 x")
	f.Add("BAKU, March 14. /TASS/.")
	f.Add("Read also\n1 May 2024 - 10:00\nx\n2 May 2024 - 10:00\ny\n")
	f.Add("A caption EPA-EFE/X Y\n© EPA-EFE/X Y\n")
	f.Add("\xcf\xf0\xe0\xe2\xe8\xf2\xe5\xeb\xfc\xf1\xf2\xe2\xee \xee\xe1\xfa\xff\xe2\xe8\xeb\xee\n\nBAKU, March 14.")
	f.Add("T\x00i\x00t\x00l\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00 \x00t\x00e\x00x\x00t\x00")
	f.Fuzz(func(t *testing.T, src string) {
		res, err := String(src, nil)
		if err != nil {
			if errors.Is(err, ErrEmpty) || errors.Is(err, ErrBinary) || errors.Is(err, ErrTooLarge) {
				return
			}
			t.Fatalf("unexpected error: %v", err)
		}
		for _, b := range res.Blocks {
			if b.Text == "" {
				t.Fatalf("an empty block at line %d col %d", b.Line, b.Col)
			}
			if !utf8.ValidString(b.Text) {
				t.Fatalf("invalid UTF-8 in block %q", b.Text)
			}
			if strings.TrimFunc(b.Text, unicode.IsSpace) != b.Text {
				t.Fatalf("block %q is not trimmed", b.Text)
			}
		}
		// Text in another charset is conserved as decoded.
		decoded, _, _ := decodeText(src)
		checkConservation(t, decoded, res)
	})
}
