package extract

import (
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/testkit"
)

// FuzzText feeds the text entry point arbitrary input: it must not panic,
// must fail only with the documented errors, must place every block exactly
// once, and must produce valid UTF-8 everywhere in the article.
func FuzzText(f *testing.F) {
	for _, p := range testkit.Seeds(f) {
		f.Add(p.Data)
	}
	f.Add([]byte(" date 2024-01-18 “Quote” he said."))
	f.Add([]byte("Title\n\nYEREVAN, April 16. /ARKA/. Text on Sunday, April 14, 2021.\n\nPlease enter your comment!"))
	f.Add([]byte("Caption EPA-EFE/A B\n© EPA-EFE/A B\nRead also\n1 May 2024 - 10:00\nx\n2 May 2024 - 10:00"))
	f.Fuzz(func(t *testing.T, src []byte) {
		res, err := clean.Text(src, nil)
		if err != nil {
			if errors.Is(err, clean.ErrEmpty) || errors.Is(err, clean.ErrBinary) || errors.Is(err, clean.ErrTooLarge) {
				return
			}
			t.Fatalf("unexpected error: %v", err)
		}
		checkPlacement(t, res)
		a := FromBlocks(res, nil)
		checkBlocksHoldBody(t, a)
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var strs []string
		collectStrings(a, &strs)
		for _, s := range strs {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in the article: %q\n%s", s, out)
			}
		}
	})
}

// collectStrings gathers the article's text fields.
func collectStrings(a *Article, out *[]string) {
	*out = append(*out, a.Title, a.Deck, a.Section, a.Published)
	*out = append(*out, a.Body...)
	*out = append(*out, a.Authors...)
	for _, img := range a.Images {
		*out = append(*out, img.Caption, img.Credit)
	}
	for _, r := range a.Removed {
		*out = append(*out, r.Text)
	}
	for _, r := range a.Replacements {
		*out = append(*out, r.From, r.To)
	}
	if a.Dateline != nil {
		*out = append(*out, a.Dateline.Text, a.Dateline.Place)
	}
}
