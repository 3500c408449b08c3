package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// textHeadDates labels the date lines near the headline t of flattened
// text without an outlet rule: lines that give a date among other words
// ("Published Jun 4, 2025", "by Jane Doe | Apr 21, 2025", "July 13, 2025 —
// 7 minutes read"), which the date detector, reading only lines that hold
// a date alone, leaves. The first that names no update becomes the date
// line (kind Date); the first update ("Last updated: Sep 4, 2025") becomes
// a Metadata block whose Stamp is the update time. A line the learned
// detector took for not story may be taken: it scores date strips low, as
// it scores menus. A sentence that names a day is the story's; a line that
// holds only a date, while free, is left to the date detector. The search runs from headAbove lines above the headline
// to headBelow below it, and stops at the story's second paragraph.
func (p *Page) textHeadDates(t int) {
	if p.in.doc != nil || t < 0 || p.ownPage() {
		return
	}
	pub, upd, long := false, false, 0
	for i := max(0, t-headAbove); i < len(p.blocks) && i <= t+headBelow && !(pub && upd); i++ {
		b := &p.blocks[i]
		if i > t && len(b.Text) >= 100 && isProse(b.Text) {
			if long++; long >= 2 {
				break
			}
		}
		if i == t || !p.free(i) && !byModel(*b) || len(b.Text) > maxDateLine {
			continue
		}
		if isProse(b.Text) || endsSentence(b.Text) {
			continue // a sentence that names a day
		}
		if _, _, alone := dateparse.DateLine(b.Text); alone && p.free(i) {
			continue // the date detector's, which may be switched off
		}
		st, pos, ok := findDateStamp(b.Text)
		if !ok || st.Year == 0 || st.Day == 0 {
			continue
		}
		switch {
		case isUpdate(b.Text[:pos]):
			if !upd {
				b.Kind, b.Rule, b.Stamp = Metadata, "generic/updated", stampOf(st)
				upd = true
			}
		case !pub:
			b.Kind, b.Rule, b.Stamp = Date, "generic/date", stampOf(st)
			pub = true
		}
	}
}
