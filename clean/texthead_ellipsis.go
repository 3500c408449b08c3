package clean

import "strings"

// endsFullStop reports whether line t (trimmed) ends in a full stop, as a
// sentence does and a headline (under 1 in 100) does not: titleAbove
// passes over such a line. Closing quotes after the stop are the
// sentence's too ([quoteClosers]: 'He said "no."'); a closing bracket is
// not read past, as it more often closes an abbreviation ("(Up to 100
// Lbs.)", "(U.S.)") than a sentence.
// The CJK full stop "。" and the Devanagari danda "।" are full stops.
// Three full stops are an ellipsis, which a headline may end in ("Forty
// thousand in three weeks, and then..."), as it may in the one character
// "…"; after a comma or a fourth full stop ("diagnosed with the
// plague,...", "plague,…") either closes a sentence's copy cut short, a
// full stop all the same.
func endsFullStop(t string) bool {
	t = strings.TrimRight(t, quoteClosers)
	if strings.HasSuffix(t, "。") || strings.HasSuffix(t, "।") {
		return true
	}
	cut, ok := strings.CutSuffix(t, "...")
	if !ok {
		cut, ok = strings.CutSuffix(t, "…")
	}
	if !ok {
		return strings.HasSuffix(t, ".")
	}
	return strings.HasSuffix(cut, ",") || strings.HasSuffix(cut, ".")
}

// dotsUnderHeadline returns titleAbove's candidates cands (closest to the
// story first) without the first when it ends in three full stops and
// goes on from a paragraph of prose right over it, or a headline stands
// over it: a headline-shaped line that ends in no ellipsis and is no menu
// row, site's name or teaser ([Page.noHeadlineOver]). A line so ended
// closest over the story is as often the story's first line cut short or
// a forum post's opening ("This has bothered me for so long...") under
// the question as a headline of its own.
func (p *Page) dotsUnderHeadline(cands []int) []int {
	if len(cands) == 0 || !strings.HasSuffix(strings.TrimSpace(p.blocks[cands[0]].Text), "...") {
		return cands
	}
	if c := cands[0]; c > 0 && isProse(p.blocks[c-1].Text) {
		return cands[1:]
	}
	if len(cands) < 2 {
		return cands
	}
	up := cands[1]
	if s := strings.TrimSpace(p.blocks[up].Text); cutTeaser(s) || menuRow(s) || p.noHeadlineOver(up, cands[0]) {
		return cands
	}
	return cands[1:]
}

// quoteClosers are the closing quotes a sentence may end in after its
// full stop: [sentenceClosers] without the brackets.
const quoteClosers = "\"'”’“‘»«›‹」』"
