package clean

import (
	"strings"
	"testing"
)

// TestMayOpenTeaserLabel: the pre-test passes every label of teaserLabels
// in lower, upper and title case, and lines in a script past ASCII, and
// turns down lines whose first two ASCII bytes open no label.
func TestMayOpenTeaserLabel(t *testing.T) {
	for k := range teaserLabels {
		r := []rune(k)
		for _, s := range []string{k, strings.ToUpper(k), strings.ToUpper(string(r[:1])) + string(r[1:])} {
			if !mayOpenTeaserLabel(s + ": A headline") {
				t.Errorf("mayOpenTeaserLabel(%q) = false, want true", s)
			}
		}
	}
	for _, s := range []string{"İLGİLİ HABER", "Читайте", "À lire aussi", "ÀLIRE", "R", "W"} {
		if !mayOpenTeaserLabel(s) {
			t.Errorf("mayOpenTeaserLabel(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "The council met", "Rx: a note", "Quarry road", "Wz", "1. Read more", " Read more"} {
		if mayOpenTeaserLabel(s) {
			t.Errorf("mayOpenTeaserLabel(%q) = true, want false", s)
		}
	}
}

// TestLookupTeaserLabel: the case-blind lookup finds what the map finds
// under strings.ToLower, for every label in every case and for labels
// whose lower case changes their bytes, and nothing else.
func TestLookupTeaserLabel(t *testing.T) {
	cases := []string{"READ MORE", "Lire Également", "İLGİLİ HABER", "ЧИТАЙТЕ ТАКЖЕ", "Don’t Miss",
		"Read  more", "Reading", "", "\xff\xfe", strings.Repeat("İ", 60)}
	for k := range teaserLabels {
		cases = append(cases, k, strings.ToUpper(k), strings.ToTitle(k))
	}
	for _, s := range cases {
		wantPairs, wantOK := teaserLabels[strings.ToLower(s)]
		pairs, ok := lookupTeaserLabel(s)
		if pairs != wantPairs || ok != wantOK {
			t.Errorf("lookupTeaserLabel(%q) = %v %v, want %v %v", s, pairs, ok, wantPairs, wantOK)
		}
	}
	if n := testing.AllocsPerRun(100, func() { lookupTeaserLabel("ALSO READ") }); n != 0 {
		t.Errorf("lookupTeaserLabel allocates %v times, want 0", n)
	}
}

// TestIsAdMarkerTail: every marker in any case, with spaces around it,
// and not a marker inside a phrase or a longer word.
func TestIsAdMarkerTail(t *testing.T) {
	for k := range adMarkerWords {
		r := []rune(k)
		title := strings.ToUpper(string(r[:1])) + string(r[1:])
		for _, s := range []string{k, " " + strings.ToUpper(k) + " ", title} {
			if !isAdMarkerTail(s) {
				t.Errorf("isAdMarkerTail(%q) = false, want true", s)
			}
		}
	}
	for _, s := range []string{"", "Advertisement feature", "Advertisements2", "no ads", "Advertisementsadvertisements"} {
		if isAdMarkerTail(s) {
			t.Errorf("isAdMarkerTail(%q) = true, want false", s)
		}
	}
}

// TestEndsWithFullStop: a line closed by a full stop, with white space
// after it, is turned down; one closed by "...", another mark, a headline
// or an ad marker is not.
func TestEndsWithFullStop(t *testing.T) {
	for s, want := range map[string]bool{
		"The ferry sailed at noon.": true, "The ferry sailed at noon. \u00a0\n": true,
		"Read more: The ferry that never sailed...": false, "Did it sail?": false,
		"Read more: Ferry sails at noon": false, "Advertisement": false, "": false, ".": true,
	} {
		if got := endsWithFullStop(s); got != want {
			t.Errorf("endsWithFullStop(%q) = %v, want %v", s, got, want)
		}
	}
}
