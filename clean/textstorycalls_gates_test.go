package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestCallGatesAgreeWithContains: mayBeNewsletterCall and mayBeCommentForm,
// one literal set's pass each, answer as the strings.Contains per word they
// replaced, over the corpus's lines and invented ones holding each word at
// either end, in capitals, and past ASCII.
func TestCallGatesAgreeWithContains(t *testing.T) {
	newsletter := func(s string) bool {
		return strings.Contains(s, "ewsletter") || strings.Contains(s, "ailing list") || strings.Contains(s, "nbox") || strings.Contains(s, "mail")
	}
	form := func(s string) bool {
		return strings.HasSuffix(s, "*") || strings.Contains(s, "ame") || strings.Contains(s, "nom") ||
			strings.Contains(s, "naam") || strings.Contains(s, "имя") || strings.Contains(s, "dados")
	}
	lines := append(testkit.CorpusLines(t),
		"", "mail", "Join our newsletter", "the mailing list", "INBOX", "Inbox", "e-mail *", "Name *", "Your name",
		"Ваше имя", "salvar meus dados", "Uw naam", "nom", "no such words here", "ma il", "na me",
	)
	yes := 0
	for _, l := range lines {
		if got, want := mayBeNewsletterCall(l), newsletter(l); got != want {
			t.Fatalf("mayBeNewsletterCall(%q) = %v, strings.Contains says %v", l, got, want)
		}
		if got, want := mayBeCommentForm(l), form(l); got != want {
			t.Fatalf("mayBeCommentForm(%q) = %v, strings.Contains says %v", l, got, want)
		}
		if newsletter(l) && form(l) {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("no line passed both gates: the test tests nothing")
	}
}

// TestEarnsGateAgreesWithContains: earnsWords, one pass, finds a line's
// words as the two strings.Contains it replaced did.
func TestEarnsGateAgreesWithContains(t *testing.T) {
	lines := append(testkit.CorpusLines(t), "", "We may receive compensation", "This guide is supported by readers",
		"Compensation", "upported b", "no such words")
	yes := 0
	for _, l := range lines {
		want := strings.Contains(l, "ompensation") || strings.Contains(l, "upported by")
		if got := earnsWords.holdsAny(l); got != want {
			t.Fatalf("earnsWords.holdsAny(%q) = %v, strings.Contains says %v", l, got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("no line held a word: the test tests nothing")
	}
}
