package clean

import "testing"

// TestRepeatsTitlePrinted: a line repeats the headline when the two are the
// same as the article prints them, a spelling variant of a name rewritten
// (FuzzIdempotent/0bb343568aa9c28f): a second pass over the text output
// reads them so. Other lines stay apart.
func TestRepeatsTitlePrinted(t *testing.T) {
	for _, c := range []struct {
		line, title string
		want        bool
	}{
		{"Talks in Nakhichevan", "Talks in Nakhchivan", true},
		{"Talks in Nakhchivan", "Talks in Nakhichevan", true},
		{"Talks in Nakhichevan", "Talks in Nakhichevan", true},
		{"Talks in Nakhichevan go on", "Talks in Nakhchivan go on next week", true},
		{"Talks in Baku", "Talks in Nakhchivan", false},
		{"Nakhichevan", "Nakhchivan talks go on", false}, // too short for a cut copy
	} {
		if got := repeatsTitle(c.line, c.title); got != c.want {
			t.Errorf("repeatsTitle(%q, %q) = %v, want %v", c.line, c.title, got, c.want)
		}
	}
	if !sameLetters("TalksIn Nakhichevan", "talks in Nakhchivan") {
		t.Error("sameLetters: a spelling variant, case and spaces apart, is the same line printed")
	}
	if sameLetters("Talks in Baku", "Talks in Nakhchivan") {
		t.Error("sameLetters: two places read as one")
	}
}
