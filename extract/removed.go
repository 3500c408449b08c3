package extract

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// mergeRemoved turns the removed blocks (indexes into blocks) into records,
// merging neighbours of the same kind and rule into one run. ruleOf gives the
// rule to record for a block where it is not the block's own. The indexes
// come nearly in order (a few are removed after the walk over the blocks),
// and are sorted only when out of order.
func mergeRemoved(blocks []clean.Block, idx []int, ruleOf map[int]string) []Removed {
	if len(idx) == 0 {
		return nil
	}
	if !slices.IsSorted(idx) {
		slices.Sort(idx)
	}
	rule := func(i int) string {
		if len(ruleOf) > 0 {
			if r, ok := ruleOf[i]; ok {
				return r
			}
		}
		return blocks[i].Rule
	}
	// joins reports whether idx[k] continues the run that opens at idx[start].
	joins := func(k, start int) bool {
		i, first := idx[k], idx[start]
		return i == idx[k-1]+1 && blocks[i].Kind == blocks[first].Kind && rule(i) == rule(first)
	}
	var out []Removed
	var text strings.Builder
	start := 0
	for k := 1; k <= len(idx); k++ {
		if k < len(idx) && joins(k, start) {
			continue
		}
		first, last := &blocks[idx[start]], &blocks[idx[k-1]]
		r := Removed{Kind: first.Kind, Rule: rule(idx[start]), Line: first.Line, Text: runText(blocks, idx[start:k], &text)}
		if last.Line != first.Line {
			r.EndLine = last.Line
		}
		out = append(out, r)
		start = k
	}
	return out
}

// runText is the text of a run of blocks (indexes into blocks, in order):
// one block's text as it is, no copy; several joined in one allocation,
// a line feed between blocks of different input lines and a space between
// blocks of one line (a line split in two, a title glued to a lede).
func runText(blocks []clean.Block, run []int, text *strings.Builder) string {
	if len(run) == 1 {
		return blocks[run[0]].Text
	}
	n := len(run) - 1
	for _, i := range run {
		n += len(blocks[i].Text)
	}
	text.Reset()
	text.Grow(n)
	for k, i := range run {
		if k > 0 {
			if blocks[i].Line == blocks[run[k-1]].Line {
				text.WriteByte(' ')
			} else {
				text.WriteByte('\n')
			}
		}
		text.WriteString(blocks[i].Text)
	}
	return text.String()
}

// Taken is a run of input taken into a field of the article other than the
// body: the lines that became its title, deck, kicker or section, the
// bylines its authors were read from, the date line its publish or update
// time was read from, its dateline, its pictures' captions and credits, and
// readers' comments (with Options.Comments). With the body and Removed it
// accounts for every input line: cmd/newsclean's -explain prints it.
type Taken struct {
	Field   string // "title", "deck", "kicker", "section", "authors", "published", "modified", "dateline", "images", "comments"
	Rule    string // the rule or detector that labelled the run's first block
	Line    int    // first input line (1-based); from HTML, the first block's number in page order
	EndLine int    // last input line (or block number), when the run spans several
	Text    string // the text as found, one input line per line
}

// takenRuns turns placed (the field each block went to) into Taken runs:
// the blocks of one field in a row make one run; the body's and removed
// blocks make none (the body is the article's text, removed blocks are in
// Removed). The runs are counted first, and written into a list of that
// size.
func takenRuns(blocks []clean.Block, placed []string) []Taken {
	taken := func(f string) bool { return f != "" && f != "body" && f != "removed" }
	runs := 0
	for i, f := range placed {
		if taken(f) && (i == 0 || placed[i-1] != f) {
			runs++
		}
	}
	if runs == 0 {
		return nil
	}
	out := make([]Taken, 0, runs)
	var text strings.Builder
	run := make([]int, 0, 4)
	for i := 0; i <= len(placed); i++ {
		if len(run) > 0 && (i == len(placed) || placed[i] != placed[run[0]] || i != run[len(run)-1]+1) {
			first, last := &blocks[run[0]], &blocks[run[len(run)-1]]
			t := Taken{Field: placed[run[0]], Rule: first.Rule, Line: first.Line, Text: runText(blocks, run, &text)}
			if last.Line != first.Line {
				t.EndLine = last.Line
			}
			out = append(out, t)
			run = run[:0]
		}
		if i < len(placed) && taken(placed[i]) {
			run = append(run, i)
		}
	}
	return out
}
