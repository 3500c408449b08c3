package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// TestTextAuthorLabels reads textauthorlabels.tsv, a census of flattened
// heads and feet written blind: "Words by", "Written by" beside an
// editor, words-and-pictures and text-and-photos credits, an em-dashed
// name and role, Reuters' feet, reporter-at and About-the-author notes,
// handles ("By @quillfinch", "Jane Doe (@janedoe)"), and the labels of
// twenty languages.
//
// Written blind, 32 of its 44 rows read right; 44 after the fixes it led
// to: "Autor:" closing its names with a comma before a date (clean's
// commaStripLabelled); "Words and pictures by", "Story and photos by"
// (clean's worldLabels); a handle in brackets after a name left out of
// it (clean's bracketedName); a handle with its "@" after "By" read as
// the author, without the "@" (clean's atHandleLine: the page credits the
// account, as the gold of WCXB names accounts by their bare login); an
// "About the author:" note on its heading's line taken out of the story
// (clean's takeKeptNote); Japanese "文・" and Chinese "图/" (clean's
// hanByline); "— Jane Doe, Staff Writer" under the headline read as a
// byline, not taken for the headline (clean's dashSignedName).
func TestTextAuthorLabels(t *testing.T) {
	runWorldTextBylines(t, "textauthorlabels.tsv", 40, gapTable{list: "knownTextAuthorLabelGaps", known: knownTextAuthorLabelGaps})
}

// knownTextAuthorLabelGaps are textauthorlabels.tsv's rows the text
// author code still reads wrong, as knownWorldTextBylineGaps: none.
var knownTextAuthorLabelGaps = map[string]bool{}

// TestTextAuthorNoteOnHeadingLine checks that a note about the writer on
// its heading's own line ("About the author: ... covers transport for
// ...") closing a long story leaves the body for Removed as the writer's
// note, whether a byline by the headline names her or the note alone
// does.
func TestTextAuthorNoteOnHeadingLine(t *testing.T) {
	note := "About the author: Nadia Corran covers transport for The Harbour Post."
	for _, byline := range []string{"By Nadia Corran\n", ""} {
		page := "Harbour board agrees to rebuild the ferry pier\n" + byline + "March 3, 2025\n" +
			strings.Join(textAuthorNoteLongStory, "\n") + "\n" + note + "\n"
		a, err := extract.String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, []string{"Nadia Corran"}) {
			t.Errorf("byline %q: authors %q, want Nadia Corran", byline, a.Authors)
		}
		for _, p := range a.Body {
			if strings.Contains(p, "About the author") {
				t.Errorf("byline %q: the note stays in the body: %q", byline, p)
			}
		}
		if byline == "" {
			continue // the note is the byline, a field's line
		}
		found := false
		for _, r := range a.Removed {
			found = found || r.Text == note && r.Kind == clean.Other
		}
		if !found {
			t.Errorf("byline %q: the note is not in Removed as another block: %+v", byline, a.Removed)
		}
	}
}
