package clean

import "strings"

// A heading set over several lines (an <h1> with a <br>, or with its
// parts in blocks of their own: "WEEKEND<br>CODING<br>AGENT") is one
// title: the article's title is one line, its line breaks read as spaces,
// so the text output's first line is the whole title and a Markdown
// heading holds all of it.

// oneLine returns s with each line break, and the spaces and tabs around
// it, made one space; s itself when it has no line break.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		line = strings.Trim(line, " \t")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}
