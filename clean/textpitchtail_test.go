package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestCallSentence: a site's call to its reader, in several languages,
// is one; a story's sentence about a newsletter, an app or a tip, or a
// call someone is quoted making, is not.
func TestCallSentence(t *testing.T) {
	calls := []string{
		"Subscribe to our newsletter for the week's harbour news.",
		"Please sign up for the Harbour Herald's morning briefing.",
		"Follow us on Telegram and Facebook.",
		"Follow Harbour Herald on X for live updates.",
		"Download our free Harbour News app.",
		"Download the Harbour Herald app for breaking news alerts.",
		"Support independent local journalism today.",
		"Become a member and read without limits.",
		"Have a news tip? Email us.",
		"Got a tip?",
		"Send us your tips at tips@harbour.example.",
		"Email the newsroom at news@harbour.example with what you saw.",
		"If you value our reporting, please consider subscribing.",
		"We rely on readers like you to keep going.",
		"Stay up to date: sign up for our newsletter.",
		"Folgen Sie uns auf Instagram.",
		"Suivez-nous sur Facebook et X.",
		"Síguenos en WhatsApp.",
		"Seguici su Telegram.",
		"Siga-nos no Instagram.",
		"Volg ons op Facebook.",
		"Подписывайтесь на наш Telegram-канал.",
		"Підписуйтесь на наш канал.",
		"Obserwuj nas na Facebooku.",
		"Bizi sosyal medyada takip edin.",
		"Join 12,000+ readers who get the Harbour Herald every Friday.",
		"Join over 2k other subscribers.",
		"Never miss a story from the harbour.",
		"Get the latest ferry news delivered every Friday.",
		"Enter your email below to subscribe to the Harbour Herald.",
		"Check out our YouTube channel for more ferry videos.",
	}
	for _, s := range calls {
		if !isCallSentence(s) {
			t.Errorf("isCallSentence(%q) = false, want true", s)
		}
	}
	story := []string{
		"She told readers to subscribe to the council's bulletin before the vote.",
		"The newsletter, which readers can subscribe to for free, reached 10,000 inboxes.",
		"“Subscribe to our newsletter,” the mayor joked at the opening.",
		"Subscribers to the ferry pass will pay less from March.",
		"Download the timetable from the port's website before you travel.",
		"Follow the coast road north for ten miles.",
		"The app lets commuters follow the ferry on a map.",
		"Police said anyone with information should call the station.",
		"Support for the harbour plan fell to 40 percent.",
		"We rely on the tides, the captain said.",
		"Join the 300 residents who signed the petition at the harbour office.",
		"Enter your email address and password, then tap Sign in.",
		"Never miss a dose: set a reminder on your phone.",
		"Get the latest version of the timetable app from the store.",
		"Check out the harbour museum's YouTube channel for the old films.",
	}
	for _, s := range story {
		if isCallSentence(s) {
			t.Errorf("isCallSentence(%q) = true, want false", s)
		}
	}
}

// TestSentenceStarts: sentences start after a full stop, "!" or "?" and a
// space where a capital, a digit or a mark follows, not a lower-case word.
func TestSentenceStarts(t *testing.T) {
	s := "The ferry left. It was late! Why? 3 boats stayed. e.g. not here… And “Quotes.” Then end."
	got := sentenceStarts(nil, s)
	var parts []string
	for k := range got {
		parts = append(parts, strings.TrimSpace(sentenceAt(s, got, k)))
	}
	want := []string{"The ferry left.", "It was late!", "Why?", "3 boats stayed. e.g. not here…", "And “Quotes.”", "Then end."}
	if !slices.Equal(parts, want) {
		t.Errorf("sentences %q, want %q", parts, want)
	}
}

