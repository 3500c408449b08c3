package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestHoldsInboxStemAgreesWithToLower: holdsInboxStem answers as the
// stems' search of strings.ToLower's copy does, over the corpus's lines'
// tails and invented ones in every case, past ASCII and cut inside a rune.
func TestHoldsInboxStemAgreesWithToLower(t *testing.T) {
	testkit.SkipUnderRace(t, "strings.ToLower over every corpus line, on one goroutine")
	lines := append(testkit.CorpusLines(t),
		"Get the latest news delivered to your INBOX.", "Straight to your Inbox", "in Ihrem POSTFACH",
		"dans votre BOÎTE mail", "на вашу ПОЧТУ", "E-posta KUTUNUZA gelsin", "the scam letters that land in your inbox",
		"nothing to see here", "", "\xc3 boîte cut", "İNBOX",
	)
	found := 0
	for _, l := range lines {
		for _, tail := range []string{l, l[max(0, len(l)-64):], l[len(l)/2:]} {
			want := inboxStems.holdsAny(strings.ToLower(tail))
			if got := holdsInboxStem(tail); got != want {
				t.Fatalf("holdsInboxStem(%q) = %v, the search of its lower case %v", tail, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no tail held a stem: the test tests nothing")
	}
}
