package clean

import (
	"strings"
)

// commentHeader matches the line that opens a reader's comment: a name, a
// date with a time, and "said:", "says:" or "wrote:" ("Anna on May 2, 2024 at
// 4:47 pm said:"). Both the time and the verb are required: a story's "Ilham
// Aliyev said:" has no time, and a byline with a time has no verb.
var commentHeader = lazyCompile(`(?i)^\p{L}[^\n]{0,60}?(?: on | at | \| | - )[^\n]{0,40}?\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:said|says|wrote):?$`)

// commentName matches a comment header split over two lines, the name with
// its verb ("joetoronto says:"), when the next line is a date with a time.
var commentName = lazyCompile(`(?i)^\S[^\n]{0,40}? (?:said|says|wrote):$`)

// threadOpener matches the line that heads a comment thread: "34 responses
// to “Title”", "12 comments on ...".
var threadOpener = guardedRegexp{mayOpenThread, lazyCompile(`(?i)^\d+ (?:responses?|comments?|replies|thoughts) (?:to|on)\b`)}

// minComments is how many comment headers make a comment thread.
const minComments = 2

// detectComments labels a thread of readers' comments: from the first of
// at least two comment headers to the next clutter that ends a story (or the
// end of the page), every free block is a comment, not the story.
func (p *Page) detectComments() {
	first, n, opener := -1, 0, -1
	for i, b := range p.blocks {
		if !p.free(i) || len(b.Text) > 140 {
			continue
		}
		if opener < 0 && isDigit(b.Text[0]) && threadOpener.MatchString(b.Text) {
			opener = i
		}
		if !endsWithVerb(b.Text) {
			continue // both header forms end "said:", "says:" or "wrote:"
		}
		if hasClock(b.Text) && commentHeader.MatchString(b.Text) || p.splitHeader(i) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	titled := -1
	if n < minComments {
		first = p.countedThread()
		if first < 0 {
			titled = p.titledThread()
			first = titled
		}
		if first < 0 {
			return
		}
	} else if opener >= 0 && opener < first {
		first = opener
	}
	for i := first; i < len(p.blocks); i++ {
		if i == titled {
			p.labelAs(i, Other, commentsRule) // the story detector may have labelled it already
			continue
		}
		if k := p.blocks[i].Kind; k == CommentPrompt {
			continue // a comment's "Reply" button is the thread's own
		} else if endsStory(k) {
			break
		}
		p.labelAs(i, Other, commentsRule)
	}
}

// splitHeader reports whether block i is a comment's name line followed by a
// line with the comment's date and time. The name line ends with a colon,
// tested before the expression: most lines lack it, and the expression
// costs tens of thousands of instructions on a paragraph.
func (p *Page) splitHeader(i int) bool {
	if t := p.blocks[i].Text; i+1 >= len(p.blocks) || !strings.HasSuffix(t, ":") || !commentName.MatchString(t) {
		return false
	}
	next := p.blocks[i+1].Text
	return len(next) <= 60 && hasClock(next) && isStamp(next)
}

// endsWithVerb reports whether s ends with "said", "says" or "wrote" and a
// colon, in any case.
func endsWithVerb(s string) bool {
	if len(s) < 6 || s[len(s)-1] != ':' {
		return false
	}
	w := s[len(s)-6 : len(s)-1]
	return strings.EqualFold(w[1:], "said") || strings.EqualFold(w[1:], "says") || strings.EqualFold(w, "wrote")
}

// hasClock reports whether s holds a time of day, "6:34".
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isCommentHeader reports whether a line opens a reader's comment ("Anna on
// May 2, 2024 at 4:47 pm said:") or a thread of them ("12 comments on ...").
// Package extract uses it to keep comments a caller asks for, whichever
// stage removed them.
func isCommentHeader(s string) bool {
	if len(s) == 0 || len(s) > 140 {
		return false
	}
	return isDigit(s[0]) && threadOpener.MatchString(s) ||
		endsWithVerb(s) && hasClock(s) && commentHeader.MatchString(s)
}

// commentCount matches a line that only counts a thread's comments, its
// heading ("10 comments:", "3 Responses", "Comments (12)").
var commentCount = guardedRegexp{mayBeCommentCount, lazyCompile(`(?i)^\W*(?:\d+ (?:comments?|responses?|replies|reactions)|comments? \(\d+\))\W*$`)}

// isCommentCount reports whether s only counts a thread's comments, its
// heading ("3 comments", "Comments (12)"; see commentCount).
func isCommentCount(s string) bool {
	return len(s) <= 40 && digitByteIn(s) && commentCount.MatchString(s)
}

// stampedLine matches a comment's header that gives no verb, only the
// commenter's name and a date with a year and a time ("AmySeptember 11,
// 2008 at 2:06 PM", "John Roe 03/05/2021 - 17:42").
var stampedLine = lazyCompile(`^\PN{0,50}?\b\d{1,2}(?:, |[/.-]\d{1,2}[/.-]|\.? )(?:\pL+\.? )?\d{4}\b.{0,12}?\b\d{1,2}:\d{2}\b|^\PN{0,50}?\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b.{0,12}?\b\d{1,2}:\d{2}\b`)

// maxHeaderWords is the longest comment header without a verb, in words.
const maxHeaderWords = 10

// countedThread returns the first block of a thread of comments that a
// count of them heads ("10 comments:", see commentCount) when one of the
// next three blocks is a comment's header with a date and time and no
// verb (see stampedLine) and at least minComments such headers follow
// the count, each after a block of its own (the comment's text); -1 when
// the page has none. A count near the title, above a story whose lines
// give times, is not followed by headers that give the year.
func (p *Page) countedThread() int {
	for i := range p.blocks {
		t := p.blocks[i].Text
		if !p.free(i) || len(t) > 40 || !digitByteIn(t) || !commentCount.MatchString(t) {
			continue
		}
		first := -1
		for j := i + 1; j < len(p.blocks) && j <= i+3; j++ {
			if p.stampedHeader(j) {
				first = j
				break
			}
		}
		if first < 0 {
			continue
		}
		// one count with a header under it: the page's thread or none
		n, last := 1, first
		for j := first + 1; j < len(p.blocks); j++ {
			if !p.stampedHeader(j) {
				continue
			}
			if j == last+1 {
				return -1 // dated lines one under another: a list, not comments
			}
			n, last = n+1, j
		}
		if n >= minComments {
			return i
		}
		return -1
	}
	return -1
}

// stampedHeader reports whether block i is free and reads as a comment's
// header without a verb (see stampedLine).
func (p *Page) stampedHeader(i int) bool {
	h := p.blocks[i].Text
	return p.free(i) && len(h) <= 140 && hasClock(h) && wordCount(h) <= maxHeaderWords && stampedLine.MatchString(h)
}
