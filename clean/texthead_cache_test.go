package clean

import (
	"maps"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/headline"
)

// cachePage is an invented flattened page for the candidate pass's
// shared per-line facts: a trail over its headline, repeats, prose.
func cachePage() *Page {
	texts := []string{
		"Home  /  Garden Notes / Potting   Winter Bulbs",
		"Potting Winter Bulbs",
		"By Ada Marsh",
		"Bulbs potted in late autumn flower indoors by midwinter, given a cold spell of some weeks first and a bright sill after it.",
		"POTTING WINTER BULBS",
		"Garden Notes / Watering Cacti in Rooms Without…",
		"Watering Cacti in Rooms Without Sun",
		"Cacti kept indoors through winter want water about once a month, and less where the room stays cool through the darker weeks.",
		"Related",
		"Hyacinths and crocuses take the same treatment, though crocuses want a shorter cold spell than tulips and daffodils do.",
		"",
	}
	p := &Page{}
	for _, t := range texts {
		p.blocks = append(p.blocks, Block{Text: t})
	}
	return p
}

// TestStoryWordsMatchProseWords checks that the per-page paragraph sets
// storyWords shares across candidates hold what proseWords builds for
// each candidate, and that overlapWords on them gives overlap's share.
func TestStoryWordsMatchProseWords(t *testing.T) {
	p := cachePage()
	n := len(p.blocks)
	prose := map[int]bool{3: true, 7: true, 9: true}
	nextProse := make([]int, n+1)
	nextProse[n] = n
	for i := n - 1; i >= 0; i-- {
		nextProse[i] = nextProse[i+1]
		if prose[i] {
			nextProse[i] = i
		}
	}
	para := map[int]map[string]bool{}
	for _, i := range []int{3, 7, 9, n, 7, 3} { // the sets reused, in any order
		want := proseWords(p, i, nextProse)
		got := storyWords(p, i, nextProse, para)
		union := map[string]bool{}
		for _, s := range got {
			maps.Copy(union, s)
		}
		if !maps.Equal(union, want) {
			t.Errorf("storyWords(%d) = %v, proseWords %v", i, union, want)
		}
		for w := range want {
			if !got.has(w) {
				t.Errorf("storyWords(%d) lacks %q", i, w)
			}
		}
		for j := range p.blocks {
			line := p.blocks[j].Text
			if a, b := overlapWords(lineWords(line), got), overlap(line, want); a != b {
				t.Errorf("overlap of %q on story %d: shared %v, per candidate %v", line, i, a, b)
			}
		}
	}
	if len(para) != 3 {
		t.Errorf("para holds %d paragraphs, want 3 (each split once)", len(para))
	}
}

// TestLowerLinesMatchTrailNames checks that trailNames over lines
// lower-cased once a page (lowerLines) answers as it does lower-casing
// them for each call, and that the kept lines are lowerLine's.
func TestLowerLinesMatchTrailNames(t *testing.T) {
	p := cachePage()
	var low lineMemo
	named := 0
	for _, order := range [][]int{{1, 6, 4, 0, 2}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}} {
		for _, i := range order {
			a, b := p.trailNamesLow(i, &low), p.trailNames(i)
			if a != b {
				t.Errorf("block %d %q: trailNames shared %v, per call %v", i, p.blocks[i].Text, a, b)
			}
			if a {
				named++
			}
			if got, want := low.get(p, i, lowerLine), lowerLine(p.blocks[i].Text); got != want {
				t.Errorf("low.at(%d) = %q, want %q", i, got, want)
			}
		}
	}
	if named == 0 {
		t.Error("no line of the page named by its trail: the test checks nothing")
	}
	if !p.trailNamesLow(1, &low) || !p.trailNamesLow(4, &low) || !p.trailNamesLow(6, &low) {
		t.Error("the trails name lines 1, 4 (case ignored) and 6 (cut short)")
	}
	var none *lineMemo
	if none.get(p, 0, lowerLine) != lowerLine(p.blocks[0].Text) {
		t.Error("a nil lineMemo lower-cases the line itself")
	}
}

