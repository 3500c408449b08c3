package clean

import (
	"slices"
	"testing"
)

// TestStoryEndNameTwoParagraphs: a name alone in an element marked as the
// author's signs the story when two of the story's paragraphs stand right
// over it; a testimonial's customer under one quote on a service page, or
// a listing's writer under one teaser, follows one paragraph only and is
// no author (invented pages).
func TestStoryEndNameTwoParagraphs(t *testing.T) {
	const (
		para1 = "<p>The harbour board voted on Tuesday to rebuild the old ferry ramp, which has been closed to cars since a storm cracked its concrete last winter.</p>"
		para2 = "<p>Work is due to start in the spring and to last about four months, during which the ferry will land foot passengers only at the north quay.</p>"
		para3 = "<p>Fishing crews said they welcomed the plan but asked the board to keep the slipway beside the ramp open for their boats during the works.</p>"
		name  = `<p class="author"><strong>Mira Halvorsen</strong></p>`
	)
	for _, c := range []struct {
		name, body string
		signed     bool
	}{
		{"story's end", "<h1>Harbour board to rebuild the ferry ramp</h1>" + para1 + para2 + para3 + name, true},
		{"testimonial under one quote", "<h1>Harbour board to rebuild the ferry ramp</h1>" + para1 + para2 + para3 +
			"<h2>What our customers say</h2><p>The crew fixed our hull in two days and explained every repair they made, so we were back on the water before the regatta began.</p>" + name, false},
		{"teaser under one abstract", "<h1>Harbour board to rebuild the ferry ramp</h1>" + para1 + para2 + para3 +
			"<h3>More from the quay</h3><p>A look at how the fish market's new cold store has changed the working day of the crews who land their catch before dawn.</p>" + name, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><head><title>Harbour board to rebuild the ferry ramp</title></head><body><article>" + c.body + "</article></body></html>"
			res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbourpost.example/ferry-ramp"})
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(res.Meta.BylineAuthors, "Mira Halvorsen"); got != c.signed {
				t.Errorf("authors %q: Mira Halvorsen signs the story %v, want %v", res.Meta.BylineAuthors, got, c.signed)
			}
		})
	}
}
