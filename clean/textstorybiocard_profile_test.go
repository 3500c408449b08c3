package clean

import "testing"

// TestCardNotStoryProfile (reviewer revD75): a story's own closing profiles of
// the people it is about (a name subheading over "Ana Ruiz is a retired nurse
// ... She ...", the name named in the story above) and an obituary's closing
// section are not writers' cards: cardNamed once removed them with their
// headings.
func TestCardNotStoryProfile(t *testing.T) {
	body := longStoryLines(8)
	body[2] += " Ana Ruiz and Tom Baker meet in Sunday's run-off for mayor of Harbour."
	body[5] += " Ruiz has promised a new pier; Baker wants lower fares for islanders."
	obit := longStoryLines(8)
	obit[0] += " Mary Jones, who ran the island school for forty years, died on Monday aged 89."
	for _, c := range []struct {
		name  string
		lines []string
	}{
		{"two candidates' profiles closing a race story", append(append([]string{}, body...), "The candidates",
			"Ana Ruiz",
			"Ana Ruiz is a retired nurse who has sat on the town council since 2015. She wants a second ferry pier.",
			"Tom Baker",
			"Tom Baker was the harbour master for twelve years before he ran for the council in 2019.")},
		{"an obituary's closing section on the life", append(append([]string{}, obit...),
			"Mary Jones",
			"Mary Jones was born in Harbour in 1936, and she taught at the island school for forty years.")},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropAuthorBio(drop, shapes)
		for i, d := range drop {
			if d {
				t.Errorf("%s: story line %d %q removed (rule %q)", c.name, i, p.blocks[i].Text, p.blocks[i].Rule)
			}
		}
	}
}
