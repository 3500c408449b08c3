package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// notePage is a story as flattened text with no byline under its
// headline, three hundred words and more of it, and then NOTES, the notes
// about its writers.
var notePage = "Home\nNews\nSport\nOpinion\nHow the harbour got its winter hours\nMarch 3, 2025\n" +
	strings.Repeat("The council voted on Tuesday to extend the harbour opening hours through the winter season, a change that local fishers had requested for several years and that the pier's users had asked for again at every meeting since the spring.\n"+
		"Officials said the extra hours would cost little and that the pier lighting had already been upgraded last spring with money from the regional fund, so that the loading area could stay open after dark without new spending.\n", 4) +
	"NOTES\nShare this article\nPrivacy Policy\n"

// TestAuthorsFromWriterNote checks that a page with no byline takes its
// author from the note about the writer under the story ("Jane Doe is a
// staff writer ..."), and the pages it must leave alone: a note about
// someone who neither writes nor edits, two people's notes, and a byline
// under the headline, which outranks the note.
func TestAuthorsFromWriterNote(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"a writer's note", strings.Replace(notePage, "NOTES", "About the author\nMara Quillon is a staff writer who covers the coast and its towns for the paper.", 1), []string{"Mara Quillon"}},
		{"leave alone: a director's note", strings.Replace(notePage, "NOTES", "About us\nMara Quillon is the director of the harbour trust and leads its work on the coast.", 1), nil},
		{"leave alone: two people's notes", strings.Replace(notePage, "NOTES", "Mara Quillon is a staff writer who covers the coast and its towns.\nTomas Reedy is an editor who has checked stories about the coast for ten years.", 1), nil},
		{"the byline outranks the note", strings.Replace(strings.Replace(notePage, "March 3, 2025\n", "By Lina Port\nMarch 3, 2025\n", 1), "NOTES", "Mara Quillon is a staff writer who covers the coast and its towns.", 1), []string{"Lina Port"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.page, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, c.want) {
				t.Errorf("authors %q, want %q", a.Authors, c.want)
			}
		})
	}
}
