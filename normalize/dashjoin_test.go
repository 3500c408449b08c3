package normalize

import (
	"strings"
	"testing"
)

// TestWordJoiningDashes: a name spelled with another word-joining dash
// than its canonical spelling's hyphen (hyphen U+2010, non-breaking hyphen
// U+2011, figure dash U+2012, en dash U+2013, minus U+2212) or joined by a
// no-break space is rewritten to the canonical spelling, as a spelling
// change recorded with its offset; a dash outside a name (a range, a
// minus, two names joined) is left as it is.
func TestWordJoiningDashes(t *testing.T) {
	const pre = "The war in "
	const post = " ended, the minister said."
	for _, dash := range []string{"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\u00a0"} {
		for _, c := range [][2]string{
			{"Nagorno" + dash + "Karabakh", "Nagorno-Karabakh"},
			{"NAGORNO" + dash + "KARABAKH", "NAGORNO-KARABAKH"},
			{"Nagorno" + dash + "Karabakh’s", "Nagorno-Karabakh’s"},
			{"Levon Ter" + dash + "Petrosyan", "Levon Ter-Petrosyan"},
			{"Nagorno" + dash + "Karabagh", "Nagorno-Karabakh"},
		} {
			if dash == "\u00a0" && strings.HasPrefix(c[0], "Levon") {
				continue // "Ter Petrosyan" is no spelling in the gazetteer
			}
			in := pre + c[0] + post
			got, changes := String(in)
			if want := pre + c[1] + post; got != want {
				t.Errorf("String(%q) = %q, want %q", in, got, want)
				continue
			}
			if len(changes) != 1 || changes[0].Layer != LayerSpelling || changes[0].Offset != len(pre) ||
				!strings.HasPrefix(c[0], changes[0].From) || !strings.HasPrefix(c[1], changes[0].To) {
				t.Errorf("String(%q): changes %+v, want one spelling change at %d", in, changes, len(pre))
			}
			if again, ch := String(got); again != got || len(ch) != 0 {
				t.Errorf("String(%q) changes its output again: %q %+v", in, again, ch)
			}
		}
	}
	for _, s := range []string{
		"The 2019–2020 talks on Nagorno-Karabakh failed.",
		"It was −12 degrees in Nagorno-Karabakh on Monday.",
		"Talks on the Armenia–Azerbaijan border and the Nagorno-Karabakh–Lachin road went on.",
		"Flights from Baku–Nakhchivan resumed, the minister said.",
		"The Nagorno – Karabakh talks, as the minister put it, went on.",
	} {
		if got, changes := String(s); got != s || len(changes) != 0 {
			t.Errorf("String(%q) = %q, %+v; want it unchanged", s, got, changes)
		}
	}
	// A canonical spelling the caller writes with an en dash is kept, and
	// the hyphen's spelling rewritten to it.
	n, err := New(Options{Canonical: map[string]string{"Nagorno-Karabakh": "Nagorno–Karabakh"}})
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"The war in Nagorno–Karabakh ended.": "The war in Nagorno–Karabakh ended.",
		"The war in Nagorno-Karabakh ended.": "The war in Nagorno–Karabakh ended.",
	} {
		if got, _ := n.String(in); got != want {
			t.Errorf("en-dash canonical: String(%q) = %q, want %q", in, got, want)
		}
	}
}
