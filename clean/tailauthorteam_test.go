package clean

import (
	"slices"
	"strings"
	"testing"
)

// teamPage is shedPage with "By Acme Team" as its byline and foot under
// the story.
func teamPage(foot string) string {
	return strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "By Shedly Team\n", 1) + foot
}

// TestWriterUnderTeam checks that a person who signs under the story
// replaces a team named by the headline, and the pages it must leave
// alone: no signature, two people signing (other posts' cards), a team
// signing, a person by the headline.
func TestWriterUnderTeam(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"the writer under the story", teamPage("Written by Maria Alder\n"), []string{"Maria Alder"}},
		{"no one signs", teamPage("Share this guide\n"), []string{"Shedly Team"}},
		{"two people sign", teamPage("Written by Maria Alder\nRelated: fixing a door\nWritten by Jon Roe\n"), []string{"Shedly Team"}},
		{"a team signs", teamPage("Written by Shedly Staff\n"), []string{"Shedly Team"}},
		{"a person by the headline", shedPage + "Written by Maria Alder\n", []string{"Tomas Wrenley"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := String(c.page, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range res.Blocks {
				if b.Kind == Byline && b.Rule == HeadBylineRule {
					got = append(got, b.Authors...)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("head bylines' authors %q, want %q", got, c.want)
			}
		})
	}
}
