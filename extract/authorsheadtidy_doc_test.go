package extract

import "testing"

// headTidy does what its doc says: it cuts a date line's first word at the
// name's end ("Jane HolmsteadMar", "Jane Q. Doe March"), and leaves a
// date's digits after it uncut (the byline reader leaves them out before).
func TestHeadTidyDocExamples(t *testing.T) {
	for in, want := range map[string]string{
		"Jane HolmsteadMar":         "Jane Holmstead",
		"Jane Q. Doe March":         "Jane Q. Doe",
		"Jane Doe Last":             "Jane Doe",
		"Colin Gray Colin Gray":     "Colin Gray",
		"Jane HolmsteadMar 3, 2025": "Jane HolmsteadMar 3, 2025",
		"Jane Q. Doe March 3":       "Jane Q. Doe March 3",
	} {
		if got := headTidy([]string{in}); len(got) != 1 || got[0] != want {
			t.Errorf("headTidy(%q) = %q, want %q as its doc says", in, got, want)
		}
	}
}
