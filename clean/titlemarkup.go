package clean

import "strings"

// Some CMSs escape a headline's inline markup into its metadata
// (og:title "&lt;em&gt;Night ferry&lt;/em&gt; returns"), so once its
// entities are decoded the title holds the tags as text. A reader sees the
// words alone; the tags come off a metadata title when they are inline
// elements ([markupTags]) whose opening and closing tags pair up around
// words they touch ("<em>Night ferry</em>"), so that a title about markup
// ("Why <template> tags matter", "Learn the <s> and </s> tags", "Why </b>
// breaks your <b>page") keeps its words.
//
// The tags are read by a scanner of their own ([markupTag]), not by
// x/net/html's tokenizer, which reads them as a page's parser must and a
// title's words should not be: after a raw-text element's start tag
// ("Why <script> tags and <em>fast</em> pages", "<textarea>", "<style>",
// "<title>") it reads the rest of the title as that element's text, so
// a pair after it would stay in the title; and it allocates a reader and
// a 4 KiB buffer per title. The
// scanner's known gap, left: a ">" inside an attribute's quotes ("<span
// title='a>b'>") ends its tag, which the tokenizer reads right.

// markupTags are the inline elements whose tags [withoutMarkup] takes off.
var markupTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "br": true, "cite": true, "code": true, "del": true, "em": true,
	"font": true, "i": true, "ins": true, "mark": true, "q": true, "s": true, "small": true,
	"span": true, "strong": true, "sub": true, "sup": true, "u": true,
}

// maxMarkupTag bounds a tag's bytes, its attributes with it.
const maxMarkupTag = 200

// withoutMarkup returns t, a metadata title with its entities decoded,
// without the tags of [markupTags] that pair up ([pairedTags]) and, when
// any do, its <br>s, each read as a space; t itself when it holds no "</"
// or no pair.
func withoutMarkup(t string) string {
	if !strings.Contains(t, "</") {
		return t
	}
	tags := pairedTags(t)
	if tags == nil {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	at := 0
	for _, tg := range tags {
		if !tg.strip && tg.name != "br" {
			continue
		}
		b.WriteString(t[at:tg.start])
		if tg.name == "br" {
			b.WriteByte(' ')
		}
		at = tg.end
	}
	b.WriteString(t[at:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// markupSpan is one tag of [markupTags] in a title: its lower-cased name,
// its bytes t[start:end], whether it closes, and whether it pairs up.
type markupSpan struct {
	name       string
	start, end int
	closing    bool
	strip      bool
}

// maxOpenMarkup bounds how far down the open tags a closing tag looks for
// its own: escaped markup nests shallowly.
const maxOpenMarkup = 8

// pairedTags lists t's tags of [markupTags] in order, the ones that pair
// up marked strip: an opening tag and the next closing tag of its name
// after it (past at most [maxOpenMarkup] other open tags), the opening tag
// touching the word after it and the closing tag the word before it, with
// words between ("<em>Night ferry</em>"; not "<s> and </s>"). It returns
// nil when none pair up.
func pairedTags(t string) []markupSpan {
	var tags []markupSpan
	var open []int // indices into tags of the opening tags not yet closed
	paired := false
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], '<')
		if j < 0 {
			break
		}
		i += j
		name, n := markupTag(t[i:])
		if n == 0 {
			i++
			continue
		}
		tg := markupSpan{name: name, start: i, end: i + n, closing: t[i+1] == '/'}
		tags = append(tags, tg)
		i += n
		switch {
		case name == "br":
		case !tg.closing:
			open = append(open, len(tags)-1)
		default:
			for k := len(open) - 1; k >= 0 && k >= len(open)-maxOpenMarkup; k-- {
				o := &tags[open[k]]
				if o.name != name {
					continue
				}
				if o.end < tg.start && !blankByte(t[o.end]) && !blankByte(t[tg.start-1]) {
					o.strip, tags[len(tags)-1].strip, paired = true, true, true
				}
				open = open[:k]
				break
			}
		}
	}
	if !paired {
		return nil
	}
	return tags
}

// blankByte reports whether c is an ASCII blank: space, tab, newline,
// carriage return or form feed.
func blankByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// markupTag reads the tag s opens with: its lower-cased name and its
// length when it is a tag of [markupTags] ("<em>", "</em>", "<span
// class=x>", "<br/>") ending within [maxMarkupTag] bytes; "", 0 otherwise.
func markupTag(s string) (string, int) {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	name := strings.ToLower(s[start:i])
	if !markupTags[name] || i >= len(s) {
		return "", 0
	}
	if c := s[i]; c != '>' && c != '/' && !blankByte(c) {
		return "", 0
	}
	window := s[i:min(len(s), maxMarkupTag)]
	end := strings.IndexByte(window, '>')
	if end < 0 || strings.IndexByte(window[:end], '<') >= 0 {
		return "", 0
	}
	return name, i + end + 1
}
