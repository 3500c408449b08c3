package clean

import "testing"

// TestBrokenRunLabel checks a bare label over a box the story detector
// took part of: cutTeaserTails takes the label alone and leaves the kept
// lines under it (the last may be the story's subheading), and a second
// pass over the kept lines (the taken ones gone) takes nothing more. A
// whole box goes with its label as before; a label with no prose above
// it, or over a taken line after a kept line of prose, stays.
func TestBrokenRunLabel(t *testing.T) {
	prose := "The council said the work on the tunnels would start in the spring and end before the next winter comes."
	more := "Crews will replace the sleepers and rails over the whole route, working from both ends of the valley at once."
	taken := func(s string) Block { return Block{Text: s, Kind: Other, Rule: "model/text"} }
	for _, c := range []struct {
		name   string
		blocks []Block
		first  []bool // whether each block is free after the first pass
	}{
		{"a taken headline under the label", []Block{{Text: prose}, {Text: "Read next"}, taken("How to lay out a garden"),
			{Text: "When to plant the beans"}, {Text: "Pick the right spot"}, {Text: more}},
			[]bool{true, false, false, true, true, true}},
		{"a taken headline inside the box", []Block{{Text: prose}, {Text: "Related stories"}, {Text: "Bridge repairs start in May"},
			taken("Tram fares rise in June"), {Text: "Step two: the track"}, {Text: more}},
			[]bool{true, false, true, false, true, true}},
		{"a whole box", []Block{{Text: prose}, {Text: "Related stories"}, {Text: "Bridge repairs start in May"},
			{Text: "Tram fares rise in June"}, {Text: more}},
			[]bool{true, false, false, false, true}},
		{"no prose above", []Block{{Text: "Read next"}, taken("How to lay out a garden"), {Text: "When to plant the beans"},
			{Text: "Pick the right spot"}, {Text: more}},
			[]bool{true, false, true, true, true}},
		{"kept prose under the label, then a taken line", []Block{{Text: prose}, {Text: "Read next"}, {Text: more}, taken("How to lay out a garden")},
			[]bool{true, true, true, false}},
	} {
		p := &Page{blocks: c.blocks}
		p.cutTeaserTails()
		var kept []Block
		for i, b := range p.blocks {
			if p.free(i) != c.first[i] {
				t.Errorf("%s: block %d %q free %v, want %v (%s %s)", c.name, i, b.Text, p.free(i), c.first[i], b.Kind, b.Rule)
			}
			if p.free(i) {
				kept = append(kept, Block{Text: b.Text})
			}
		}
		second := &Page{blocks: kept}
		second.cutTeaserTails()
		for i, b := range second.blocks {
			if !second.free(i) {
				t.Errorf("%s: the second pass takes %q (%s)", c.name, b.Text, b.Rule)
			}
		}
	}
}
