package extract

import (
	"slices"
	"testing"
)

// printedNames drops a strip's closing stop but an initial's, a suffix's
// or an abbreviation's own, and a picture role beside a name but not alone.
func TestPrintedNames(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Ana Lind."}, []string{"Ana Lind"}},
		{[]string{"Ana Lind", "Tom Berg."}, []string{"Ana Lind", "Tom Berg"}},
		{[]string{"Ana Lind", "Art"}, []string{"Ana Lind"}},
		{[]string{"Fotos", "Ana Lind"}, []string{"Ana Lind"}},
		{[]string{"Art"}, []string{"Art"}},           // a lone name: a person called Art
		{[]string{"Art Lind"}, []string{"Art Lind"}}, // a forename, not a role
		{[]string{"Jane Q."}, []string{"Jane Q."}},   // an initial
		{[]string{"Robert Hale Jr."}, []string{"Robert Hale Jr."}},
		{[]string{"J.R.R. Tolk"}, []string{"J.R.R. Tolk"}},
		{[]string{"Ana Lind, Ph.D."}, []string{"Ana Lind, Ph.D."}}, // dots inside its last word
		{[]string{"Harbour Media Inc."}, []string{"Harbour Media Inc."}},
		{[]string{"Tom Wu."}, []string{"Tom Wu"}},            // a two-letter surname: the strip's stop
		{[]string{"Ana Lind MD."}, []string{"Ana Lind MD."}}, // a credential in capitals
		{[]string{"TOM WU."}, []string{"TOM WU"}},            // a name all in capitals tells nothing
		{[]string{"Harbour Sound Co."}, []string{"Harbour Sound Co."}},
		{[]string{"Ana Lind Sr."}, []string{"Ana Lind Sr."}},
		{[]string{"."}, nil},
		{nil, nil},
	} {
		if got := printedNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("printedNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
