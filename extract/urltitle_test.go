package extract

import "testing"

func TestURLTitle(t *testing.T) {
	a := &Article{
		Deck: "What the Armenian government decided on Thursday",
		Body: []string{
			"- Armenia’s government approved a plan to rebuild the Debed bridges.",
			"- The plan covers three bridges; Armenia pays for two of them.",
			"- The work starts in May, the minister said.",
		},
	}
	for _, c := range []struct{ slug, want string }{
		{"armenias government to rebuild debed bridges", "Armenia’s government to rebuild Debed bridges"},
		// a word printed at a sentence's start and inside one: the form printed most
		{"the plan covers the bridges", "The plan covers the bridges"},
		{"armenian government decided", "Armenian government decided"},
		// words the page never prints stay as the slug spells them
		{"tavush roads reopen", "Tavush roads reopen"},
		{"new roads in tavush", "New roads in tavush"},
		{"2026 budget passes", "2026 budget passes"},
	} {
		if got := urlTitle(c.slug, a); got != c.want {
			t.Errorf("urlTitle(%q) = %q, want %q", c.slug, got, c.want)
		}
	}
}
