package clean

import (
	"strings"
	"testing"
)

// TestIsNotNameWordLowerAgreesWithToLower: isNotNameWordLower answers as
// the lookup of strings.ToLower's copy does, for every word of the list in
// its own case, capitalised and in capitals, and for invented words: names,
// words past ASCII, longer than the stack buffer, empty.
func TestIsNotNameWordLowerAgreesWithToLower(t *testing.T) {
	words := []string{"", "Jane", "DOE", "Ørsted", "ÉCOLE", "Straße", "İstanbul", "KELVIN\u212a",
		strings.Repeat("Association", 3), "a-very-long-hyphenated-word-past-the-buffer"}
	for w := range notNameWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	in := 0
	for _, w := range words {
		want := notNameWords[strings.ToLower(w)]
		if got := isNotNameWordLower(w); got != want {
			t.Fatalf("isNotNameWordLower(%q) = %v, the lookup of its lower case %v", w, got, want)
		}
		if want {
			in++
		}
	}
	if in == 0 {
		t.Fatal("no word was in the list: the test tests nothing")
	}
}
