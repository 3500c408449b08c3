package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayOpenWithName: mayOpenWithName lets through every line
// noteOpensName matches, over made-up notes (names with particles,
// apostrophes, hyphens and capitals past ASCII, each followed by a comma,
// a dash or a lower-case word) and the corpus's lines; story lines that
// open otherwise are turned down.
func TestMayOpenWithName(t *testing.T) {
	testkit.SkipUnderRace(t, "the writer note pattern over the corpus and 20,000 built lines, on one goroutine")
	heads := []string{"", "Jonas ", "Олена ", "Ayşe ", "O’Neil ", "Anne-Marie ", "The ", "Ö", "ÉLISE ", "Ἀ", "\xff", " ", "Mc"}
	words := []string{"Weber", "Ковальчук", "de Vries", "van der Berg", "Demir", "du Bois", "new York", "city", "Λ", "al-Sayed", "'", "van Dam", "a B", ""}
	ends := []string{" ist Journalistin.", " — журналістка.", ", muhabirdir.", " - writes", " Smith is a reporter.", " met on Monday.", "", ",", " x", "  is", " de Rosa, writer", "\tis"}
	lines := append(guardLines(20000, heads, words, ends), testkit.CorpusLines(t)...)
	checkGuard(t, "noteOpensName", lines, mayOpenWithName, noteOpensName.lazyRegexp.MatchString, 2000)
	for s, want := range map[string]bool{
		"The council met on Monday.":      false,
		"Jonas weber ist Journalist.":     false,
		"Sanne de Vries is a reporter.":   true,
		"Sanne dela Vries is a reporter.": false,
		"Олена Ковальчук — журналістка.":  true,
		"Maya":                            false,
		"Maya Lind":                       true,
		"In 2020, the council met.":       false,
		"A 12-page report was published.": false,
	} {
		if got := mayOpenWithName(s); got != want {
			t.Errorf("mayOpenWithName(%q) = %v, want %v", s, got, want)
		}
	}
	if noteName("The council met on Monday.") != "" || noteName("Maya Lind is a reporter at the Harbor Daily.") != "Maya Lind" {
		t.Error("the guarded noteOpensName does not answer as its pattern")
	}
}
