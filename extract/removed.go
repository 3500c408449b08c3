package extract

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// mergeRemoved turns the removed blocks (indexes into blocks) into records,
// merging neighbours of the same kind and rule into one run. ruleOf gives the
// rule to record for a block where it is not the block's own.
func mergeRemoved(blocks []clean.Block, idx []int, ruleOf map[int]string) []Removed {
	rule := func(i int) string {
		if r, ok := ruleOf[i]; ok {
			return r
		}
		return blocks[i].Rule
	}
	if len(idx) == 0 {
		return nil
	}
	slices.Sort(idx)
	var out []Removed
	var text strings.Builder
	start := 0
	flush := func(end int) {
		first, last := blocks[idx[start]], blocks[idx[end]]
		r := Removed{Kind: first.Kind, Rule: rule(idx[start]), Line: first.Line, Text: first.Text}
		if last.Line != first.Line {
			r.EndLine = last.Line
		}
		if start == end { // one block: its text as it is, no copy
			out = append(out, r)
			return
		}
		n := end - start
		for k := start; k <= end; k++ {
			n += len(blocks[idx[k]].Text)
		}
		text.Reset()
		text.Grow(n) // one allocation for the run's text
		for k := start; k <= end; k++ {
			if k > start {
				if blocks[idx[k]].Line == blocks[idx[k-1]].Line {
					text.WriteByte(' ')
				} else {
					text.WriteByte('\n')
				}
			}
			text.WriteString(blocks[idx[k]].Text)
		}
		r.Text = text.String()
		out = append(out, r)
	}
	for k := 1; k <= len(idx); k++ {
		if k < len(idx) && idx[k] == idx[k-1]+1 && blocks[idx[k]].Kind == blocks[idx[start]].Kind && rule(idx[k]) == rule(idx[start]) {
			continue
		}
		flush(k - 1)
		start = k
	}
	return out
}
