package extract

import "github.com/newsclean/newsclean/clean"

// textDateMarked returns, on flattened text, the day of the lines the date
// detector labelled as date lines (kind Date, a full date) anywhere in the
// page, when they all fall on one day: the date line of a page whose
// headline was not found, or was found away from it, so that no source
// read near the headline gives a date. A line under an update's label
// ("Updated on") and a reader's comment's stamp ([assembler.commentStamp])
// are skipped; lines giving different days are a list of
// other pages' dates, and none is taken then.
func (as *assembler) textDateMarked() (clean.Stamp, bool) {
	var got clean.Stamp
	found := false
	bs := as.res.Blocks
	firstBody := -2 // the story's first paragraph, found when first needed
	for i, b := range bs {
		if b.Kind != clean.Date || b.Stamp == nil || as.commentStamp(i, &firstBody) {
			continue
		}
		if i > 0 {
			if _, upd, ok := cleanLabelThenDate(bs[i-1].Text, b.Text, as.language()); ok && upd {
				continue // an update's
			}
		}
		st := *b.Stamp
		switch {
		case st.Year == 0 || st.Month == 0 || st.Day == 0:
		case !found:
			got, found = st, true
		case !st.SameDay(got):
			return clean.Stamp{}, false
		}
	}
	return got, found
}
