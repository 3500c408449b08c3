package clean

import (
	"slices"
	"strings"
	"testing"
)

// creditByStory is an invented feature under a masthead and a section's
// label, its byline line left as BYLINE for each case to fill.
const creditByStory = "The Weekly Ledger\nFeatures\nInside the Last Lighthouse Keeper's Year on the Rock\nBYLINE\n" +
	"For decades the lighthouse had a keeper, and then for decades it did not, until a trust hired one again to live on the rock and mind the lamp through winter.\n" +
	"The keeper, a former fisherman, spends his days painting railings and his nights writing in a logbook that visitors may read when the boat comes in summer.\n" +
	"He says the hardest part is not the solitude but the wind, which never stops and which finds every gap in the old stone walls of the keeper's house.\n" +
	"In spring the trust will decide whether to keep the post, and the keeper says he hopes to stay as long as they will have him out there.\n"

// TestCreditByText checks that a byline which credits another maker after
// the writers ("By Jonas Berg, Art by Clara Moe") gives the writers alone,
// never the artist's label ("Art") or the artist as an author, whatever
// the label, its case and the separator before it; and that bylines with
// no such credit keep every name.
func TestCreditByText(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Jonas Berg, Art by Clara Moe", []string{"Jonas Berg"}},
		{"By Jonas Berg, Graphics by Clara Moe", []string{"Jonas Berg"}},
		{"By Jonas Berg, Animation by Clara Moe", []string{"Jonas Berg"}},
		{"By Jonas Berg, Art By Clara Moe", []string{"Jonas Berg"}},
		{"BY JONAS BERG, ART BY CLARA MOE", []string{"JONAS BERG"}},
		{"Words by Jonas Berg, Art by Clara Moe", []string{"Jonas Berg"}},
		{"By Jonas Berg and Ann Lee, Art and design by Clara Moe", []string{"Jonas Berg", "Ann Lee"}},
		{"By Jonas Berg, Art by Clara Moe\nMarch 4, 2025", []string{"Jonas Berg"}},
		// left alone: no credit after the names
		{"By Jonas Berg, Ann Lee", []string{"Jonas Berg", "Ann Lee"}},
		{"By Jonas Berg and Ann Lee", []string{"Jonas Berg", "Ann Lee"}},
		{"By Jonas Berg, Photos by Clara Moe", []string{"Jonas Berg"}},
	} {
		page := strings.Replace(creditByStory, "BYLINE", c.line, 1)
		if got := headAuthors(t, page); !slices.Equal(got, c.want) {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// TestCreditByCut checks where creditByCut ends the names, with the
// credit after them or run into them, and the names it leaves whole: no
// separator before the label, a label of digits or of more than three
// words, a label in lower case, no "by" at all.
func TestCreditByCut(t *testing.T) {
	for _, c := range []struct {
		names, rest string
		want        int
	}{
		{"Jane Doe, Art", " by John Roe", len("Jane Doe")},
		{"Jane Doe; Maps", " by: John Roe", len("Jane Doe")},
		{"Jane Doe | Art", " and design by John Roe", len("Jane Doe")},
		{"Jane Doe, Art By John Roe", "", len("Jane Doe")},
		{"Jane Doe and Ann Lee, Art BY John Roe", "", len("Jane Doe and Ann Lee")},
		// left whole
		{"Jane Doe", " by John Roe", -1},
		{"Jane Doe, John Roe", "", -1},
		{"Jane Doe, Art 2", " by John Roe", -1},
		{"Jane Doe, Maps Charts Data Tables", " by John Roe", -1},
		{"Jane Doe, art", " by John Roe", -1},
		{"Jane Doe, Art", " byline", -1},
		{"Jane Doe, Art", " and Design by John Roe", -1},
		{", Art", " by John Roe", -1},
	} {
		if got := creditByCut(c.names, c.rest); got != c.want {
			t.Errorf("creditByCut(%q, %q) = %d, want %d", c.names, c.rest, got, c.want)
		}
	}
}
