package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/uchar"
)

// minMarkedComments is how many comments make a thread on text when the
// page marks it as one (dropMarkedThread): two, where a thread read from
// its stamps or author lines alone needs minThreadStamps.
const minMarkedComments = 2

// maxReplyLead is the most blocks between a comment's "Reply" button and
// the next comment's name line: a "Share" link, a count of its replies
// ("3 replies by Jane Doe and others").
const maxReplyLead = 3

// maxMarkGap is the most blocks between a thread's mark and the thread: a
// heading above its first comment ("2 Comments", "Discussion about this
// post"), or a comment form's head below its last ("Leave a Reply").
const maxMarkGap = 3

// markedComment is one comment of a thread dropMarkedThread reads: the
// block its head starts at (the commenter's name), its stamp or author
// line, and its "Reply" button (-1 until found).
type markedComment struct{ from, at, reply int }

// dropMarkedThread drops, on flattened text, a thread of readers'
// comments too short for dropCommentTail and dropAuthorThread (two
// comments, where they need three), when the page itself marks it: the
// first comment of a thread stays in the story otherwise, and its date
// line can become the page's date. Two quoted speakers or an interview's
// questions and answers set names and dates over their words too; what
// tells a thread is all of
//
//   - each comment's shape: a head (the commenter's name on a short line
//     over a date, a date with a time or an age ("8d"), or an author line,
//     "Jane Doe says:"), its text, then its "Reply" button within
//     farStampGap blocks (a long comment), the next head at most
//     maxReplyLead blocks after that button; at least minMarkedComments
//     such comments in a row;
//   - the thread's mark: a heading that names comments within maxMarkGap
//     blocks above the first head ("2 Comments", "Comments (2)", "2
//     thoughts on “Title”", "Discussion about this post"), or a comment
//     form's head within maxMarkGap blocks below the last button ("Leave a
//     Reply");
//   - the story's end above it: the thread starts after the story's first
//     kept prose block, with at least minStoryWords of kept prose above it
//     and at least as much above it as below its last button.
//
// Everything kept from the heading (or the first name) to the last button
// is labelled as comments (commentsRule), the comments' dates with them.
func (p *Page) dropMarkedThread(drop []bool, shapes []blockfeat.Shape) {
	firstProse := p.firstKeptProse(drop, shapes)
	if firstProse < 0 || p.replyButtonsAfter(firstProse) < minMarkedComments {
		return // most pages: no thread's buttons to look for heads by
	}
	var run []markedComment
	var prose []int // kept prose words above each block, made when first needed
	for i := firstProse + 1; i < len(p.blocks); i++ {
		if isReplyButton(p.blocks[i].Text) {
			if n := len(run); n > 0 && run[n-1].reply < 0 && i > run[n-1].at+1 && i-run[n-1].at <= farStampGap {
				run[n-1].reply = i
			}
			continue
		}
		from, ok := p.commentHeadAt(i, firstProse, shapes)
		if !ok {
			continue
		}
		n := len(run)
		switch {
		case n > 0 && run[n-1].reply < 0 && from <= run[n-1].at+1:
			run[n-1].at = i // the date under an author line: the same comment's
		case n > 0 && run[n-1].reply >= 0 && from-run[n-1].reply <= maxReplyLead+1:
			run = append(run, markedComment{from, i, -1})
		default:
			if p.takeMarkedThread(run, firstProse, drop, shapes, &prose) {
				return
			}
			run = append(run[:0], markedComment{from, i, -1})
		}
	}
	p.takeMarkedThread(run, firstProse, drop, shapes, &prose)
}

// replyButtonsAfter counts the "Reply" buttons (isReplyButton) below block
// i, stopping at minMarkedComments: a thread needs that many.
func (p *Page) replyButtonsAfter(i int) int {
	n := 0
	for k := i + 1; k < len(p.blocks) && n < minMarkedComments; k++ {
		if isReplyButton(p.blocks[k].Text) {
			n++
		}
	}
	return n
}

