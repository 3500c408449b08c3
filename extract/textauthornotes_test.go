package extract_test

import "testing"

// textAuthorNoteLongStory is an invented English story of over 300
// words, the {long} of textauthornotes.tsv: a note under it sits under a
// story long enough for any word floor.
var textAuthorNoteLongStory = []string{
	"The harbour board agreed on Monday to rebuild the old ferry pier at the north end of the bay, ending a dispute that had kept the site fenced off for almost three years.",
	"Engineers found cracks in the pier's concrete piles during a routine survey and closed it the same week. Since then the morning ferry has docked at a temporary float that cannot take more than sixty passengers, and commuters have queued along the promenade in wind and rain.",
	"The new pier will stand on steel piles driven deeper into the seabed, and its deck will be wide enough for two boats at once. The board expects the work to take eighteen months and to cost a little less than the figure it gave last spring, because the contractor can reuse the old approach ramp.",
	"Residents of the island villages, who rely on the ferry for school, work and hospital visits, had asked the board to add an evening crossing while the work goes on. The board said it would run a second boat on weekdays from April and review the timetable again in the autumn.",
	"Shop owners near the promenade said the queues had brought them customers but also complaints about noise early in the morning. Several of them told the board they hoped the new pier would keep the waiting passengers under a roof.",
	"The plans include a shelter with benches, a ticket machine and a ramp for wheelchairs and bicycles. The board will publish the final drawings next month and hold two public meetings before the contractor starts on site.",
}

// Invented flattened-text pages with a note on the writer after the story
// (textauthornotes.tsv): the note's name is the author under a short
// story and a long one, whatever the language of its label; the outlet's
// "About us", a company's or a product's "About" and a quoted source's
// bio give none.
func TestTextAuthorNotes(t *testing.T) {
	runWorldTextBylines(t, "textauthornotes.tsv", 25, gapTable{list: "knownTextAuthorNoteGaps", known: knownTextAuthorNoteGaps})
}

// knownTextAuthorNoteGaps are textauthornotes.tsv's rows the text author
// code still reads wrong, as knownWorldTextBylineGaps. Written blind, 8
// of the table's 27 rows read right (the seven that give no author, and
// the English heading under the long story); 25 after the headings were
// read under stories of any length (clean.labelledNoteAt). The eight
// rows of bare notes (no heading) under stories shorter than 300 words,
// written blind after those: 3 read right blind (the three that give no
// author), 7 after bare notes were read (clean.bareNoteAt); 33 of 35
// since a heading and its note on one line that the story kept as its
// last paragraph leave the story first (clean.takeKeptNote).
var knownTextAuthorNoteGaps = map[string]bool{
	// the Georgian name alone under its heading is not read; the cause
	// is not traced yet (the Persian, Chinese and Korean ones are)
	"ka, Georgian ავტორის შესახებ, a name and a role": true,
	// a writer's one-line bio closing a short story that names her
	// nowhere above it reads as the bare note of the story's writer
	// (clean.bareNoteAt): the row's story does not quote her, so nothing
	// tells the two apart
	"en, English a closing sentence about a writer the story quotes is no author": true,
}
