package clean

import (
	"strings"
	"testing"
)

// TestTeaserTailsAtEdges runs cutTeaserTails' forms where they meet the
// page's edges (a pointer on the first or the last line, a label with no
// headline, a bare label over the page's end, an unclosed "【", a pointer
// or an ad marker glued to the last paragraph) and checks that every line
// still lands in a block (conservation): the stage reads the blocks around
// the one it tests, and an index past either end would panic. The stage
// must fire on some of them, or the edges are not reached.
func TestTeaserTailsAtEdges(t *testing.T) {
	st := clutterStories["en"]
	head := []string{st.title, st.byline, "05.03.2025 10:02"} // the story detector reads pages of eight blocks or more
	const pointer = "Read more: Why the valley lost its trains"
	last := len(st.paras) - 1
	glued := func(tail string) []string {
		return append(append(head[:3:3], st.paras[:last]...), st.paras[last]+" "+tail)
	}
	fired := 0
	for _, page := range [][]string{
		append([]string{pointer}, append(head[:3:3], st.paras...)...),
		append(append(head[:3:3], st.paras...), pointer),
		append(append(head[:3:3], st.paras...), "Auch interessant"),
		append(append(head[:3:3], st.paras...), "Auch interessant", "Neue Fahrpläne ab Dezember"),
		append(append(head[:3:3], st.paras...), "Read more:"),
		append(append(head[:3:3], st.paras...), "【関連記事 谷の鉄道が戻る"),
		append(append(head[:3:3], st.paras[:2]...), append([]string{"ALSO READ | Tunnel survey finds cracks"}, st.paras[2:]...)...),
		glued(pointer),
		glued("Advertisement"),
		glued("Read more:"),
	} {
		src := strings.Join(page, "\n\n")
		res, err := String(src, nil)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		checkConservation(t, src, res)
		for _, b := range res.Blocks {
			if b.Rule == "model/text-teaser-tail" {
				fired++
				break
			}
		}
	}
	if fired < 3 {
		t.Errorf("the teaser stage fired on %d of the pages, want 3 or more", fired)
	}
}
