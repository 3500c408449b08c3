package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestWriterOverHandle checks a byline by the headline that prints the
// writer's account ("Written by ShedTomas") with the author box under the
// story that gives the full name under a byline's label: the full name
// is the author where the handle holds its forename or surname, and the
// handle stays where it holds neither (another person's box) or where
// it is no handle (a person's name).
func TestWriterOverHandle(t *testing.T) {
	box := "Share this guide\nWritten by\nTomas Wrenley\n"
	for head, want := range map[string][]string{
		"Written by ShedTomas":  {"Tomas Wrenley"},
		"Written by wrenley42":  {"Tomas Wrenley"},
		"Written by ShedMaster": {"ShedMaster"}, // the handle holds neither name
		"Written by Ana Lind":   {"Ana Lind"},   // a person's name, no handle
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", head+"\n", 1)
		page = strings.Replace(page, "Share this guide\n", box, 1)
		if got := headAuthors(t, page); !slices.Equal(got, want) {
			t.Errorf("%q by the headline, the box under the story: authors %q, want %q", head, got, want)
		}
	}
}
