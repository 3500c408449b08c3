package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// mixedRecords makes n records, text and HTML in turn, some with a URL of
// a site with a rule and some without one, some with read warnings.
func mixedRecords(n int) []Record {
	recs := make([]Record, n)
	for i := range recs {
		id := fmt.Sprint("m", i)
		r := Record{ID: id, Pos: id, Kind: KindText}
		body := fmt.Sprintf("The regional council said on Tuesday that the ferry line number %d would run twice a day from the first of May, after a year of repairs to the pier.", i)
		switch i % 3 {
		case 0:
			r.Data = []byte(fmt.Sprintf("Ferry line %d reopens\n\n%s\n", i, body))
		case 1:
			r.Kind, r.ContentType = KindHTML, "text/html; charset=utf-8"
			r.Data = []byte(fmt.Sprintf("<html><head><title>Ferry line %d reopens</title></head><body><h1>Ferry line %d reopens</h1><p>%s</p><p>Tickets go on sale next week.</p></body></html>", i, i, body))
		case 2:
			r.URL = fmt.Sprintf("https://tass.com/economy/%d", 1000+i)
			r.Data = []byte(fmt.Sprintf("All news\nFerry line %d reopens\nMOSCOW, April %d. /TASS/. %s\n", i, 1+i%28, body))
			r.Warnings = []extract.Warning{{Kind: "invalid-utf8", Text: "1 invalid UTF-8 sequence replaced"}}
		}
		recs[i] = r
	}
	return recs
}

// Run is safe for concurrent use as documented: many workers, results as
// they are ready, one shared Extract options value, give each record the
// article that one worker in input order gives (run with -race).
func TestRunConcurrentSameAsSerial(t *testing.T) {
	recs := mixedRecords(30)
	shared := &extract.Options{URL: "https://example.org/fallback", Rules: clean.BuiltinRules()}
	articles := func(o *Options) map[int]string {
		out := map[int]string{}
		for r := range Run(context.Background(), slices.Values(recs), o) {
			if r.Err != nil {
				t.Fatalf("%s: %v", r.Record.ID, r.Err)
			}
			b, err := json.Marshal(r.Article)
			if err != nil {
				t.Fatal(err)
			}
			out[r.Seq] = string(b)
		}
		return out
	}
	serial := articles(&Options{Workers: 1, Extract: shared, Timeout: -1})
	parallel := articles(&Options{Workers: 8, Unordered: true, Extract: shared, Timeout: -1})
	if len(serial) != len(recs) || len(parallel) != len(recs) {
		t.Fatalf("%d serial and %d parallel results, want %d", len(serial), len(parallel), len(recs))
	}
	for i := range recs {
		if serial[i] != parallel[i] {
			t.Errorf("record %d differs:\nserial   %s\nparallel %s", i, serial[i], parallel[i])
		}
	}
}

// Options.Extract.URL stands for a record without a URL; a record's own
// URL wins; the record's read warnings are among the article's warnings.
func TestRunExtractOptionsPerRecord(t *testing.T) {
	text := "All news\nFerry line reopens\nMOSCOW, April 2. /TASS/. The regional council said on Tuesday that the ferry line would run twice a day from the first of May.\n"
	warn := extract.Warning{Kind: "invalid-utf8", Text: "2 invalid UTF-8 sequences replaced"}
	recs := []Record{
		{ID: "no-url", Kind: KindText, Data: []byte(text), Warnings: []extract.Warning{warn}},
		{ID: "own-url", URL: "https://example.net/ferry", Kind: KindText, Data: []byte(text)},
	}
	got := map[string]*extract.Article{}
	for r := range Run(context.Background(), slices.Values(recs), &Options{Extract: &extract.Options{URL: "https://tass.com/economy/1"}}) {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Record.ID, r.Err)
		}
		got[r.Record.ID] = r.Article
	}
	if a := got["no-url"]; a.URL != "https://tass.com/economy/1" || a.Outlet == nil || a.Outlet.Name != "TASS" || a.Outlet.From != "url" {
		t.Errorf("no-url: url %q outlet %+v, want Extract.URL's outlet TASS", a.URL, a.Outlet)
	}
	if a := got["no-url"]; !slices.Contains(a.Warnings, warn) {
		t.Errorf("no-url: warnings %+v lack the read warning", a.Warnings)
	}
	if a := got["own-url"]; a.URL != "https://example.net/ferry" || a.Outlet == nil || a.Outlet.Domain != "example.net" {
		t.Errorf("own-url: url %q outlet %+v, want the record's own", a.URL, a.Outlet)
	}
}

