package clean

import (
	"slices"
	"testing"
)

// TestWireAuthor checks the names a byline crediting a wire gives: one
// name or two joined by "and", the wire after a comma, a bar or a slash;
// and the lines it leaves alone.
func TestWireAuthor(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Jane Doe, Reuters", []string{"Jane Doe"}},
		{"Jane Doe | Associated Press", []string{"Jane Doe"}},
		{"Maria Lopez and John Carter | Associated Press", []string{"Maria Lopez", "John Carter"}},
		{"Maria Lopez and John Carter / AFP", []string{"Maria Lopez", "John Carter"}},
		{"Harbour Fees and Port Dues | Reuters Explainer", nil},
		{"Markets and money | Reuters", nil},
		{"Jane Doe and | Reuters", nil},
	} {
		var got []string
		if m := wireAuthor.FindStringSubmatch(c.s); m != nil {
			got = splitNames(m[1])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: names %q, want %q", c.s, got, c.want)
		}
	}
}
