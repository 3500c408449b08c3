package scaling

import (
	"strconv"
	"strings"
)

// Template is a unit of text or HTML that a probe page repeats n times
// under a fixed head (and, for HTML, inside a fixed frame).
type Template struct {
	Name string // where it came from: a fixture and the block's kind, or a built-in name
	URL  string // the address of the page it came from, for the outlet's rule
	HTML bool   // Unit is HTML: Page puts it inside an HTML frame
	Unit string // the repeated text; for text, one or more lines
}

// Page builds the probe page of n units.
func (t Template) Page(n int) []byte {
	var b strings.Builder
	if t.HTML {
		b.WriteString("<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>\n<p>")
		b.WriteString(strings.TrimSpace(strings.ReplaceAll(head, "\n", " ")))
		b.WriteString("</p>\n")
	} else {
		b.WriteString(head)
	}
	for i := range n {
		b.WriteString(strings.ReplaceAll(t.Unit, "{i}", strconv.Itoa(i)))
	}
	if t.HTML {
		b.WriteString("</article></body></html>\n")
	}
	return []byte(b.String())
}

// Sized is t's page grown until it holds at least size bytes, and the
// number of units that took.
func (t Template) Sized(size int) ([]byte, int) {
	one := len(t.Page(1)) - len(t.Page(0))
	n := max(1, (size-len(t.Page(0)))/max(1, one))
	return t.Page(n), n
}

// HTMLTemplates are units of HTML clutter and nesting: a unit with "{i}"
// numbers each copy.
func HTMLTemplates() []Template {
	units := map[string]string{
		"div-nest-20":    strings.Repeat("<div>", 20) + "<p>Point {i} of the treaty was settled.</p>" + strings.Repeat("</div>", 20) + "\n",
		"list-nest-10":   strings.Repeat("<ul><li>", 10) + "Item {i}" + strings.Repeat("</li></ul>", 10) + "\n",
		"unclosed-div":   "<div><p>Point {i} of the treaty was settled.\n",
		"unclosed-li":    "<li><a href=\"/n/{i}\">Story {i}</a>\n",
		"table-row":      "<table><tr><td>Row {i}</td><td><table><tr><td>Cell {i}</td></tr></table></td></tr></table>\n",
		"figure":         "<figure><img src=\"/p/{i}.jpg\" alt=\"\"><figcaption>Rescue workers in village {i} EPA-EFE/JOHN SMITH</figcaption></figure>\n",
		"nav-links":      "<nav><a href=\"/a/{i}\">World</a> <a href=\"/b/{i}\">Politics</a></nav>\n",
		"time":           "<p><time datetime=\"2023-05-25T23:12:00Z\">25 May 2023 - 23:12</time></p>\n",
		"json-ld":        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks {i}\",\"datePublished\":\"2023-05-25\"}</script>\n",
		"comment":        "<div class=\"comment\"><span class=\"author\">Reader {i}</span><p>I agree with this.</p></div>\n",
		"br-lines":       "Line {i} of a long text<br>\n",
		"inline-links":   "<a href=\"/t/{i}\">tag {i}</a>, ",
		"heading-para":   "<h2>Point {i}</h2><p>The ministers settled point {i} of the treaty on Tuesday, officials said.</p>\n",
		"byline":         "<p class=\"byline\">By John Smith, Reuters</p>\n",
		"meta-in-body":   "<meta property=\"og:title\" content=\"Talks {i}\">\n",
		"aside-related":  "<aside><h3>Related</h3><a href=\"/r/{i}\">Farmers get seeds {i}</a></aside>\n",
		"open-formatter": "<b><i><u>Word {i} ",
		"stray-end-tag":  "<div></span>\n",
	}
	out := make([]Template, 0, len(units))
	for name, u := range units {
		out = append(out, Template{Name: "html/" + name, HTML: true, Unit: u})
	}
	return out
}

// TextTemplates are character-level units of flattened text: one long line
// of marks, joiners or jamo that the Unicode clean-up and the tokenisers
// read character by character, and runs of very short lines.
func TextTemplates() []Template {
	units := map[string]string{
		"combining-marks": "a\u0301\u0302\u0303\u0304",
		"zero-width":      "ab\u200b",
		"hangul-jamo":     "\u1100\u1161\u11a8",
		"no-space":        "x",
		"short-lines":     "a\n",
		"blank-lines":     "a\n\n",
	}
	out := make([]Template, 0, len(units))
	for name, u := range units {
		out = append(out, Template{Name: "text/" + name, Unit: u})
	}
	return out
}
