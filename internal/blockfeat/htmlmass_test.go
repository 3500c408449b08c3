package blockfeat

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// massPage is a story of three paragraphs printed by one template (twelve
// words each, a sentence each), a list between the first two, a menu
// above and a footer's paragraph of another template below.
const massPage = `<html><body>
<nav><ul><li><a href="/">Home</a></li></ul></nav>
<div class="story">
<p class="para">The valley road reopened to cars on Friday after the long spring floods.</p>
<ul><li>Bring boots</li><li>Check the weather first</li></ul>
<p class="para">Farmers along the river said the water rose faster than in any other year.</p>
<p class="para">Repairs to the old stone bridge will go on until the end of the summer.</p>
</div>
<footer><p class="legal">This site keeps the copyright of every story and photograph printed on its pages.</p></footer>
</body></html>`

// TestMassFeatures checks the prose-mass features against a page whose
// prose words are counted by hand: four prose blocks of 14, 15, 15 and 14
// words, the story's three sharing a template.
func TestMassFeatures(t *testing.T) {
	doc, err := htmldoc.Parse([]byte(massPage), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	v := HTML(doc.Blocks, &doc.Meta, "")
	names := HTMLNames()
	at := func(prefix, name string) float32 {
		t.Helper()
		for i, b := range doc.Blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return feature(t, names, v[i*HTMLDim:(i+1)*HTMLDim], name)
			}
		}
		t.Fatalf("no block %q", prefix)
		return 0
	}
	words := func(prefix string) int {
		for _, b := range doc.Blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return ShapeOf(b.Text).Words
			}
		}
		return 0
	}
	p1, p2, p3, legal := words("The valley"), words("Farmers"), words("Repairs"), words("This site")
	total := float32(p1 + p2 + p3 + legal)
	for _, c := range []struct {
		block string
		want  float32
	}{
		{"Home", 0},                                    // above all the prose
		{"This site", 0},                               // below all of it
		{"Bring boots", 2 * float32(p1) / total},       // the first paragraph above it
		{"Farmers", 2 * float32(p1) / total},           // the smaller side: p1 above
		{"Repairs", 2 * float32(legal) / total},        // the footer below
		{"The valley", 0},                              // nothing above
		{"Check the weather", 2 * float32(p1) / total}, // as its list's first item
	} {
		if got := at(c.block, "inside-prose-mass"); !near(got, c.want) {
			t.Errorf("inside-prose-mass of %q = %v, want %v", c.block, got, c.want)
		}
	}
	story := float32(p1+p2+p3) / total
	for _, c := range []struct {
		block string
		want  float32
	}{
		{"The valley", story},
		{"Repairs", story},
		{"This site", float32(legal) / total},
		{"Bring boots", 0}, // a list item prints no prose
		{"Home", 0},
	} {
		if got := at(c.block, "template-prose-share"); !near(got, c.want) {
			t.Errorf("template-prose-share of %q = %v, want %v", c.block, got, c.want)
		}
	}
	if p1 < 12 || p2 < 12 || p3 < 12 || legal < 12 {
		t.Fatalf("the page's paragraphs are not prose: %d %d %d %d words", p1, p2, p3, legal)
	}
}

// TestMassFeaturesNoProse: a page without prose sets neither feature.
func TestMassFeaturesNoProse(t *testing.T) {
	doc, err := htmldoc.Parse([]byte(`<ul><li>One</li><li>Two</li></ul><p>Short line.</p>`), "text/html; charset=utf-8", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	v := HTML(doc.Blocks, &doc.Meta, "")
	names := HTMLNames()
	for i := range doc.Blocks {
		for _, n := range massNames {
			if got := feature(t, names, v[i*HTMLDim:(i+1)*HTMLDim], n); got != 0 {
				t.Errorf("block %d: %s = %v on a page without prose", i, n, got)
			}
		}
	}
}

func near(a, b float32) bool { return a-b < 1e-5 && b-a < 1e-5 }
