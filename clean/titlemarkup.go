package clean

import "strings"

// Some CMSs escape a headline's inline markup into its metadata
// (og:title "&lt;em&gt;Night ferry&lt;/em&gt; returns"), so once its
// entities are decoded the title holds the tags as text. A reader sees the
// words alone; the tags come off a metadata title when they are inline
// elements ([markupTags]) and the title closes one of them, so that a
// title about markup ("Why <template> tags matter") keeps its words.

// markupTags are the inline elements whose tags [withoutMarkup] takes off.
var markupTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "br": true, "cite": true, "code": true, "del": true, "em": true,
	"font": true, "i": true, "ins": true, "mark": true, "q": true, "s": true, "small": true,
	"span": true, "strong": true, "sub": true, "sup": true, "u": true,
}

// maxMarkupTag bounds a tag's bytes, its attributes with it.
const maxMarkupTag = 200

// withoutMarkup returns t, a metadata title with its entities decoded,
// without the tags of [markupTags] when it closes one of them ("</em>"),
// a <br> read as a space; t itself when it holds no "</".
func withoutMarkup(t string) string {
	if !strings.Contains(t, "</") || !closesMarkup(t) {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		j := strings.IndexByte(t[i:], '<')
		if j < 0 {
			b.WriteString(t[i:])
			break
		}
		b.WriteString(t[i : i+j])
		i += j
		name, end := markupTag(t[i:])
		if end == 0 {
			b.WriteByte('<')
			i++
			continue
		}
		if name == "br" {
			b.WriteByte(' ')
		}
		i += end
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// closesMarkup reports whether t holds a closing tag of [markupTags].
func closesMarkup(t string) bool {
	for i := strings.Index(t, "</"); i >= 0; {
		if _, end := markupTag(t[i:]); end > 0 {
			return true
		}
		j := strings.Index(t[i+2:], "</")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
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
	if c := s[i]; c != '>' && c != ' ' && c != '/' {
		return "", 0
	}
	window := s[i:min(len(s), maxMarkupTag)]
	end := strings.IndexByte(window, '>')
	if end < 0 || strings.IndexByte(window[:end], '<') >= 0 {
		return "", 0
	}
	return name, i + end + 1
}
