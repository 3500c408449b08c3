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

// TestHoldsSpacedDashMark: the one search over 0xE2 finds each dash and
// the bullet with a space before it past curly quotes, and not a dash
// without a space before it, one that ends the line, or a quote alone;
// and it keeps every separator of those that teaserSepAt reads.
func TestHoldsSpacedDashMark(t *testing.T) {
	for s, want := range map[string]bool{
		"the council’s plan — Read more": true, "“quoted” – Related": true, "Tunnels • Ferries": true,
		"Read more —Why the valley lost its trains": true, "Read more— Why": false,
		"a span—no space": false, "it’s the “plan”": false, "ends with a dash —": false, "": false, "—": false,
	} {
		if got := holdsSpacedDashMark(s); got != want {
			t.Errorf("holdsSpacedDashMark(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"Related — Ferries", "Related –Ferries", "See also •Ferries", "“Related” — Ferries"} {
		sep := false
		for i := range len(s) - 1 {
			sep = sep || s[i] == 0xE2 && teaserSepAt(s, i) > 0
		}
		if !sep || !holdsSpacedDashMark(s) {
			t.Errorf("%q: teaserSepAt reads a separator %v, holdsSpacedDashMark %v; want both", s, sep, holdsSpacedDashMark(s))
		}
	}
}

// TestCutTeaserTailsProseAbove: a pointer's whole line is labelled under
// a kept line of prose, and left alone above the story's first one
// (proseAbove reads the lines above only when it must).
func TestCutTeaserTailsProseAbove(t *testing.T) {
	p := &Page{blocks: []Block{
		{Text: "Read more: Harbour ferries add a winter timetable"},
		{Text: "The harbour board voted on Tuesday to keep the night ferry running through the winter months, citing demand."},
		{Text: "Read more: Bridge repairs start in May"},
	}}
	p.cutTeaserTails()
	for i, want := range []Kind{"", "", Related} {
		if got := p.blocks[i].Kind; got != want {
			t.Errorf("block %d %q: %q, want %q", i, p.blocks[i].Text, got, want)
		}
	}
}