// takeMarkedThread labels the comments of run as a thread when it is one
// (see dropMarkedThread) and reports whether it did. prose holds the kept
// prose words above each block once made (nil before): the story's
// weight above the thread and below it.
func (p *Page) takeMarkedThread(run []markedComment, firstProse int, drop []bool, shapes []blockfeat.Shape, prose *[]int) bool {
	done := 0 // the comments in a row that have their button
	for done < len(run) && run[done].reply >= 0 {
		done++
	}
	if done < minMarkedComments {
		return false
	}
	from, stop := run[0].from, run[done-1].reply+1
	heading := p.threadHeadingAbove(from, firstProse)
	if heading < 0 && !p.commentFormBelow(stop) {
		return false
	}
	if heading >= 0 {
		from = heading
	}
	if *prose == nil {
		*prose = p.keptProseAbove(drop, shapes)
	}
	before, after := (*prose)[from], (*prose)[len(p.blocks)]-(*prose)[stop]
	if before < minStoryWords || before < after {
		return false
	}
	for i := from; i < stop; i++ {
		if !drop[i] && p.labelAs(i, Other, commentsRule) {
			drop[i] = true
		}
	}
	return true
}

// keptProseAbove returns, for each block i and for len(blocks), the words
// of the kept prose blocks above it (as keptProseAround counts them), so
// that a thread's story above and below is read in constant time.
func (p *Page) keptProseAbove(drop []bool, shapes []blockfeat.Shape) []int {
	out := make([]int, len(p.blocks)+1)
	for i := range p.blocks {
		out[i+1] = out[i]
		if p.keptText(i, drop) && shapes[i].IsProse() {
			out[i+1] += shapes[i].Words
		}
	}
	return out
}

// commentHeadAt reports whether block i heads a comment, and the block
// the head starts at: an author line ("Jane Doe says:", commentAuthor)
// starts at itself; a comment's date (a date line, a date with a time, an
// age: isCommentStamp, isDateLine, isAgeStamp) starts at the commenter's
// name on the line above it (nameLine), below the story's first prose.
func (p *Page) commentHeadAt(i, firstProse int, shapes []blockfeat.Shape) (int, bool) {
	t, sh := p.blocks[i].Text, shapes[i]
	if sh.ColonEnd {
		_, ok := commentAuthor(t, sh)
		return i, ok
	}
	if sh.Digits == 0 || sh.Words > 14 || i-1 <= firstProse || !nameLine(p.blocks[i-1].Text, shapes[i-1]) {
		return 0, false
	}
	return i - 1, isAgeStamp(t) || isDateLine(t) || (sh.Clock || sh.Ago) && isCommentStamp(t, sh)
}

// commenterLine reports whether a line names a comment's writer over its
// stamp, as dropMarkedThread reads a comment's head: a name line
// (nameLine, "Jane Doe") or an author line (commentAuthor, "Jane Doe
// says:"). Package extract asks it of a date line's neighbour.
func commenterLine(s string) bool {
	sh := blockfeat.ShapeOf(s)
	if sh.ColonEnd {
		_, ok := commentAuthor(s, sh)
		return ok
	}
	return nameLine(s, sh)
}

// maxNameLineWords is the most words of the line that names a commenter
// over the comment's date ("Jane Doe", "Emily Davids on").
const maxNameLineWords = 5

// nameLine reports whether a line can be a commenter's name over the
// comment's date: a few words, no sentence, no colon at its end, and no
// button or heading of the thread.
func nameLine(s string, sh blockfeat.Shape) bool {
	return sh.Words >= 1 && sh.Words <= maxNameLineWords && sh.Runes <= 40 && !sh.SentEnd && !sh.ColonEnd &&
		!isReplyButton(s) && !isThreadHeading(s)
}

// isAgeStamp reports whether a line is only a comment's age as comment
// platforms print it under the name: one or two digits and a unit, "8d",
// "17h", "3w", "2mo", "1y".
func isAgeStamp(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	switch s[n:] {
	case "m", "h", "d", "w", "mo", "y":
		return true
	}
	return false
}

