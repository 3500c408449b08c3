package clean

import (
	"slices"
	"strings"
	"testing"
)

// headAuthors returns the names the byline blocks of src give.
func headAuthors(t *testing.T, src string) []string {
	t.Helper()
	res, err := String(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range res.Blocks {
		if b.Kind == Byline {
			names = append(names, b.Authors...)
		}
	}
	return names
}

// TestBylineOverName checks a byline's label printed alone over the names
// under the headline ("Written by" / "Tomas Wrenley"): the names are read,
// the label is no author.
func TestBylineOverName(t *testing.T) {
	got := headAuthors(t, shedPage)
	if !slices.Equal(got, []string{"Tomas Wrenley"}) {
		t.Errorf("authors %q, want [Tomas Wrenley]", got)
	}
}

// TestLabelOverNoName leaves alone a byline's label over a line that is
// no name.
func TestLabelOverNoName(t *testing.T) {
	page := strings.Replace(shedPage, "Tomas Wrenley\n", "the team at the yard\n", 1)
	if got := headAuthors(t, page); len(got) != 0 {
		t.Errorf("authors %q from a label over words that are no name, want none", got)
	}
}

// TestNameUnderHeadline checks a person's name printed alone right under
// the headline, with the author's role under it.
func TestNameUnderHeadline(t *testing.T) {
	page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "Maria Wrenley\nSenior Editor\n", 1)
	if got := headAuthors(t, page); !slices.Equal(got, []string{"Maria Wrenley"}) {
		t.Errorf("authors %q, want [Maria Wrenley]", got)
	}
}

// TestDateUnderLowHeadline checks that the date line under a headline that
// stands below a banner's paragraph (where the date detector, reading
// above the story's first paragraph, does not look) is read as the date.
func TestDateUnderLowHeadline(t *testing.T) {
	res, err := String(shedPage, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Text == "March 3, 2025" {
			if b.Kind != Date || b.Stamp == nil || b.Stamp.ISO() != "2025-03-03" {
				t.Errorf("%q: kind %s, stamp %v; want a date of 2025-03-03", b.Text, b.Kind, b.Stamp)
			}
			return
		}
	}
	t.Fatal("the date line is not a block")
}

// TestSubtitleUnderHeadline leaves alone a subtitle under the headline
// that has a name's shape but words the page writes in lower case ("Fair
// Margins" where the story speaks of fair margins): the byline's label
// over the name further down gives the author.
func TestSubtitleUnderHeadline(t *testing.T) {
	page := strings.Replace(shedPage, "Written by\n", "Fair Margins\nWritten by\n", 1)
	if got := headAuthors(t, page); !slices.Equal(got, []string{"Tomas Wrenley"}) {
		t.Errorf("authors %q, want [Tomas Wrenley]", got)
	}
}

// TestPictureCreditNoByline leaves alone a picture's credit in a
// byline's form ("Image by Jane Doe from a stock library").
func TestPictureCreditNoByline(t *testing.T) {
	for _, s := range []string{"Image by Ansel Varga from Pixabay", "Photo by: Ansel Varga", "Cover photo by Ansel Varga"} {
		if got := bylineNames(s); got != nil {
			t.Errorf("bylineNames(%q) = %q, want none", s, got)
		}
	}
	if got := bylineNames("Story by Ansel Varga"); !slices.Equal(got, []string{"Ansel Varga"}) {
		t.Errorf("bylineNames(Story by Ansel Varga) = %q", got)
	}
}

// TestLowerWordsSkipAddresses checks that an e-mail address or a handle
// does not count as the page writing a name's word in lower case.
func TestLowerWordsSkipAddresses(t *testing.T) {
	blocks := []Block{{Text: "Write to ansel@varga.example or see https://varga.example/ansel"}, {Text: "the shed"}}
	var lw lowerWords
	if lw.has(blocks, "Ansel") || lw.has(blocks, "Varga") || !lw.has(blocks, "Shed") {
		t.Errorf("lower-case words %v", lw.set)
	}
}

// TestBylineNamesMenuAndGluedDate checks a menu's filter in a byline's
// form ("Reviews by Category": no name) and a date glued to the name.
func TestBylineNamesMenuAndGluedDate(t *testing.T) {
	if got := bylineNames("Reviews by Category"); got != nil {
		t.Errorf("bylineNames(Reviews by Category) = %q, want none", got)
	}
	if got := bylineNames("ByAnsel VargaMar 5, 2025 | 6 comments"); !slices.Equal(got, []string{"Ansel Varga"}) {
		t.Errorf("bylineNames(glued date) = %q, want [Ansel Varga]", got)
	}
}

// TestNameAndRoleUnderHeadline checks a person's name with a short role
// after a comma right under the headline, and leaves alone a line whose
// part after the comma is no role.
func TestNameAndRoleUnderHeadline(t *testing.T) {
	page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "Maria Wrenley, Senior Workshop Editor\n", 1)
	if got := headAuthors(t, page); !slices.Equal(got, []string{"Maria Wrenley"}) {
		t.Errorf("authors %q, want [Maria Wrenley]", got)
	}
	page = strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "Garden Sheds, 2025 Edition\n", 1)
	if got := headAuthors(t, page); len(got) != 0 {
		t.Errorf("authors %q, want none", got)
	}
}
