package extract

import (
	"slices"
	"testing"
)

// TestCreditCut checks the reading of metadata names that credit a person
// with more than her name: the name before a bar, before a spaced dash and
// a job's title, or after a byline's word up to a comma, and, after a byline's word, every person of a list
// ("By Jane Doe and John Roe" in a JSON-LD author string or a byl tag),
// which personParts parts next; names without a byline's word, a bar or a
// dash before a job's title are left alone.
func TestCreditCut(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"By Mara Quill, Harbour Desk Writer"}, []string{"Mara Quill"}},
		{[]string{"BY MARA QUILL, Wire Writer"}, []string{"Mara Quill"}},
		{[]string{"Analysis by Mara Quill, Senior Editor"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill | Harbour Media for harbour.example"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill - Staff Writer"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill – Transport Correspondent"}, []string{"Mara Quill"}},
		{[]string{"Mara Quill — Senior Reporter", "Tomas Reed"}, []string{"Mara Quill", "Tomas Reed"}},
		{[]string{"By Mara Quill and Tomas Reed"}, []string{"Mara Quill and Tomas Reed"}},
		{[]string{"By Mara Quill, Tomas Reed and Ines Vale"}, []string{"Mara Quill, Tomas Reed and Ines Vale"}},
		{[]string{"by Mara Quill & Tomas Reed"}, []string{"Mara Quill & Tomas Reed"}},
		// two names after a comma stay a name and a credit, as personParts leaves them
		{[]string{"By Mara Quill, Tomas Reed"}, []string{"Mara Quill"}},
		{[]string{"By Smith and Wesson"}, []string{"By Smith and Wesson"}},
		{[]string{"Mara Quill, MD"}, []string{"Mara Quill, MD"}},
		{[]string{"Mara Quill - Harbour Lights"}, []string{"Mara Quill - Harbour Lights"}}, // no job's title after the dash
		{[]string{"Jean-Luc Quill"}, []string{"Jean-Luc Quill"}},
		{[]string{"Staff Writer - Senior Reporter"}, []string{"Staff Writer - Senior Reporter"}}, // no person before it
		{[]string{"Mara Quill and Tomas Reed"}, []string{"Mara Quill and Tomas Reed"}},
	} {
		if got := creditCut(c.in); !slices.Equal(got, c.want) {
			t.Errorf("creditCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
