package clean

import (
	"strings"
	"testing"
)

// TestKeepStoryProse: a guide whose entries sit in cards of their own; the
// detector dropped one entry's paragraph (Beta) between kept entries, a
// share bar, a linked teaser and an aside's prose. The paragraph comes
// back; the share bar (not prose), the teaser (links), the aside and a
// paragraph below the last kept block (Tail) stay out, as does one the
// detector scored under the floor (Gamma).
func TestKeepStoryProse(t *testing.T) {
	src := `<html><body><main><div class="guide">
<div class="card"><h3>Alpha</h3><p>Alpha` + para + `</p></div>
<div class="card"><h3>Beta</h3><p>Beta` + para + `</p></div>
<div class="share"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>
<div class="card"><p>Teaser <a href="/x">a long linked headline of another story on the site that reads as a sentence.</a></p></div>
<aside><p>Aside` + para + `</p></aside>
<div class="card"><h3>Gamma</h3><p>Gamma` + para + `</p></div>
<div class="card"><h3>Delta</h3><p>Delta` + para + `</p></div>
</div><div class="after"><p>Tail` + para + `</p></div></main></body></html>`
	p := htmlTestPage(t, src)
	drop := dropFor(p, "Beta paragraph", "Facebook", "Teaser", "Aside", "Gamma paragraph", "Tail")
	scores := make([]float32, len(p.blocks))
	for i := range scores {
		scores[i] = 0.3
		if strings.HasPrefix(p.blocks[i].Text, "Gamma paragraph") {
			scores[i] = 0.01
		}
	}
	p.keepStoryProse(drop, scores)
	if got := strings.Join(dropped(p, drop), " "); got != "Facebook Teaser Aside Gamma Tail" {
		t.Errorf("dropped after keeping the story's prose: %q, want all but Beta", got)
	}
	// Nothing kept: nothing comes back.
	drop = dropFor(p, "")
	p.keepStoryProse(drop, scores)
	for i := range drop {
		if !drop[i] {
			t.Fatalf("block %q kept on a page whose blocks were all dropped", p.blocks[i].Text)
		}
	}
}
