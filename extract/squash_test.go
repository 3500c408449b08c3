package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestSquashIsClean checks that extract keys names as clean does, so a byline
// dropped as the outlet's own name here is the one clean's head fields drop.
func TestSquashIsClean(t *testing.T) {
	for _, s := range []string{"Al-Jazeera English", "BBC News 24", "Süddeutsche Zeitung", "東京新聞"} {
		if got, want := squash(s), clean.Squash(s); got != want {
			t.Errorf("squash(%q) = %q, clean.Squash gives %q", s, got, want)
		}
	}
}
