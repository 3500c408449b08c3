package clean

import "testing"

// TestTitleRepeatNotDate checks that the title-repeat stage takes no date
// line for a headline printed again at the head of the line under it
// ("4.1.2024" over "4.1.2024 10:15 ..."): alone on a page, the dates stage
// reads that line as the date, and a second pass over the text output,
// which prints the title alone, read no headline. A headline glued to its
// lede is still split off.
func TestTitleRepeatNotDate(t *testing.T) {
	lede := "The two ministers met in Baku on Tuesday and talked for hours about the new road link between both countries."
	for _, c := range []struct {
		name, page string
		title      bool
	}{
		{"a date line", "4.1.2024\n4.1.2024 10:15 " + lede, false},
		{"a headline", "Ministers agree on a road link\nMinisters agree on a road link " + lede, true},
	} {
		res, err := Text([]byte(c.page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Blocks[0]; (got.Kind == Title) != c.title {
			t.Errorf("%s: the first line is %s (%s), want the headline %v", c.name, got.Kind, got.Rule, c.title)
		}
	}
}
