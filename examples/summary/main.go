// Command summary cleans a few scraped pages with the newsclean library, on
// several goroutines, and prints one summary line per page: the outlet, the
// publish date, the title, how many paragraphs the story has and what was
// taken out. The pages are embedded, so it runs offline:
//
//	go run ./examples/summary
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/newsclean/newsclean/extract"
)

//go:embed pages/*.txt
var pages embed.FS

func main() {
	if err := summarize(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "summary:", err)
		os.Exit(1)
	}
}

// summarize cleans every embedded page concurrently and writes the summaries
// in file order.
func summarize(w io.Writer) error {
	names, err := fs.Glob(pages, "pages/*.txt") // sorted
	if err != nil {
		return err
	}
	lines := make([]string, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() { // the library is safe for concurrent use
			defer wg.Done()
			data, err := pages.ReadFile(name)
			if err != nil {
				errs[i] = err
				return
			}
			a, err := extract.Text(data, &extract.Options{ID: path.Base(name)})
			if err != nil {
				errs[i] = err
				return
			}
			lines[i] = line(a)
		}()
	}
	wg.Wait()
	for i := range names {
		if errs[i] != nil {
			return errs[i]
		}
		fmt.Fprintln(w, lines[i])
	}
	return nil
}

// line summarises one article.
func line(a *extract.Article) string {
	outlet := "unknown outlet"
	if a.Outlet != nil {
		outlet = a.Outlet.Name + " (" + a.Outlet.From + ")"
	}
	published := a.Published
	if published == "" {
		published = "no date"
	}
	kinds := map[string]int{}
	for _, r := range a.Removed {
		kinds[string(r.Kind)]++
	}
	var removed []string
	for k, n := range kinds {
		removed = append(removed, fmt.Sprintf("%s×%d", k, n))
	}
	sort.Strings(removed)
	var rewrites []string
	for _, r := range a.Replacements {
		rewrites = append(rewrites, r.From+"→"+r.To)
	}
	return fmt.Sprintf("%s: %s | %s | %q | %d paragraphs | removed %s | rewrote %s",
		a.ID, outlet, published, a.Title, len(a.Body), strings.Join(removed, " "), strings.Join(rewrites, ", "))
}
