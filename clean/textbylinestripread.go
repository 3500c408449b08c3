package clean

import "strings"

// readTimeUnder reports whether one of the two blocks under block i gives a
// story's reading time alone ([readingTime]: "11 min read"): the strip a
// blog prints under the headline, the writer's name, the date and the
// reading time on lines of their own ("Gabo" over "Jan 23" over "11 min
// read"), whose date may be too short to read as one.
func (p *Page) readTimeUnder(i int) bool {
	for j := i + 1; j < len(p.blocks) && j <= i+2; j++ {
		if readingTime.MatchString(strings.ToLower(strings.TrimSpace(p.blocks[j].Text))) {
			return true
		}
	}
	return false
}
