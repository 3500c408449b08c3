// Command summary cleans a few scraped pages with the newsclean library, on
// several goroutines, and prints one summary line per page: the outlet, the
// publish date, the title, how many paragraphs the story has and what was
// taken out. A page the cleaner rejects (empty, binary, too large) gets a
// line saying why, and the others still go through; any other error is a
// bug and stops the program. The pages are embedded, so it runs offline:
//
//	go run ./examples/summary
package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/newsclean/newsclean/batch"
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

// summarize cleans every embedded page on several goroutines (batch.Run)
// and writes the summaries in file order.
func summarize(w io.Writer) error {
	names, err := fs.Glob(pages, "pages/*.txt") // sorted
	if err != nil {
		return err
	}
	for res := range batch.Run(context.Background(), records(names), nil) {
		switch {
		case badInput(res.Err):
			fmt.Fprintf(w, "%s: not cleaned: %v\n", res.Record.ID, res.Err)
		case res.Err != nil:
			return fmt.Errorf("%s: %w", res.Record.ID, res.Err)
		default:
			fmt.Fprintln(w, line(res.Article))
		}
	}
	return nil
}

// records yields the embedded pages as batch records of flattened text; a
// page that cannot be read is a record with its error.
func records(names []string) iter.Seq[batch.Record] {
	return func(yield func(batch.Record) bool) {
		for _, name := range names {
			rec := batch.Record{ID: path.Base(name), Pos: name, Kind: batch.KindText}
			rec.Data, rec.Err = pages.ReadFile(name)
			if !yield(rec) {
				return
			}
		}
	}
}

// badInput reports whether err says the page itself is unusable, as the
// reader or the cleaner found it (batch's errors match both), rather than
// a bug or a failed read.
func badInput(err error) bool {
	for _, bad := range []error{batch.ErrEmpty, batch.ErrBinary, batch.ErrTooLarge} {
		if errors.Is(err, bad) {
			return true
		}
	}
	return false
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
		a.ID, outlet, published, a.Title, len(a.Body), orNothing(strings.Join(removed, " ")), orNothing(strings.Join(rewrites, ", ")))
}

// orNothing is s, or "nothing" when s is empty.
func orNothing(s string) string {
	if s == "" {
		return "nothing"
	}
	return s
}
