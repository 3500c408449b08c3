package clean

import (
	"strings"
	"testing"
)

// overStory is the story under the invented heads of TestHeadOver.
const overStory = "\nA heat pump moves warmth from the air outside into the house, and in a cold snap it has to work much harder to do it, which owners notice on the bill.\nSizing one for the coldest week of the year, not the average one, keeps the house warm when the frost comes and the backup heater off.\n"

// TestHeadOver: the headline above the line the rules take closest over
// the story (a section heading, a standfirst), by a mark plain in the text,
// and heads where no mark holds and the line over the story stays.
func TestHeadOver(t *testing.T) {
	for _, c := range []struct{ name, url, head, want string }{
		{"printed twice", "", "Home\nGuides\nContact\nHeat pumps in cold climates\nHeat pumps in cold climates\nWhy the frost matters", "Heat pumps in cold climates"},
		{"under its trail", "", "Skip to content\nShop\nHome / Guides / Heat pumps explained\nHeat pumps explained\nWhy the frost matters", "Heat pumps explained"},
		{"over a byline and a date line", "", "Home\nGuides\nHeat pumps keep cold houses warm all winter\nBy Jane Doe\nMarch 3, 2025\nWhy the frost matters", "Heat pumps keep cold houses warm all winter"},
		{"over a share row and a byline", "", "Home\nGuides\nHeat pumps keep cold houses warm all winter\nShare\nEmail\nPrint\nBy Jane Doe\nWhy the frost matters", "Heat pumps keep cold houses warm all winter"},
		{"over the slug's line, printed twice and saying the slug", "https://example.com/guides/heat-pumps-cold-climates", "Home\nGuides\nHeat pumps for cold climates: a guide\nHeat pumps for cold climates: a guide\nHeat pumps in cold climates", "Heat pumps for cold climates: a guide"},
		// Left alone.
		{"a menu printed twice far above", "", "Get a quote\nGet a quote\nHome\nServices\nAbout us\nHeat pumps in cold climates", "Heat pumps in cold climates"},
		{"a trail that ends elsewhere", "", "Skip to content\nHome / Guides / Boilers\nHeat pumps explained\nWhy the frost matters", "Why the frost matters"},
		{"a blog's name over a date line", "", "Menu\nJane Doe's blog\nMarch 3, 2025\nWhy the frost matters", "Why the frost matters"},
		{"a byline under the line taken", "", "Home\nNews and notes for heat pump owners today\nMarch 3, 2025\nHeat pumps in cold climates\nBy Jane Doe", "Heat pumps in cold climates"},
		{"a sidebar's dated teasers", "", "Latest posts\nMarch 12, 2025\nHeat pumps and the grid in a long cold week\nMarch 5, 2025\nWhy the frost matters", "Why the frost matters"},
		{"a menu printed twice over the slug's line", "https://example.com/guides/heat-pumps-cold-climates", "Home\nBoilers and radiators\nBoilers and radiators\nHeat pumps in cold climates", "Heat pumps in cold climates"},
	} {
		res, err := String(c.head+"\n"+overStory, &Options{URL: c.url, Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if got := headlineOf(res); got != c.want {
			var kinds []string
			for _, b := range res.Blocks {
				kinds = append(kinds, string(b.Kind)+":"+b.Rule+":"+b.Text)
			}
			t.Errorf("%s: title %q, want %q\n%s", c.name, got, c.want, strings.Join(kinds, "\n"))
		}
	}
}

// headlineOf returns the text of the block the head took for the headline.
func headlineOf(res *Result) string {
	for _, b := range res.Blocks {
		if b.Kind == Title && b.Rule == "generic/title" {
			return b.Text
		}
	}
	return ""
}
