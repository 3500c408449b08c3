package clean

import (
	"strings"
	"testing"
)

// TestSaidCallsStay puts, after the English story's third paragraph, a
// story's line that reports a speaker's words opening as a site's call or
// cookie notice does (without quote marks, after a dialogue dash, in
// quotes) and a site's own call or notice: the first must stay in the
// body, the second must leave it.
func TestSaidCallsStay(t *testing.T) {
	cases := []struct {
		line string
		body bool
	}{
		{"Support us on Sunday at the rally, the mayor told the crowd.", true},
		{"– Följ oss till torget, ropade hon.", true},
		{"Podržite nas, rekao je gradonačelnik okupljenima na trgu.", true},
		{"Follow us on Instagram, the festival's organisers urged visitors on Friday.", true},
		{"“We use cookies as a reward,” the trainer said, because the dogs learn quickly that way.", true},
		{"\"We use cookies to train them, and they respond well to the routine,\" the trainer said about the dogs.", true},
		{"Support us, and become a member today.", false},
		{"Följ oss på Instagram och Facebook.", false},
		{"Podržite nas, svaka donacija pomaže neovisnom novinarstvu.", false},
		{"We use cookies to improve your experience on our site.", false},
		{"We use cookies to tailor what you read, as explained in our Privacy Notice.", false},
		{"Subscribe to our free briefing, with fresh reports added every morning.", false},
	}
	st := clutterStories["en"]
	for _, c := range cases {
		page := []string{st.title, st.byline, "05.03.2025 10:02"}
		page = append(page, st.paras[:3]...)
		page = append(page, c.line)
		page = append(page, st.paras[3:]...)
		res, err := String(strings.Join(page, "\n\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		kind, rule := Kind("missing"), ""
		for _, b := range res.Blocks {
			if b.Text == c.line {
				kind, rule = b.Kind, b.Rule
			}
		}
		if (kind == Body) != c.body {
			t.Errorf("%q: %s (%s), want body %v\n%s", c.line, kind, rule, c.body, dump(res))
		}
	}
}

// TestHandsToSpeaker reads handsToSpeaker's edges: the verb must stand
// within maxSpeakerWords words after a comma, and only the first
// maxSayingBytes bytes are read.
func TestHandsToSpeaker(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Join us, she said.", true},
		{"Join us, the head of the club's board told reporters.", false}, // "told" is the sixth word
		{"Join us on Telegram.", false},
		{"said, nothing", false},
		{",", false},
		{"", false},
		{strings.Repeat("x", maxSayingBytes) + ", she said", false},
		{strings.Repeat("a, ", 300) + "she said", false},
		{"Подпишитесь, сказал он.", true},
		// a listed verb with no speaker beside it: a participle, Dutch "dit", Swedish "sa"
		{"Read our terms, as explained in the Member Guide.", false},
		{"Join the club today, with new offers added each week.", false},
		{"Word lid van onze krant, dit kan al vanaf twee euro per week.", false},
		{"Prenumerera nu, sa att du inte missar något.", false},
		// a speaker beside the verb: before it, or after it
		{"Join us, Petrova told the crowd.", true},
		{"Join us, said the mayor.", true},
		{"Follow us, the club's captain urged.", true},
		{"Podržite nas, rekao je.", true},
		{"Steun ons, zei hij.", true},
	}
	for _, c := range cases {
		if got := handsToSpeaker(c.s); got != c.want {
			t.Errorf("handsToSpeaker(%.60q) = %v, want %v", c.s, got, c.want)
		}
	}
}
