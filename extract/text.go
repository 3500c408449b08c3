package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// PlainText renders the article as people read it: the title, a blank line,
// then the body paragraphs separated by blank lines, with the dateline at the
// head of the first paragraph, as in print: on a line of its own there when
// only the outlet's form reads it and only alone on its line, so that the
// text output cleaned again reads it as the dateline still. The text ends
// with one line end: an article of a title alone is that line, with no
// blank line under it.
func (a *Article) PlainText() string {
	var b strings.Builder
	if a.Title != "" {
		b.WriteString(a.Title)
		if len(a.Body) == 0 && a.Dateline == nil {
			b.WriteByte('\n')
			return b.String()
		}
		b.WriteString("\n\n")
	}
	for i, p := range a.Body {
		if i > 0 {
			b.WriteString("\n\n")
		}
		if i == 0 && a.Dateline != nil {
			b.WriteString(a.Dateline.Text)
			if a.Dateline.Alone {
				b.WriteByte('\n') // read only on its own line (see clean.DatelineParts.OwnLine)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	if len(a.Body) == 0 && a.Dateline != nil {
		b.WriteString(a.Dateline.Text)
	}
	b.WriteByte('\n')
	return b.String()
}

// looksTruncated reports whether a final paragraph stops mid-word or
// mid-sentence, as search excerpts cut at a fixed length do.
func looksTruncated(p string) bool {
	p = strings.TrimRightFunc(p, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(p)
	switch r {
	case '.', '!', '?', '…', '"', '”', '’', '\'', ')', ']', '»', ':',
		'。', '．', '！', '？', '」', '』', '）', // CJK full-width
		'։', '।', '॥', '؟', '۔', '።', '။', '។': // Armenian, Devanagari, Arabic, Urdu, Ethiopic, Burmese, Khmer
		return false
	}
	return true
}
