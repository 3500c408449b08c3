package extract

// language returns the page's language tag (<html lang>, JSON-LD
// inLanguage, Content-Language, og:locale), or for flattened text the
// tag clean guesses from its head ([cleanTextDateLang]: "hr" or ""): the
// date readers read a month's name that clashes in it ("listopada",
// October in Croatian, November in Polish). Text's guess is read once.
func (as *assembler) language() string {
	if as.res.Meta != nil {
		return as.res.Meta.Language
	}
	if !as.textLangRead {
		as.textLang, as.textLangRead = cleanTextDateLang(as.res.Blocks), true
	}
	return as.textLang
}
