package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestTailLabelByline checks the byline under the story in a form the
// tail detector does not read, on flattened text without a byline by the
// headline.
func TestTailLabelByline(t *testing.T) {
	bare := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", "", 1)
	for _, c := range []struct {
		name, foot string
		want       []string
	}{
		{"text by", "Text by Maria Wrenley\n", []string{"Maria Wrenley"}},
		{"by with a colon, a date line over it", "Posted On: March 3 2025\nBy: Maria Wrenley\n", []string{"Maria Wrenley"}},
		{"two names", "Words by Maria Wrenley and Jon Alder\n", []string{"Maria Wrenley", "Jon Alder"}},
		{"a team is no person", "By: Editorial Team\n", nil},
		{"a wire is no person", "By: Reuters\n", nil},
		{"a photo's credit", "Photos by Maria Wrenley\n", nil},
		{"two such lines: teasers' bylines", "By: Maria Wrenley\nBy: Jon Alder\n", nil},
		{"this post was written by, the role on the next line", "This post was written by Maria Wrenley,\nHead of Marketing\n", []string{"Maria Wrenley"}},
		{"authors with their role after a comma", "Authors: Maria Wrenley and Jon Alder, Extension shed educators\n", []string{"Maria Wrenley", "Jon Alder"}},
		{"authors: a team with a note after a comma", "Authors: The Editorial Team, updated every spring\n", nil},
		{"a post footer with its categories after the date", "Posted by Maria Wrenley on 2025-03-03 in sheds. Tags: doors, floors.\n", []string{"Maria Wrenley"}},
		{"a post footer with a date and a clock time, a forename alone", "Posted by Maria at March 3, 2025 11:15 AM\nComments\n", []string{"Maria"}},
		{"a post footer's forename alone that is no name", "Posted by Admin at March 3, 2025 11:15 AM\n", nil},
		{"a post footer's user in lower case", "Posted by maria on 2025-03-03 in sheds.\n", nil},
		{"posted by without a date: a forum's reply", "Posted by Maria\n", nil},
		{"a forename alone in another label's form", "By: Maria\n", nil},
		{"too far under the story", "Tags\nSheds\nDoors\nFloors\nRoofs\nText by Maria Wrenley\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headAuthors(t, bare+c.foot); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
