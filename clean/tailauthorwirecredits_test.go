package clean

import "testing"

// wireWriterNames gives a wire credit's writers, else its reporters, and
// nothing for editors alone, for "Reporting by" (wireSignoff's) or for a
// story's sentence that opens with a credit's words.
func TestWireWriterNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Writing by Priya Raman; Editing by Tom Hale", "Priya Raman"},
		{"(Written by Priya Raman and Lukas Brenner; Edited by Tom Hale)", "Priya Raman and Lukas Brenner"},
		{"(Additional reporting by Ken Ito in Tokyo; Writing by Priya Raman; Editing by Tom Hale)", "Priya Raman"},
		{"Additional reporting by Ken Ito in Tokyo.", "Ken Ito"},
		{"Reporting and writing by Priya Raman; Editing by Tom Hale", "Priya Raman"},
		// none
		{"Writing by Priya Raman; Editing by Tom Hale)", ""},
		{"Reporting by Ines Vogt; Editing by Tom Hale", ""},
		{"Writing by hand is a lost art, the head teacher said.", ""},
		{"Additional reporting by the council's auditors found no fault.", ""},
		{"Writing by Priya Raman; and then the story goes on for a while", ""},
	} {
		if got := wireWriterNames(c.in); got != c.want {
			t.Errorf("wireWriterNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
