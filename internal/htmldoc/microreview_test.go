package htmldoc

import (
	"slices"
	"testing"
)

// A customer's review in a product's microdata names no author of the
// page, nor its day: a review item the product holds, and an author
// property printed in the product's item itself. A critic's Review item
// at the top and the story's own author item still count.
func TestMicrodataReviewAuthorNotPage(t *testing.T) {
	held := `<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kim R.</span></span><meta itemprop="datePublished" content="2025-10-02"><p itemprop="reviewBody">Bright and light.</p></div>`
	for _, c := range []struct {
		name, body, published string
		authors               []string
	}{
		{"a review item the product holds", `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Trail lantern</h1>` + held + `</div>`, "", nil},
		{"a review's author as a property of the product", `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Trail lantern</h1><div class="review"><meta itemprop="author" content="lantern_fan">Great.</div></div>`, "", nil},
		{"leave alone: a critic's review at the top", `<article itemscope itemtype="https://schema.org/Review"><h1 itemprop="name">The trail lantern, tested</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Lind</span></span><meta itemprop="datePublished" content="2025-11-03"></article>`, "2025-11-03", []string{"Ana Lind"}},
		{"leave alone: the story's author beside a product's held review", `<article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Five lanterns for the trail</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Lind</span></span><meta itemprop="datePublished" content="2025-11-03"><div itemprop="mentions" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Trail lantern</span>` + held + `</div></article>`, "2025-11-03", []string{"Ana Lind"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><title>Lanterns</title></head><body>`+c.body+`</body>`)
			if m := doc.Meta; m.Published != c.published || !slices.Equal(m.Authors, c.authors) {
				t.Errorf("published %q, authors %q; want %q, %q", m.Published, m.Authors, c.published, c.authors)
			}
		})
	}
}
