package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// footedPage is a flattened page: the headline, the lines above the story,
// the census story's paragraphs, the lines below it, a block a line.
func footedPage(above, below []string) string {
	story := strings.Split(strings.NewReplacer("<p>", "", "</p>", "").Replace(censusStory), "\n")
	blocks := append(append(append([]string{"Harbour board to rebuild the ferry pier"}, above...), story...), below...)
	return strings.Join(blocks, "\n\n") + "\n"
}

// The modified time of flattened text whose head prints no update comes
// from a line elsewhere that labels one, unless it is before the
// publication, after the crawl, or a shop box's stamp of its prices.
func TestTextModifiedBelowStory(t *testing.T) {
	opts := &extract.Options{CrawlDate: time.Date(2025, 12, 6, 12, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name         string
		above, below []string
		pub, mod     string
	}{
		{"an update under the story", []string{"March 5, 2025"}, []string{"Last updated on March 7, 2025"}, "2025-03-05", "2025-03-07"},
		{"a label over the date", []string{"March 5, 2025"}, []string{"Last updated:", "March 7, 2025"}, "2025-03-05", "2025-03-07"},
		{"Russian", []string{"5 марта 2025"}, []string{"Обновлено 6 марта 2025"}, "2025-03-05", "2025-03-06"},
		{"before the publication", []string{"March 5, 2025"}, []string{"Last updated on March 1, 2025"}, "2025-03-05", ""},
		{"after the crawl", []string{"March 5, 2025"}, []string{"Last updated on March 7, 2027"}, "2025-03-05", ""},
		{"a shop's prices", []string{"March 5, 2025"}, []string{"Amazon prices last updated: March 15, 2025 at 3:21 AM"}, "2025-03-05", ""},
		{"updates of other pages", []string{"March 5, 2025"}, []string{"Updated on March 7, 2025", "Ferry timetable for the summer", "Updated on March 9, 2025"}, "2025-03-05", ""},
	} {
		a, err := extract.String(footedPage(c.above, c.below), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.pub {
			t.Errorf("%s: published %q, want %q", c.name, a.Published, c.pub)
		}
		if got := a.Modified[:min(len(a.Modified), 10)]; got != c.mod {
			t.Errorf("%s: modified %q, want %q", c.name, a.Modified, c.mod)
		}
	}
}

// A reader's comment's stamp under the thread's count ("3 comments", the
// commenter's name, the stamp) is not the page's date, with no "Reply"
// button under it; the same stamp without the count above is.
func TestCommentStampUnderCount(t *testing.T) {
	for _, c := range []struct {
		name  string
		below []string
		want  string
	}{
		{"under the count", []string{"3 comments", "John Miller", "March 9, 2025 at 4:12 pm", "A long overdue decision, if you ask me."}, ""},
		{"a prompt between", []string{"2 Comments", "Sort by newest", "John Miller", "March 9, 2025 at 4:12 pm", "A long overdue decision."}, ""},
		{"no count", []string{"John Miller", "March 9, 2025 at 4:12 pm"}, "2025-03-09"},
	} {
		a, err := extract.String(footedPage(nil, c.below), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want %q", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// A text head's update that gives only the day takes the time of day an
// update line under the story gives for the same day; one of another day
// changes nothing.
func TestTextModifiedTimeFromFoot(t *testing.T) {
	opts := &extract.Options{CrawlDate: time.Date(2025, 12, 6, 12, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name         string
		above, below []string
		mod          string
	}{
		{"the foot gives the time", []string{"UPDATED: Wed., Mar. 5, 2025", "Published: March 4, 2025"}, []string{"Updated: Mar. 5, 2025, 7:10 p.m."}, "2025-03-05T19:10:00"},
		{"the foot gives another day", []string{"UPDATED: Wed., Mar. 5, 2025", "Published: March 4, 2025"}, []string{"Updated: Mar. 6, 2025, 7:10 p.m."}, "2025-03-05"},
		{"the foot gives no time", []string{"UPDATED: Wed., Mar. 5, 2025", "Published: March 4, 2025"}, []string{"Updated: Mar. 5, 2025"}, "2025-03-05"},
	} {
		a, err := extract.String(footedPage(c.above, c.below), opts)
		if err != nil {
			t.Fatal(err)
		}
		if a.Modified != c.mod {
			t.Errorf("%s: modified %q, want %q (published %q)", c.name, a.Modified, c.mod, a.Published)
		}
	}
}
