package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTextTitleWithoutSite checks that a headline of flattened text loses
// the site's name its address gives, or a short tag after a bar, and that
// a headline whose last part is its own is left whole; a date printed
// after the headline goes too.
func TestTextTitleWithoutSite(t *testing.T) {
	story := strings.Repeat("The harbour board voted on Monday to rebuild the north pier before the winter storms, after a year of repairs. ", 3)
	for _, c := range []struct{ url, head, want string }{
		{"https://www.harbour-post.example/2025/pier", "Harbour board votes to rebuild the north pier - Harbour Post", "Harbour board votes to rebuild the north pier"},
		{"https://news.example.org/opinion/pier", "Why the north pier must be rebuilt now | Opinion", "Why the north pier must be rebuilt now"},
		{"https://news.example.org/2025/pier", "Harbour board votes on the north pier - Part 2", "Harbour board votes on the north pier - Part 2"},
		// A date after the headline goes; a year of the headline's own stays.
		{"https://news.example.org/notes/pier", "Harbour board votes on the north pier / Dec 2025", "Harbour board votes on the north pier"},
		{"https://news.example.org/notes/pier", "Harbour board notes | 18.12.2025", "Harbour board notes"},
		{"https://news.example.org/notes/pier", "Harbour board votes on the north pier - 2025", "Harbour board votes on the north pier - 2025"},
	} {
		a, err := extract.String(c.head+"\n\n"+story+"\n", &extract.Options{URL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.url, a.Title, c.want)
		}
	}
}
