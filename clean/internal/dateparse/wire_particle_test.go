package dateparse

import (
	"strings"
	"testing"
)

// TestCapitalOrParticle checks capitalOrParticle's switch on the first
// word against the particles compared as prefixes one by one, on each
// particle and on words near them (longer, shorter, without the space).
func TestCapitalOrParticle(t *testing.T) {
	particles := []string{"de ", "da ", "do ", "dos ", "del ", "la ", "el ", "am ", "an ", "der ", "al ", "upon ", "and ", "of ", "the "}
	ref := func(s string) bool {
		if s == "" {
			return false
		}
		if c := s[0]; c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			return capitalOrParticle(s) // not the particles' part
		}
		for _, p := range particles {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
		return false
	}
	var inputs []string
	for _, p := range particles {
		w := strings.TrimSuffix(p, " ")
		inputs = append(inputs, p, p+"Janeiro", w, w+"x Janeiro", w[:len(w)-1]+" x", w+",", "x"+p, w+"  x")
	}
	inputs = append(inputs, "", "d", "t ", "upon", "unto x", "ofof x", "Rio", "5 mar", "été x")
	for _, s := range inputs {
		if got, want := capitalOrParticle(s), ref(s); got != want {
			t.Errorf("capitalOrParticle(%q) = %v, want %v", s, got, want)
		}
	}
	if !capitalOrParticle("de Janeiro") || capitalOrParticle("dey said") {
		t.Error("the particles are not told from other words")
	}
}
