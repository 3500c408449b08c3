package clean

import "testing"

// neighbourProse is an invented paragraph of a story, a sentence of twelve
// words and more.
const neighbourProse = "The harbour board voted on Monday to bring back the night ferry to the outer islands."

// TestStampAndCreditNeedProseAround checks the neighbours
// updateStampBetweenProse and creditBetweenProse ask for: an update stamp
// or a lone credit goes only with a kept paragraph of the story on both
// sides; over the story (the page's head, a headline above) or under it
// (a footer's line below), it is not the story's.
func TestStampAndCreditNeedProseAround(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string // the line read is the one in the middle, lines[1]
		want  bool
	}{
		{"stamp between paragraphs", []string{neighbourProse, "Updated at 14:32", neighbourProse}, true},
		{"stamp in the head, under the headline", []string{"Night ferry returns", "Updated at 14:32", neighbourProse}, false},
		{"stamp under the story, over the footer", []string{neighbourProse, "Updated at 14:32", "About us"}, false},
		{"credit between paragraphs", []string{neighbourProse, "Powered by Hope", neighbourProse}, true},
		{"credit with prose below only", []string{"Night ferry returns", "Powered by Hope", neighbourProse}, false},
		{"credit with prose above only", []string{neighbourProse, "Powered by Hope", "About us"}, false},
	} {
		blocks := make([]Block, len(c.lines))
		for i, l := range c.lines {
			blocks[i] = Block{Text: l}
		}
		p := &Page{blocks: blocks}
		drop := make([]bool, len(blocks))
		line := c.lines[1]
		var got bool
		if isUpdateStamp(line, wordCount(line)) {
			got = p.updateStampBetweenProse(1, wordCount(line), drop)
		} else {
			got = p.creditBetweenProse(1, drop)
		}
		if got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
