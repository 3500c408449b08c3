package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/uchar"
)

// segmentText splits flattened text into one block per non-blank line,
// keeping line numbers and the column where the trimmed text starts. The
// scraper header at the very start is split off into a block of its own.
func segmentText(src string) []Block {
	// Estimate the non-blank lines (newlines less blank-line pairs), so the
	// slice rarely grows; the input's size bounds the estimate. The room
	// past it takes the blocks the stages cut off (see flushCuts), with
	// the rest of the allocation's size class (slices.Grow rounds the
	// capacity up to it, make does not).
	n := strings.Count(src, "\n") + 1 - strings.Count(src, "\n\n")
	blocks := slices.Grow([]Block(nil), min(max(n, 1), len(src)/2+2)+cutRoom)
	line := 0
	for len(src) > 0 || line == 0 {
		line++
		raw := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			raw, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line == 1 {
			if st, cut, ok := dateparse.ScraperHeader(raw); ok {
				blocks = append(blocks, Block{Text: strings.TrimSpace(raw[:cut]), Line: 1, Col: leadingSpace(raw), Kind: ScrapeHeader, Rule: "generic/scrape-header", Stamp: stampOf(st)})
				col := cut
				raw = raw[cut:]
				text, off := trim(raw)
				if text != "" {
					blocks = append(blocks, Block{Text: text, Line: 1, Col: col + off})
				}
				continue
			}
		}
		if text, off := trim(raw); text != "" {
			blocks = append(blocks, Block{Text: text, Line: line, Col: off})
		}
	}
	return blocks
}

// trim strips white space (including no-break spaces and a carriage return)
// from both ends of s and returns the byte offset where the result starts.
func trim(s string) (string, int) {
	t := trimLeftEdge(s)
	return trimRightEdge(t), len(s) - len(t)
}

func leadingSpace(s string) int { return len(s) - len(trimLeftEdge(s)) }

// trimLeftEdge strips from the start of s what the normaliser removes at a
// line's start: white space and invisible characters (isSpace), and
// joiner-like characters (direction marks, zero-width joiners) unless the
// first character after them needs them (Arabic, Indic, an emoji). The
// detectors then read a line as the output prints it: "‎Share" is
// "Share" to both passes over a page.
func trimLeftEdge(s string) string {
	if s != "" && printableASCII(s[0]) {
		return s // most lines: nothing to trim (see TestPrintableASCIIKept)
	}
	for {
		s = strings.TrimLeftFunc(s, isSpace)
		j := 0
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !uchar.IsJoinerLike(r) && !isInvisible(r) {
				break
			}
			j += n
		}
		next := rune(-1)
		if j < len(s) {
			next, _ = utf8.DecodeRuneInString(s[j:])
		}
		if j == 0 || uchar.KeepsJoiner('\n', next) {
			return s
		}
		s = s[j:]
	}
}

// trimRightEdge is trimLeftEdge at the end of s: a run of joiner-like
// characters there goes unless the character before it needs it.
func trimRightEdge(s string) string {
	if s != "" && printableASCII(s[len(s)-1]) {
		return s
	}
	for {
		s = strings.TrimRightFunc(s, isSpace)
		j := len(s)
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !uchar.IsJoinerLike(r) && !isInvisible(r) {
				break
			}
			j -= n
		}
		if j == len(s) || uchar.KeepsJoiner(joinerPrev(s[:j]), -1) {
			return s
		}
		s = s[:j]
	}
}

// printableASCII reports whether b is a visible ASCII character (0x21 to
// 0x7E): no space, invisible or joiner-like character, so a line that
// begins (ends) with one has nothing to trim at that edge.
func printableASCII(b byte) bool { return 0x21 <= b && b <= 0x7E }

// isSpace is unicode.IsSpace plus the invisible characters the normaliser
// removes (zero-width space, BOM, word joiner, soft hyphen), which scraped
// text carries at line edges: a line opening with a soft hyphen is read
// without it, as the output prints it. An ASCII rune is one of them when
// it is a space or below it (white space or a C0 control), which the
// first test answers for most calls (see TestIsSpaceASCII). It differs
// on purpose from spaceAt (whitespace.go), which keeps to unicode.IsSpace
// for the scans that cut words as strings.Fields does: keep the two apart.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' '
	}
	return unicode.IsSpace(r) || isInvisible(r)
}
