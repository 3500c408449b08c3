package clean

// brokenRunLabel reports whether the bare label at block label heads a box
// that the story detector or an earlier stage took part of: within the
// lines labelledRunEnd reads under it (up to maxLabelledHeadlines
// headlines and the line after them), a line already taken stands before
// any kept line that is no headline of the box. labelledRunEnd reads no
// run there (the kept line under the label may be the story's own
// subheading), but the taken lines leave the output, and a second pass
// would read the same label over a whole box and take it with that
// subheading: cutTeaserTails takes the label alone instead, which reads
// the same on both passes. A taxonomy box's label ("Category", "Topics")
// is not read so: as often a table's heading over its columns.
func (p *Page) brokenRunLabel(label int) bool {
	for j := label + 1; j < len(p.blocks) && j-label <= maxLabelledHeadlines+1; j++ {
		b := &p.blocks[j]
		if b.Kind != "" && b.Kind != Body {
			return true // taken: it leaves the output
		}
		if !isTeaserHeadline(b.Text) || isDateLine(b.Text) {
			return false // the box ends whole at a kept line
		}
	}
	return false
}
