package batch

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// Summary tallies a batch's results for the line printed at its end.
type Summary struct {
	Pages       int // results
	Articles    int // articles that read as one
	NotArticles int // articles with a "not-an-article" warning
	Failed      int // results with Err
	Timeouts    int // ... of which over their budget
	// Skipped counts the WARC records passed over, by reason (Counts.Skipped).
	Skipped map[string]int
	// Elapsed is the batch's wall-clock time, set by the caller when the
	// batch ends (Add leaves it alone); String prints it rounded to 0.1 s.
	// Zero until set.
	Elapsed time.Duration
}

// Add counts one result.
func (s *Summary) Add(r Result) {
	s.Pages++
	switch {
	case r.Err != nil:
		s.Failed++
		if errors.Is(r.Err, ErrTimeout) {
			s.Timeouts++
		}
	case r.Article != nil && slices.ContainsFunc(r.Article.Warnings, func(w extract.Warning) bool { return w.Kind == "not-an-article" }):
		s.NotArticles++
	default:
		s.Articles++
	}
}

// String is the summary in one line, for people:
//
//	1200 pages: 1150 articles, 30 not articles, 20 failed (2 timeouts); skipped 75 WARC records: 60 image/jpeg, 15 status 404; 41.2s
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s: %d %s, %d not %s, %d failed", s.Pages, plural(s.Pages, "page"), s.Articles, plural(s.Articles, "article"), s.NotArticles, plural(s.NotArticles, "article"), s.Failed)
	if s.Timeouts > 0 {
		fmt.Fprintf(&b, " (%d %s)", s.Timeouts, plural(s.Timeouts, "timeout"))
	}
	if sk := (Counts{Skipped: s.Skipped}).SkippedTotal(); sk > 0 {
		fmt.Fprintf(&b, "; skipped %d WARC %s: %s", sk, plural(sk, "record"), SkippedString(s.Skipped))
	}
	fmt.Fprintf(&b, "; %s", s.Elapsed.Round(100*time.Millisecond))
	return b.String()
}

// SkippedString lists skip reasons and counts, the most frequent first:
// "60 image/jpeg, 15 status 404".
func SkippedString(skipped map[string]int) string {
	keys := slices.Collect(maps.Keys(skipped))
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(skipped[b], skipped[a]), cmp.Compare(a, b))
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d %s", skipped[k], k)
	}
	return strings.Join(parts, ", ")
}

// plural is word with an "s" unless n is one, for the summary's counts.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
