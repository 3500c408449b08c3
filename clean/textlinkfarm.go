package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// Limits of a site's template list (dropTemplateLists).
const (
	minFarmLines     = 20 // kept lines in a row
	farmOpenWords    = 3  // words every line opens with
	maxFarmLineWords = 12 // the longest line, in words
)

// dropTemplateLists labels, on flattened text, a run of at least
// minFarmLines kept lines in a row, each of more than farmOpenWords and at
// most maxFarmLineWords words, that all open with the same farmOpenWords
// words: a site's list of its pages made from one template ("Affordable Gym
// in 08004, Camden County, New Jersey", one line a town), which the story
// detector keeps as a list of the story's own. A story's run of lines that
// open alike is a table of contents or a list of steps or picks; on WCXB's
// train split (the text path's output on the pipeline cross-validation)
// such runs of 6 lines or more held 56 words of the gold on one page, in a
// run of 10, and 2,602 words it leaves out, in runs of 148 and 150 lines
// of one page.
func (p *Page) dropTemplateLists(drop []bool, shapes []blockfeat.Shape) {
	kept := p.keptLines(drop)
	open := func(k int) string {
		i := kept[k]
		if w := shapes[i].Words; w <= farmOpenWords || w > maxFarmLineWords {
			return ""
		}
		return openingWords(p.blocks[i].Text, farmOpenWords)
	}
	start, key := 0, ""
	for k := 0; k <= len(kept); k++ {
		o := ""
		if k < len(kept) {
			o = open(k)
		}
		if o != "" && o == key {
			continue
		}
		if key != "" && k-start >= minFarmLines {
			for j := start; j < k; j++ {
				if p.labelAs(kept[j], Nav, linksRule) {
					drop[kept[j]] = true
				}
			}
		}
		start, key = k, o
	}
}

// openingWords returns the start of s up to the end of its n-th word
// (words separated by spaces), or "" when s has fewer than n words.
func openingWords(s string, n int) string {
	i := 0
	for range n {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return ""
		}
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			i = len(s)
		} else {
			i += j
		}
	}
	return s[:i]
}
