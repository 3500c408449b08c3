package batch

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestUTF16JSONL checks that JSONL written in UTF-16 (as Windows
// PowerShell's ">" writes it), in either byte order, with or without a
// byte-order mark, gzipped or not, is read as JSONL records with their
// text decoded, in auto mode and with -in jsonl; and that UTF-16 flattened
// text is still one text page.
func TestUTF16JSONL(t *testing.T) {
	pages := []map[string]string{
		{"id": "один", "url": "https://news.example/a", "text": "Бюджет принят\n\nСовет во вторник принял бюджет на следующий год."},
		{"id": "two", "html": "<h1>Budget agreed</h1><p>The council met on Tuesday and agreed – “at last”.</p>"},
	}
	var jsonl bytes.Buffer
	for _, p := range pages {
		line, _ := json.Marshal(p)
		jsonl.Write(append(line, '\r', '\n'))
	}
	encodings := map[string]*unicode.Endianness{}
	le, be := unicode.LittleEndian, unicode.BigEndian
	encodings["le"], encodings["be"] = &le, &be
	for name, end := range encodings {
		for _, bom := range []unicode.BOMPolicy{unicode.UseBOM, unicode.IgnoreBOM} {
			src, err := unicode.UTF16(*end, bom).NewEncoder().Bytes(jsonl.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			var gz bytes.Buffer
			zw := gzip.NewWriter(&gz)
			zw.Write(src)
			zw.Close()
			for _, in := range []struct {
				file string
				data []byte
			}{{"pages.jsonl", src}, {"pages.jsonl.gz", gz.Bytes()}} {
				for _, kind := range []string{KindAuto, KindJSONL} {
					var got []Record
					for rec := range NewReader(ReadOptions{Kind: kind}).Stream(in.file, bytes.NewReader(in.data)) {
						got = append(got, rec)
					}
					what := name + " " + in.file + " " + kind
					if bom == unicode.UseBOM {
						what += " with BOM"
					}
					if len(got) != len(pages) {
						t.Errorf("%s: %d records, want %d: %+v", what, len(got), len(pages), got)
						continue
					}
					for i, rec := range got {
						want := pages[i]["text"] + pages[i]["html"]
						if rec.Err != nil || rec.ID != pages[i]["id"] || string(rec.Data) != want {
							t.Errorf("%s: record %d = id %q, data %q, err %v; want id %q, data %q", what, i, rec.ID, rec.Data, rec.Err, pages[i]["id"], want)
						}
					}
				}
			}
		}
	}
	// UTF-16 flattened text is a text page, as before.
	text, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("A title\n\nA body line of the page.\n"))
	var got []Record
	for rec := range NewReader(ReadOptions{}).Stream("page.txt", bytes.NewReader(text)) {
		got = append(got, rec)
	}
	if len(got) != 1 || got[0].Err != nil || got[0].Kind != KindText || !bytes.Equal(got[0].Data, text) {
		t.Errorf("UTF-16 text: %+v, want one text page holding the bytes as they are", got)
	}
}
