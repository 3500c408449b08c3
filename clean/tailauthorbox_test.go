package clean

import (
	"slices"
	"testing"
)

// TestTailAuthorBoxes checks the author's boxes under an HTML story that
// open with the name and a colon, or give the name and the role on one
// line over a note that opens with the forename; and the lines of those
// shapes that are no author's box.
func TestTailAuthorBoxes(t *testing.T) {
	for _, c := range []struct {
		name, foot string
		want       []string
	}{
		{"the name and a colon in a box marked as the author's",
			`<div class="post-author-info"><p><strong>Ana Lind:</strong> Since she started the ferry guide in 1998, Ana has ridden every crossing of the bay twice.</p></div>`,
			[]string{"Ana Lind"}},
		{"the name in its own element, the writer's role after it, the note by the forename under it",
			`<hr><p><strong>Ana Lind</strong> <em>North-based Independent Travel Writer</em></p><p>Ana explores the harbours of the north coast. Her work has appeared in guides and papers.</p>`,
			[]string{"Ana Lind"}},
		{"leave alone: an interview's answer, its element not marked",
			`<p>Ana Lind: I think the ferry will run all winter, and she agrees with me on that point.</p>`,
			nil},
		{"leave alone: a marked box whose text is no note about a person",
			`<div class="author-meta"><p>Ana Lind: the ferry timetable for the winter months, as printed by the harbour office.</p></div>`,
			nil},
		{"leave alone: a name and a role over a note about something else",
			`<p><strong>Ana Lind</strong> <em>Travel Writer</em></p><p>The ferry runs twice a day in winter and the harbour stays open for the boats.</p>`,
			nil},
		{"leave alone: the role's line not opening with the name's element",
			`<p>Meet <strong>Ana Lind</strong> Travel Writer</p><p>Ana explores the harbours of the north coast. Her work has appeared in guides.</p>`,
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(tailPage("Harbour Post", c.foot, "")), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Meta.BylineAuthors; !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
