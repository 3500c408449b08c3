package clean

import (
	"slices"
	"testing"
)

// A dateline split off the story's first paragraph names the place the
// story was filed from, in capitals ("NIZHNY NOVGOROD,"), never its author;
// a byline over it is still read.
func TestHeadBylinesSkipDateline(t *testing.T) {
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"a place in capitals with the date and agency",
			[]string{"title", "Bridge opens over the river", "date", "March 4, 2025", "dateline", "NIZHNY NOVGOROD, March 4. /TASS/.", "body", "The bridge opened on Tuesday."},
			nil},
		{"a place with its country",
			[]string{"title", "Gas exports rise", "date", "4 March 2025", "dateline", "BAKU, Azerbaijan, March 4.", "body", "Exports will rise this year."},
			nil},
		{"a place and agency with a full stop",
			[]string{"title", "New schools for the capital", "date", "4 March 2025", "dateline", "ASTANA. KAZINFORM", "body", "Three schools will be built."},
			nil},
		{"leave alone: the byline over the dateline",
			[]string{"title", "Bridge opens over the river", "other", "By Ana Lind", "date", "March 4, 2025", "dateline", "NIZHNY NOVGOROD, March 4. /TASS/.", "body", "The bridge opened on Tuesday."},
			[]string{"Ana Lind"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			if got := headBylines(blocks, doc, "Wire Post", "wirepost.example"); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
