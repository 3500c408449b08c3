package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/internal/dates"
)

// segmentText splits flattened text into one block per non-blank line,
// keeping line numbers and the column where the trimmed text starts. gaps[i]
// is the number of blank lines before block i. The scraper header at the very
// start is split off into a block of its own.
func segmentText(src string) (blocks []Block, gaps []int) {
	n := strings.Count(src, "\n") + 1
	if n > 1024 {
		n = 1024 // a capacity hint, not a limit
	}
	blocks = make([]Block, 0, n)
	gaps = make([]int, 0, n)
	line, gap := 0, 0
	for len(src) > 0 || line == 0 {
		line++
		raw := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			raw, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line == 1 {
			if _, cut, ok := dates.ScraperHeader(raw); ok {
				blocks = append(blocks, Block{Text: strings.TrimSpace(raw[:cut]), Line: 1, Col: leadingSpace(raw), Kind: ScrapeHeader, Rule: "generic/scrape-header"})
				gaps = append(gaps, 0)
				col := cut
				raw = raw[cut:]
				text, off := trim(raw)
				if text != "" {
					blocks = append(blocks, Block{Text: text, Line: 1, Col: col + off})
					gaps = append(gaps, 0)
				}
				continue
			}
		}
		text, off := trim(raw)
		if text == "" {
			gap++
			continue
		}
		blocks = append(blocks, Block{Text: text, Line: line, Col: off})
		gaps = append(gaps, gap)
		gap = 0
	}
	return blocks, gaps
}

// trim strips white space (including no-break spaces and a carriage return)
// from both ends of s and returns the byte offset where the result starts.
func trim(s string) (string, int) {
	t := strings.TrimLeftFunc(s, isSpace)
	off := len(s) - len(t)
	return strings.TrimRightFunc(t, isSpace), off
}

func leadingSpace(s string) int { return len(s) - len(strings.TrimLeftFunc(s, isSpace)) }

// isSpace is unicode.IsSpace plus the zero-width characters and the BOM that
// scraped text carries at line edges.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}
