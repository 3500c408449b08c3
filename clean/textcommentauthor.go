package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// maxCommentAuthorWords is the longest line, in words, read as a comment's
// author line ("Jane Doe says:", "by jdoe ( 1234567 ) writes:").
const maxCommentAuthorWords = 8

// farStampGap is the most blocks between two author lines of a thread
// once it has its minThreadStamps lines and minThreadAuthors names, or
// between two stamps of a thread a count of comments heads
// (dropCommentTail): a long comment of many paragraphs.
const farStampGap = 40

// minThreadAuthors is how many different commenters the author lines of a
// thread name: an interview or a play sets two or three speakers' names
// over their words the same way ("SMITH says:"), a comment thread many.
const minThreadAuthors = 3

// commentVerbs are the verbs a comment template writes after the
// commenter's name, with the colon that ends the line, in the present
// tense: English, German, French, Spanish, Italian, Portuguese and Dutch.
// The past tense ("jdoe wrote:", "mer said:", "schrieb:", "a dit :")
// heads a quote inside a forum's post, whose replies are the page's
// content.
var commentVerbs = [...]string{
	" says:", " writes:",
	" sagt:", " schreibt:",
	" dit :", " dit:",
	" dice:", " escribe:",
	" scrive:",
	" diz:", " escreve:",
	" zegt:", " schrijft:",
}

// commentAuthor returns the commenter a short line names when the line is
// a comment template's author line: the name, then one of commentVerbs at
// the line's end ("Kathy Owen says:"); "by" before the name and a user's
// number in brackets after it are left out of the name ("by greytree (
// 7124971 ) writes:"). ok is false for any other line.
func commentAuthor(s string, sh blockfeat.Shape) (name string, ok bool) {
	if sh.Words > maxCommentAuthorWords || sh.Words < 2 || !sh.ColonEnd || sh.Sentences > 0 {
		return "", false
	}
	s = strings.TrimSpace(s)
	for _, v := range commentVerbs {
		if len(s) > len(v) && strings.EqualFold(s[len(s)-len(v):], v) {
			name = strings.TrimSpace(s[:len(s)-len(v)])
			if strings.HasSuffix(name, " a") {
				return "", false // French past tense: "Marie a dit :"
			}
			if len(name) > 3 && strings.EqualFold(name[:3], "by ") {
				name = strings.TrimSpace(name[3:])
			}
			if at := strings.IndexByte(name, '('); at > 0 && strings.HasSuffix(name, ")") {
				name = strings.TrimSpace(name[:at])
			}
			if !commenterShaped(name) {
				return "", false
			}
			return name, true
		}
	}
	return "", false
}

// maxCommenterWords is the most words of a commenter's name.
const maxCommenterWords = 4

// commenterShaped reports whether the words before a comment verb can be a
// commenter's name or handle: at most maxCommenterWords words, at least
// half of them capitalised when there are two or more ("shawn Hoffman",
// "greytree"), and not opening with an article or a pronoun ("The minister
// says:" is the story's).
func commenterShaped(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > maxCommenterWords || notNameOpeners[strings.ToLower(ws[0])] {
		return false
	}
	caps := 0
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return len(ws) == 1 || 2*caps >= len(ws)
}

// notNameOpeners are words that open a phrase rather than a name:
// articles, pronouns and question words of the languages of commentVerbs.
var notNameOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "he": true, "she": true, "it": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "what": true, "who": true, "here": true,
	"der": true, "die": true, "das": true, "er": true, "sie": true, "es": true,
	"le": true, "la": true, "les": true, "il": true, "elle": true,
	"el": true, "lo": true, "los": true, "las": true, "ella": true,
	"o": true, "os": true, "as": true, "ele": true,
	"de": true, "het": true, "hij": true, "zij": true,
}

// dropAuthorThread drops, on flattened text, a thread of readers' comments
// whose entries open with the commenter's name and a verb ("Kathy Owen
// says:", "by greytree ( 7124971 ) writes:") rather than with a date
// (dropCommentTail's stamps): a run of at least minThreadStamps such
// lines, each within maxStampGap blocks of the last, naming at least
// minThreadAuthors different commenters, that starts after the story's
// first kept prose block, with at least minStoryWords of kept prose above
// it and at least as much above it as below its end. Once a run has its
// lines and names, the next author line may come up to farStampGap blocks
// later (a long comment). Everything kept from the first author line to
// the last comment's end is labelled as comments (commentsRule), date
// lines and bylines left to their detectors.
func (p *Page) dropAuthorThread(drop []bool, shapes []blockfeat.Shape) {
	firstProse := p.firstKeptProse(drop, shapes)
	if firstProse < 0 {
		return
	}
	start, end, n, maxGap := -1, -1, 0, 0
	names := map[string]bool{}
	for i := firstProse + 1; i < len(p.blocks); i++ {
		name, ok := commentAuthor(p.blocks[i].Text, shapes[i])
		if !ok {
			continue
		}
		name = strings.ToLower(name)
		if start >= 0 && (i-end <= maxStampGap || i-end <= farStampGap && n >= minThreadStamps && len(names) >= minThreadAuthors) {
			maxGap = max(maxGap, i-end)
			end = i
			n++
			names[name] = true
			continue
		}
		if n >= minThreadStamps && len(names) >= minThreadAuthors {
			break
		}
		start, end, n, maxGap = i, i, 1, 0
		clear(names)
		names[name] = true
	}
	if n < minThreadStamps || len(names) < minThreadAuthors {
		return
	}
	stop := min(len(p.blocks), end+max(maxGap, 2)) // the last comment's end
	before, after := p.keptProseAround(drop, shapes, start, stop)
	if before < minStoryWords || before < after {
		return // a forum's first post, or speakers' lines inside the story
	}
	for i := start; i < stop; i++ {
		t := p.blocks[i].Text
		if !drop[i] && !isDateLine(t) && !isByline(t) && p.labelAs(i, Other, commentsRule) {
			drop[i] = true
		}
	}
}
