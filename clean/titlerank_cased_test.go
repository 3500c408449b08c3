package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestCasedAsMeta checks that a choice in capitals alone takes the case of
// a metadata title with the same letters and marks, in the scripts that
// have case, and that a choice with a lower-case letter, one that differs
// in a mark or a word, and one in a script without case keep their form.
func TestCasedAsMeta(t *testing.T) {
	for _, c := range []struct {
		m        htmldoc.Meta
		in, want string
	}{
		{htmldoc.Meta{OGTitle: "Ferry returns to the islands after winter"}, "FERRY RETURNS TO THE ISLANDS AFTER WINTER", "Ferry returns to the islands after winter"},
		{htmldoc.Meta{TitleTag: "Fähre kehrt nach dem Winter zurück | Inselbote"}, "FÄHRE KEHRT NACH DEM WINTER ZURÜCK", "Fähre kehrt nach dem Winter zurück"},
		{htmldoc.Meta{HeadlineLD: "Паром вернулся на острова после зимы"}, "ПАРОМ ВЕРНУЛСЯ НА ОСТРОВА ПОСЛЕ ЗИМЫ", "Паром вернулся на острова после зимы"},
		// The metadata differs in more than case: a mark, a word.
		{htmldoc.Meta{OGTitle: "Ferry returns to the islands, after winter"}, "FERRY RETURNS TO THE ISLANDS AFTER WINTER", "FERRY RETURNS TO THE ISLANDS AFTER WINTER"},
		{htmldoc.Meta{OGTitle: "Ferry returns to the islands after the winter"}, "FERRY RETURNS TO THE ISLANDS AFTER WINTER", "FERRY RETURNS TO THE ISLANDS AFTER WINTER"},
		// The metadata in capitals too; a choice with lower case; an
		// acronym-led choice the metadata prints the same; no case at all.
		{htmldoc.Meta{OGTitle: "FERRY RETURNS TO THE ISLANDS AFTER WINTER"}, "FERRY RETURNS TO THE ISLANDS AFTER WINTER", "FERRY RETURNS TO THE ISLANDS AFTER WINTER"},
		{htmldoc.Meta{OGTitle: "ferry returns to the islands after winter"}, "Ferry Returns to the Islands after Winter", "Ferry Returns to the Islands after Winter"},
		{htmldoc.Meta{OGTitle: "NASA FERRY TEST 2026"}, "NASA FERRY TEST 2026", "NASA FERRY TEST 2026"},
		{htmldoc.Meta{OGTitle: "旧市街と駅を結ぶ歩道橋が開通"}, "旧市街と駅を結ぶ歩道橋が開通", "旧市街と駅を結ぶ歩道橋が開通"},
		{htmldoc.Meta{}, "FERRY RETURNS TO THE ISLANDS AFTER WINTER", "FERRY RETURNS TO THE ISLANDS AFTER WINTER"},
	} {
		if got := casedAsMeta(c.in, &c.m, "harbourtimes.example"); got != c.want {
			t.Errorf("casedAsMeta(%q) over %+v = %q, want %q", c.in, c.m, got, c.want)
		}
	}
}

// TestCasedAsMetaLowerCaseMeta checks that a choice in capitals keeps them
// beside a metadata title in lower case alone, which has lost the
// acronyms the capitals keep ("NASA" would read "nasa").
func TestCasedAsMetaLowerCaseMeta(t *testing.T) {
	m := htmldoc.Meta{OGTitle: "nasa tests the new ferry engine on the river"}
	in := "NASA TESTS THE NEW FERRY ENGINE ON THE RIVER"
	if got := casedAsMeta(in, &m, "harbourtimes.example"); got != in {
		t.Errorf("casedAsMeta(%q) = %q, want it kept", in, got)
	}
}
