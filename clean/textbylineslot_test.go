package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestSlotAuthor checks the forms read only right between the headline and
// its date line: a login handle, a team whose name holds a word the page
// writes in lower case, "Staff"; and the lines left alone there.
func TestSlotAuthor(t *testing.T) {
	connect := strings.Replace(shedPage, "Related guides", "Related guides to connect with", 1)
	for _, c := range []struct {
		page, line string
		want       []string
	}{
		{shedPage, "wrenleyworks", []string{"wrenleyworks"}},
		{shedPage, "t.wrenley_77", []string{"t.wrenley_77"}},
		{shedPage, "Staff", []string{"Staff"}},
		{connect, "Wrenley Connect Team", []string{"Wrenley Connect Team"}},
		{shedPage, "guides", nil},            // a section's label the page writes again
		{shedPage, "admin", nil},             // signs nothing
		{shedPage, "staff", nil},             // nor does the word in lower case
		{shedPage, "Meet the Team", nil},     // a menu's
		{shedPage, "wrenley works", nil},     // two words in lower case: a subtitle's
		{shedPage, "Staff\n5 min read", nil}, // not right over the date line
	} {
		// blank lines apart, as most pages print them: a line in lower
		// case right under the headline would be its wrapped end
		page := strings.Replace(c.page, "Written by\nTomas Wrenley\n", "\n"+c.line+"\n\n", 1)
		if got := headAuthors(t, page); !slices.Equal(got, c.want) {
			t.Errorf("%q between the headline and the date line: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// TestBracketedName checks a name with a part in round brackets under the
// headline, read as printed, and lines with brackets that are no name.
func TestBracketedName(t *testing.T) {
	for line, want := range map[string][]string{
		"Maria (Vidal) Wrenley":            {"Maria (Vidal) Wrenley"},
		"Maria Wrenley (Senior Editor)":    {"Maria Wrenley (Senior Editor)"},
		"Maria Wrenley (2025)":             nil, // a year, no role
		"Shed repair (a guide)":            nil,
		"Maria (Vidal) (Senior) Wrenley":   nil,
		"Maria Wrenley (Senior Editor":     nil,
		"Pricing tips (for Maria Wrenley)": nil,
		"Maria Wrenley (@mwrenley)":        {"Maria Wrenley"}, // a handle is no part of her name
		"Maria Wrenley (@mwrenley) Editor": {"Maria Wrenley (@mwrenley) Editor"},
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", line+"\n", 1)
		if got := headAuthors(t, page); !slices.Equal(got, want) {
			t.Errorf("%q under the headline: authors %q, want %q", line, got, want)
		}
	}
}

// TestDateLineNameAndRole checks a date line that opens with the author's
// name and role between bars.
func TestDateLineNameAndRole(t *testing.T) {
	for line, want := range map[string][]string{
		"Tomas Wrenley | Senior Writer | March 3, 2025": {"Tomas Wrenley"},
		"Tomas Wrenley | Editor | March 3, 2025":        {"Tomas Wrenley"},
		"Pricing | Shed repairs | March 3, 2025":        nil,
		"Tomas Wrenley | 12 Comments | March 3, 2025":   nil,
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", line+"\n", 1)
		res, err := String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range res.Blocks {
			got = append(got, b.Authors...) // the date line's own
		}
		if !slices.Equal(got, want) {
			t.Errorf("date line %q: authors %q, want %q", line, got, want)
		}
	}
}

// TestHandleByline checks a login handle's byline by the headline ("by
// wrenleyworks"), and the lines of that form that sign nothing.
func TestHandleByline(t *testing.T) {
	phone := strings.Replace(shedPage, "Related guides", "Call us by phone for related guides", 1)
	for _, c := range []struct {
		page, line string
		want       []string
	}{
		{shedPage, "by wrenleyworks", []string{"wrenleyworks"}},
		{shedPage, "By: t.wrenley_77", []string{"t.wrenley_77"}},
		{shedPage, "by admin", nil},
		{phone, "by phone", nil}, // a word the page writes
		{shedPage, "By @wrenleyworks", []string{"wrenleyworks"}},
		{shedPage, "by: @t.wrenley_77", []string{"t.wrenley_77"}},
		{shedPage, "By @admin", nil},
		{shedPage, "By@wrenleyworks", nil},
	} {
		page := strings.Replace(c.page, "Written by\nTomas Wrenley\n", "\n"+c.line+"\n\n", 1)
		if got := headAuthors(t, page); !slices.Equal(got, c.want) {
			t.Errorf("%q under the headline: authors %q, want %q", c.line, got, c.want)
		}
	}
}
