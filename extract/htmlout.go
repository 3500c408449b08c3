package extract

import (
	"bytes"
	"html"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// HTML renders the article as a clean, minimal HTML document: the title,
// deck, byline, outlet and date in a <header>, then the body as typed in
// Blocks (the dateline at the head of the first paragraph), pictures in
// <figure> with their captions; the head names the input (Article.ID) in a
// <meta name="newsclean-id">. It holds only the article's own elements
// (no script, style, class or event handler), its text escaped, its links
// and pictures only http, https, mailto or relative addresses.
func (a *Article) HTML() string {
	var b bytes.Buffer
	a.writeHTML(&b)
	return b.String()
}

// WriteHTML writes [Article.HTML] to w.
func (a *Article) WriteHTML(w io.Writer) error {
	var b bytes.Buffer
	a.writeHTML(&b)
	_, err := w.Write(b.Bytes())
	return err
}

// docTitle is the document's <title>, which HTML wants not empty: the
// article's title, else "Untitled".
func docTitle(a *Article) string {
	if strings.TrimSpace(a.Title) == "" {
		return "Untitled"
	}
	return a.Title
}

// writeHTML writes the article as a whole HTML document to b, the text
// escaped: [Article.HTML] and [Article.WriteHTML] render through it.
func (a *Article) writeHTML(b *bytes.Buffer) {
	b.WriteString("<!DOCTYPE html>\n<html")
	if lang := htmlLang(a.Language); lang != "" {
		b.WriteString(` lang="` + lang + `"`)
	}
	b.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	b.WriteString(esc(docTitle(a)))
	b.WriteString("</title>\n")
	canonical := a.Canonical
	if canonical == "" {
		canonical = a.URL
	}
	if u := safeURL(canonical, false); u != "" {
		b.WriteString(`<link rel="canonical" href="` + esc(u) + "\">\n")
	}
	if a.ID != "" {
		// The input's name, so that documents printed one after another
		// say which input each is.
		b.WriteString(`<meta name="newsclean-id" content="` + esc(a.ID) + "\">\n")
	}
	b.WriteString("</head>\n<body>\n<article>\n")
	a.htmlHeader(b)
	for _, blk := range a.withDateline(a.bodyBlocks()) {
		a.htmlBlock(b, blk)
	}
	b.WriteString("</article>\n</body>\n</html>\n")
}

// htmlLang returns the language tag when it is one (letters, digits and
// hyphens), "" otherwise.
func htmlLang(s string) string {
	if s == "" || len(s) > 35 {
		return ""
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return ""
		}
	}
	return s
}

// htmlHeader writes the article's head: title, deck, authors, outlet, date.
func (a *Article) htmlHeader(b *bytes.Buffer) {
	if a.Title == "" && a.Deck == "" && len(a.Authors) == 0 && a.Published == "" && a.Outlet == nil {
		return
	}
	b.WriteString("<header>\n")
	if a.Title != "" {
		b.WriteString("<h1>" + esc(a.Title) + "</h1>\n")
	}
	if a.Deck != "" {
		b.WriteString("<p><em>" + esc(a.Deck) + "</em></p>\n")
	}
	var line []string
	if len(a.Authors) > 0 {
		line = append(line, "By "+esc(strings.Join(a.Authors, ", ")))
	}
	if a.Outlet != nil && a.Outlet.Name != "" {
		line = append(line, esc(a.Outlet.Name))
	}
	if a.Published != "" {
		line = append(line, `<time datetime="`+esc(a.Published)+`">`+esc(a.Published)+"</time>")
	}
	if len(line) > 0 {
		b.WriteString("<p>" + strings.Join(line, " · ") + "</p>\n")
	}
	b.WriteString("</header>\n")
}

// htmlBlock writes one block.
func (a *Article) htmlBlock(b *bytes.Buffer, blk Block) {
	switch blk.Type {
	case Heading:
		h := "h" + strconv.Itoa(min(max(blk.Level, 1), 6))
		b.WriteString("<" + h + ">" + htmlInline(blk.Text, blk.Inline) + "</" + h + ">\n")
	case List:
		htmlList(b, blk)
	case Quote:
		b.WriteString("<blockquote>\n")
		for _, c := range blk.Blocks {
			a.htmlBlock(b, c)
		}
		b.WriteString("</blockquote>\n")
	case Table:
		htmlTable(b, blk)
	case Code:
		b.WriteString("<pre><code>" + esc(blk.Text) + "</code></pre>\n")
	case Picture:
		if blk.Image != nil && *blk.Image >= 0 && *blk.Image < len(a.Images) {
			htmlPicture(b, a.Images[*blk.Image])
		}
	default:
		b.WriteString("<p>" + htmlInline(blk.Text, blk.Inline) + "</p>\n")
	}
}

