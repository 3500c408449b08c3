package extract

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// updateInDateLine reads the update that the date line prints after the
// publication's date: a date ("Publié le 04 mars 2025 à 14h05, modifié le
// 05 mars 2025 à 08h30", "입력 2025.03.04. 오후 2:05 수정 2025.03.05. 오전
// 8:30"; see [cleanUpdatedInLine]), or the update's age against the crawl
// date ("04/03/2025 14h05 Atualizado há 2 horas"); false when it prints
// none, or one later than the crawl allows. An update's time printed
// without a zone is in the publication's zone, when the line states it or
// the outlet's rule gives it ("8:19 PM [ Last Update: ... 9:05 PM ]").
// A month's name that clashes is read in the page's language: a Croatian
// line's "listopada" is October.
func (as *assembler) updateInDateLine() (clean.Stamp, bool) {
	at := as.stampLineAt
	if at < 0 {
		at = as.headDateBlock()
	}
	if at < 0 || at >= len(as.res.Blocks) {
		return clean.Stamp{}, false
	}
	line := as.res.Blocks[at].Text
	u, ok := cleanUpdatedInLine(line, as.language()) // a Croatian "listopada" is October
	if st := as.res.Blocks[at].Stamp; ok && u.HasTime && !u.HasZone && st != nil && st.HasZone {
		u.Offset, u.HasZone = st.Offset, true // the publication's zone, stated on the line or by the outlet's rule
	}
	if !ok {
		u, ok = as.updateAge(line)
	}
	if !ok || as.future(u) {
		return clean.Stamp{}, false
	}
	return u, true
}

// updateAges are the update's labels a date line may give its age after.
var updateAges = [...]string{"updated", "atualizado", "actualizado", "mis à jour", "aktualisiert"}

// updateAge reads the update's age that a date line gives after its
// label ("Atualizado há 2 horas", "Updated 3 hours ago") against the
// crawl date.
func (as *assembler) updateAge(line string) (clean.Stamp, bool) {
	low := strings.ToLower(line)
	if len(low) != len(line) || as.crawl.IsZero() {
		return clean.Stamp{}, false
	}
	for _, l := range updateAges {
		if i := strings.Index(low, l); i > 0 {
			return relativeAt(strings.TrimLeft(line[i+len(l):], " :"), as.crawl)
		}
	}
	return clean.Stamp{}, false
}

// headDateBlock returns the first block the cleaner labelled a date line
// within updateBelow blocks under the title (HTML, whose date comes from
// the page's sources, sets no stampLineAt), or -1.
func (as *assembler) headDateBlock() int {
	title := slices.Index(as.placed, "title")
	if title < 0 {
		return -1
	}
	for i := title + 1; i < len(as.res.Blocks) && i <= title+updateBelow; i++ {
		if as.res.Blocks[i].Kind == clean.Date {
			return i
		}
	}
	return -1
}

// updateBelow is how far under the title headDateBlock looks, in blocks.
const updateBelow = 4

// textModified sets, on flattened text whose head gives no update, the
// update time from a line elsewhere that labels one ([assembler.textUpdated]:
// "Обновлено 6 марта 2025" under the story), unless it is after the crawl;
// one before the publication is refused with the other paths' updates
// ([assembler.dropEarlyModified]). A head whose update gives only the day
// ("UPDATED: Tue., Nov. 19, 2019") takes the time such a line gives for
// that day ("Updated: Nov. 19, 2019, 7:10 p.m." under the story).
func (as *assembler) textModified() {
	if !as.namesUpdate() {
		return // most pages: no line to read for an update's date
	}
	u, ok := as.textUpdated()
	if !ok || as.future(u) {
		return
	}
	iso := u.ISO()
	if len(iso) < 10 || as.a.Modified != "" && !(u.HasTime && iso[:10] == as.a.Modified) {
		return
	}
	as.setModified(u) // refused after all when before the publication (dropEarlyModified)
}

// priceStamp reports whether a line is a shop box's stamp of its prices
// ("Amazon prices last updated: March 15, 2026 at 3:21 AM", "Price
// updated on ..."), not the page's update: a short line that names a price.
func priceStamp(line string) bool {
	if len(line) > 120 {
		return false
	}
	for i := 0; i+5 <= len(line); i++ {
		if (line[i] == 'p' || line[i] == 'P') && strings.EqualFold(line[i:i+5], "price") {
			return true
		}
	}
	return false
}

// namesUpdate reports whether a short own line of flattened text names an
// update ("Last updated on ...", a label "Updated:" over its date): the
// lines textUpdated may read, found by their words alone before it reads
// any for a date.
func (as *assembler) namesUpdate() bool {
	for _, b := range as.res.Blocks {
		if len(b.Text) <= maxUpdateLine && ownText(b.Kind) && cleanIsUpdate(b.Text) {
			return true
		}
	}
	return false
}

// maxUpdateLine is the longest line textUpdated reads (clean's
// maxDateLine).
const maxUpdateLine = 160
