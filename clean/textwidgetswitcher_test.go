package clean

import "testing"

// TestLanguageSwitcherWordCodes checks that codes which are English words
// make a language switcher only when set apart as a switcher sets them,
// and that no switcher names a language twice.
func TestLanguageSwitcherWordCodes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"AZ | EN | RU", true},
		{"EN / RU", true},
		{"English Español Français Deutsch", true},
		{"NO | IT | HI", true},
		{"EN IT", true}, // "EN" is no English word
		{"NO NO NO", false},
		{"HI HI", false},
		{"UK / IT", false},
		{"NO IT HE", false},
		{"EN EN", false},
		{"AZ | EN | AZ", false},
		{"in English and Russian", false},
	} {
		if got := isLanguageSwitcher(c.in); got != c.want {
			t.Errorf("isLanguageSwitcher(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
