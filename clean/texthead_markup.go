package clean

import "strings"

// markupLine reports whether a flattened line holds raw HTML: it opens
// with a tag that holds an attribute ("<div class=\"nav\">…", "<span
// style=…> module </span> main.py"), or holds a closing tag anywhere
// ("Importing from <font color=…>/home/user/code/</font>"). A scraper
// that let a page's markup through prints such lines; a headline holds
// no tag, and the line is no headline candidate ([notHeadlineLine],
// [notTextHeadline]) however its words score. A tag's name alone stays a
// headline's word ("<div> or <section>: which to use"), and a "<"
// before a number or a space ("< 5 minutes", "I <3 buses") opens no tag.
func markupLine(s string) bool {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return false
	}
	if i == 0 && opensTag(s) {
		if end := strings.IndexByte(s, '>'); strings.IndexByte(s[:end], '=') > 0 {
			return true // an attribute inside the opening tag
		}
	}
	// A closing tag needs a ">" after its name: the line's last ">" tells
	// for every "</" at once, so that a line of many "</x " and no ">"
	// is read in one pass, not searched to its end at each.
	last := strings.LastIndexByte(s, '>')
	for ; i >= 0 && i < last; i = byteAfter(s, '<', i) {
		if i+2 < len(s) && s[i+1] == '/' {
			if n := tagNameEnd(s[i+2:]); n >= 0 && i+2+n <= last {
				return true
			}
		}
	}
	return false
}

// byteAfter returns the index of the first c in s after index i, or -1.
func byteAfter(s string, c byte, i int) int {
	k := strings.IndexByte(s[i+1:], c)
	if k < 0 {
		return -1
	}
	return i + 1 + k
}

// maxTagName bounds the bytes of a tag's name opensTag reads.
const maxTagName = 16

// opensTag reports whether s opens with a tag's name (after its "<" or
// "</"): an ASCII letter, then letters, digits and hyphens, then a space,
// "/" or ">", with a ">" after it.
func opensTag(s string) bool {
	if s != "" && s[0] == '<' {
		s = s[1:]
	}
	n := tagNameEnd(s)
	return n >= 0 && strings.IndexByte(s[n:], '>') >= 0
}

// tagNameEnd returns the index of the byte after the tag's name s opens
// with (an ASCII letter, then at most maxTagName letters, digits and
// hyphens), a space, "/" or ">", or -1 when s opens with no such name.
func tagNameEnd(s string) int {
	if s == "" || !isASCIILetter(s[0]) {
		return -1
	}
	for i := 1; i < len(s) && i <= maxTagName; i++ {
		switch c := s[i]; {
		case isASCIILetter(c) || c >= '0' && c <= '9' || c == '-':
			continue
		case c == ' ' || c == '/' || c == '>':
			return i
		default:
			return -1
		}
	}
	return -1
}
