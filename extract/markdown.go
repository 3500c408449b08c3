package extract

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown renders the article as CommonMark with GitHub's tables: YAML
// front matter (title, date, modified, outlet, authors, url, language, and
// id, the input's name, so that documents printed one after another say
// which input each is), the title as a level-1 heading, the deck in
// italics, then the body as typed in Blocks (the dateline at the head of
// the first paragraph), pictures with their captions and credits where they
// stand.
func (a *Article) Markdown() string {
	var b bytes.Buffer
	a.writeMarkdown(&b)
	return b.String()
}

// WriteMarkdown writes [Article.Markdown] to w.
func (a *Article) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	a.writeMarkdown(&b)
	_, err := w.Write(b.Bytes())
	return err
}

func (a *Article) writeMarkdown(b *bytes.Buffer) {
	a.frontMatter(b)
	if a.Title != "" {
		b.WriteString("# ")
		b.WriteString(mdText(oneLine(a.Title), true))
		b.WriteString("\n\n")
	}
	if a.Deck != "" {
		b.WriteString(mdEmphasis(oneLine(a.Deck), "*"))
		b.WriteString("\n\n")
	}
	for _, blk := range a.withDateline(a.bodyBlocks()) {
		if s := a.mdBlock(blk); s != "" {
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
}

// frontMatter writes the YAML front matter; its strings are double-quoted
// JSON strings, which YAML reads as they are.
func (a *Article) frontMatter(b *bytes.Buffer) {
	b.WriteString("---\n")
	field := func(k, v string) {
		if v != "" {
			b.WriteString(k)
			b.WriteString(": ")
			b.WriteString(yamlString(v))
			b.WriteByte('\n')
		}
	}
	field("title", a.Title)
	field("date", a.Published)
	field("modified", a.Modified)
	if a.Outlet != nil {
		field("outlet", a.Outlet.Name)
	}
	if len(a.Authors) > 0 {
		b.WriteString("authors:\n")
		for _, au := range a.Authors {
			b.WriteString("  - ")
			b.WriteString(yamlString(au))
			b.WriteByte('\n')
		}
	}
	field("url", a.URL)
	field("language", a.Language)
	field("id", a.ID)
	b.WriteString("---\n\n")
}

// yamlString quotes s as a JSON string, a valid YAML double-quoted scalar.
func yamlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(strings.ToValidUTF8(s, "\uFFFD"))
	return strings.TrimSuffix(b.String(), "\n")
}

// mdBlock renders one block, without the blank line after it.
func (a *Article) mdBlock(blk Block) string {
	switch blk.Type {
	case Heading:
		level := min(max(blk.Level, 1), 6)
		return strings.Repeat("#", level) + " " + mdInline(oneLine(blk.Text), blk.Inline)
	case List:
		return mdList(blk)
	case Quote:
		var parts []string
		for _, c := range blk.Blocks {
			if s := a.mdBlock(c); s != "" {
				parts = append(parts, s)
			}
		}
		return prefixLines(strings.Join(parts, "\n\n"), "> ", "> ")
	case Table:
		return mdTable(blk)
	case Code:
		return mdCode(blk.Text)
	case Picture:
		if blk.Image == nil || *blk.Image < 0 || *blk.Image >= len(a.Images) {
			return ""
		}
		return mdPicture(a.Images[*blk.Image])
	}
	return mdInline(blk.Text, blk.Inline)
}

// mdList renders a list, its nested lists indented under their items.
func mdList(blk Block) string {
	var b strings.Builder
	for i, it := range blk.Items {
		marker := "- "
		if blk.Ordered {
			marker = strconv.Itoa(max(blk.Start, 1)+i) + ". "
		}
		indent := strings.Repeat(" ", len(marker))
		body := mdInline(it.Text, it.Inline)
		if it.List != nil {
			nested := mdList(*it.List)
			if body == "" {
				body = "\n" + nested // an item that holds only a list
			} else {
				body += "\n" + nested
			}
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		if body == "" {
			b.WriteString(strings.TrimRight(marker, " "))
			continue
		}
		b.WriteString(prefixLines(body, marker, indent))
	}
	return b.String()
}

// prefixLines puts first before the first line of s and rest before the
// others (nothing before an empty line but rest's trimmed form).
func prefixLines(s, first, rest string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		if l == "" {
			p = strings.TrimRight(p, " ")
		}
		lines[i] = p + l
	}
	return strings.Join(lines, "\n")
}

// mdTable renders a GitHub table; its first row is the header row.
func mdTable(blk Block) string {
	cols := 0
	for _, r := range blk.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return ""
	}
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for c := range cols {
			cell := ""
			if c < len(cells) {
				cell = mdText(oneLine(cells[c]), false)
			}
			b.WriteString(" ")
			b.WriteString(cell)
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	row(blk.Rows[0])
	b.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
	for _, r := range blk.Rows[1:] {
		row(r)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// mdCode renders preformatted text as a fenced code block, its fence longer
// than any run of backticks in it.
func mdCode(text string) string {
	fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
	return fence + "\n" + strings.ToValidUTF8(text, "\uFFFD") + "\n" + fence
}

// mdPicture renders a picture and, below it, its caption and credit.
func mdPicture(im Image) string {
	var parts []string
	if src := safeURL(im.Src, false); src != "" {
		parts = append(parts, "!["+mdText(oneLine(im.Alt), false)+"]("+mdDestination(src)+")")
	}
	var caption string
	if im.Caption != "" {
		caption = mdEmphasis(oneLine(im.Caption), "*")
	}
	if im.Credit != "" {
		credit := "(" + mdText(oneLine(im.Credit), false) + ")"
		caption = strings.TrimSpace(caption + " " + credit)
	}
	if caption != "" {
		parts = append(parts, caption)
	}
	return strings.Join(parts, "\n\n")
}

// mdInline renders text with its links and emphasis; a "\n" in the text is
// a hard line break.
func mdInline(text string, spans []Inline) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	var b strings.Builder
	at := 0
	prevEnd, prevStar := -1, false
	for _, in := range chosenSpans(text, spans) {
		b.WriteString(mdText(text[at:in.Start], at == 0))
		inner := text[in.Start:in.End]
		star := in.Kind == "em" || in.Kind == "strong"
		switch {
		case in.Kind == "link" && safeURL(in.Href, true) != "":
			b.WriteString("[" + mdText(oneLine(inner), false) + "](" + mdDestination(safeURL(in.Href, true)) + ")")
		case star && !(prevStar && prevEnd == in.Start) && flanks(text, in.Start, in.End):
			delim := "*"
			if in.Kind == "strong" {
				delim = "**"
			}
			b.WriteString(delim + mdText(inner, in.Start == 0) + delim)
		case in.Kind == "code" && !strings.Contains(inner, "\n"):
			b.WriteString(mdCodeSpan(inner))
		default:
			b.WriteString(mdText(inner, in.Start == 0))
			star = false
		}
		at, prevEnd, prevStar = in.End, in.End, star
	}
	b.WriteString(mdText(text[at:], at == 0))
	return b.String()
}

// flanks reports whether emphasis delimiters around text[start:end] open
// and close, by CommonMark's flanking rules.
func flanks(text string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(text[start:])
	last, _ := utf8.DecodeLastRuneInString(text[:end])
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return false
	}
	before, after := ' ', ' '
	if start > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:start])
	}
	if end < len(text) {
		after, _ = utf8.DecodeRuneInString(text[end:])
	}
	open := !isPunct(first) || unicode.IsSpace(before) || isPunct(before)
	closing := !isPunct(last) || unicode.IsSpace(after) || isPunct(after)
	return open && closing
}

