package extract

import "github.com/newsclean/newsclean/clean"

// publishedNoteDate returns the date of the first block of the page's own
// text (no list of other pages, caption or credit) that notes the story's
// first publication ("This article was originally published on 28
// November 2025."). On HTML it stands before the update time: a page
// whose only other date is its update ("Updated 3 December 2025") tells
// there when the story first ran, as the text path reads it
// ([assembler.textLabelled]). A clashing month's name ("listopada") is
// read in the page's language.
func (as *assembler) publishedNoteDate() (clean.Stamp, bool) {
	for _, b := range as.res.Blocks {
		if !ownText(b.Kind) {
			continue
		}
		if st, ok := cleanPublishedNote(b.Text, as.language()); ok {
			return st, true
		}
	}
	return clean.Stamp{}, false
}
