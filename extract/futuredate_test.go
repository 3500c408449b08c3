package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestFutureDateWarning checks that a publish date refused as later than
// the crawl date leaves a "future-date" warning naming it, and that a page
// whose dates are all before the crawl has none.
func TestFutureDateWarning(t *testing.T) {
	page := func(date string) []byte {
		return []byte(`<html><head><meta property="article:published_time" content="` + date + `T09:00:00Z"></head><body><article>
<h1>Harbour cranes return to the old port</h1>
<p>The port authority said on Tuesday that two cranes removed a decade ago would be rebuilt on the east quay by the spring.</p>
<p>Work on the foundations began last month, and the first of the cranes is due to be lifted into place before the summer season.</p>
</article></body></html>`)
	}
	crawl := time.Date(2025, 3, 4, 12, 0, 0, 0, time.UTC)
	warningOf := func(t *testing.T, date string) (string, *extract.Warning) {
		a, err := extract.HTMLBytes(page(date), "text/html; charset=utf-8", &extract.Options{CrawlDate: crawl})
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range a.Warnings {
			if w.Kind == "future-date" {
				return a.Published, &a.Warnings[i]
			}
		}
		return a.Published, nil
	}
	t.Run("refused", func(t *testing.T) {
		published, w := warningOf(t, "2031-05-01")
		if strings.HasPrefix(published, "2031") {
			t.Fatalf("the future date was taken")
		}
		if w == nil || w.Field != "published" || w.Text != "2031-05-01T09:00:00+00:00 refused: after the crawl date 2025-03-04" {
			t.Errorf("warning = %+v", w)
		}
	})
	t.Run("before the crawl", func(t *testing.T) {
		published, w := warningOf(t, "2025-03-03")
		if !strings.HasPrefix(published, "2025-03-03") || w != nil {
			t.Errorf("published %q, warning %+v", published, w)
		}
	})
}
