package clean

import (
	"strings"
	"testing"
)

// TestDropOrphanHeads: a heading over a list of other posts the detector
// dropped (More) and a heading over a sign-up box (Next) lose their
// place; a section's heading over its paragraphs (Method), a heading
// straight over a subheading (Results over Numbers) and a heading whose
// paragraph the detector dropped but whose subsection it keeps (Later) stay.
func TestDropOrphanHeads(t *testing.T) {
	src := `<html><body><article>
<p>One` + para + `</p>
<h2>Method used</h2><p>Two` + para + `</p>
<h2>Results</h2><h3>Numbers</h3><p>Three` + para + `</p>
<h2>Later on</h2><p>Dropped` + para + `</p><h3>Sub</h3><p>Four` + para + `</p>
<h2>More posts you may like</h2><ul><li><a href="/a">First post</a></li><li><a href="/b">Second post</a></li></ul>
<h2>Next steps</h2><div class="signup"><p>Form box</p></div>
</article></body></html>`
	p := htmlTestPage(t, src)
	drop := dropFor(p, "Dropped", "First post", "Second post", "Form box")
	p.dropOrphanHeads(drop)
	var heads []string
	for i := range p.blocks {
		if drop[i] && p.blocks[i].Kind == Other {
			heads = append(heads, p.blocks[i].Text)
		}
	}
	if got := strings.Join(heads, " | "); got != "More posts you may like | Next steps" {
		t.Errorf("orphan headings: %q, want the two over dropped furniture", got)
	}
}