// htmlList writes a list with its nested lists.
func htmlList(b *bytes.Buffer, blk Block) {
	tag := "ul"
	if blk.Ordered {
		tag = "ol"
	}
	if blk.Ordered && blk.Start > 1 {
		b.WriteString("<ol start=\"" + strconv.Itoa(blk.Start) + "\">\n")
	} else {
		b.WriteString("<" + tag + ">\n")
	}
	for _, it := range blk.Items {
		b.WriteString("<li>" + htmlInline(it.Text, it.Inline))
		if it.List != nil {
			b.WriteString("\n")
			htmlList(b, *it.List)
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</" + tag + ">\n")
}

// htmlTable writes a table, its first row in <thead> when it is a header.
func htmlTable(b *bytes.Buffer, blk Block) {
	b.WriteString("<table>\n")
	rows := blk.Rows
	if blk.Header && len(rows) > 0 {
		b.WriteString("<thead>\n<tr>")
		for _, c := range rows[0] {
			b.WriteString("<th>" + esc(c) + "</th>")
		}
		b.WriteString("</tr>\n</thead>\n")
		rows = rows[1:]
	}
	b.WriteString("<tbody>\n")
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + esc(c) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}

// htmlPicture writes a picture as a figure with its caption and credit; a
// picture without an address gives the caption alone.
func htmlPicture(b *bytes.Buffer, im Image) {
	src := safeURL(im.Src, false)
	if src == "" && im.Caption == "" && im.Credit == "" {
		return
	}
	b.WriteString("<figure>\n")
	if src != "" {
		b.WriteString(`<img src="` + esc(src) + `" alt="` + esc(im.Alt) + `"`)
		if im.Width > 0 {
			b.WriteString(` width="` + strconv.Itoa(im.Width) + `"`)
		}
		if im.Height > 0 {
			b.WriteString(` height="` + strconv.Itoa(im.Height) + `"`)
		}
		b.WriteString(">\n")
	}
	if im.Caption != "" || im.Credit != "" {
		b.WriteString("<figcaption>" + esc(im.Caption))
		if im.Credit != "" {
			if im.Caption != "" {
				b.WriteString(" ")
			}
			b.WriteString("<small>" + esc(im.Credit) + "</small>")
		}
		b.WriteString("</figcaption>\n")
	}
	b.WriteString("</figure>\n")
}

// htmlTags are the elements of the inline kinds.
var htmlTags = map[string]string{"em": "em", "strong": "strong", "code": "code"}

// htmlInline writes text with its links and emphasis; a "\n" is a <br>.
func htmlInline(text string, spans []Inline) string {
	var b strings.Builder
	at := 0
	for _, in := range chosenSpans(text, spans) {
		b.WriteString(escBreaks(text[at:in.Start]))
		inner := escBreaks(text[in.Start:in.End])
		switch tag := htmlTags[in.Kind]; {
		case in.Kind == "link" && safeURL(in.Href, true) != "":
			b.WriteString(`<a href="` + esc(safeURL(in.Href, true)) + `">` + inner + "</a>")
		case tag != "":
			b.WriteString("<" + tag + ">" + inner + "</" + tag + ">")
		default:
			b.WriteString(inner)
		}
		at = in.End
	}
	b.WriteString(escBreaks(text[at:]))
	return b.String()
}

// escBreaks escapes text and turns its line breaks into <br>.
func escBreaks(s string) string {
	return strings.ReplaceAll(esc(s), "\n", "<br>\n")
}

// esc escapes text for HTML, after making it valid UTF-8 without control
// characters other than tab and line feed.
func esc(s string) string {
	return html.EscapeString(printable(s))
}

// printable returns s as valid UTF-8, without C0 and C1 control characters
// (but tab and line feed) and without noncharacters.
func printable(s string) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if ok && (r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && r < 0xA0 || r == 0xFFFE || r == 0xFFFF) {
			ok = false
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && r < 0xA0 || r == 0xFFFE || r == 0xFFFF {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
