package clean

import (
	"fmt"
	"slices"
	"testing"
)

const notedStory = "Council widens the night bus network\n%s\nThe city council on Tuesday approved extending the night bus routes to four more districts after a year of complaints from shift workers who said late services were missing.\nThe new lines will run from June. The transport office said the cost would be lower than expected because it will use buses that stand idle in the depot at night.\n"

// TestHeadCreditsGiveWay checks the head lines that credit someone other
// than the writer: a reviewer's credit alone gives way to the writer's
// byline under it (glued to its "by" or not), and is the author where no
// writer is named; an editor's credit by the date line is no author; one
// word under a full name over the date line is her role.
func TestHeadCreditsGiveWay(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"Reviewed By: Travel Editor, Ruth Amsel\nWritten byGideon Park\nMarch 3, 2025", "Gideon Park"},
		{"Reviewed by: Ruth Amsel\nBy Gideon Park\nMarch 3, 2025", "Gideon Park"},
		{"Medically reviewed by Dr. Ruth Amsel, MD\nMarch 3, 2025", "Dr. Ruth Amsel"},
		{"Editor Agus Salim\n4 Maret 2025, 10:14 WIB", ""},
		{"Krzysztof Zieliński\nDziennikarz\n04.03.2025, 10:14", "Krzysztof Zieliński"},
		{"Gabo\nJan 23, 2025", "Gabo"},
	} {
		got := headAuthors(t, fmt.Sprintf(notedStory, c.head))
		var want []string
		if c.want != "" {
			want = []string{c.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: authors %q, want %q", c.head, got, want)
		}
	}
}

// TestNotedNames checks that writers listed under a byline's label alone,
// each with a note after a comma, are all read, and that a line of another
// form under them ends the list.
func TestNotedNames(t *testing.T) {
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Written by\nAdela Ruiz, 6+ years covering kitchen gear\nBram Jessop, senior editor with 8+ years testing grinders", []string{"Adela Ruiz", "Bram Jessop"}},
		{"Written by\nAdela Ruiz, 6+ years covering kitchen gear\nShare this article", []string{"Adela Ruiz"}},
	} {
		if got := headAuthors(t, fmt.Sprintf(notedStory, c.head)); !slices.Equal(got, c.want) {
			t.Errorf("%q: authors %q, want %q", c.head, got, c.want)
		}
	}
	for in, want := range map[string]string{
		"Adela Ruiz, 6+ years covering kitchen gear": "Adela Ruiz",
		"Adela Ruiz": "",
		"Transport, 6+ years covering kitchen gear": "",
	} {
		if got := notedName(in); got != want {
			t.Errorf("notedName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGluedWrittenBy checks that a name glued to "Written by" or "Posted
// by" is set apart, and that other lines are left as they are.
func TestGluedWrittenBy(t *testing.T) {
	for in, want := range map[string]string{
		"Written byGideon Park": "Written by Gideon Park",
		"Posted byJane Doe":     "Posted by Jane Doe",
		"Standby Mode":          "Standby Mode",
		"Shop byBrand":          "Shop byBrand",
	} {
		if got := gluedWrittenBy(in); got != want {
			t.Errorf("gluedWrittenBy(%q) = %q, want %q", in, got, want)
		}
	}
}