// TestCutPitchTails: a story paragraph's closing pitch is cut off into its
// own block, labelled, the story's sentences kept; a pitch line alone is
// labelled whole; a story's sentence about a newsletter, a call before the
// paragraph's long last sentence, and a labelled line stay as they are.
func TestCutPitchTails(t *testing.T) {
	story := "The harbour master said the ferry would run every hour from March, and the old pier would close."
	for _, c := range []struct {
		name, line string
		want       []string // the blocks after the cut; the last one labelled when there are two
		whole      bool     // the line labelled whole
	}{
		{"a closing pitch", story + " Subscribe to our newsletter for more. It's free.",
			[]string{story, "Subscribe to our newsletter for more. It's free."}, false},
		{"a hooked pitch", story + " Do you own an EV? Join our EV Owners Community and share your story.",
			[]string{story, "Do you own an EV? Join our EV Owners Community and share your story."}, false},
		{"a tips line", story + " Have a news tip? Email us at tips@harbour.example.",
			[]string{story, "Have a news tip? Email us at tips@harbour.example."}, false},
		{"a hook and its call alone", "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
			[]string{"Was this newsletter forwarded to you? Sign up to get it in your inbox."}, true},
		{"a pitch alone", "Support independent journalism. Become a member today.",
			[]string{"Support independent journalism. Become a member today."}, true},
		{"a story about a newsletter", story + " Readers can subscribe to the port's newsletter for the timetable.",
			[]string{story + " Readers can subscribe to the port's newsletter for the timetable."}, false},
		{"a call to talk to the firm's people", "Stop Waiting & Start Sailing. Talk To Our Harbour Charter Experts",
			[]string{"Stop Waiting & Start Sailing.", "Talk To Our Harbour Charter Experts"}, false},
		{"a story's talk with a team", story + " The skippers talk to their own team of pilots every morning before they sail.",
			[]string{story + " The skippers talk to their own team of pilots every morning before they sail."}, false},
		{"a call before the story's long last sentence", story + " Follow us on Telegram. " + story,
			[]string{story + " Follow us on Telegram. " + story}, false},
	} {
		p, _ := textTestPage([]string{c.line})
		p.cutPitchTails()
		var got []string
		for _, b := range p.blocks {
			got = append(got, b.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: blocks %q, want %q", c.name, got, c.want)
			continue
		}
		last := p.blocks[len(p.blocks)-1]
		labelled := last.Kind == Subscribe && last.Rule == "model/text-call-sentence"
		if want := len(got) == 2 || c.whole; labelled != want {
			t.Errorf("%s: last block labelled %v (%q, %q), want %v", c.name, labelled, last.Kind, last.Rule, want)
		}
		if len(got) == 2 && p.blocks[0].Kind != "" {
			t.Errorf("%s: the story's part labelled %q", c.name, p.blocks[0].Kind)
		}
	}
	// A line an earlier stage labelled is not cut.
	p, _ := textTestPage([]string{story + " Subscribe to our newsletter."})
	p.labelAs(0, Other, "test")
	if p.cutPitchTails(); len(p.blocks) != 1 || p.blocks[0].Rule != "test" {
		t.Errorf("a labelled line was cut or relabelled: %+v", p.blocks)
	}
}

// TestTailSentenceStarts: on a line longer than maxPitchTailBytes only the
// sentences starting in its last bytes are read, and the line's start is
// not among them; a long paragraph still loses its closing pitch.
func TestTailSentenceStarts(t *testing.T) {
	story := strings.Repeat("The ferry left the harbour at noon and came back late. ", 40)
	line := story + "Follow us on Telegram."
	starts := tailSentenceStarts(nil, line)
	if len(starts) == 0 || starts[0] < len(line)-maxPitchTailBytes || starts[len(starts)-1] != len(story) {
		t.Fatalf("starts %v on a line of %d bytes, want them all in the last %d, the last at %d", starts, len(line), maxPitchTailBytes, len(story))
	}
	p, _ := textTestPage([]string{line})
	p.cutPitchTails()
	if len(p.blocks) != 2 || p.blocks[1].Text != "Follow us on Telegram." || p.blocks[1].Kind != Subscribe {
		t.Errorf("a long paragraph's pitch not cut: %d blocks", len(p.blocks))
	}
	if moreWordsThan("one two three", 3) || !moreWordsThan("one two three four", 3) || moreWordsThan("  ", 0) {
		t.Error("moreWordsThan miscounts")
	}
}
