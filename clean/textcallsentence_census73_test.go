package clean

import "testing"

// TestCallSentenceCensus73: the calls census73 added to callForms (a
// podcast's call in English and German, a French donation appeal, a
// German tip line) are calls; the story's sentences that use their words
// are none.
func TestCallSentenceCensus73(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Listen to our weekly podcast on your favourite app.", true},
		{"Hören Sie unseren Podcast auf allen Plattformen.", true},
		{"Faites un don pour soutenir notre rédaction.", true},
		{"Soutenez la presse indépendante.", true},
		{"Haben Sie einen Hinweis für unsere Redaktion?", true},
		{"Listen to the recordings, the mayor told the council, and you will hear the difference.", false},
		{"Listen to our neighbours, said the head of the residents' association.", false},
		{"Hören Sie auf die Anwohner, sagte die Bürgermeisterin.", false},
		{"Sie haben einen Hinweis an die Polizei weitergegeben.", false},
		{"Faites attention aux travaux, a prévenu le maire.", false},
	} {
		if got := isCallSentence(c.line); got != c.want {
			t.Errorf("isCallSentence(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestSieHabenStatementIsStory checks that "Sie haben" opening a
// statement, the story's "they have", is no tip line's call, and that the
// same words asked as a question are.
func TestSieHabenStatementIsStory(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Sie haben einen Hinweis an unsere Redaktion geschickt.", false},
		{"Sie haben eine Geschichte erlebt, die uns bis heute beschäftigt.", false},
		{"Sie haben einen Tipp für uns?", true},
		{"Sie haben eine Geschichte für unsere Redaktion?", true},
		{"Haben Sie einen Tipp für unsere Redaktion? Schreiben Sie uns.", true},
	} {
		if got := isCallSentence(c.in); got != c.want {
			t.Errorf("isCallSentence(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
