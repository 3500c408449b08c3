package uchar

import "testing"

// TestCyrillicOrGreekOnly: one of the two scripts and spaces only; a
// Latin letter, a digit, a mix of the two scripts or the empty string is
// not.
func TestCyrillicOrGreekOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"Городские вести": true, "Новая газета": true, "Η Καθημερινή": true,
		"": false, "Новая gazeta": false, "Вести 24": false, "Νέα вести": false, "News Today": false,
	} {
		if got := CyrillicOrGreekOnly(s); got != want {
			t.Errorf("CyrillicOrGreekOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
