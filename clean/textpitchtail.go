package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPitchTailSentences is how near a paragraph's end, in sentences, the
// first call of its closing pitch may stand.
const maxPitchTailSentences = 3

// maxPitchTailWords is the longest sentence, in words, that may follow a
// call in a closing pitch without being one ("It's free.", "Click here.").
const maxPitchTailWords = 12

// cutPitchTails takes, on flattened text, the site's pitch off the end of
// the lines the story detector kept: a call of callSentence ("Subscribe to
// our newsletter for more.", "Follow us on Telegram.", "Have a tip? Email
// tips@harbour.example.") standing among a line's last three sentences,
// with only calls or short sentences after it, and the short question
// that hooks it when one stands just before it. The pitch is cut from the
// line (labelled Subscribe, rule "model/text-call-sentence", so it lands in
// the removed list), the story's sentences before it stay. A line that is
// the pitch alone, at most maxPitchWords words, is labelled whole. The
// story's own sentences about a newsletter or an app do not open with the
// call, and stay. A kept line of a consent box's table of cookies
// (isCookieTableLine) is labelled Cookie whole (rule "model/text-cookie").
func (p *Page) cutPitchTails() {
	var starts []int
	for i := range p.blocks {
		if !p.free(i) {
			continue
		}
		if isCookieTableLine(p.blocks[i].Text) {
			p.labelAs(i, Cookie, cookieLineRule)
			continue
		}
		starts = p.cutPitchTail(i, "model/text-call-sentence", starts)
	}
	p.flushCuts()
}

// cutPitchTail takes the closing pitch (pitchStart) off block i: the
// block is labelled Subscribe under rule when it is the pitch alone, else
// the pitch is cut into a block of its own, so labelled, queued for
// flushCuts. starts is a buffer for the block's sentence starts, returned
// for the next call.
func (p *Page) cutPitchTail(i int, rule string, starts []int) []int {
	text := p.blocks[i].Text
	if len(text) < 12 {
		return starts
	}
	starts = tailSentenceStarts(starts[:0], text)
	switch at := pitchStart(text, starts); {
	case at < 0:
	case at == 0:
		p.labelAs(i, Subscribe, rule)
	default:
		end := p.cut(i, trimSpaceEnd(text, at), at)
		end.Kind, end.Rule = Subscribe, rule
	}
	return starts
}

// pitchStart returns where the closing pitch of text starts, or -1 when
// it has none: the first of the calls (isCallSentence; not a story's
// report of someone's words, isSaying) among its last
// maxPitchTailSentences sentences (text's sentences start at starts)
// after which only calls or short sentences follow, with the short
// question that hooks it when one stands just before it; none when the
// pitch is longer than maxPitchWords words.
func pitchStart(text string, starts []int) int {
	from := len(starts)
	for k := len(starts) - 1; k >= 0 && k >= len(starts)-maxPitchTailSentences; k-- {
		if sk := sentenceAt(text, starts, k); isCallSentence(sk) && !isSaying(sk) {
			from = k
		} else if moreWordsThan(sentenceAt(text, starts, k), maxPitchTailWords) {
			break // a sentence of the story's
		}
	}
	if from == len(starts) {
		return -1
	}
	if from > 0 && isPitchHook(sentenceAt(text, starts, from-1)) {
		from-- // "Do you own an EV? Join our community ..."
	}
	if at := starts[from]; !moreWordsThan(text[at:], maxPitchWords) {
		return at
	}
	return -1
}

// maxPitchHookWords is the longest question, in words, read as the hook of
// the call after it.
const maxPitchHookWords = 8

// isPitchHook reports whether sentence s is a short question, the hook a
// pitch opens with ("Do you own an EV?", "Like this story?").
func isPitchHook(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "?") && !moreWordsThan(s, maxPitchHookWords)
}

// sentenceAt returns sentence k of text, whose sentences start at starts.
func sentenceAt(text string, starts []int, k int) string {
	if k+1 < len(starts) {
		return text[starts[k]:starts[k+1]]
	}
	return text[starts[k]:]
}

// trimSpaceEnd returns the end of text[:at] without its trailing spaces.
func trimSpaceEnd(text string, at int) int {
	for at > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:at])
		if !unicode.IsSpace(r) {
			break
		}
		at -= size
	}
	return at
}

// sentenceStarts appends to dst the byte offsets at which the sentences
// of s start: 0, then each place after a full stop, "!", "?" or "…"
// (with the closing quotes and brackets after it) and white space where
// the next letter is not a lower-case one. An abbreviation may start a
// sentence too early; that costs a callSentence test, no more.
func sentenceStarts(dst []int, s string) []int {
	dst = append(dst, 0)
	for i := 0; i < len(s); {
		i = nextSentenceEndByte(s, i)
		if i == len(s) {
			break
		}
		if s[i] != 0xE2 {
			i++
		} else if strings.HasPrefix(s[i:], "…") {
			i += len("…")
		} else {
			i++
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r != '.' && r != '!' && r != '?' && r != '"' && r != '\'' && r != ')' && r != ']' && r != '”' && r != '’' && r != '»' {
				break
			}
			j += size
		}
		k := j
		for k < len(s) {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsSpace(r) {
				break
			}
			k += size
		}
		if k == j || k == len(s) {
			i = j
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsLower(r) {
			dst = append(dst, k)
		}
		i = k
	}
	return dst
}

// sentenceEndByte marks the bytes a sentence's end opens with: a full
// stop, "!", "?", and the first byte of "…".
var sentenceEndByte = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// moreWordsThan reports whether s has more than n words, runs of runes
// between white space; it reads s only as far as word n+1, or the eight
// bytes that hold it. Eight ASCII bytes are read at once
// (asciiRunStarts); a rune outside ASCII one at a time.
func moreWordsThan(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load8(s[i:]); x&highs == 0 {
				k, last := asciiRunStarts(x, in)
				if words += k; words > n {
					return true
				}
				in = last
				i += 8
				continue
			}
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r == ' ' || r < utf8.RuneSelf && '\t' <= r && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			in = false
		} else if !in {
			if in, words = true, words+1; words > n {
				return true
			}
		}
	}
	return false
}

// maxPitchTailBytes is how much of a line's end cutPitchTails reads for
// its sentences: a pitch of maxPitchWords words and its hook fit in it,
// and a long line costs no more than a short one.
const maxPitchTailBytes = 1200

// tailSentenceStarts appends to dst the starts of the sentences of text
// (sentenceStarts) that lie in its last maxPitchTailBytes bytes; 0 is
// among them only when the whole line fits.
func tailSentenceStarts(dst []int, text string) []int {
	base := max(0, len(text)-maxPitchTailBytes)
	for base > 0 && !utf8.RuneStart(text[base]) {
		base++
	}
	dst = sentenceStarts(dst, text[base:])
	if base == 0 {
		return dst
	}
	dst = dst[:copy(dst, dst[1:])] // the window's start is inside a sentence
	for k := range dst {
		dst[k] += base
	}
	return dst
}
