package clean

import (
	"slices"
	"testing"
)

// TestWriterAfterReviewer checks that a line crediting a reviewer and then
// the writer gives the writer, and that the lines it must leave alone
// keep their names: a reviewer named alone, a writer named first.
func TestWriterAfterReviewer(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Medically reviewed by Ana Lind, MD — Written by Tomas Wrenley — Updated on March 3, 2025", []string{"Tomas Wrenley"}},
		{"Fact checked by Ana Lind | Written by Tomas Wrenley", []string{"Tomas Wrenley"}},
		{"Reviewed by Ana Lind", []string{"Ana Lind"}},
		{"Written by Tomas Wrenley — Medically reviewed by Ana Lind, MD", []string{"Tomas Wrenley"}},
		{"By Tomas Wrenley", []string{"Tomas Wrenley"}},
		// a reviewer's credit glued to the writer's name by the flattening
		{"Written by Tomas WrenleyMedically reviewed by Ana Lind, MD", []string{"Tomas Wrenley"}},
		{"By Tomas WrenleyFact-checked by Ana Lind", []string{"Tomas Wrenley"}},
		{"By Tomas WrenleyReviewed by Ana Lind", []string{"Tomas Wrenley"}},
		{"By Tomas WrenleyEdited by Ana Lind", []string{"Tomas Wrenley"}},
	} {
		if got := bylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestWriterAfterReviewerPage checks the same line under a text page's
// headline: the writer is the author, the reviewer is not. The line closes
// with its update's date, so it is labelled as the update's line
// (stripTailDate) and carries the names itself, as a dated byline does.
func TestWriterAfterReviewerPage(t *testing.T) {
	const page = `How to sleep better in winter
Medically reviewed by Ana Lind, MD — Written by Tomas Wrenley — Updated on March 3, 2025
Winter nights are long, and yet many people sleep worse in the cold months than in summer, for reasons that have to do with light and with heat.
Keeping the bedroom cool, getting daylight in the morning and holding to a regular bedtime help most sleepers more than any pill or gadget.
`
	res, err := String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range res.Blocks {
		got = append(got, b.Authors...)
	}
	if !slices.Equal(got, []string{"Tomas Wrenley"}) {
		t.Errorf("authors %q, want [Tomas Wrenley]", got)
	}
}

// TestNotedWriter checks the writer a note about the story's writers
// names: a full name before the verb, with degrees after it or not; none
// for a trade that neither writes nor edits, a forename alone, or a
// sentence that opens with a pronoun.
func TestNotedWriter(t *testing.T) {
	for in, want := range map[string]string{
		"Mara Quillon is a staff writer who covers the coast.":                     "Mara Quillon",
		"About the author: Mara Quillon is a reporter for the paper.":              "Mara Quillon",
		"Mara Quillon, MD, is a health writer and a practising physician.":         "Mara Quillon",
		"Mara Quillon is the director of the harbour trust.":                       "",
		"Mara is a staff writer who covers the coast.":                             "",
		"She is a staff writer who covers the coast.":                              "",
		"As Coastline Herald's shopping editor, Mara has covered deals for years.": "",
	} {
		if got := writerInNote(in); got != want {
			t.Errorf("writerInNote(%q) = %q, want %q", in, got, want)
		}
	}
}
