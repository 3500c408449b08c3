package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestURLFlag: a -url that does not parse as an address with a host is
// bad usage (exit 2, the flag and the value named on stderr), not a value
// the outlet rules and the URL's date quietly find nothing in; an address
// without its scheme is taken, as the outlet rules read it, and so is a
// path alone, whose date is read.
func TestURLFlag(t *testing.T) {
	const page = "Farmers in the valley report a record apricot harvest\n\nThe harvest began early this year after a warm spring, growers said on Monday.\n"
	for _, bad := range []string{"::bad", "http://a b.com/x", "https://tass.com/%zz", "http://[::1", "https://", "http:///story"} {
		out, stderr, code := cli(t, page, "-url", bad, "-")
		if code != 2 || out != "" {
			t.Errorf("-url %q: exit %d, %d bytes out; want exit 2 and nothing", bad, code, len(out))
		}
		if !strings.Contains(stderr, "-url") || !strings.Contains(stderr, bad) {
			t.Errorf("-url %q: stderr %q names not the flag and its value", bad, stderr)
		}
	}
	for _, good := range []string{"https://tass.com/world/1265855", "tass.com/world/1265855", "http://localhost:8080/a", "/2024/01/18/story"} {
		out, stderr, code := cli(t, page, "-format", "json", "-url", good, "-")
		if code != 0 || !strings.Contains(out, `"url": "`+good+`"`) {
			t.Errorf("-url %q: exit %d (%s), output %q", good, code, stderr, out)
		}
	}
}

// TestURLFlagYieldsToRecordURL checks what -url's help says: the flag's
// address is every input's, except a jsonl record that names its own.
func TestURLFlagYieldsToRecordURL(t *testing.T) {
	dir := t.TempDir()
	page := "Budget agreed\n\nThe council met on Tuesday and agreed on the budget for the coming year.\n"
	recs := []map[string]string{{"id": "own", "url": "https://news.example/2023/01/02/own", "text": page}, {"id": "none", "text": page}}
	var b strings.Builder
	for _, r := range recs {
		line, _ := json.Marshal(r)
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(dir, "pages.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	const flagURL = "https://other.example/2024/05/06/x"
	out, stderr, code := cli(t, "", "-quiet", "-format", "jsonl", "-url", flagURL, path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := map[string]string{"own": recs[0]["url"], "none": flagURL}
	for line := range strings.Lines(out) {
		var a struct{ ID, URL string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		if a.URL != want[a.ID] {
			t.Errorf("record %s: url %q, want %q", a.ID, a.URL, want[a.ID])
		}
		delete(want, a.ID)
	}
	if len(want) != 0 {
		t.Errorf("records missing from the output: %v", want)
	}
}
