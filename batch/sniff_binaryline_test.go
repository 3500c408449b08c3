package batch

import (
	"strings"
	"testing"
)

// TestJSONLWithABinaryLine: a JSONL file whose first line is a page record
// and whose third line holds binary bytes (NULs) within the sniffing window
// is read as JSONL: the binary line is one error record, the lines around
// it are pages. Before, the NUL made the whole file "binary data".
func TestJSONLWithABinaryLine(t *testing.T) {
	in := `{"id":"a","text":"First page."}` + "\n" +
		`{"id":"b","text":"Second page."}` + "\n" +
		"\x89PNG\r\x1a\x00\x00\x00\rIHDR\x00\x00\x01\x00" + "\n" +
		`{"id":"c","text":"Third page."}` + "\n"
	if k := sniffInput([]byte(in), "crawl.jsonl", true); k != KindJSONL {
		t.Fatalf("sniffInput = %q, want %q", k, KindJSONL)
	}
	got, _ := readAll(t, nil, "auto", strings.NewReader(in), ReadOptions{})
	var ids, errs []string
	for _, g := range got {
		if g.Err != "" {
			errs = append(errs, g.ID)
		} else {
			ids = append(ids, g.ID)
		}
	}
	if strings.Join(ids, " ") != "a b c" || strings.Join(errs, " ") != "-:3" {
		t.Errorf("pages %v, errors %v; want a b c and -:3: %+v", ids, errs, got)
	}
	// A first line that is not a page record leaves the NUL's verdict.
	for _, head := range []string{"plain text\x00", `{"id":"a"}` + "\n\x00", "{\"te\x00xt\":1}"} {
		if k := sniffInput([]byte(head), "", true); k != kindBinary {
			t.Errorf("sniffInput(%q) = %q, want binary", head, k)
		}
	}
	// A WARC payload is one page: NULs make it binary whatever its first line.
	if k := sniffPageKind([]byte(`{"text":"a"}` + "\n\x00")); k != kindBinary {
		t.Errorf("sniffPageKind = %q, want binary", k)
	}
}
