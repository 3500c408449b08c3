package dateparse

import (
	"strings"
	"testing"
)

// slowTrigger is the loop isTrigger replaced: w is a trigger, lower-case
// or capitalised.
func slowTrigger(w string) bool {
	for _, trig := range weekdayTriggers {
		if len(w) == len(trig) && (w == trig || w[0] == trig[0]-32 && w[1:] == trig[1:]) {
			return true
		}
	}
	return false
}

// TestIsTriggerLoop holds isTrigger to the loop over weekdayTriggers: each
// trigger in three cases, with every byte value put in at every place,
// and words of other lengths.
func TestIsTriggerLoop(t *testing.T) {
	words := []string{"o", "onn", "saidd", "reporte", "announce", "x", "Said", "SAID"}
	for _, trig := range weekdayTriggers {
		for _, w := range []string{trig, strings.ToUpper(trig), strings.ToUpper(trig[:1]) + trig[1:]} {
			words = append(words, w)
			for i := 0; i < len(w); i++ {
				for c := 0; c < 256; c++ {
					words = append(words, w[:i]+string([]byte{byte(c)})+w[i+1:])
				}
			}
		}
	}
	hits := 0
	for _, w := range words {
		got, want := isTrigger(w), slowTrigger(w)
		if got != want {
			t.Fatalf("isTrigger(%q) = %v, the loop gives %v", w, got, want)
		}
		if got {
			hits++
		}
	}
	if hits < 2*len(weekdayTriggers) {
		t.Errorf("%d triggers met: the test reads too little", hits)
	}
}
