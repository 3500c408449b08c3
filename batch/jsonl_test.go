package batch

import (
	"errors"
	"strings"
	"testing"
)

// TestJSONLFixes: invalid UTF-8 in a string is a warning; a duplicate id
// is a warning; crawl-export shapes are read; the line limit follows
// MaxBytes; an over-long line's error names its id.
func TestJSONLFixes(t *testing.T) {
	in := `{"id":"bad","text":"caf` + "\xe9" + ` au lait"}` + "\n" +
		`{"id":"sur","text":"lone \ud800 surrogate, and a real \ufffd"}` + "\n" +
		`{"id":"bad","text":"again"}` + "\n" +
		`{"raw_content":"From CCNet.","url":"https://example.org/cc","date_download":"2024-05-01 10:00:00"}` + "\n" +
		`{"text":"Dolma style.","metadata":{"url":"https://example.org/d"}}` + "\n" +
		`{"id":"long","text":"` + strings.Repeat("a", 300<<10) + `"}` + "\n"
	var recs []Record
	for rec := range NewReader(ReadOptions{Kind: KindJSONL, MaxBytes: 100 << 10, Stdin: strings.NewReader(in)}).Paths() {
		recs = append(recs, rec)
	}
	if len(recs) != 6 {
		t.Fatalf("%d records", len(recs))
	}
	warn := func(r Record) string {
		var k []string
		for _, w := range r.Warnings {
			k = append(k, w.Kind)
		}
		return strings.Join(k, ",")
	}
	if warn(recs[0]) != "invalid-utf8" || warn(recs[1]) != "invalid-utf8" || warn(recs[2]) != "duplicate-id" || warn(recs[3]) != "" {
		t.Errorf("warnings: %q %q %q %q", warn(recs[0]), warn(recs[1]), warn(recs[2]), warn(recs[3]))
	}
	if !strings.Contains(recs[2].Warnings[0].Text, "-:1") {
		t.Errorf("duplicate warning %q does not name the first line", recs[2].Warnings[0].Text)
	}
	if r := recs[3]; string(r.Data) != "From CCNet." || r.URL != "https://example.org/cc" || r.CrawlDate.IsZero() || r.ID != "-:4" {
		t.Errorf("CCNet shape: %+v", r)
	}
	if r := recs[4]; r.URL != "https://example.org/d" || string(r.Data) != "Dolma style." {
		t.Errorf("metadata shape: %+v", r)
	}
	// 300 KiB is within the 64 MiB of the old fixed limit, but over twice MaxBytes.
	if r := recs[5]; r.ID != "long" || r.Pos != "-:6" || r.Err == nil || !strings.Contains(r.Err.Error(), "a line longer than") {
		t.Errorf("long line: %+v", r)
	}
}

// TestWalkTakesPageFiles: a walk skips notes, a saved page's asset folder
// and hidden files; a forced kind takes files without an extension.
func TestWalkTakesPageFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes.md": "# my notes", "page.html": pageHTML, "page_files/style.css": "p{}",
		"page_files/frame.html": pageHTML, "story": pageText, ".draft.txt": "x", "a.warc.gz.txt": pageText,
	})
	got, _ := readAll(t, []string{dir}, "auto", nil, ReadOptions{})
	if len(got) != 2 || !strings.HasSuffix(got[0].ID, "a.warc.gz.txt") || !strings.HasSuffix(got[1].ID, "page.html") {
		t.Errorf("auto walk: %+v", got)
	}
	got, _ = readAll(t, []string{dir}, "text", nil, ReadOptions{})
	if len(got) != 3 || !strings.HasSuffix(got[2].ID, "story") {
		t.Errorf("forced walk: %+v", got)
	}
	got, _ = readAll(t, []string{dir + "/notes.md"}, "auto", nil, ReadOptions{})
	if len(got) != 1 || got[0].Err != "" {
		t.Errorf("a file named on the command line is read whatever its name: %+v", got)
	}
}

// TestJSONLTypeErrorWords holds a JSONL field of the wrong type to the
// reader's words: the message names the field as the line spells it
// (nested ones with their parent) and the JSON type found, not Go's ("Go
// struct field jsonlRecord.url of type string"). A page field of the wrong
// type fails the line (ErrMalformed); a side field (the URL, a crawl date,
// the metadata) is ignored with an "ignored-field" warning in those words,
// and the page is read.
func TestJSONLTypeErrorWords(t *testing.T) {
	in := `{"id":"a","url":5,"text":"A page."}
{"id":"b","meta":{"url":["x"]},"text":"A page."}
{"id":"c","text":{"p":"A page."}}
{"id":"d","crawl_date":true,"text":"A page."}
{"id":"e","metadata":"dump-2024","text":"A page."}
`
	want := []struct {
		words string
		fails bool
	}{
		{`"url" is a number, want a string`, false},
		{`"meta.url" is an array, want a string`, false},
		{`"text" is an object, want a string`, true},
		{`"crawl_date" is a boolean, want a string`, false},
		{`"metadata" is a string, want an object`, false},
	}
	r := NewReader(ReadOptions{Kind: KindJSONL})
	i := 0
	for rec := range r.Stream("x.jsonl", strings.NewReader(in)) {
		if i >= len(want) {
			t.Fatalf("more records than lines: %+v", rec)
		}
		w := want[i]
		switch {
		case w.fails && (rec.Err == nil || rec.Err.Error() != w.words || !errors.Is(rec.Err, ErrMalformed)):
			t.Errorf("line %d: error %v, want %q matching ErrMalformed", i+1, rec.Err, w.words)
		case !w.fails && (rec.Err != nil || string(rec.Data) != "A page."):
			t.Errorf("line %d: error %v, page %q; want the page read", i+1, rec.Err, rec.Data)
		case !w.fails && (len(rec.Warnings) != 1 || rec.Warnings[0].Kind != "ignored-field" || !strings.HasPrefix(rec.Warnings[0].Text, w.words)):
			t.Errorf("line %d: warnings %+v, want one ignored-field saying %q", i+1, rec.Warnings, w.words)
		}
		if id := string(rune('a' + i)); rec.ID != id {
			t.Errorf("line %d: ID %q, want the line's own id %q", i+1, rec.ID, id)
		}
		i++
	}
	if i != len(want) {
		t.Errorf("%d records, want %d", i, len(want))
	}
}
