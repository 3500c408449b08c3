package clean

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayBePitch: mayBePitch turns down no line textPitch matches, on
// invented lines, the corpus's lines and random lines of the pattern's
// words, and turns down story lines, among them lines that open with a
// form's first word only.
func TestMayBePitch(t *testing.T) {
	testkit.SkipUnderRace(t, "the pitch pattern over the corpus and built lines, on one goroutine")
	re := textPitch.get()
	fixed := []string{
		"If you need help with your visa, connect with one of our experts.",
		"Please contact our team for a quote.",
		"— Reach out to us!",
		"«Get in touch with our experts»",
		"Order my Yoga Life book today",
		"Sign up for the latest news",
		"ſign up for our news",
		"Speak with our sales team",
		"TALK TO OUR EXPERTS",
		"We can help you improve your profile",
		"If you enjoyed this article, please share it",
		"Help us spread the word",
		"Score free shipping on orders over $60",
		"Free standard shipping on orders $60 or more.",
		"FILL THIS FORM to download the tide tables",
		"The council met on Tuesday to discuss the budget.",
		"Ordering the files took a week.",
		"",
		"!!",
		"If you have children, think about how you will pay for their schooling.",
		"If you need help, call the harbour office.",
		"Free certificates can be hard to find.",
		"Get in touch with us to explore the harbour.",
		"We are introducing a new ferry timetable.",
		"We get better ferries when we ask.",
		"Please note the ferry leaves at noon.",
		"Sign up today and sail this summer.",
		"Subscribe now",
		"Order the fish soup.",
		"Fill up the tank before you sail.",
		"Help wanted at the harbour",
		"Call me when you land.",
	}
	for _, s := range fixed[:15] {
		if !re.MatchString(s) || !mayBePitch(s) {
			t.Errorf("%q: pattern %v, mayBePitch %v, want both true", s, re.MatchString(s), mayBePitch(s))
		}
	}
	for _, s := range fixed[15:] {
		if mayBePitch(s) {
			t.Errorf("mayBePitch(%q) = true, want false", s)
		}
	}
	for _, s := range testkit.CorpusLines(t) {
		if re.MatchString(s) && !mayBePitch(s) {
			t.Errorf("mayBePitch(%q) = false, but textPitch matches it", s)
		}
	}
	parts := []string{"if you", "If You", "need help", ",", ", ", " ", "please", "contact", "connect with", "reach out to",
		"Reach Out To Us", "talk", "to", "call", "get in touch with", "speak", "with", "our", "one of our", "team",
		"experts", "try out", "order", "join", "my", "sign up", "subscribe", "for", "the latest", "we", "can",
		"help", "improve", "your", "liked", "this", "article", "me", "us", "spread the word", "score", "free",
		"standard", "shipping on", "fill", "out", "form", "below", "orders", "over", "$", "60", "ſ", "\u212a", "—", "«", "!", "\xff", "_", "x", "É", "\t",
		"'ll", "will", "in", "express", "enjoy", "found", "like", "one of", "sales team", "reach out to us", "get in touch with our expert"}
	rnd := rand.New(rand.NewSource(15))
	matched := 0
	for range 50000 {
		var b strings.Builder
		if rnd.Intn(2) == 0 { // most lines cannot match: open half of them with a pitch
			b.WriteString(fixed[rnd.Intn(15)][:8+rnd.Intn(8)])
		}
		for range 1 + rnd.Intn(10) {
			p := parts[rnd.Intn(len(parts))]
			if rnd.Intn(4) == 0 {
				p = strings.ToUpper(p)
			}
			b.WriteString(p)
			if rnd.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		want := re.MatchString(s)
		if want {
			matched++
		}
		if want && !mayBePitch(s) {
			t.Errorf("mayBePitch(%q) = false, but textPitch matches it", s)
		}
	}
	if matched < 500 {
		t.Errorf("the pattern matched %d random lines, want at least 500: the lines no longer hold pitches", matched)
	}
}

// TestPitchFirstByte: mayOpenPitch's first-byte table lets through every
// line its word tests accept, and a line whose first byte it turns down is
// one they turn down too, whatever follows.
func TestPitchFirstByte(t *testing.T) {
	opens := []string{
		"if you liked this story", "Try out our app", "order my book", "Join our club", "please contact our team",
		"Contact one of our experts", "connect with our team", "Reach out to our desk", "talk to our team",
		"call our office", "Get in touch with our team", "speak to our staff", "Speak with our staff",
		"reach out to us", "Help me grow", "help us grow", "Sign up for news", "subscribe to news",
		"We can help", "score free shipping on all", "Free shipping on all", "please fill this form",
		"Fill the form", "ſign up for news",
	}
	for _, s := range opens {
		if !opensPitchWords(s) {
			t.Fatalf("opensPitchWords(%q) = false; the case is no opening", s)
		}
		if !pitchFirstByte[s[0]] {
			t.Errorf("pitchFirstByte turns down %q, which the word tests accept", s)
		}
		_, n := utf8.DecodeRuneInString(s)
		for b := range 256 {
			if pitchFirstByte[b] {
				continue
			}
			if u := string([]byte{byte(b)}) + s[n:]; opensPitchWords(u) {
				t.Errorf("opensPitchWords(%q) = true, but pitchFirstByte turns down its first byte", u)
			}
		}
	}
	if mayOpenPitch("The council met on Tuesday.") || mayOpenPitch("") {
		t.Error("mayOpenPitch lets through a story line or an empty one")
	}
}
