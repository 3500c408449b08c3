package batch_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/batch"
)

// Clean a JSONL stream: each line's page becomes an article, in input
// order; a bad line becomes a result with Err and the batch goes on.
func ExampleRun() {
	in := `{"id":"a1","url":"https://example.org/a","text":"Library opens\n\nThe city council opened the new central library on Monday, after two years of work on the building."}
{"id":"a2","text":""}
`
	r := batch.NewReader(batch.ReadOptions{Kind: batch.KindJSONL, Stdin: strings.NewReader(in)})
	for res := range batch.Run(context.Background(), r.Paths("-"), &batch.Options{Workers: 2}) {
		if res.Err != nil {
			fmt.Printf("%s (%s): %v\n", res.Record.ID, res.Record.Pos, res.Err)
			continue
		}
		fmt.Printf("%s: %s\n", res.Article.ID, res.Article.Title)
	}
	// Output:
	// a1: Library opens
	// a2 (-:2): empty input
}

// Read the pages of a crawl archive; records that hold no page are counted
// by reason.
func ExampleReader_Stream() {
	page := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello.</p>"
	img := "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
	rec := func(id, block string) string {
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: https://example.org/%s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", id, id, len(block), block)
	}
	r := batch.NewReader(batch.ReadOptions{})
	for rec := range r.Stream("crawl.warc", strings.NewReader(rec("p", page)+rec("i", img))) {
		fmt.Println(rec.ID, rec.Pos, rec.URL, rec.Kind, string(rec.Data))
	}
	fmt.Println("skipped:", batch.SkippedString(r.Counts().Skipped))
	// Output:
	// urn:uuid:p crawl.warc#1 https://example.org/p html <p>Hello.</p>
	// skipped: 1 image/png
}
