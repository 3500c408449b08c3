package batch

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotGzipNamedGz: a file named .gz that does not start with a gzip
// header is read as it is (the name lied, the bytes are a page), but not
// without a word: each record read from it carries a "not-gzip" warning
// that names the file. A real .gz file, and a plain file named plainly,
// give none; a gzip file named without .gz is decompressed as ever.
func TestNotGzipNamedGz(t *testing.T) {
	dir := t.TempDir()
	const page = "Farmers report a record harvest\n\nThe harvest began early this year after a warm spring, growers said.\n"
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var gz strings.Builder
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	jsonl := `{"id":"x1","text":"Farmers report a record harvest"}` + "\n" + `{"id":"x2","text":"The harvest began early this year"}` + "\n"
	cases := []struct {
		name string
		data []byte
		want bool // a not-gzip warning on each record
	}{
		{"fake.txt.gz", []byte(page), true},
		{"FAKE.TXT.GZ", []byte(page), true},
		{"fake.jsonl.gz", []byte(jsonl), true},
		{"real.txt.gz", []byte(gz.String()), false},
		{"plain.txt", []byte(page), false},
		{"hidden-gzip.txt", []byte(gz.String()), false},
	}
	for _, c := range cases {
		p := write(c.name, c.data)
		n := 0
		for rec := range NewReader(ReadOptions{}).Paths(p) {
			n++
			if rec.Err != nil {
				t.Errorf("%s: %v", c.name, rec.Err)
				continue
			}
			var got string
			for _, w := range rec.Warnings {
				if w.Kind == "not-gzip" {
					got = w.Text
				}
			}
			switch {
			case c.want && got == "":
				t.Errorf("%s: record %s: warnings %+v, want not-gzip", c.name, rec.Pos, rec.Warnings)
			case c.want && !strings.Contains(got, p):
				t.Errorf("%s: not-gzip warning %q does not name the file %s", c.name, got, p)
			case !c.want && got != "":
				t.Errorf("%s: unexpected not-gzip warning %q", c.name, got)
			}
			if !strings.Contains(string(rec.Data), "harvest") {
				t.Errorf("%s: record %s holds %q, want the page read as it is", c.name, rec.Pos, rec.Data)
			}
		}
		if n == 0 {
			t.Errorf("%s: no record", c.name)
		}
	}
}
