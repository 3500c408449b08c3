package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// titleLookDown is how many blocks under a headline-shaped line are searched
// for a paragraph that opens with it.
const titleLookDown = 2

// splitTitleRepeat finds a paragraph near the top of the page that opens
// with the line above it, the title printed again and glued to the lede
// ("Armenian wrestlers win two gold medals Two Armenian wrestlers won ..."),
// as some sites' teaser markup flattens. The copy of the title is split off
// and labelled a title repeat, and the headline above it the title. When
// what follows the copy only repeats a paragraph further down (the lede,
// often cut mid-sentence), it is labelled a repeat too, so that the story
// is looked for where it really starts (below the section and date lines
// the repeat would otherwise bury in the body).
//
// The copy must be followed by a new sentence (a capital, a digit or a
// quotation mark), so a paragraph that merely starts with the title's
// words ("Ministers meet in Tbilisi to discuss ...") is left alone.
// The headline must have a letter: a line of figures ("0 0 0") is left out
// as a line without words when its copy is not there to vouch for it, as
// on a second pass over the text output, which prints the title alone.
func (p *Page) splitTitleRepeat() {
	for i := 0; i < len(p.blocks) && i < maxHead; i++ {
		if !p.free(i) {
			continue
		}
		title := p.blocks[i].Text
		if p.proseAt(i) {
			return // the story has started
		}
		// The glued copy first: a prefix test on the next blocks, where
		// the headline's shape reads every rune of it.
		j, n := p.gluedRepeat(i)
		if j < 0 || !isTitle(title) || wordCount(title) < 3 || !hasLetter(title) {
			continue // a line without letters is no headline ("0 0 0": generic/no-words)
		}
		if _, _, ok := dateparse.DateLine(title); ok {
			continue // a date line, the dates stage's ("4.1.2024" over "4.1.2024 10:15")
		}
		rest := n
		for rest < len(p.blocks[j].Text) && p.blocks[j].Text[rest] == ' ' {
			rest++
		}
		p.split(j, n, rest)
		p.labelAs(i, Title, "generic/title")
		traceTitle(p, "repeat", i)
		p.labelAs(j, Title, "generic/duplicate")
		if p.repeatedBelow(j + 1) {
			p.labelAs(j+1, Other, "generic/duplicate")
		}
		return
	}
}

// gluedRepeat returns the block, within titleLookDown blocks under title
// block i with nothing free between, whose text is the title, white space
// and a new sentence that reads as prose ([gluedProse]), and the length of
// the title's copy in it ([gluedAt]); or -1. Where no headline is known
// yet, a word or two after the copy is a menu's next entry;
// settleTitleRepeat, which knows the headline, splits any copy.
func (p *Page) gluedRepeat(i int) (int, int) {
	title := p.blocks[i].Text
	for j := i + 1; j < len(p.blocks) && j <= i+titleLookDown; j++ {
		if !p.free(j) {
			continue
		}
		t := p.blocks[j].Text
		if n, ok := gluedAt(title, t); ok && gluedProse(t[n:]) {
			return j, n
		}
		return -1, 0
	}
	return -1, 0
}

// gluedTo reports whether text t is the title, white space and a new
// sentence (a capital, a digit or a quotation mark).
func gluedTo(title, t string) bool {
	if len(t) <= len(title)+1 || !strings.HasPrefix(t, title) || t[len(title)] != ' ' {
		return false
	}
	return opensSentence(t[len(title):])
}

// opensSentence reports whether s, after its leading spaces, opens with a
// capital, a digit or a quotation mark.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“«'‘", r)
}

// gluedAt is gluedTo that also reads the two as the article prints them
// ([printedForm]) and returns the length in t of the title's copy: a copy
// in another spelling of a name ("Talks in Nakhichevan" over "Talks in
// Nakhchivan The ministers ...") is one on a second pass over the text
// output, where both read "Nakhchivan" and the pass splits it off. The
// printed copy is taken as t's first words, as many as the title has.
func gluedAt(title, t string) (int, bool) {
	if gluedTo(title, t) {
		return len(title), true
	}
	// The test below wants t's first word to be the title's, or t's k-th
	// word its last: first, what that asks of t without counting words.
	first, last := edgeFields(title)
	if first == "" || first != firstField(t) && !strings.Contains(t, last) {
		return 0, false
	}
	k := countFields(title)
	if k < 3 {
		return 0, false // the stages' headlines have three words or more
	}
	n := wordsEnd(t, k)
	if n <= 0 || n >= len(t) || t[n] != ' ' || !opensSentence(t[n:]) {
		return 0, false
	}
	// A name's spelling changes a word, not the whole line: the copy
	// opens or ends with the title's word as found (a cheap test that
	// spares the normaliser the head's menu lines).
	tf, cf := strings.Fields(title), strings.Fields(t[:n])
	if tf[0] != cf[0] && tf[k-1] != cf[k-1] {
		return 0, false
	}
	pt, pc := printedForm(title), printedForm(t[:n])
	if pt == title && pc == t[:n] || pt != pc {
		return 0, false
	}
	return n, true
}

// countFields is len(strings.Fields(s)), without the slice.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		sp, size := spaceAt(s, i)
		if !in && !sp {
			n++
		}
		in, i = !sp, i+size
	}
	return n
}

// edgeFields returns the first and the last of s's white-space separated
// words (strings.Fields' first and last); "" and "" when it has none.
func edgeFields(s string) (first, last string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	first, last = firstField(s), s
	if i, size := lastSpace(s); i >= 0 {
		last = s[i+size:]
	}
	return first, last
}

// lastSpace returns where the last white-space rune of s starts
// (strings.LastIndexFunc(s, unicode.IsSpace)) and its size; -1 when s has
// none. It walks back byte by byte and asks spaceAt only at the bytes
// that start a rune: a space rune is a whole rune, found at its first
// byte.
func lastSpace(s string) (int, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if !utf8.RuneStart(s[i]) {
			continue
		}
		if sp, size := spaceAt(s, i); sp {
			return i, size
		}
	}
	return -1, 0
}

// firstField returns the first of s's white-space separated words, "" when
// it has none.
func firstField(s string) string {
	from, i := -1, 0
	for i < len(s) {
		sp, size := spaceAt(s, i)
		if from < 0 && !sp {
			from = i
		} else if from >= 0 && sp {
			return s[from:i]
		}
		i += size
	}
	if from < 0 {
		return ""
	}
	return s[from:]
}

// wordsEnd returns the byte offset in s just after its k-th word
// (white-space separated, after leading white space), or -1.
func wordsEnd(s string, k int) int {
	in := false
	for i := 0; i < len(s); {
		sp, size := spaceAt(s, i)
		if in && sp {
			if k--; k == 0 {
				return i
			}
		}
		in, i = !sp, i+size
	}
	if in && k == 1 {
		return len(s)
	}
	return -1
}

// repeatedBelow reports whether block k, at least 40 bytes long, is the
// start of a later free block: a paragraph printed twice, the first time
// perhaps cut short (and closed with a full stop or an ellipsis where it
// was cut).
func (p *Page) repeatedBelow(k int) bool {
	if k >= len(p.blocks) {
		return false
	}
	s := strings.TrimRight(collapse(p.blocks[k].Text), ".…")
	if len(s) < 40 {
		return false
	}
	for m := k + 1; m < len(p.blocks) && m <= k+maxHead; m++ {
		if p.free(m) && strings.HasPrefix(collapse(p.blocks[m].Text), s) {
			return true
		}
	}
	return false
}
