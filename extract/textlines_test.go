package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestOtherLineEnds: a text without line feeds whose lines end in carriage
// returns (an old Mac file), or in U+2028 or U+2029 separators, is read line by line,
// as the same text with line feeds is. Before, each was one line: no
// title, and one body paragraph with the separators inside.
func TestOtherLineEnds(t *testing.T) {
	lines := []string{
		"Bridge to open next spring",
		"By Jane Doe",
		"YEREVAN, March 3. Officials said on Tuesday that the new bridge over the river would open next spring.",
		"The mayor said the work had cost twice what was planned, and that the city would pay the rest.",
	}
	want, err := String(strings.Join(lines, "\n\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want.Title != lines[0] || len(want.Body) != 2 {
		t.Fatalf("with line feeds: title %q, body %q", want.Title, want.Body)
	}
	for _, sep := range []string{"\r\r", "\r", "\u2028\u2028", "\u2029", "\u2028"} {
		src := strings.Join(lines, sep)
		for _, a := range articles(t, src) {
			if a.Title != want.Title || strings.Join(a.Body, "|") != strings.Join(want.Body, "|") {
				t.Errorf("separator %q: title %q, body %q; want %q, %q", sep, a.Title, a.Body, want.Title, want.Body)
			}
		}
	}
	// In a text with line feeds the others are left to clean: there
	// U+2028 breaks a line inside a paragraph, as <br> does.
	for _, src := range []string{"a\rb\nc", "a\u2028b\nc", "a\u2029b\r\nc"} {
		if got := lineEnds([]byte(src)); string(got) != src {
			t.Errorf("lineEnds(%q) = %q", src, got)
		}
	}
}

// articles extracts src by Text, String and Read.
func articles(t *testing.T, src string) []*Article {
	t.Helper()
	var out []*Article
	for _, f := range []func() (*Article, error){
		func() (*Article, error) { return Text([]byte(src), nil) },
		func() (*Article, error) { return String(src, nil) },
		func() (*Article, error) { return Read(strings.NewReader(src), nil) },
	} {
		a, err := f()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// TestMaxLines: a text page with more non-blank lines than
// Options.MaxLines fails with clean.ErrTooLarge, naming the option, before
// any cleaning; blank lines do not count; a negative limit is none.
func TestMaxLines(t *testing.T) {
	many := strings.Repeat("a\n", 1000)
	for _, f := range []func(*Options) error{
		func(o *Options) error { _, err := Text([]byte(many), o); return err },
		func(o *Options) error { _, err := String(many, o); return err },
		func(o *Options) error { _, err := Read(strings.NewReader(many), o); return err },
	} {
		err := f(&Options{MaxLines: 999})
		if !errors.Is(err, clean.ErrTooLarge) || !strings.Contains(err.Error(), "Options.MaxLines") {
			t.Errorf("1000 lines, MaxLines 999: %v, want ErrTooLarge naming MaxLines", err)
		}
		if err := f(&Options{MaxLines: 1000}); errors.Is(err, clean.ErrTooLarge) {
			t.Errorf("1000 lines, MaxLines 1000: %v", err)
		}
		if err := f(&Options{MaxLines: -1}); errors.Is(err, clean.ErrTooLarge) {
			t.Errorf("1000 lines, no limit: %v", err)
		}
	}
	blanks := strings.Repeat("\n \n\t\r\n", 1000) + "Title here\n\nOne line of text, said the man on Tuesday.\n"
	if _, err := String(blanks, &Options{MaxLines: 2}); err != nil {
		t.Errorf("2 lines among 3,000 blank ones, MaxLines 2: %v", err)
	}
	if err := checkLines(strings.Repeat("a\n", DefaultMaxLines+1), nil); !errors.Is(err, clean.ErrTooLarge) {
		t.Errorf("DefaultMaxLines+1 lines, default limit: %v", err)
	}
	if err := checkLines([]byte(strings.Repeat("a\n", DefaultMaxLines)), nil); err != nil {
		t.Errorf("DefaultMaxLines lines, default limit: %v", err)
	}
}
