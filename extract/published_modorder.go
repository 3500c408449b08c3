package extract

// An update comes after the publication it updates: a modified time
// earlier than the publish time is a contradiction (a dateModified that a
// CMS stamped when a draft was saved before its scheduled publication, an
// "Updated" line of another item under the story, a foot's stamp older
// than the day the head prints). The publish date stays what the sources
// chose (issue #8: the update is never taken as it when a publish date
// exists); the update is dropped from Article.Modified and named in a
// "modified-before-published" warning, so that Modified, when set, is
// never before Published, on text and on HTML alike.

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
// as instants when both give a time and both or neither a zone (a page's
// unzoned times share its zone), else by their days as printed.
func modifiedBefore(mod, pub string) bool {
	m, p := parseTime(mod), parseTime(pub)
	if m.Precision > PrecisionDay && p.Precision > PrecisionDay && m.Zoned == p.Zoned {
		return m.Before(p.Time)
	}
	return mod[:10] < pub[:10]
}
