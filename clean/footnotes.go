package clean

import (
	"strings"
	"unicode"
)

// footnotesRule is the rule of the blocks labelled as a post's footnotes.
const footnotesRule = "generic/footnotes"

// backRef is the arrow a Markdown renderer (kramdown, Hugo's Goldmark,
// Python-Markdown, markdown-it) closes each footnote with, a link back to
// where the note is called ("↩", often with the text variation selector,
// "↩︎").
const backRef = "↩"

// dropFootnotes drops, on either path, the notes a post prints under its
// story, each closing with its link back to the story (backRef: "This was
// his favourite phrase. ↩"), and the heading right above the first of them
// ("Footnotes", "Notes:"; isNotesHeading). The story detector keeps them,
// prose as they are, and the benchmark's gold leaves them out: on WCXB's
// train split 39 such lines on 3 sites' articles (484 words), none a gold
// line. A lone line so closed counts only under such a heading: two or
// more make the list ("Press ↩ to confirm" holds the arrow inside the
// line, and stays). Labelled Other (rule "generic/footnotes").
func (p *Page) dropFootnotes(drop []bool) {
	first, n := -1, 0 // the first footnote kept and how many there are
	for i := range p.blocks {
		if !drop[i] && p.free(i) && isFootnote(p.blocks[i].Text) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if first < 0 {
		return
	}
	head := first - 1 // the notes' heading, when the line above is one
	if head < 0 || drop[head] || !p.free(head) || !isNotesHeading(p.blocks[head].Text) {
		head = -1
	}
	if n < 2 && head < 0 {
		return
	}
	if head >= 0 {
		p.labelAs(head, Other, footnotesRule)
		drop[head] = true
	}
	for i := first; i < len(p.blocks); i++ {
		if !drop[i] && p.free(i) && isFootnote(p.blocks[i].Text) {
			p.labelAs(i, Other, footnotesRule)
			drop[i] = true
		}
	}
}

// isFootnote reports whether a line is a footnote: words, then the
// back-reference arrow at its end, with only spaces, variation selectors
// and the numbers of further back-references ("↩ ↩2") after it. Only the
// line's last bytes are read.
func isFootnote(s string) bool {
	tail := s[max(0, len(s)-24):]
	if !strings.Contains(tail, backRef) {
		return false
	}
	body := strings.TrimRightFunc(s, func(r rune) bool {
		return r == '↩' || r == '\uFE0E' || r == '\uFE0F' || unicode.IsSpace(r) || unicode.IsDigit(r)
	})
	return strings.Contains(s[len(body):], backRef) && strings.IndexFunc(body, unicode.IsLetter) >= 0
}

// isNotesHeading reports whether a line is the heading of a post's notes:
// "Footnotes", "Notes", "Notes:", "Endnotes", as a Markdown renderer or a
// writer heads them ("References" heads a list the gold keeps: on WCXB's
// train articles, 7 times of 8).
func isNotesHeading(s string) bool {
	switch strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":"))) {
	case "footnotes", "footnote", "notes", "endnotes":
		return true
	}
	return false
}
