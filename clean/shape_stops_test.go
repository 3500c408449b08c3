package clean

import "testing"

// TestEndsSentenceScriptStops checks the stops of Urdu, Arabic, Persian
// and Devanagari (the danda and the double danda) after which a paragraph in those scripts
// ends, and that the same letters without them do not.
func TestEndsSentenceScriptStops(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"پل کھل گیا اور شہری گزرے۔", true},
		{"کیا پل کھل گیا؟", true},
		{"पुल खुला और लोग पहुंचे।", true},
		{"पुल खुला और लोग पहुंचे॥", true}, // the double danda, a verse's or a paragraph's end
		{"पुल खुला और लोग पहुंचे॥ ”", true},
		{"پل کھل گیا", false},
		{"पुल खुला", false},
	} {
		if got := endsSentence(c.s); got != c.want {
			t.Errorf("endsSentence(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
