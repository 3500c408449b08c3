package extract

import "testing"

// TestPlainTextLayout: the title, a blank line, the paragraphs separated by
// blank lines, one line end at the end; an article of a title alone is
// that one line, with no blank lines under it (a header of several inputs
// follows it at once), and a dateline with no body stands under the title.
func TestPlainTextLayout(t *testing.T) {
	dl := &Dateline{Text: "TBILISI, May 3."}
	for _, c := range []struct {
		name string
		a    Article
		want string
	}{
		{"title alone", Article{Title: "Ferry service returns"}, "Ferry service returns\n"},
		{"title and body", Article{Title: "Ferry service returns", Body: []string{"It runs again.", "From Monday."}}, "Ferry service returns\n\nIt runs again.\n\nFrom Monday.\n"},
		{"title and dateline", Article{Title: "Ferry service returns", Dateline: dl}, "Ferry service returns\n\nTBILISI, May 3.\n"},
		{"body alone", Article{Body: []string{"It runs again."}, Dateline: dl}, "TBILISI, May 3. It runs again.\n"},
		{"nothing", Article{}, "\n"},
	} {
		if got := c.a.PlainText(); got != c.want {
			t.Errorf("%s: PlainText %q, want %q", c.name, got, c.want)
		}
	}
}
