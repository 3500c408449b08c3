package clean

import "strings"

// maxNotedNames bounds the writers, each on a line of her own with a note
// after her name, that [Page.notedNamesUnder] adds under a labelled one.
const maxNotedNames = 3

// notedName returns the name of a line that prints one person's name and
// a note on her after a comma ("Adela Ruiz, 6+ years covering kitchen
// gear", "Bram Jessop, senior editor"), as a byline's label alone heads a
// list of its writers; "" for any other line.
func notedName(s string) string {
	s = strings.TrimSpace(s)
	name, note, ok := strings.Cut(s, ", ")
	if !ok || note == "" || len(s) > maxDateLine || isProse(s) || !personShaped(name) {
		return ""
	}
	if names := bylineNames("By " + s); len(names) != 1 || names[0] != name {
		return ""
	}
	return name
}

// notedNamesUnder adds to the byline read on block k, under a byline's
// label alone ("Written by" over "Adela Ruiz, 6+ years covering kitchen
// gear"), the writers the lines right under it name in the same form, a
// name and a note after a comma ("Bram Jessop, senior editor ..."),
// labelling each line a byline with no names of its own. Only lines
// left free or labelled [Other] are read.
func (p *Page) notedNamesUnder(k int) {
	nb := &p.blocks[k]
	if len(nb.Authors) != 1 || notedName(nb.Text) != nb.Authors[0] {
		return
	}
	for j := k + 1; j < len(p.blocks) && j <= k+maxNotedNames; j++ {
		b := &p.blocks[j]
		if b.Kind != "" && b.Kind != Other {
			return // a line no stage read, or one read as no story's
		}
		n := notedName(b.Text)
		if n == "" {
			return
		}
		nb.Authors = append(nb.Authors, n)
		b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{}
	}
}

// notedHeadNames finds, between headline t and hi, the head's byline read
// under a byline's label alone, and adds the writers listed under it in
// its form ([Page.notedNamesUnder]).
func (p *Page) notedHeadNames(t, hi int) {
	for k := t + 2; k <= hi && k < len(p.blocks); k++ {
		if b := p.blocks[k]; b.Kind == Byline && b.Rule == HeadBylineRule && len(b.Authors) == 1 {
			if bylineLabel.MatchString(strings.TrimSpace(p.blocks[k-1].Text)) {
				p.notedNamesUnder(k)
			}
			return
		}
	}
}
