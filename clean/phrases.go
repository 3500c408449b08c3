package clean

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// maxPhrase is the longest line looked up in phrases.
const maxPhrase = 80

// phrases are whole lines of page furniture, by kind (words/phrases.txt).
var phrases = mustWordList("words/phrases.txt")

// phraseEdges rejects most lines before they are looked up in phrases.
var phraseEdges = newFoldEdges(phrases)

// Line patterns of page furniture. Each applies to lines of at most 200
// bytes that open with one of its starts (compared without case), or, for a
// pattern with no starts, that contain its has.
var phrasePatterns = []struct {
	kind   Kind
	starts []string
	has    string
	re     *lazyRegexp
	may    func(string) bool // a certain cheap test before re, or nil
}{
	{Subscribe, []string{"subscribe", "sign", "follow", "join"}, "", lazyCompile(`(?i)^(?:subscribe|sign up|signup|follow|join)\b.{0,60}\b(?:channel|telegram|twitter|facebook|instagram|youtube|whatsapp|newsletter|page|us|today|member|updates)\b.{0,60}$`), nil},
	{Subscribe, []string{"become", "support", "donate"}, "", lazyCompile(`(?i)^(?:become an? .{1,40}(?:member|supporter|subscriber)|support us|donate)\b.{0,60}$`), nil},
	{CommentPrompt, digits, "", lazyCompile(`(?i)^\d+ comments?$`), nil},
	{Metadata, append([]string{"view", "read"}, digits...), "", lazyCompile(`(?i)^(?:views?:? ?\d[\d ,.]*|\d[\d ,.]* views?|read: ?\d+)$`), mayBeViewCount},
	{Share, []string{"+"}, "", lazyCompile(`^\+ ?↺ ?[−-] ?\d+ ?px$`), nil},
	{Share, []string{"click to", "share on", "share to", "share via"}, "", lazyCompile(`(?i)^(?:click to (?:share|email|print|tweet)|share (?:on|to|via)) .{0,60}$`), nil},
	{Cookie, nil, "ookies", lazyCompile(`(?i)\b(?:this (?:web)?site uses cookies|we use cookies)\b`), nil},
	{Signoff, []string{"-0", "-"}, "", lazyCompile(`^-0[-–—]$|^-\d{2}[A-Z]-$`), nil},
	{Signoff, []string{"editing"}, "", lazyCompile(`(?i)^editing (?:and translating )?by \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}\.?$`), nil},
}

var digits = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// phrasesByFirst lists, for each first byte of a line (ASCII letters in
// lower case), the phrasePatterns with a start that begins with it, so that
// a line is tried only against the patterns it could open.
var phrasesByFirst = func() (idx [256][]int) {
	for i, pp := range phrasePatterns {
		for _, st := range pp.starts {
			c := lowerASCII(st[0])
			if !slices.Contains(idx[c], i) {
				idx[c] = append(idx[c], i)
			}
			if u := st[0]; 'a' <= u && u <= 'z' {
				u -= 'a' - 'A'
				if !slices.Contains(idx[u], i) {
					idx[u] = append(idx[u], i)
				}
			}
		}
	}
	return idx
}()

// lowerASCII lower-cases an ASCII capital; every other byte is returned
// as it is.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// startsFold reports whether s opens with one of the prefixes, ignoring case.
// A prefix whose first byte is ASCII and cannot fold to s's (also ASCII)
// is passed over without EqualFold's rune-by-rune compare (foldByteDiffers).
func startsFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && (p == "" || !foldByteDiffers(s[0], p[0])) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// foldByteDiffers reports whether runes opening with bytes a and b cannot
// be equal under simple case folding: both are ASCII and differ other
// than in the case of a letter. A byte past ASCII may open a rune that
// folds to an ASCII letter (the Kelvin sign to "k", the long s to "s"),
// so it is never ruled out.
func foldByteDiffers(a, b byte) bool {
	return a < utf8.RuneSelf && b < utf8.RuneSelf && lowerASCII(a) != lowerASCII(b)
}

// detectPhrases labels short lines of page furniture: comment prompts,
// share and font widgets, subscribe lines, counters, and lines with no words.
func (p *Page) detectPhrases() {
	for i := range p.blocks {
		p.phraseLine(i)
	}
	p.labelListFoot() // flattened text: a labelled list or tag row at the page's foot
}

// phraseLine labels block i, when it is free, as detectPhrases does.
func (p *Page) phraseLine(i int) {
	if !p.free(i) {
		return
	}
	t := p.blocks[i].Text
	if len(t) > 200 {
		return
	}
	if len(t) <= maxPhrase && !phraseEdges.rejects(t) {
		if k, ok := lookupKey(phrases, t); ok {
			p.labelAs(i, k, "generic/"+string(k))
			return
		}
	}
	for _, k := range phrasesByFirst[t[0]] {
		pp := phrasePatterns[k]
		if startsFold(t, pp.starts) && (pp.may == nil || pp.may(t)) && pp.re.MatchString(t) && !saysOwnWords(pp.kind, t) {
			p.labelAs(i, pp.kind, "generic/"+string(pp.kind))
			break
		}
	}
	for _, pp := range phrasePatterns {
		if pp.starts == nil && p.free(i) && strings.Contains(t, pp.has) && pp.re.MatchString(t) && !saysOwnWords(pp.kind, t) {
			p.labelAs(i, pp.kind, "generic/"+string(pp.kind))
		}
	}
	if p.free(i) && isCommentLine(t) {
		p.labelAs(i, CommentPrompt, "generic/comment-prompt") // a count or prompt in another language
	}
	if p.free(i) && !hasLetter(t) && len(t) <= 40 && !isStamp(t) && !p.ownDateLine(t) && !isTableCell(p.blocks[i]) && !solarNumericAlone(t) {
		// Rules, counters, exchange rates, temperatures: "---", "381.14", "-6".
		// A table's cell is left to the stages that judge the table, a
		// solar Hijri date in Persian digits to the dates stage.
		p.labelAs(i, Other, "generic/no-words")
	}
}

// saysOwnWords reports whether line t, matched by a phrase pattern of
// kind, is a story's report of someone's words (isSaying) where the
// pattern reads the site's own: a call to subscribe or a notice of
// cookies (“We use cookies as a treat,” the trainer said).
func saysOwnWords(kind Kind, t string) bool {
	return (kind == Subscribe || kind == Cookie) && isSaying(t)
}

// isTableCell reports whether b is the text of an HTML table cell, where
// figures without words are the table's content.
func isTableCell(b Block) bool {
	return b.HTML != nil && (b.HTML.Tag == "td" || b.HTML.Tag == "th")
}

// ownDateLine reports whether one of the outlet rule's date patterns matches
// all of t: a date line in the outlet's own form ("12.06.2025 / 16:40"),
// which the dates stage reads, not a line without words to remove.
func (p *Page) ownDateLine(t string) bool {
	if p.own == nil {
		return false
	}
	for _, re := range p.own.dates {
		if m := re.FindStringIndex(t); m != nil && m[0] == 0 && m[1] == len(t) {
			return true
		}
	}
	return false
}
