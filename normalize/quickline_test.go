package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestQuickLine checks what the quick path decides for single lines: the
// lines it finishes itself, with their edits, the lines the clean-up leaves
// alone that have a name to rewrite (and their matches), and those it
// leaves to the full path (a name to rewrite and a change of spaces, a
// character the clean-up changes, a name read across a change of spaces, a
// line without a line feed).
func TestQuickLine(t *testing.T) {
	n := mustNew(t, Options{})
	cases := []struct {
		line   string
		ok     bool
		edits  []lineEdit
		rename []string // the matches' text, when a name may be rewritten
	}{
		{"Plain words, and punctuation.\n", true, nil, nil},
		{"    Indented  text\u00a0with “quotes”…  \n", true, []lineEdit{
			{os: 0, oe: 4}, {os: 13, oe: 14}, {os: 18, oe: 20, space: true}, {os: 40, oe: 42},
		}, nil},
		{"Ilham Aliyev met the President of Azerbaijan\n", true, nil, nil}, // names already in their spelling
		{"Talks on Garabagh, Azerbaijan’s region\n", true, nil, []string{"Garabagh", "Azerbaijan"}},
		{"www.garabagh.az and #Garabagh\n", true, nil, nil}, // no match starts after . or #
		{"Talks  on Garabagh\n", false, nil, nil},
		{"Garabagh talks  here\n", false, nil, nil},
		{"Nagorny  Karabakh\n", false, nil, nil}, // the doubled space joins a name once cleaned
		{"A soft\u00adhyphen\n", false, nil, nil},
		{"Türkiye\n", false, nil, nil},
		{"no line feed", false, nil, nil},
	}
	for _, c := range cases {
		end, edits, ms, rename, ok := n.quickLine([]byte(c.line), 0, nil, nil)
		if ok != c.ok {
			t.Errorf("quickLine(%q) ok = %v, want %v", c.line, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		var names []string
		for _, m := range ms {
			names = append(names, c.line[m.start:m.end])
		}
		if rename != (c.rename != nil) || (rename && !cmp.Equal(names, c.rename)) {
			t.Errorf("quickLine(%q) rename %v, matches %q; want %q", c.line, rename, names, c.rename)
		}
		if end != len(c.line) || !cmp.Equal(edits, c.edits, cmp.AllowUnexported(lineEdit{}), cmpopts.EquateEmpty()) {
			t.Errorf("quickLine(%q) = %d, %+v; want %d, %+v", c.line, end, edits, len(c.line), c.edits)
		}
	}
}
