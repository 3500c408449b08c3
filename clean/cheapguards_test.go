package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// guardLines makes n lines from a head, a word and an end picked at random:
// the guards' tests read them against their patterns.
func guardLines(n int, heads, words, ends []string) []string {
	rng := rand.New(rand.NewPCG(6, 5))
	lines := make([]string, n)
	for i := range lines {
		lines[i] = heads[rng.IntN(len(heads))] + words[rng.IntN(len(words))] + ends[rng.IntN(len(ends))]
	}
	return lines
}

// checkGuard fails when guard turns down a line match matches, or when the
// lines hold fewer than minMatch matches (the test would read too few) or
// the guard turns down none of them (it would test nothing).
func checkGuard(t *testing.T, name string, lines []string, guard, match func(string) bool, minMatch int) {
	t.Helper()
	matched, down := 0, 0
	for _, s := range lines {
		g, m := guard(s), match(s)
		if m && !g {
			t.Fatalf("%s: the guard turns down %q, which the pattern matches", name, s)
		}
		if m {
			matched++
		}
		if !g {
			down++
		}
	}
	if matched < minMatch || down == 0 {
		t.Fatalf("%s: %d of %d lines matched, %d turned down: the lines test too little", name, matched, len(lines), down)
	}
}

// TestMayBeTeaser: mayBeTeaser lets through every line teaser matches, its
// labels in any case, with ſ and the Kelvin sign for s and k, after marks
// and letters past ASCII, with and without the colon.
func TestMayBeTeaser(t *testing.T) {
	heads := []string{"", "» ", "»» ", "»»» ", "— ", "• ", "\xff", "à ", "À ", "A ", "_", "1 ", "ſ", "→ "}
	words := []string{"Related", "RELATED ARTICLES", "related posts", "You might also like", "YOU MAY ALSO LIKE", "you may alſo li\u212ae",
		"Read also", "Read next", "read more", "See also", "SEE NEXT", "see more", "Also read", "alſo read", "Previous", "previous post",
		"Next", "Next article", "Lesen Sie auch", "Auch interessant", "Lire aussi", "lire auſſi", "à lire aussi", "À LIRE AUSSI",
		"Lea también", "Lee también", "LEE TAMBIÉN", "Leggi anche", "Leia também", "Lees ook", "Readers", "Seeing", "Nextdoor",
		"The related story", "Relates", "You might like", "lire"}
	ends := []string{":", " :", ": How the tide tables work", "", " how the tides work", "\t: x", ":x", " - x"}
	lines := append(guardLines(20000, heads, words, ends),
		"Read the full report here", "Next week: the tide tables", "Related: How the tide tables work")
	checkGuard(t, "teaser", lines, mayBeTeaser, teaser.MatchString, 3000)
	for _, s := range []string{"Read the full report here", "The related story: tides", "Next week the ferry sails"} {
		if mayBeTeaser(s) {
			t.Errorf("mayBeTeaser(%q) = true, want false", s)
		}
	}
}

// TestFaqWords: faqWords lets through every heading faqHead matches, in
// any case, with ſ for s, after and before marks.
func TestFaqWords(t *testing.T) {
	heads := []string{"", "» ", "— ", "\xff", "1. ", "Our "}
	words := []string{"FAQ", "faqs", "FAQs", "Frequently Asked Questions", "frequently aſked queſtions", "Häufige Fragen", "HÄUFIGE FRAGEN",
		"Questions fréquentes", "Foire aux questions", "Preguntas frecuentes", "PREGUNTAS FRECUENTES", "Domande frequenti",
		"Perguntas frequentes", "Veelgestelde vragen", "Frequently asked", "Questions", "Fragen", "Tide tables"}
	ends := []string{"", ":", " »", "?", " about tides"}
	checkGuard(t, "faqHead", guardLines(5000, heads, words, ends), faqWords.holdsAnyFold, faqHead.MatchString, 1000)
}

// TestMayHoldCaptionNote: mayHoldCaptionNote lets through every line
// captionNoteTail matches: each mark before each of its words, with and
// without white space (tabs, several blanks), in any case, with ſ.
func TestMayHoldCaptionNote(t *testing.T) {
	heads := []string{"The pier at dawn.", "The pier at dawn!", "Is it?", "(2019)", "Oil on canvas;", "Guests board |", "Guests board|",
		"The pier at dawn", "Dawn. .", "", "A child builds", "\xff."}
	words := []string{" Photo by Jane Doe", "  PHOTOGRAPH: Jane Doe", "\tImage © Harbour", " Pictures by: Jane", " Foto: Jane Doe",
		" Illustration by Jane Doe", " Illuſtration by Jane", " Bild: Jane", " Credit: Harbour Studio", " Credits: Jane Doe",
		" Courtesy of the museum", " courteſy Harbour Gallery", " COURTESY HARBOUR", "Photo by Jane Doe", "Courtesy of Jane",
		" Photos by jane", " Building: Jane"}
	ends := []string{"", ".", "..", "'.", "’", " and more. Then"}
	lines := append(guardLines(20000, heads, words, ends), strings.Repeat("x. ", 100)+"Photo by Jane Doe")
	checkGuard(t, "captionNoteTail", lines, mayHoldCaptionNote, captionNoteTail.MatchString, 3000)
}

// TestMayBeFormLine: mayBeFormLine lets through every line formLine
// matches, its forms in any case, with ſ and the Kelvin sign for s and k,
// after marks, letters past ASCII and bad bytes.
func TestMayBeFormLine(t *testing.T) {
	heads := []string{"", "* ", "** ", "***", "— ", "\xff", "é ", "A ", "_", "ſ"}
	words := []string{"Your email address will not be published.", "YOUR E-MAIL WILL NOT BE PUBLISHED", "your e-mail addreſs will not be publiſhed",
		"Required fields are marked *", "Please leave this field empty", "Leave this field blank", "This field is for validation purposes",
		"Yes, add me to your mailing list", "Yeſ please sign me up for the news", "Yes, I'd also like to subscribe", "Yes I’d like to receive",
		"Thanks for subscribing! Check your inbox", "Thank you for signing up. Please check your email", "Than\u212a you for ſubscribing. Check your inbox",
		"Your story", "Thanks to the crew", "Yesterday", "These fields"}
	ends := []string{"", ".", " now", " *"}
	lines := append(guardLines(20000, heads, words, ends), "The email will not be published", "Fields are marked")
	checkGuard(t, "formLine", lines, mayBeFormLine, formLine.MatchString, 3000)
}