// At most 4 records per worker are read ahead of the results yielded (the
// reader may hold one more, taken from the input and waiting for room).
func TestRunReadAhead(t *testing.T) {
	const workers = 2
	recs := storyRecords(60)
	var pulled atomic.Int64
	counted := func(yield func(Record) bool) {
		for _, r := range recs {
			pulled.Add(1)
			if !yield(r) {
				return
			}
		}
	}
	for _, unordered := range []bool{false, true} {
		pulled.Store(0)
		yielded := int64(0)
		for range Run(context.Background(), counted, &Options{Workers: workers, Unordered: unordered}) {
			yielded++
			if ahead := pulled.Load() - yielded; ahead > 4*workers+1 {
				t.Fatalf("unordered=%v: %d records read ahead of %d results, want at most %d", unordered, ahead, yielded, 4*workers+1)
			}
		}
		if yielded != int64(len(recs)) {
			t.Errorf("unordered=%v: %d results, want %d", unordered, yielded, len(recs))
		}
	}
}

// A context cancelled before Run yields no result and ends the input's
// iteration (Run returns, so its reader has stopped).
func TestRunCancelledBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, unordered := range []bool{false, true} {
		n := 0
		for range Run(ctx, slices.Values(storyRecords(50)), &Options{Workers: 3, Unordered: unordered}) {
			n++
		}
		if n != 0 {
			t.Errorf("unordered=%v: %d results from a cancelled context", unordered, n)
		}
	}
}

// A caller tells a bad input from a bug with errors.Is, as the package doc
// says: what the reader rejects matches this package's sentinels (ErrEmpty)
// or the file system's (fs.ErrNotExist), what the cleaner rejects matches
// package clean's (clean.ErrEmpty for an HTML page with no text,
// clean.ErrBinary); and either matches the other package's twin.
func TestRunErrorsAreTyped(t *testing.T) {
	recs := []Record{
		{ID: "read-empty", Err: ErrEmpty},
		{ID: "html-no-text", Kind: KindHTML, Data: []byte("<html><body><div></div></body></html>")},
		{ID: "text-binary", Kind: KindText, Data: []byte("Title\n\x00\x01\x02\x03 binary")},
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	for rec := range NewReader(ReadOptions{}).Paths(missing) {
		recs = append(recs, rec)
	}
	twins := map[error]error{ErrEmpty: clean.ErrEmpty, clean.ErrEmpty: ErrEmpty, clean.ErrBinary: ErrBinary}
	want := map[string]error{"read-empty": ErrEmpty, "html-no-text": clean.ErrEmpty, "text-binary": clean.ErrBinary, missing: fs.ErrNotExist}
	n := 0
	for r := range Run(context.Background(), slices.Values(recs), nil) {
		n++
		if !errors.Is(r.Err, want[r.Record.ID]) {
			t.Errorf("%s: %v, want an error that is %v", r.Record.ID, r.Err, want[r.Record.ID])
		}
		if twin := twins[want[r.Record.ID]]; twin != nil && !errors.Is(r.Err, twin) {
			t.Errorf("%s: %v, want an error that is %v too", r.Record.ID, r.Err, twin)
		}
	}
	if n != len(want) {
		t.Errorf("%d results, want %d", n, len(want))
	}
}
