package normalize

import (
	"testing"
)

// TestJoinerAfterMark: a joiner after a combining mark is kept or removed
// as after the letter the mark composes with, so that the output, where
// NFC has composed them, is normalised to itself.
func TestJoinerAfterMark(t *testing.T) {
	for _, in := range []string{"Cafe\u0300\u200d x", "Cafe\u0340\u200d x", "e\u0301\u200e!", "x\u0300\u200d\u0301\u200d y", "\u0627\u064e\u200c\u0628", "\u05d0\u05bc\u200d\u05d1"} {
		out, _ := String(in)
		if again, _ := String(out); again != out {
			t.Errorf("String(%+q) = %+q, and again %+q", in, out, again)
		}
	}
	if out, _ := String("\u0627\u064e\u200c\u0628"); out != "\u0627\u064e\u200c\u0628" {
		t.Errorf("an Arabic letter's mark before a non-joiner: %+q", out)
	}
}