// lazySrc is an invented flattened page whose candidates lie above and
// below a quarter of its story: repeats of the headline far down, short
// lines between the story's paragraphs, a trail, a byline.
const lazySrc = `Home / Garden Notes / Potting Winter Bulbs
Potting Winter Bulbs
Share this article
By Ada Marsh
Bulbs potted in late autumn flower indoors by midwinter, given a cold spell of some weeks first and a bright sill after it.
Choosing the Pots
Clay pots breathe better than plastic ones, and a layer of grit at the bottom keeps the roots from sitting in water for long.
Cold Weeks in the Shed
A shed or a garage that stays above freezing serves for the cold weeks, as long as mice cannot reach the bulbs stored there.
Bringing Them Indoors
When the shoots stand a thumb high, the pots come in to a cool room first and to a warm bright sill some days after that.
Potting Winter Bulbs
Hyacinths and crocuses take the same treatment, though crocuses want a shorter cold spell than tulips and daffodils do.
Related Posts
Watering Cacti in Rooms Without Sun
Potting Winter Bulbs
Pruning Roses Before the Frost
`

// TestHeadlineCandidatesLazy checks that headlineCandidates, which puts
// lines to the dear tests only when a feature reads them (candSet) and
// shares the page's facts, gives the features an eager pass gives
// (eagerCandidates: every line tested, every fact made per candidate), and
// that candSet answers headlineCandidate on every line, in any order.
func TestHeadlineCandidatesLazy(t *testing.T) {
	p := pageAtHead(t, lazySrc)
	want := eagerCandidates(p)
	got := p.headlineCandidates()
	if len(want) < 3 {
		t.Fatalf("the eager pass finds %d candidates: the test checks little", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("headlineCandidates:\n got %v\nwant %v", got, want)
	}
	for _, down := range []bool{false, true} {
		c := newCandSet(p)
		for k := range p.blocks {
			i := k
			if down {
				i = len(p.blocks) - 1 - k
			}
			if a, b := c.at(i), p.headlineCandidate(i); a != b {
				t.Errorf("candSet.at(%d) %q = %v, headlineCandidate %v", i, p.blocks[i].Text, a, b)
			}
			if !c.cheap(i) && c.at(i) {
				t.Errorf("block %d failed the cheap tests but is a candidate", i)
			}
		}
	}
}

// eagerCandidates is headlineCandidates as it was before the candidate
// pass was made lazy: every line tested, the facts made per candidate.
func eagerCandidates(p *Page) []headline.Candidate {
	n := len(p.blocks)
	cand, prose := make([]bool, n), make([]bool, n)
	var total float64
	counts := map[string]int{}
	for i := range p.blocks {
		cand[i] = p.headlineCandidate(i)
		if prose[i] = p.storyProse(i); prose[i] {
			total += float64(len(p.blocks[i].Text))
		}
		if cand[i] {
			counts[collapse(p.blocks[i].Text)]++
		}
	}
	nextProse, nextCand := make([]int, n+1), make([]int, n+1)
	nextProse[n], nextCand[n] = n, n
	for i := n - 1; i >= 0; i-- {
		nextProse[i], nextCand[i] = nextProse[i+1], nextCand[i+1]
		if prose[i] {
			nextProse[i] = i
		}
		if cand[i] {
			nextCand[i] = i
		}
	}
	has := func(j int) bool { return cand[j] }
	near := func(i int, from, to int, cmp func(a, b int) bool) bool {
		w := wordCount(p.blocks[i].Text)
		for j := max(0, from); j <= min(n-1, to); j++ {
			if j != i && has(j) && cmp(wordCount(p.blocks[j].Text), w) {
				return true
			}
		}
		return false
	}
	slug := slugWords(p.in.url)
	slugSet := wordSet(slug)
	slugPick, abovePick := p.headPicks()
	var out []headline.Candidate
	above := 0.0
	for i := range p.blocks {
		b := p.blocks[i]
		if cand[i] && nextProse[i+1] < n && above < total/4 {
			x := lineShape(b.Text)
			sl := 0.0
			if len(slug) > 0 {
				sl = slugMatch(b.Text, slug, slugSet)
			}
			np := nextProse[i+1]
			gap := float64(np - i)
			if np == n {
				gap = float64(n)
			}
			x = append(x, sl, flag(slug != nil),
				share(total-above, total), share(above, total),
				math.Log1p(gap), flag(np < n && np-i <= 6), flag(nextCand[i+1] > np),
				flag(i+1 < n && prose[i+1]),
				flag(p.repeatedNear(i)), math.Log1p(float64(counts[collapse(b.Text)]-1)),
				overlap(b.Text, proseWords(p, np, nextProse)), flag(p.dateOrBylineBelow(i)),
				float64(i)/float64(max(1, n-1)), flag(byModel(b)),
				flag(near(i, i-2, i-1, func(a, b int) bool { return a < b })),
				flag(near(i, i+1, i+2, func(a, b int) bool { return a > b })))
			x = append(x, flag(isBreadcrumb(strings.TrimSpace(b.Text))), flag(i == slugPick), flag(p.trailNames(i)))
			out = append(out, headline.Candidate{Block: i, Text: b.Text, X: x, Fallback: slugPick < 0 && abovePick < 0})
		}
		if prose[i] {
			above += float64(len(b.Text))
		}
	}
	return out
}

// TestLongWords checks longWords against lineWords' words of four letters
// or more, on lines with apostrophes, capitals, digits and runes of
// several bytes.
func TestLongWords(t *testing.T) {
	for _, s := range []string{
		"Biden's plan: ÉTÉ été 2025 naïve café—über Straße",
		"Ça va? Öl, Äpfel, 日本語のテキスト, ab abc abcd, l’été",
		"",
	} {
		want := map[string]bool{}
		for w := range lineWords(s) {
			if utf8.RuneCountInString(w) >= 4 {
				want[w] = true
			}
		}
		if got := longWords(s); !maps.Equal(got, want) {
			t.Errorf("longWords(%q) = %v, want %v", s, got, want)
		}
	}
	if !longWords("Biden's")["bidens"] {
		t.Error("longWords drops apostrophes as lineWords does")
	}
}

// TestDateOrBylineBelowMemo checks that dateOrBylineBelow keeping each
// block's answer for the next candidates answers as it does alone.
func TestDateOrBylineBelowMemo(t *testing.T) {
	p := pageAtHead(t, "Potting Winter Bulbs\nBy Ada Marsh\nMarch 4, 2025\n"+lazySrc)
	memo := make([]int8, len(p.blocks))
	yes := 0
	for _, down := range []bool{false, true} {
		for k := range p.blocks {
			i := k
			if down {
				i = len(p.blocks) - 1 - k
			}
			a, b := p.dateOrBylineBelowMemo(i, memo), p.dateOrBylineBelow(i)
			if a != b {
				t.Errorf("block %d %q: kept %v, alone %v", i, p.blocks[i].Text, a, b)
			}
			if a {
				yes++
			}
		}
	}
	if yes == 0 || !p.dateOrBylineBelow(0) {
		t.Error("the headline has its byline and date under it: the test checks nothing")
	}
}

// TestCollapsedLinesMatchRepeatedNear checks that repeatedNear over lines
// collapsed once a page (collapsedLines) answers as it does collapsing
// them for each call, and that the kept lines are collapse's.
func TestCollapsedLinesMatchRepeatedNear(t *testing.T) {
	p := pageAtHead(t, "Potting  Winter Bulbs\nPotting Winter Bulbs\n"+lazySrc)
	var col lineMemo
	repeated := 0
	for _, down := range []bool{false, true} {
		for k := range p.blocks {
			i := k
			if down {
				i = len(p.blocks) - 1 - k
			}
			a, b := p.repeatedNearIn(i, &col), p.repeatedNear(i)
			if a != b {
				t.Errorf("block %d %q: kept %v, per call %v", i, p.blocks[i].Text, a, b)
			}
			if a {
				repeated++
			}
			if got, want := col.get(p, i, collapse), collapse(p.blocks[i].Text); got != want {
				t.Errorf("col.at(%d) = %q, want %q", i, got, want)
			}
		}
	}
	if repeated == 0 {
		t.Error("no line repeated near itself: the test checks nothing")
	}
	var none *lineMemo
	if none.get(p, 0, collapse) != collapse(p.blocks[0].Text) {
		t.Error("a nil lineMemo collapses the line itself")
	}
}

// proseWords is the per-candidate form of [storyWords], the oracle the
// cached form is checked against: one set of the two paragraphs' words.
func proseWords(p *Page, i int, nextProse []int) map[string]bool {
	set := map[string]bool{}
	for k := 0; k < 2 && i < len(p.blocks); k++ {
		for w := range lineWords(p.blocks[i].Text) {
			if utf8.RuneCountInString(w) >= 4 {
				set[w] = true
			}
		}
		i = nextProse[i+1]
	}
	return set
}

// overlap is overlapWords of an unsplit line against one set, the oracle.
func overlap(line string, words map[string]bool) float64 {
	return overlapWords(lineWords(line), twoSets{words})
}

// repeatedNear is repeatedNearIn without the page's cache, the oracle.
func (p *Page) repeatedNear(i int) bool { return p.repeatedNearIn(i, nil) }
