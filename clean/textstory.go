package clean

import (
	"github.com/newsclean/newsclean/internal/blockfeat"
)

// minThreadStamps is how many comment stamps, each within maxStampGap
// blocks of the last, make a thread of readers' comments on text.
const minThreadStamps = 3

// maxStampGap is the most blocks between two stamps of one comment thread:
// a commenter's name, the stamp, a comment of a few paragraphs, "Reply".
const maxStampGap = 12

// minStoryWords is the least kept prose, in words, above a comment thread:
// a forum thread's first post or a listing's blurb is often shorter (on
// WCXB's train split, 150 left out a blog post of 143 words with its
// thread; 100 took two more forum pages, one better and one worse).
const minStoryWords = 100

// dropCommentTail drops, on flattened text, a thread of readers' comments
// the story detector keeps below the story: each comment's name line,
// stamp and paragraphs read as prose to it, and on text no element names
// them. A thread is a run of at least minThreadStamps comment stamps (a
// date with a time, "December 18, 2025, 9:46 pm", or "3 hours ago"), each
// within maxStampGap blocks of the last (farStampGap, past a long comment,
// once the run has its stamps and a count of comments heads it:
// countAbove), that starts after the story's
// first kept prose block and has at least as much kept prose before it as
// after it. Everything kept from the line that opens the thread (a
// "12 comments on ..." line or the first commenter's name just above the
// first stamp) to the last comment's end is labelled as comments (rule
// "generic/comments", so that a caller who asks for comments gets them
// back). Live blogs stamp their entries with a time alone, which is not a
// comment stamp here.
func (p *Page) dropCommentTail(drop []bool, shapes []blockfeat.Shape) {
	firstProse := p.firstKeptProse(drop, shapes)
	if firstProse < 0 {
		return
	}
	start, end := -1, -1 // the run's first and last stamp
	n, maxGap := 0, 0
	for i := firstProse + 1; i < len(p.blocks); i++ {
		if !isCommentStamp(p.blocks[i].Text, shapes[i]) {
			continue
		}
		if start >= 0 && (i-end <= maxStampGap || i-end <= farStampGap && n >= minThreadStamps && p.countAbove(start, firstProse)) {
			maxGap = max(maxGap, i-end)
			end = i
			n++
			continue
		}
		if n >= minThreadStamps {
			break
		}
		start, end, n, maxGap = i, i, 1, 0
	}
	if n < minThreadStamps {
		return
	}
	stop := min(len(p.blocks), end+maxGap) // the last comment's end
	from := p.threadHead(start, firstProse, shapes)
	before, after := p.keptProseAround(drop, shapes, from, stop)
	if before < minStoryWords || before < after {
		return // a forum's first post, dated headlines, or a run above the story
	}
	for i := from; i < stop; i++ {
		if !drop[i] && p.labelAs(i, Other, commentsRule) {
			drop[i] = true
		}
	}
}

// firstKeptProse returns the first block the story detector keeps that
// reads as prose, or -1: where a thread below the story may start.
func (p *Page) firstKeptProse(drop []bool, shapes []blockfeat.Shape) int {
	for i := range p.blocks {
		if p.keptText(i, drop) && shapes[i].IsProse() {
			return i
		}
	}
	return -1
}

// keptProseAround returns the words of the kept prose blocks above block
// from and from block stop down: a thread's story above it against what
// follows it.
func (p *Page) keptProseAround(drop []bool, shapes []blockfeat.Shape, from, stop int) (before, after int) {
	for i := range p.blocks {
		if !p.keptText(i, drop) || !shapes[i].IsProse() {
			continue
		}
		if i < from {
			before += shapes[i].Words
		} else if i >= stop {
			after += shapes[i].Words
		}
	}
	return before, after
}

// commentsRule is the rule of the blocks labelled as readers' comments.
const commentsRule = "generic/comments"

// threadHead returns where the thread whose first stamp is block start
// begins: at a "12 comments on ..." line within three blocks above it, or
// at the first commenter's name (a short line that is not a sentence) just
// above it, and never at or above the story's first prose block.
func (p *Page) threadHead(start, firstProse int, shapes []blockfeat.Shape) int {
	for i := start - 1; i > firstProse && i >= start-3; i-- {
		if t := p.blocks[i].Text; t != "" && isDigit(t[0]) && threadOpener.MatchString(t) {
			return i
		}
	}
	if i := start - 1; i > firstProse && shapes[i].Words <= 4 && !shapes[i].SentEnd && shapes[i].Digits == 0 {
		return i
	}
	return start
}

// isCommentStamp reports whether a short line dates a reader's comment: a
// full date with a time of day ("July 31, 2018 at 2:41 pm", "on Friday
// December 19, 2025 @08:08PM (#65870295)"), or a time ago ("3 hours ago");
// the commenter's name may be glued to the date, as a blog's comment list
// flattens them ("AmySeptember 11, 2008 at 2:06 PM", "Joyce MossApril 29,
// 2011 at 1:13 PM", "Marie12 décembre 2025 à 14:05").
func isCommentStamp(s string, sh blockfeat.Shape) bool {
	if sh.Words > 14 || sh.Runes > 80 || sh.Digits == 0 {
		return false
	}
	if sh.Ago {
		return sh.Words <= 6
	}
	if !sh.Clock {
		return false
	}
	if _, _, ok := findDateStamp(s); ok {
		return true
	}
	for at, words := 1, 0; at < len(s) && words < 4; at++ {
		// each seam where a name's last letter meets the date's capital
		// or first digit ("AmySeptember", "Joyce MossApril", "Marie12"),
		// in the first four words
		switch c := s[at]; {
		case c == ' ':
			words++
		case (isUpperASCII(c) || isDigit(c)) && isLowerASCII(s[at-1]):
			if _, _, ok := findDateStamp(s[at:]); ok {
				return true
			}
		}
	}
	return false
}

// isUpperASCII reports whether c is an ASCII capital, A to Z: the first
// letter of a date's month glued to a name (isCommentStamp).
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// isLowerASCII reports whether c is an ASCII small letter, a to z: the
// last letter of a name glued to a date (isCommentStamp).
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