// isPunct is CommonMark's punctuation character: ASCII punctuation, or a
// Unicode punctuation or symbol.
func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// mdEmphasis renders text in emphasis when the delimiters can open and
// close around it, as plain text otherwise.
func mdEmphasis(text, delim string) string {
	if text == "" || !flanks(text, 0, len(text)) {
		return mdText(text, true)
	}
	return delim + mdText(text, true) + delim
}

// mdCodeSpan renders a code span.
func mdCodeSpan(s string) string {
	ticks := strings.Repeat("`", longestRun(s, '`')+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return ticks + s + ticks
}

// mdDestination writes a link's address in angle brackets, with the
// characters that would end it percent-encoded.
func mdDestination(u string) string {
	r := strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\\", "%5C", "\n", "%0A")
	return "<" + r.Replace(u) + ">"
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// oneLine turns line breaks into spaces.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// mdSpecial are the characters escaped wherever they stand.
const mdSpecial = "\\`*_[]<>!|~&#"

// mdText escapes text for Markdown: the characters that open inline syntax
// everywhere, and at the start of a line (atStart: s begins a line) those
// that open a block (list markers, thematic breaks, setext underlines). A
// "\n" becomes a hard line break.
func mdText(s string, atStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	lineStart := atStart
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r':
			continue
		case c == '\n':
			b.WriteString("\\\n")
			lineStart = true
			for i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t') {
				i++ // leading spaces would make an indented code block
			}
			continue
		case strings.IndexByte(mdSpecial, c) >= 0:
			b.WriteByte('\\')
		case lineStart && (c == '-' || c == '+' || c == '='):
			b.WriteByte('\\')
		case lineStart && c >= '0' && c <= '9':
			j := i
			for j < len(s) && j-i < 10 && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && (s[j] == '.' || s[j] == ')') {
				b.WriteString(s[i:j]) // "2024." would open an ordered list
				b.WriteByte('\\')
				b.WriteByte(s[j])
				i, lineStart = j, false
				continue
			}
		}
		b.WriteByte(c)
		lineStart = false
	}
	return b.String()
}
