package clean

import (
	"strings"
	"testing"
)

// TestPromoAppeal: an offer closing on "Terms apply." and a plea for the
// site's upkeep go from between the story's paragraphs; a story's
// sentences about terms, donations and help, an appeal above or below the
// story's prose, and an appeal longer than maxAppealWords, stay.
func TestPromoAppeal(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int
	}{
		{"an offer's small print", with("Bonus: book two crossings this winter and the third is on us with code TIDE3. Terms apply."), []int{4}},
		{"small print alone", with("*Terms apply"), []int{4}},
		{"a donor's appeal", with("Your donation—large or small—helps us keep the harbour's archive open to every reader."), []int{4}},
		{"a plea to keep going", with("Readers like you help us keep publishing the tide tables every week of the year."), []int{4}},
		{"terms in a story", with("Standard terms apply to every booking made at the harbour office, the ferry company said."), nil},
		{"terms and conditions", with("The council said its usual terms and conditions apply to the new berths."), nil},
		{"a donation in a story", with("The fishermen's fund said each donation it received last winter went to the families of the crew."), nil},
		{"help in a story", with("The pilots help us keep the boats off the rocks, the harbour master said."), nil},
		{"above the story", append([]string{"Bonus: book two crossings this winter with code TIDE3. Terms apply."}, longStoryLines(6)...), nil},
		{"below the story", append(longStoryLines(6), "Bonus: book two crossings this winter with code TIDE3. Terms apply."), nil},
		{"a long appeal", with("Your donation helps us keep going. The" + strings.Repeat(para, 4)), nil},
	} {
		if got := appealsDropped(c.lines); !equalInts(got, c.want) {
			t.Errorf("%s: dropped %v, want %v", c.name, got, c.want)
		}
	}
}

// appealsDropped runs dropPromoAppeals over lines, the story detector
// keeping them all, and returns the lines dropped.
func appealsDropped(lines []string) []int {
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(p.blocks))
	p.dropPromoAppeals(drop, shapes)
	var out []int
	for i, d := range drop {
		if d {
			out = append(out, i)
		}
	}
	return out
}