// replyButtons are the lines a comment's reply link leaves on flattened
// text: English, German, French, Spanish, Italian, Portuguese and Dutch,
// and Blogger's "ReplyDelete".
var replyButtons = [...]string{
	"reply", "reply ↓", "reply to this comment", "replydelete",
	"antworten", "répondre", "responder", "rispondi", "reageren", "beantwoorden",
}

// isReplyButton reports whether a line is only a comment's reply link
// (replyButtons), in any case.
func isReplyButton(s string) bool {
	if len(s) < len("reply") || len(s) > 2*len("reply to this comment") {
		return false
	}
	if c := s[0] | 0x20; c != 'r' && c != 'a' && c != 'b' && s[0] > ' ' {
		return false // each button opens with r, a or b, in either case
	}
	s = strings.TrimSpace(s)
	for _, b := range replyButtons {
		if len(s) == len(b) && strings.EqualFold(s, b) {
			return true
		}
	}
	return false
}

// threadHeadings are the headings a page sets over its readers' comments,
// lower-cased, with their count taken off ("2 Comments", "Comments (2)"):
// English, German, French, Spanish, Italian, Portuguese and Dutch.
var threadHeadings = map[string]bool{
	"comment": true, "comments": true, "response": true, "responses": true, "replies": true, "thoughts": true,
	"reactions": true, "discussion": true, "discussion about this post": true, "join the discussion": true,
	"join the conversation": true, "reader comments": true,
	"kommentar": true, "kommentare": true, "commentaire": true, "commentaires": true, "comentario": true,
	"comentarios": true, "commento": true, "commenti": true, "comentário": true, "comentários": true,
	"reactie": true, "reacties": true,
}

// commentForms are the heads of a comment form, lower-cased, that a page
// sets under its thread.
var commentForms = map[string]bool{
	"leave a reply": true, "leave a comment": true, "leave a reply cancel reply": true, "leave a replycancel reply": true,
	"post a comment": true, "add a comment": true, "schreibe einen kommentar": true, "laisser un commentaire": true,
	"deja un comentario": true, "lascia un commento": true, "deixe um comentário": true, "laat een reactie achter": true,
}

// isThreadHeading reports whether a short line heads a thread of comments:
// a threadHeadings heading with or without its count, or a count with the
// post's title ("2 thoughts on “Title”", threadOpener).
func isThreadHeading(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxOpenerLen {
		return false
	}
	if s != "" && isDigit(s[0]) && threadOpener.MatchString(s) {
		return true
	}
	s = strings.ToLower(s)
	if j := strings.IndexByte(s, ' '); j > 0 && uchar.AllASCIIDigits(s[:j]) {
		s = s[j+1:] // "2 comments"
	} else if j := strings.LastIndexByte(s, '('); j > 0 && strings.HasSuffix(s, ")") && uchar.AllASCIIDigits(s[j+1:len(s)-1]) {
		s = strings.TrimSpace(s[:j]) // "comments (2)"
	}
	return threadHeadings[strings.Trim(s, " :")]
}

// threadHeadingAbove returns the thread heading (isThreadHeading) within
// maxMarkGap blocks above block from and below the story's first prose
// block, the nearest, or -1.
func (p *Page) threadHeadingAbove(from, firstProse int) int {
	for i := from - 1; i > firstProse && i >= from-maxMarkGap; i-- {
		if isThreadHeading(p.blocks[i].Text) {
			return i
		}
	}
	return -1
}

// commentFormBelow reports whether a comment form's head (commentForms)
// stands within maxMarkGap blocks from block stop down.
func (p *Page) commentFormBelow(stop int) bool {
	for i := stop; i < len(p.blocks) && i < stop+maxMarkGap; i++ {
		if s := strings.TrimSpace(p.blocks[i].Text); len(s) <= 40 && commentForms[strings.ToLower(s)] {
			return true
		}
	}
	return false
}
