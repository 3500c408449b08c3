package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestQuickLine checks what the quick path decides for single lines: the
// lines it finishes itself, with their edits, and those it leaves to the
// full path (a name to rewrite, a character the clean-up changes, a name
// read across a change of spaces, a line without a line feed).
func TestQuickLine(t *testing.T) {
	n := mustNew(t, Options{})
	cases := []struct {
		line  string
		ok    bool
		edits []lineEdit
	}{
		{"Plain words, and punctuation.\n", true, nil},
		{"    Indented  text\u00a0with “quotes”…  \n", true, []lineEdit{
			{os: 0, oe: 4}, {os: 13, oe: 14}, {os: 18, oe: 20, space: true}, {os: 40, oe: 42},
		}},
		{"Ilham Aliyev met the President of Azerbaijan\n", true, nil}, // names already in their spelling
		{"Talks on Garabagh\n", false, nil},
		{"Nagorny  Karabakh\n", false, nil}, // the doubled space joins a name once cleaned
		{"A soft\u00adhyphen\n", false, nil},
		{"Türkiye\n", false, nil},
		{"no line feed", false, nil},
	}
	for _, c := range cases {
		end, edits, ok := n.quickLine([]byte(c.line), 0, nil)
		if ok != c.ok {
			t.Errorf("quickLine(%q) ok = %v, want %v", c.line, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if end != len(c.line) || !cmp.Equal(edits, c.edits, cmp.AllowUnexported(lineEdit{}), cmpopts.EquateEmpty()) {
			t.Errorf("quickLine(%q) = %d, %+v; want %d, %+v", c.line, end, edits, len(c.line), c.edits)
		}
	}
}
