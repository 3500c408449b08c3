package clean

import "testing"

// TestUpdateAfterLabelled checks the update a publication's line gives
// after its date, and the lines that give none.
func TestUpdateAfterLabelled(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Published March 5, 2025. Last updated March 7, 2025.", "2025-03-07"},
		{"Posted on 5 March 2025, updated 7 March 2025", "2025-03-07"},
		{"Publié le 5 mars 2025, mis à jour le 7 mars 2025", "2025-03-07"},
		{"Published March 5, 2025", ""},                                     // no update
		{"Published March 5, 2025. Updated often.", ""},                     // no date after the update's word
		{"Updated March 7, 2025. Published March 5, 2025.", ""},             // the update first: labelledUpdate's
		{"We updated the pier on March 7, 2025 after the storm.", ""},       // no publication's label
		{"Published March 5, 2025 with revised figures from the board", ""}, // no update's date
	} {
		st, ok := updateAfterLabelled(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want {
			t.Errorf("updateAfterLabelled(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
