package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A publication's label of two words before its date (Bulgarian's
// "Публикувано на", Swahili's "Imechapishwa tarehe", Filipino's
// "Inilathala noong", Danish's "Publiceret den") labels a date line, not
// a headline: the title stays the line above, and the date is the
// article's.
func TestTextDateLabelWords(t *testing.T) {
	const title = "Harbour board to rebuild the ferry pier"
	story := strings.NewReplacer("<p>", "", "</p>", "\n").Replace(censusStory)
	for _, c := range []struct{ line, published string }{
		{"Публикувано на 05.03.2025", "2025-03-05"},
		{"Публикувана на 5 март 2025", "2025-03-05"},
		{"ПУБЛИКУВАНО НА 05.03.2025", "2025-03-05"},
		{"Imechapishwa tarehe 5 Machi 2025", "2025-03-05"},
		{"Inilathala noong Marso 5, 2025", "2025-03-05"},
		{"Publiceret den 5. marts 2025", "2025-03-05"},
	} {
		t.Run(c.line, func(t *testing.T) {
			a, err := extract.String(title+"\n\n"+c.line+"\n\n"+story, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != title {
				t.Errorf("title %q, want %q", a.Title, title)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.published {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
