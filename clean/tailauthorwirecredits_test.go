package clean

import (
	"slices"
	"testing"
)

// wireCreditNames gives a wire's credits' reporters and writers in their
// order, an additional reporter only where no credit names one of these,
// never an editor, and nothing for a story's sentence that opens with a
// credit's words.
func TestWireCreditNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Writing by Priya Raman; Editing by Tom Hale", []string{"Priya Raman"}},
		{"(Written by Priya Raman and Lukas Brenner; Edited by Tom Hale)", []string{"Priya Raman", "Lukas Brenner"}},
		{"(Additional reporting by Ken Ito in Tokyo; Writing by Priya Raman; Editing by Tom Hale)", []string{"Priya Raman"}},
		{"Additional reporting by Ken Ito in Tokyo.", []string{"Ken Ito"}},
		{"Additional reporting by Ann Poe; Editing by John Roe", []string{"Ann Poe"}},
		{"Reporting and writing by Priya Raman; Editing by Tom Hale", []string{"Priya Raman"}},
		{"Reporting by Ines Vogt; Editing by Tom Hale", []string{"Ines Vogt"}},
		{"Reporting by Jane Doe and Ann Poe in Oslo; Writing by Max Orr; Editing by John Roe", []string{"Jane Doe", "Ann Poe", "Max Orr"}},
		{"Reporting by Jane Doe in Oslo; Additional reporting by Ken Ito; Writing by Jane Doe; Editing by John Roe", []string{"Jane Doe"}},
		// none
		{"Editing by John Roe", nil},
		{"Writing by Priya Raman; Editing by Tom Hale)", nil},
		{"(Reporting by Jane Doe; Editing by John Roe", nil},
		{"Writing by hand is a lost art, the head teacher said.", nil},
		{"Additional reporting by the council's auditors found no fault.", nil},
		{"Writing by Priya Raman; and then the story goes on for a while", nil},
	} {
		if got := wireCreditNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("wireCreditNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
