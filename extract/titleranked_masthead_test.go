package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// Shows: a headline block the title ranker passed over (now placed "removed" by placeTitle) no longer marks the
// head for mastheadDate, so the top bar's date well above it beats the date line under it (before arch77 it did not).
func TestRankedOutTitleKeepsMastheadDate(t *testing.T) {
	src := "Friday, December 19, 2025\nHome\nNews\nGardening\nRecipes\nEvents\nClassifieds\n" +
		"Volunteers rebuild the allotment shed after the winter storm\nBy Jane Doe\nDecember 17, 2025\n" +
		"The allotment society's volunteers spent the weekend rebuilding the tool shed that the winter storm flattened last month, using timber donated by a local yard.\n" +
		"Members said the new shed would be larger than the old one, with room for the society's mower and a bench for potting seedlings in the spring.\n" +
		"The society hopes to open the shed at its spring fair in April, when the allotments welcome visitors from the village and beyond.\n"
	res, err := clean.Text([]byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Meta = &clean.Meta{} // as an HTML page's result
	plain, _ := build(res, &Options{NoNormalize: true}, "")
	if plain.Published != "2025-12-17" {
		t.Fatalf("without a ranked title: published %q, want 2025-12-17 (the fixture no longer reaches mastheadDate)", plain.Published)
	}
	ranked, _ := build(res, &Options{NoNormalize: true}, "Allotment volunteers rebuild storm-hit shed")
	if ranked.Published != plain.Published {
		t.Errorf("with the ranker's other headline: published %q (from %q), want %q as without it: the passed-over headline block still marks the head",
			ranked.Published, ranked.PublishedFrom, plain.Published)
	}
}
