package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// joinsTitle reports whether block i, the headline's lower-case tail
// (clean.TitleTailRule) right under the title's block, is the headline's
// second line, where the flattener broke it: the title so far is words
// (not one name or domain) ending in no sentence's mark, the tail reads
// as a headline's words (headlineTail), and the line under the tail does
// not go on with it in lower case (three such lines are a hard-wrapped
// paragraph, not a headline).
func (as *assembler) joinsTitle(i int, b *clean.Block) bool {
	if b.Rule != clean.TitleTailRule || i == 0 || as.placed[i-1] != "title" {
		return false
	}
	t := as.a.Title
	if !strings.Contains(strings.TrimSpace(t), " ") || endsSentence(t) || !headlineTail(b.Text) {
		return false
	}
	if bs := as.res.Blocks; i+1 < len(bs) && bs[i+1].Line == b.Line+1 {
		r, _ := utf8.DecodeRuneInString(bs[i+1].Text)
		return !unicode.IsLower(r)
	}
	return true
}

// minTailWords is the fewest words of a headline's second line that
// joins the title: shorter lower-case lines under a headline are as often
// a date line ("an hour ago") or a byline ("di Redazione").
const minTailWords = 4

// headlineTail reports whether line s, under the headline in lower case,
// reads as the rest of the headline: minTailWords words or more and no
// figure (a relative date, "vor 3 Stunden", or a user's name, holds one).
func headlineTail(s string) bool {
	return len(strings.Fields(s)) >= minTailWords && !strings.ContainsAny(s, "0123456789")
}
