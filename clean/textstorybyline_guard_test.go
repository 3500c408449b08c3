package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayBeTextByline: mayBeTextByline lets through every line textByline
// matches, over made-up signatures (each verb in any case and with the
// long s, names past ASCII, "of" and "&" inside them) and the corpus's
// lines; lines that sign with a word in lower case, or open otherwise,
// are turned down.
func TestMayBeTextByline(t *testing.T) {
	heads := []string{"Posted", "POSTED", "poſted", "Published", "publiſhed", "Written", "WRITTEN", "Writ", "Postedd", "Shared", "", "  Written"}
	words := []string{" by ", " BY ", " bY ", "  by ", " by", "by ", " b y "}
	ends := []string{"Jane Doe", "Ölga Şahin", "Bells of Steel", "Harbour & Co", "hand", "the desk", "JANE", "Élise Roy.", "", "Λ", "\xff"}
	lines := append(guardLines(20000, heads, words, ends), testkit.CorpusLines(t)...)
	checkGuard(t, "textByline", lines, mayBeTextByline, textByline.MatchString, 2000)
	for s, want := range map[string]bool{
		"Written by hand":              false,
		"Posted by admin":              false,
		"Pictures by Jane Doe":         false,
		"Published by Harbour Weekly":  true,
		"poſted BY Ölga Şahin":         true,
		"Written by: Jane Doe":         false,
		"Whatever happened by Monday?": false,
	} {
		if got := mayBeTextByline(s); got != want {
			t.Errorf("mayBeTextByline(%q) = %v, want %v", s, got, want)
		}
	}
}
