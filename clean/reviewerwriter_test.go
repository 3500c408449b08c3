package clean

import (
	"slices"
	"testing"
)

// TestWriterAfterReviewerForms checks the reviewer-then-writer forms the
// first readers missed: the writer's capital "By" after the reviewer's
// name, and "by:" with a colon on both credits (HTML's bylineMatch); and
// the lines they must leave alone: a reviewer named alone, "Reviewed By"
// in capitals with no writer after it.
func TestWriterAfterReviewerForms(t *testing.T) {
	for _, c := range []struct {
		reader string
		read   func(string) []string
		line   string
		want   []string
	}{
		{"bylineNames", bylineNames, "Medically reviewed by Ana Lind, MD — By Tomas Wrenley — Updated on March 3, 2025", []string{"Tomas Wrenley"}},
		{"bylineNames", bylineNames, "Clinically reviewed by Ana Lind | By Tomas Wrenley", []string{"Tomas Wrenley"}},
		{"bylineNames", bylineNames, "Reviewed By Ana Lind", []string{"Ana Lind"}},
		{"bylineNames", bylineNames, "Reviewed by Ana Lind", []string{"Ana Lind"}},
		{"bylineMatch", bylineMatch, "Reviewed by: Ana Lind Written by: Tomas Wrenley", []string{"Tomas Wrenley"}},
		{"bylineMatch", bylineMatch, "Financially reviewed by Ana Lind Written by Tomas Wrenley", []string{"Tomas Wrenley"}},
		{"bylineMatch", bylineMatch, "Reviewed by: Ana Lind", []string{"Ana Lind"}},
		{"bylineMatch", bylineMatch, "Written by: Tomas Wrenley", []string{"Tomas Wrenley"}},
	} {
		if got := c.read(c.line); !slices.Equal(got, c.want) {
			t.Errorf("%s(%q) = %q, want %q", c.reader, c.line, got, c.want)
		}
	}
}

// TestTrimNameSlash checks that a slash before a role or an agency ends a
// byline's name ("Jane Doe / Special Correspondent"), and that a slash
// before a second name or a site's name is left alone.
func TestTrimNameSlash(t *testing.T) {
	for in, want := range map[string]string{
		"Rauf Mammadli / Special Correspondent": "Rauf Mammadli",
		"Leyla Hasanova / AZERTAC":              "Leyla Hasanova",
		"Jane Doe / Reuters":                    "Jane Doe",
		"Laura / House of Ferns":                "Laura / House of Ferns",
		"Maria / Katerina":                      "Maria / Katerina",
	} {
		if got := trimName(in); got != want {
			t.Errorf("trimName(%q) = %q, want %q", in, got, want)
		}
	}
}
