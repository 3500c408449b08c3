package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A byline's label alone over a row of the story's categories that the
// scraper glued into one line ("By" over "Wedding ChecklistsJust
// EngagedWedding Planning" over "Jane Doe"): the row is no name, and the
// writer's name stands on the line under it.

// BylineTagsRule is the rule recorded for a row of glued category links
// between a byline's label and the names it labels.
const BylineTagsRule = "generic/byline-tags"

// gluedMin is how many letters in lower case a word must run before a
// capital glued to them for the two to read as two words joined by a
// scraper ("ChecklistsJust"); a name's own inner capital follows a short
// prefix ("McNally", "MacLeod", "DeShawn", "LaToya").
const gluedMin = 4

// gluedRow reports whether a line of two words or more holds a word that
// joins two capitalised words ([gluedRun]): category links glued by the
// scraper, never a person's name. A handle of one word ("EditorJane") is
// left to the byline readers.
func gluedRow(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if gluedRun(w) {
			return true
		}
	}
	return false
}

// gluedRun reports whether word w holds a capital, gluedMin or more
// letters in lower case and then another capital followed by a letter in
// lower case: "ChecklistsJust", "EngagedWedding"; not "McNally" or
// "O'Brien".
func gluedRun(w string) bool {
	run := -1 // lower-case letters since the last capital; -1 before any capital
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			if run >= gluedMin {
				if next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):]); unicode.IsLower(next) {
					return true
				}
			}
			run = 0
		case unicode.IsLower(r):
			if run >= 0 {
				run++
			}
		default:
			run = -1
		}
	}
	return false
}

// nameUnderLabel returns the index of the block that holds the names a
// byline's label alone on block i labels: the next block, or the one after
// it where the next is a row of glued category links ([gluedRow]); -1
// past the blocks.
func (p *Page) nameUnderLabel(i int) int {
	if i+2 < len(p.blocks) && gluedRow(p.blocks[i+1].Text) {
		return i + 2
	}
	if i+1 < len(p.blocks) {
		return i + 1
	}
	return -1
}
