package clean

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// scoreOfPage is an invented flattened page with a menu, two headline-shaped
// lines over a story, a line printed twice, and a byline: every feature
// headlineScoreOf reads from past its own line (the page's prose, the next
// candidate, the repeats) is not nought on some candidate.
var scoreOfPage = strings.ReplaceAll(`Home
Garden
Spring Sale 2026 Starts Today
Shop the Catalogue
Planning Ahead for the Cold Months
Before the first frost arrives, walk the beds with a notebook and mark which plants will need cover, which can stay as they are, and which are best lifted and kept indoors.
Shop the Catalogue
Order seed in late autumn, while the catalogues still hold the varieties you want, and sort the packets by the month each one should be sown.
Mulch and Cover
A thick layer of leaves or straw over the roots keeps the soil from freezing hard, and a fleece over the leaves keeps off the worst of the wind on clear nights.
By Jane Doe
Check the covers after every storm, and lift them on mild days so that the plants under them get light and air before the next cold spell comes in.
`, "\n", "\n\n")

// TestHeadlineScoreOf checks that headlineScoreOf, which scores one line
// without the candidates' pass over the whole page, gives every candidate
// headlineCandidates finds the score of its features there, with and
// without a slug in the address, and reports every other line as none:
// the menu, the story's paragraphs, the byline, and the two
// headline-shaped lines with over a quarter of the story's prose above
// them.
func TestHeadlineScoreOf(t *testing.T) {
	for _, url := range []string{"https://example.org/blog/post?id=7", "https://example.org/garden/planning-ahead-for-the-cold-months"} {
		p := pageAtHead(t, scoreOfPage)
		p.in.url = url
		cands := p.headlineCandidates()
		if len(cands) < 3 {
			t.Fatalf("%s: %d candidates, want at least 3", url, len(cands))
		}
		isCand := map[int]bool{}
		for _, c := range cands {
			isCand[c.Block] = true
			want := headlineModel.Score(c.X)
			if got, ok := p.headlineScoreOf(c.Block); !ok || got != want {
				t.Errorf("%s: %q: headlineScoreOf %v %v, want %v true", url, c.Text, got, ok, want)
			}
		}
		none := 0
		for i := range p.blocks {
			if !isCand[i] {
				none++
				if _, ok := p.headlineScoreOf(i); ok {
					t.Errorf("%s: %q is no candidate, headlineScoreOf reports one", url, p.blocks[i].Text)
				}
			}
		}
		if none < 3 {
			t.Errorf("%s: %d lines are no candidate, want at least 3", url, none)
		}
	}
}

// TestFeatureGroups checks that the groups bestOver reads a candidate's
// features in hold every feature of headline.Names once.
func TestFeatureGroups(t *testing.T) {
	if nFeatures != len(headline.Names) {
		t.Fatalf("nFeatures %d, headline.Names %d", nFeatures, len(headline.Names))
	}
	seen := make([]int, nFeatures)
	for _, fs := range groupFeatures {
		for _, k := range fs {
			seen[k]++
		}
	}
	for k, c := range seen {
		if c != 1 {
			t.Errorf("feature %s in %d groups, want 1", headline.Names[k], c)
		}
	}
}

// boundModels are the built-in headline model and stand-ins that weigh
// the features bestOver and headlineScoreFloor bound (the story's words,
// the repeats, the trails, the neighbours, a slug) heavily, either way.
func boundModels() []*headline.Model {
	ms := []*headline.Model{&headlineModel}
	for _, sign := range []float64{1, -1} {
		w := make([]float64, nFeatures)
		for k := range w {
			w[k] = sign * float64(k%5-2) / 2
		}
		w[fOverlap], w[fDupNear], w[fSlug], w[fDupFar], w[fClosest] = 3*sign, -2*sign, 4*sign, sign, 2*sign
		ms = append(ms, &headline.Model{Bias: -2, Weights: w})
	}
	return ms
}

// TestBestOver checks that bestOver, which passes a candidate over once
// its features read so far and the most its unread ones can add fall
// under least, finds the candidate bestHeadline finds over all the
// candidates, with its features, whenever that scores least or more, and
// none when it scores less; for every model of boundModels, with and
// without a slug, at thresholds from under every candidate to over all.
func TestBestOver(t *testing.T) {
	found, none := 0, 0
	for _, m := range boundModels() {
		for _, url := range []string{"https://example.org/blog/post?id=7", "https://example.org/garden/planning-ahead-for-the-cold-months"} {
			p := pageAtHead(t, scoreOfPage)
			p.in.url = url
			cands := p.headlineCandidates()
			var scores []float64
			for _, c := range cands {
				scores = append(scores, m.Score(c.X))
			}
			best, top := -1, math.Inf(-1)
			for k, s := range scores {
				if s > top {
					best, top = k, s
				}
			}
			if best < 0 {
				t.Fatalf("%s: no candidate", url)
			}
			for _, least := range append(scores, top+1, top-100) {
				b, x := p.newCandCtx().bestOver(m, least)
				switch {
				case top < least && b != -1:
					t.Errorf("%s, least %v: bestOver %d, want none (best %v)", url, least, b, top)
				case top >= least && (b != cands[best].Block || !slices.Equal(x, cands[best].X)):
					t.Errorf("%s, least %v: bestOver %d %v, want %d %v", url, least, b, x, cands[best].Block, cands[best].X)
				case b >= 0:
					found++
				default:
					none++
				}
			}
		}
	}
	if found == 0 || none == 0 {
		t.Errorf("found %d, none %d: the test checks one side only", found, none)
	}
}

// TestHeadlineScoreFloor checks that headlineScoreFloor, which reads only
// the page down to a line's story, is never over the line's score
// (scoreOf), for every candidate, every model of boundModels, with and
// without a slug; that it is the score less no more than the features
// it does not read can take off on the built-in model, without a slug
// (with one, the slug's words and the hand rules' pick by it are unread);
// and that a line with no prose under it has +Inf.
func TestHeadlineScoreFloor(t *testing.T) {
	for _, m := range boundModels() {
		for _, url := range []string{"https://example.org/blog/post?id=7", "https://example.org/garden/planning-ahead-for-the-cold-months"} {
			p := pageAtHead(t, scoreOfPage)
			p.in.url = url
			for _, c := range p.headlineCandidates() {
				s := m.Score(c.X)
				cand := newCandSet(p)
				f := p.headlineScoreFloor(m, c.Block, &cand)
				if f > s {
					t.Errorf("%s: %q: floor %v over the score %v", url, c.Text, f, s)
				}
				if m == &headlineModel && !strings.Contains(url, "planning") && s-f > 4 {
					t.Errorf("%s: %q: floor %v, score %v: a floor that low passes nothing over", url, c.Text, f, s)
				}
			}
		}
	}
	p := cachePage()
	p.blocks = append(p.blocks[:8], Block{Text: "Further Reading on Winter Frost"})
	last := len(p.blocks) - 1
	cand := newCandSet(p)
	if !p.headlineCandidate(last) {
		t.Fatalf("%q is no candidate", p.blocks[last].Text)
	}
	if f := p.headlineScoreFloor(&headlineModel, last, &cand); !math.IsInf(f, 1) {
		t.Errorf("%q, no prose under it: floor %v, want +Inf", p.blocks[last].Text, f)
	}
}
