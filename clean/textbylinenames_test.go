package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadNamesByDateLine checks the names a line by the date line under
// the headline gives in forms beyond a name alone: a name with an initial
// whose letter the page also writes as the word "a"; a name with a
// certificate's letters; a name over its role, with what the writer covers
// after a bar, where a fact-checker's name follows under its label; a
// list of names.
func TestHeadNamesByDateLine(t *testing.T) {
	for name, c := range map[string]struct{ head, want string }{
		"an initial the page writes as a word": {standfirst + "Maria A. Wrenley\nMarch 3, 2025\n", "Maria A. Wrenley"},
		"a certificate's letters":              {standfirst + "Maria A. Wrenley CPP, PSP\nMarch 3, 2025\n", "Maria A. Wrenley CPP"},
		"a role with a bar, then a checker":    {"March 3, 2025\n" + standfirst + "Maria Wrenley\nContributing Writer | Sheds, fences, and garden rooms\nFact checked by:\nOla Brandt\n", "Maria Wrenley"},
		"a list of names":                      {standfirst + "Maria Wrenley, Ola Brandt & Tomas Berg\nMarch 3, 2025\n", "Maria Wrenley;Ola Brandt;Tomas Berg"},
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head, 1)
			if got := headAuthorsAt(t, page, ""); !slices.Equal(got, strings.Split(c.want, ";")) {
				t.Errorf("authors %q, want [%s]", got, c.want)
			}
		})
	}
}

// TestHeadNamesLeftAlone checks lines by the date line that the forms of
// TestHeadNamesByDateLine must not read: a heading in capitals with
// letters like a certificate's, and a role line with digits after its bar.
func TestHeadNamesLeftAlone(t *testing.T) {
	for name, head := range map[string]string{
		"capitals only":                 standfirst + "SHED REPAIR FAQ\nMarch 3, 2025\n",
		"no name before the letters":    standfirst + "Repair CPP, PSP\nMarch 3, 2025\n",
		"a role line is no name itself": "March 3, 2025\n" + standfirst + "Contributing Writer | Sheds and fences\n",
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", head, 1)
			if got := headAuthorsAt(t, page, ""); len(got) != 0 {
				t.Errorf("authors %q, want none", got)
			}
		})
	}
}

// TestCredentialedNameAndList checks the two line readers on their own.
func TestCredentialedNameAndList(t *testing.T) {
	for s, want := range map[string]string{
		"Jane Q. Doe CPP, PSP": "Jane Q. Doe CPP",
		"Jane Doe MD":          "Jane Doe MD",
		"Jane Doe, MD":         "", // a name and its letters after a comma: nameWithRole's
		"Jane Doe":             "",
		"Pricing FAQ, PDF":     "",
		"Jane Doe, Editor":     "",
	} {
		if got := credentialedName(s); got != want {
			t.Errorf("credentialedName(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string][]string{
		"Jane Doe, John Roe & Ann Poe":    {"Jane Doe", "John Roe", "Ann Poe"},
		"Jane Doe and John Roe":           {"Jane Doe", "John Roe"},
		"Jane Doe":                        nil, // one name: not a list
		"Sheds, Fences & Garden Rooms 24": nil,
		"Jane Doe, Senior Garden Editor":  nil,
	} {
		if got := nameList(s); !slices.Equal(got, want) {
			t.Errorf("nameList(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSplitNamesDropsJobTitles checks that a job's title after a byline's
// name is no second author, and that a surname that is also a role's
// word ("Head") stays a name; a word alone before a title joined to it by
// "and" is the title's, no author ("Home and Digital Security Expert").
func TestSplitNamesDropsJobTitles(t *testing.T) {
	for s, want := range map[string][]string{
		"Jane Doe, Senior Analyst":                   {"Jane Doe"},
		"Jane Doe, Staff Writer":                     {"Jane Doe"},
		"Jane Doe and John Roe, Contributors":        {"Jane Doe", "John Roe"},
		"Jane Doe, Ann Head":                         {"Jane Doe", "Ann Head"},
		"Jane Doe & John Roe":                        {"Jane Doe", "John Roe"},
		"Jane Doe, Home and Digital Security Expert": {"Jane Doe"},
		"Jane Doe, John Roe and Ann Poe":             {"Jane Doe", "John Roe", "Ann Poe"},
		"Jane Doe and John Roe, Senior Editors":      {"Jane Doe", "John Roe"},
	} {
		if got := splitNames(s); !slices.Equal(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", s, got, want)
		}
	}
}
