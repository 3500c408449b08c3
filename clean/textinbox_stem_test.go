package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestInboxStemAgreesWithLower: holdsInboxStem over a line's tail lowered
// on the stack answers as strings.ToLower of the tail and a literal set
// of the stems would, over the corpus's lines and invented tails in
// capitals, in scripts outside ASCII and cut inside a rune.
func TestInboxStemAgreesWithLower(t *testing.T) {
	slow := newLiteralSet(inboxStems[:]...)
	lines := append(testkit.CorpusLines(t),
		"Get the latest stories delivered straight to your INBOX.",
		"Die wichtigsten Nachrichten jeden Morgen in Ihrem POSTFACH",
		"Recevez l'essentiel de l'actualité dans votre BOÎTE mail",
		"Получайте главные новости на вашу ПОЧТУ",
		"Son dakika haberler e-posta KUTUNUZA gelsin",
		"Ən son xəbərlər poçt QUTUNUZA",
		strings.Repeat("é", 40)+" in your Inbox",
		"inbo", "",
	)
	held := 0
	for _, l := range lines {
		tail := l[max(0, len(l)-inboxTailBytes):]
		want := slow.holdsAny(strings.ToLower(tail))
		var buf [inboxTailBytes]byte
		if got := holdsInboxStem(appendLower(buf[:0], tail)); got != want {
			t.Errorf("holdsInboxStem(%q) = %v, ToLower and the literal set %v", tail, got, want)
		}
		if want {
			held++
		}
	}
	if held < 7 {
		t.Errorf("only %d of the tails hold a stem: the test reads too few", held)
	}
}
