package batch

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWARCGzipDamageLosesOneRecord damages one member of a .warc.gz (one
// byte flipped at each place of its compressed data in turn) and checks
// that every other record is still read, as a page, in auto and warc mode.
// A damaged member can decompress to garbage before its checksum fails:
// the search for the next record header must go on at the next member
// rather than end the archive there, and must not be hidden by the
// garbage left in the buffer. The damaged record gives an error record, or
// a page and then an error record when it decompressed whole but failed
// its checksum. Damage in the last 8 bytes of the deflate data (the final
// block's end) makes the decoder read on into the next member, which is
// then lost too: a known limit, left out here.
func TestWARCGzipDamageLosesOneRecord(t *testing.T) {
	var recs []string
	for i := range 6 {
		recs = append(recs, lyingRec(fmt.Sprint("r", i), 0))
	}
	bad := gzipBytes(t, recs[3])
	before := string(gzipRecords(t, recs[:3]...))
	after := string(gzipRecords(t, recs[4:]...))
	want := []string{"urn:uuid:r0", "urn:uuid:r1", "urn:uuid:r2", "urn:uuid:r4", "urn:uuid:r5"}
	for _, mode := range []string{"warc", "auto"} {
		for at := 10; at < len(bad)-8-lastBlockEnd; at++ { // the deflate data, past the 10-byte header
			for _, mask := range []byte{0xff, 0x01} {
				dam := []byte(string(bad))
				dam[at] ^= mask
				got, _ := readAll(t, nil, mode, strings.NewReader(before+string(dam)+after), ReadOptions{})
				var ids []string
				errs := 0
				for _, g := range got {
					switch {
					case g.Err != "":
						errs++
					case slices.Contains(want, g.ID):
						ids = append(ids, g.ID)
					}
				}
				// r3's results: an error, or a page (its id garbled or not)
				// and an error.
				if !slices.Equal(ids, want) || errs == 0 || len(got) > len(want)+2 {
					t.Errorf("%s: byte %d ^ %#x: pages %v and %d errors, want %v and one or two results for r3: %+v", mode, at, mask, ids, errs, want, got)
				}
			}
		}
	}
}

// lastBlockEnd is how many bytes at the end of a member's deflate data
// TestWARCGzipDamageLosesOneRecord leaves alone (see there).
const lastBlockEnd = 8

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
