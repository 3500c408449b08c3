package clean

import (
	"strings"
	"testing"
)

// TestSettleDatelineBelow: a dateline under a line the
// output keeps goes back to the body; under a line left out, or split off
// the head of its paragraph, it stays the dateline.
func TestSettleDatelineBelow(t *testing.T) {
	for _, c := range []struct {
		name, text string
		above      Kind // the first line's label
		want       Kind // the dateline's, after
	}{
		{"under a kept line", "Watch the video\n(Reuters)\nThe ministers met on Tuesday.", "", ""},
		{"under a line left out", "Watch the video\n(Reuters)\nThe ministers met on Tuesday.", Other, Dateline},
		{"split off its paragraph", "Watch the video\n(Reuters) The ministers met on Tuesday.", "", ""},
		{"split off its paragraph, under a line left out", "Watch the video\n(Reuters) The ministers met on Tuesday.", Other, Dateline},
	} {
		blocks := segmentText(c.text)
		p := newPage(blocks, c.text, nil, nil)
		if strings.HasPrefix(c.name, "split") {
			p.split(1, len("(Reuters)"), len("(Reuters) "))
		}
		p.blocks[0].Kind = c.above
		p.blocks[1].Kind, p.blocks[1].Rule, p.blocks[1].Dateline = Dateline, "generic/dateline", &DatelineParts{Agency: "Reuters"}
		p.flushCuts()
		p.settleDatelineBelow()
		if got := p.blocks[1].Kind; got != c.want {
			t.Errorf("%s: the dateline %q is labelled %q, want %q", c.name, p.blocks[1].Text, got, c.want)
		}
		p.release()
	}
}
