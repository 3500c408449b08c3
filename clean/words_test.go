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
		data, err := wordFiles.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
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

func TestNotNameWords(t *testing.T) {
	data, err := notNameFile.ReadFile("words/names/notname.txt")
	if err != nil {
		t.Fatal(err)
	}
	m, err := parseWordSet(string(data))
	if err != nil || len(m) < 50 {
		t.Fatalf("words/names/notname.txt: %d words, %v", len(m), err)
	}
	for _, bad := range []string{"[kind]\nnews", "news\nnews", "News"} {
		if _, err := parseWordSet(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Jane Doe", true},
		{"Mary-Ann O’Neil", true},
		{"J. R. Smith", true},
		{"Dr. Ana Lind", true},
		{"Help Net Security", false},
		{"Latest News", false},
		{"Acme Labs", false},
		{"Physics Forums", false}, // a forum's name by its word
		{"Ultra Member", false},   // a poster's rank
		{"jane doe", false},
		{"Jane", false},
		{"Jane Doe 2024", false},
		{"One Two Three Four Five", false},
	} {
		if got := isPersonName(c.s); got != c.want {
			t.Errorf("isPersonName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if !notPersonWords("Harbour Medicine Association") || notPersonWords("Ana Lind") {
		t.Error("notPersonWords")
	}
	if personShaped("Ana Maria Lind Berg") {
		t.Error("personShaped took four words")
	}
}
