package clean

import (
	"strings"
	"testing"
)

// TestCreditSubheadKept: a title-case subheading that opens like an
// engine's credit ("Powered by Hope") between two of the story's
// paragraphs stays in the body; the same line under the story's last
// paragraph, and a credit naming an engine between paragraphs, go.
func TestCreditSubheadKept(t *testing.T) {
	paras := []string{
		"The charity opened its third shelter on Monday, giving forty families a warm place to stay through the winter months.",
		"Volunteers spent six weeks painting the rooms and fitting the kitchen, the director said at the opening.",
		"Most of the money came from small gifts by people who live in the neighbourhood, the charity said on Monday.",
		"A local bakery has promised to bring bread every morning, and a school will run games for the children on weekends.",
		"The shelter will stay open until the end of March next year, and a fourth one may open in the autumn.",
	}
	head := []string{"Charity opens new shelter in the north of the city", "By Tom Reed", "May 2, 2026"}
	for _, c := range []struct {
		name, line string
		mid, body  bool
	}{
		{"subheading between paragraphs", "Powered by Hope", true, true},
		{"engine's credit between paragraphs", "Powered by WordPress", true, false},
		{"credit under the story", "Powered by Hope", false, false},
	} {
		page := append([]string{}, head...)
		if c.mid {
			page = append(page, paras[:2]...)
			page = append(page, c.line)
			page = append(page, paras[2:]...)
		} else {
			page = append(page, paras...)
			page = append(page, c.line)
		}
		res, err := String(strings.Join(page, "\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range res.Blocks {
			if b.Text == c.line {
				found = true
				if (b.Kind == Body) != c.body {
					t.Errorf("%s: %q is %q (%s), want body %v", c.name, c.line, b.Kind, b.Rule, c.body)
				}
			}
		}
		if !found {
			t.Errorf("%s: no block %q", c.name, c.line)
		}
	}
}
