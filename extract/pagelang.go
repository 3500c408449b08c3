package extract

// language returns the page's language tag (<html lang>, JSON-LD
// inLanguage, Content-Language, og:locale), or "" for flattened text: the
// date readers read a month's name that clashes in it ("listopada",
// October in Croatian, November in Polish).
func (as *assembler) language() string {
	if as.res.Meta == nil {
		return ""
	}
	return as.res.Meta.Language
}
