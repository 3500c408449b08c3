package clean

import "testing"

// storySentence tells a sentence of the story's that names a day from a
// date line that goes on past its date: a time, a note after a date that
// opens the line, a label, or too few words.
func TestStorySentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"On March 3, 2025, residents packed the hall to hear the plans.", true},
		{"Am 3. März 2025 haben die Anwohner den Saal gefüllt, um die Pläne zu hören.", true},
		{"Le 3 mars 2025, les habitants ont rempli la salle pour entendre le projet.", true},
		{"By Jane Doe on Monday, March 3rd, 2025 at 11:04 a.m.", false},
		{"2025-03-03, 09:14 PM (This post was last modified: 2025-03-05 by Jane Doe. Edited 1 time in total.)", false},
		{"Published on March 3, 2025 and filed under the council's local news pages.", false},
		{"March 3, 2025 · 5 min read", false},
		{"On March 3, 2025, the council met.", false},
		{"On March 3, 2025, residents packed the hall to hear the plans", false},
	} {
		st, pos, ok := findDateStamp(c.text)
		if !ok {
			st, pos, ok = headLineDate(c.text) // as headDateLines reads a labelled line
		}
		if !ok {
			t.Errorf("%q: no date found", c.text)
			continue
		}
		if got := storySentence(c.text, pos, st.Year); got != c.want {
			t.Errorf("%q: storySentence %v, want %v", c.text, got, c.want)
		}
	}
	if storySentence("", 0, 2025) || storySentence("On March 3, 2025, x.", 40, 2025) {
		t.Error("storySentence true off its text")
	}
}
