package clean

import (
	"regexp"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// gateCase is a cheap first test and the test it stands before: the gate
// must let through every text the full test answers true for.
type gateCase struct {
	name string
	gate func(string) bool
	full func(string) bool
}

// patternGates are the gates of patterngate.go and the word tests before
// textCallAnywhere, donationHelps and subscribeBox, each with the test it
// spares. The texts given to the parenthesised credits' gates open with
// "(", as their callers' do.
func patternGates() []gateCase {
	parenCredit := regexp.MustCompile(`^(?:` + creditParenExpr + `)$`)
	return []gateCase{
		{"stockCreditHead", mayOpenStockCredit, stockCreditHead.MatchString},
		{"cardRole", func(s string) bool { return mayHoldFoldWord(s, cardTrades) }, cardRole.MatchString},
		{"writerRole", mayBeWriterRole, func(s string) bool { return cardRole.MatchString(s) && roleWordsBefore(s) }},
		{"parenCredit", mayBeParenCredit, parenCredit.MatchString},
		{"parenCreditLine", mayBeParenCreditLine, creditParenLineRE().MatchString},
		{"textCallAnywhere", func(s string) bool { return mayHoldFoldWord(s, textCallAnywhereWords) }, textCallAnywhere.MatchString},
		{"donationHelps", func(s string) bool { return mayHoldFoldWord(s, donationWords) }, donationHelps.MatchString},
		{"subscribeBox", func(s string) bool { return mayHoldFoldWord(s, subscribeBoxWords) }, subscribeBox.MatchString},
		{"shopButton", func(s string) bool { return opensAfterMarks(s, shopVerbs) }, shopButton.MatchString},
	}
}

// gateLines are invented lines each gate's pattern matches (in other
// cases, with marks before and the long s and the Kelvin sign for s and
// k), and lines it turns down.
var gateLines = []string{
	"Getty Images / Jane Doe", "• Shutterstock | Harbour Studio", "ISTOCKPHOTO / J. Roe", "— Adobe Stock/Pier Films",
	"ſhutterſtock / Jane Doe", "iſtoc\u212a | Jane Doe", "Unsplash / Sam Lee", "Harbour news / Jane Doe", "Getty Images",
	"Author", "Staff Writer", "Senior Tech Editor", "Writer, Hardware", "Contributing Editor | Travel", "JOURNALIſT",
	"Tech Correspondent", "Jane Doe", "Harbour Times Editor", "Editor's note", "Writer,Hardware",
	"(Photo: Jane Doe)", "(Image by Harbour Studio)", "(ſource: the council)", "(Source: city archives)", "(Getty Images)",
	"(Harbour Photo)", "(AFP/Jane Doe)", "(AP)", "(2024)", "(Photo: a (b) c)", "(REUTERS)", "(photos of the pier)",
	"Invite a friend: tell your friends and get rewards", "The Harbour Herald is a Trust Project member",
	"Your donation helps us keep the harbour news free.", "Every gift helps fund our reporting", "Your contribution matters",
	"Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.",
	"Thanks for reading, take care",
	"Check the price at Harbour Store", "» See Price on Pier Mart", "View price at Harbour Store", "Ver el precio en Tienda Puerto",
	"Voir le prix chez Port Boutique", "Buy on Harbour Store", "See the harbour at dawn", "Check out the pier",
	"Shop at Pier Mart", "Check price at Pier Mart", "See the price at Pier Mart", "View the price on Harbour Store",
	"Get it from Pier Mart", "Comprar en Tienda Puerto", "Acheter sur Port Boutique", "Kaufen bei Hafen Laden",
	"Jetzt kaufen bei Hafen Laden", "Compra su Negozio Porto", "Koop bij Haven Winkel", "Kup w Sklep Portowy",
	"Ver precio en Tienda Puerto", "(Harbour Photos)", "Senior\u00a0Writer", "Reporter-at-large",
}

// TestPatternGatesKeepMatches: over the corpus's lines (and the texts
// from each "(" of them, for the credits' gates) and gateLines, no text a
// gated test answers true for is turned down by its gate; each gate turns
// down texts and lets through some its test matches.
func TestPatternGatesKeepMatches(t *testing.T) {
	testkit.SkipUnderRace(t, "the gated patterns over every corpus line, on one goroutine")
	lines := append(testkit.CorpusLines(t), gateLines...)
	for _, g := range patternGates() {
		paren := strings.HasPrefix(g.name, "paren")
		kept, turned, matched := 0, 0, 0
		for _, l := range lines {
			texts := []string{l}
			if paren {
				texts = texts[:0]
				for i := range len(l) {
					if l[i] == '(' {
						texts = append(texts, l[i:])
					}
				}
			}
			for _, s := range texts {
				full := g.full(s)
				if full {
					matched++
				}
				if !g.gate(s) {
					turned++
					if full {
						t.Errorf("%s: the gate turns down %q, which the test matches", g.name, s)
					}
					continue
				}
				kept++
			}
		}
		if turned == 0 || matched == 0 {
			t.Errorf("%s: %d texts turned down, %d matched: the case tests nothing", g.name, turned, matched)
		}
		t.Logf("%s: %d let through, %d turned down, %d matched", g.name, kept, turned, matched)
	}
}

// TestPatternGatesInvented: the invented lines the gates let through and
// turn down, as the patterns read them.
func TestPatternGatesInvented(t *testing.T) {
	for _, c := range []struct {
		gate func(string) bool
		s    string
		want bool
	}{
		{mayOpenStockCredit, "Getty Images / Jane Doe", true},
		{mayOpenStockCredit, "• Shutterstock | Harbour Studio", true},
		{mayOpenStockCredit, "iſtoc\u212a | Jane Doe", true}, // folded letters: let through
		{mayOpenStockCredit, "Harbour news / Jane Doe", false},
		{mayOpenStockCredit, "Getty Images", false}, // no slash nor bar
		{mayOpenStockCredit, "A Getty Images / Jane Doe", false},
		{mayBeWriterRole, "Staff Writer", true},
		{mayBeWriterRole, "Writer,Hardware", true},
		{mayBeWriterRole, "JOURNALIſT", true},
		{mayBeWriterRole, "Harbour Times Editor", false},
		{mayBeWriterRole, "Jane Doe", false},
		{mayBeParenCredit, "(Source: city archives)", true},
		{mayBeParenCredit, "(Harbour Photo)", true},
		{mayBeParenCredit, "(2024)", false},
		{mayBeParenCredit, "(Photo: a (b) c)", false}, // a ")" inside
		{mayBeParenCreditLine, "(AFP/Jane Doe)", true},
		{mayBeParenCreditLine, "(REUTERS)", true},
		{mayBeParenCreditLine, "(Source: city archives)", false}, // the line's form has no "source"
		{mayBeParenCreditLine, "(2024)", false},
		{mayBeParenCreditLine, "(Harbour Photos)", true},
		{mayBeWriterRole, "Correspondents", true},
		{mayBeWriterRole, "SENIOR Editor", true},
		{mayBeWriterRole, "Écrivain Public", false},
	} {
		if got := c.gate(c.s); got != c.want {
			t.Errorf("gate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
