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
	} {
		if got := photoLabelLine(c.in); got != c.want {
			t.Errorf("photoLabelLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
