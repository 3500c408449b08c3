package clean

import "testing"

// TestFileNameNoHeadline: a line that is one file's name, as a code host
// prints it over the file's text ("writeup.md" under the gist's title and
// its "Raw" button), is no headline for titleAbove (headlineRead; a WCXB
// train gist took "writeup.md" for its title).
// Left alone: a product's name with a dot ("Node.js"), a headline that
// names a file among other words.
func TestFileNameNoHeadline(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"writeup.md", true},
		{"Annual-Report-2025.PDF", true},
		{"notes.txt", true},
		// Left alone.
		{"Node.js", false},
		{"Why we moved our notes.txt to a wiki", false},
		{"README", false},
		{".md", false},
	} {
		if got := fileName(c.line); got != c.want {
			t.Errorf("fileName(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
