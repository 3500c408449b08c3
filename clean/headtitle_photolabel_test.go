package clean

import "testing"

// TestPhotoLabelLine checks a photographer's credit on its own line reads
// as a label's line no headline is, beside headlines that open with the
// same label.
func TestPhotoLabelLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Kuvat: Mikko Laine", true},
		{"Foto: Lea Brandauer", true},
		{"Photo: Odo Brenner/Harbor Daily", true},
		{"Фото: Анна Смирнова", true},
		{"Photos: crowds line the harbour for the regatta", false},
		{"Video: the mayor opens the new ferry terminal", false},
		{"Kuvat: Mikko Laine ja Aino Virtanen", false}, // more than a name
		{"Teksti: Aino Virtanen", false},               // the writer's label
		{"Photo:", false},
		{"Photo: ", false},
		{":", false},
		{"Kuvat: \xff", false},
		// A gallery's or a clip's headline in title case opens with a
		// label of the pictures, not of who took them.
		{"Video: Crash Closes I-95", false},
		{"Photos: Storm Batters Harbour", false},
		{"VIDEO: Mayor Resigns", false},
		{"Pictures: Royal Regatta", false},
		{"Editor: Budi Santoso", true},
	} {
		if got := photoLabelLine(c.in); got != c.want {
			t.Errorf("photoLabelLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestTitleAboveMediaHeadline checks a title-case gallery or clip
// headline over the writer's name stays the headline: its label is no
// photographer's credit, so the climb from the name reaches it.
func TestTitleAboveMediaHeadline(t *testing.T) {
	head := []string{"Menu", "Video: Crash Closes I-95", "Jane Doe"}
	lines := append(append([]string{}, head...), shedStory...)
	p, _ := textTestPage(lines)
	if got := p.titleAbove(len(head)); got != 1 {
		t.Errorf("titleAbove = %d, want 1 (%q)", got, head[1])
	}
}
