package clean

import (
	"io/fs"
	"strings"
	"testing"
)

func TestWordLists(t *testing.T) {
	files, err := fs.Glob(wordFiles, "words/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	for _, f := range files {
		data, _ := wordFiles.ReadFile(f)
		m, err := parseWordList(string(data))
		if err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if len(m) < 10 {
			t.Errorf("%s: %d entries", f, len(m))
		}
	}
	// What the detectors look up is there, folded.
	for _, tc := range []struct {
		m    map[string]Kind
		line string
		want Kind
	}{
		{phrases, "Leave a  Reply", CommentPrompt},
		{phrases, "Tags:", Metadata},
		{listHeaders, "Editor’s Choice", Latest},
		{listHeaders, "READ ALSO:", Related},
	} {
		if k, ok := lookupKey(tc.m, tc.line); !ok || k != tc.want {
			t.Errorf("%q: %q, %v; want %q", tc.line, k, ok, tc.want)
		}
	}
}

func TestParseWordListErrors(t *testing.T) {
	for _, tc := range []struct{ data, err string }{
		{"share\n", "before any [kind]"},
		{"[nonsense]\nshare\n", "unknown kind"},
		{"[share]\nShare this\nshare  this\n", "listed twice"},
	} {
		if _, err := parseWordList(tc.data); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%q: error %v, want one saying %q", tc.data, err, tc.err)
		}
	}
}
