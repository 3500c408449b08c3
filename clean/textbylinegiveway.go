package clean

import "strings"

// Two lines a bare name by the headline of flattened text is not the
// byline for: a tag under its label ("Tags:" over "Philosophy" over the
// date line), and a name that a byline's label further down outranks
// ("Ask Anything" right under the headline, "Written by" over "Jane Doe"
// before the story: the label says whose name it gives, the bare line
// does not).

// underTagLabel reports whether the block above block i is a taxonomy's
// label alone ("Tags:", "Filed under:", "Categories:"): the line under it
// is a tag's, not a person's.
func (p *Page) underTagLabel(i int) bool {
	if i < 1 {
		return false
	}
	s := strings.TrimSpace(p.blocks[i-1].Text)
	return strings.HasSuffix(s, ":") && taxonomyLine.MatchString(s)
}

// labelledBylineAt returns the first block between headline t and the
// story's start (storyAt) that is a byline's label alone over a line of
// names ("Written by" over "Jane Doe", as [Page.bylineOverName] reads
// them), free or taken by the learned detector for not story; -1 when
// none stands there. It labels nothing.
func (p *Page) labelledBylineAt(t, storyAt int) int {
	for i := t + 1; i+1 < storyAt && i+1 < len(p.blocks); i++ {
		lb, nb := p.blocks[i], p.blocks[i+1]
		if !bylineLabel.MatchString(strings.TrimSpace(lb.Text)) || len(nb.Text) > maxDateLine || isProse(nb.Text) ||
			!p.free(i+1) && !byModel(nb) {
			continue
		}
		if len(bylineNames("By "+strings.TrimSpace(nb.Text))) > 0 {
			return i
		}
	}
	return -1
}
