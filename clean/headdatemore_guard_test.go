package clean

import "testing"

// TestMayOpenBylineStrip: mayOpenBylineStrip lets through every line
// bylineStrip matches: each word in any case, with ſ for s, after marks
// and bytes past ASCII, with tabs and several blanks, and turns down the
// lines whose first word is none of them.
func TestMayOpenBylineStrip(t *testing.T) {
	heads := []string{"", "» ", "— ", "\xff", "| ", "ſ", "1 ", "_", "•\t", "  "}
	words := []string{"By", "BY", "by", "von", "Von", "por", "PAR", "door", "av", "przez", "Written by", "WRITTEN  BY", "words by",
		"Poſted by", "posted\tby", "story by", "ſtory by", "ſTORY BY", "Story\tpar", "Bylines", "Byron", "Avenue", "The story by",
		"Posted", "Updated by", "Door", "parade"}
	ends := []string{" Jane Doe · March 12, 2024", "\tJane Doe", " ", "", ":", " on Dec 17, 2025"}
	checkGuard(t, "bylineStrip", guardLines(20000, heads, words, ends), mayOpenBylineStrip, bylineStrip.MatchString, 4000)
	for _, s := range []string{"Updated March 12, 2024", "Sponsored May 2, 2024", "The story by Jane Doe", "Byron Bay, 12 May 2024"} {
		if mayOpenBylineStrip(s) {
			t.Errorf("mayOpenBylineStrip(%q) = true, want false", s)
		}
	}
}
