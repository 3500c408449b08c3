package extract

// An update comes after the publication it updates: a modified time
// earlier than the publish time is a contradiction (a dateModified that a
// CMS stamped when a draft was saved before its scheduled publication, an
// "Updated" line of another item under the story, a foot's stamp older
// than the day the head prints). The publish date stays what the sources
// chose (issue #8: the update is never taken as it when a publish date
// exists); the update is dropped from Article.Modified and named in a
// "modified-before-published" warning, so that Modified, when set, is
// never before Published, on text and on HTML alike, by the order
// modifiedBefore reads: a stamp on the publication's own day that gives
// no time, or another zone than the publication's, is not before it (the
// same-day save stamps of CMSs: 5 of the 27 warnings over the 3,361
// records, all on HTML, were such).

// dropEarlyModified clears Article.Modified when it is earlier than
// Article.Published, and says so in a warning on "modified".
func (as *assembler) dropEarlyModified() {
	a := as.a
	if len(a.Modified) < 10 || len(a.Published) < 10 || !modifiedBefore(a.Modified, a.Published) {
		return
	}
	a.Warnings = append(a.Warnings, Warning{Kind: "modified-before-published", Field: "modified",
		Text: a.Modified + " refused: before the publication " + a.Published})
	a.Modified, as.modMinute = "", false
}

// modifiedBefore reports whether the ISO time mod is earlier than pub:
// as instants when both give a time in one zone, or both none (a page's
// unzoned times share its zone); else by their days as printed, so that a
// stamp on the publication's own day is never earlier when one of the two
// gives no time (a day, or a day stamped at midnight, "T00:00:00", as CMSs
// write a date without its time) or gives another zone than the other's (a
// CMS's save stamp in UTC beside a publish time in the newsroom's zone:
// the two clocks say nothing of the order within the day); and a stamp of
// another zone whose instant is not earlier is not earlier either.
func modifiedBefore(mod, pub string) bool {
	m, p := parseTime(mod), parseTime(pub)
	if !timeOfDay(m) || !timeOfDay(p) {
		return mod[:10] < pub[:10] && (!m.Zoned || !p.Zoned || m.Before(p.Time))
	}
	_, mo := m.Zone()
	_, po := p.Zone()
	if m.Zoned == p.Zoned && mo == po {
		return m.Before(p.Time)
	}
	return mod[:10] < pub[:10] && (!m.Zoned || !p.Zoned || m.Before(p.Time))
}

// timeOfDay reports whether t gives a time of day: a precision finer than
// the day and not midnight to the second, which CMSs write for a date
// without its time.
func timeOfDay(t Time) bool {
	if t.Precision <= PrecisionDay {
		return false
	}
	h, mi, s := t.Clock()
	return h != 0 || mi != 0 || s != 0 || t.Nanosecond() != 0
}
