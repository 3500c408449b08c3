package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestCallButtonLead: callButtonLead turns down no line callButton
// matches, over the corpus's lines and made-up ones at its edges, and
// turns down lines that only start like a button.
func TestCallButtonLead(t *testing.T) {
	lines := append(testkit.CorpusLines(t),
		"Apply now", "→ Apply now", "»» Book now", "\xff→Shop now", "\xff→ Shop now", "1 Apply now",
		"ſhop now", "Boo\u212A now", "SIGN UP", "Sign up", "sign-up now", "Calculate project→",
		"Explore", "Explore ", "Get", "apply\tnow", "(Contact us)", "Order now!!", "Order now!!!",
		"Get ſtarted", "Contact uſ", "Get a free quote", "Request a demo", "Start your free trial", "Try it for free",
		"Get  started", "Explore our plans", "Join today→", "BOOK NOW",
	)
	for _, l := range lines {
		if callButton.MatchString(l) && !callButtonLead(l) {
			t.Errorf("callButtonLead(%q) = false, but callButton matches it", l)
		}
	}
	for s, want := range map[string]bool{
		"ſhop now":            true,
		"Boo\u212A now":       true,
		"→ Apply now":         true,
		"Share this":          false,
		"Read more":           false,
		"Bookmark this":       false,
		"123 Apply now":       false,
		"\xff→ Apply now":     false,
		"Apply":               false,
		"Applying now":        false,
		"Subscribe to news":   false,
		"Buy tickets online":  false,
		"Join the discussion": false,
		"Get along":           false,
		"Try our new app":     false,
		"Book a table":        false,
		"Start with basics":   false,
		"Get ſtarted":         true,
		"Request a demo":      true,
		"Explore the map":     true,
	} {
		if got := callButtonLead(s); got != want {
			t.Errorf("callButtonLead(%q) = %v, want %v", s, got, want)
		}
	}
	t.Logf("%d lines", len(lines))
}
