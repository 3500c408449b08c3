package htmldoc

import (
	"slices"
	"testing"
)

// A customer's Review at the top of a @graph that a Product's review key
// names by its @id is the product's, not the page; a critic's Review at
// the top that no product names stays the page's.
func TestJSONLDProductReviewByID(t *testing.T) {
	for _, c := range []struct {
		name, ld, published string
		authors             []string
	}{
		{"a @graph Product whose review is an @id reference", `{"@context":"https://schema.org","@graph":[{"@type":"Product","name":"Trail lantern","review":[{"@id":"#r1"}]},{"@type":"Review","@id":"#r1","author":{"@type":"Person","name":"Kim R."},"datePublished":"2025-10-02"}]}`, "", nil},
		{"the reference as one object", `{"@context":"https://schema.org","@graph":[{"@type":"Review","@id":"#r1","author":{"@type":"Person","name":"Kim R."},"datePublished":"2025-10-02"},{"@type":"Product","name":"Trail lantern","review":{"@id":"#r1"}}]}`, "", nil},
		{"leave alone: a critic's Review the Product does not name", `{"@context":"https://schema.org","@graph":[{"@type":"Product","@id":"#p","name":"Trail lantern"},{"@type":"Review","@id":"#r1","itemReviewed":{"@id":"#p"},"author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03"}]}`, "2025-11-03", []string{"Ana Lind"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><title>Lanterns</title><script type="application/ld+json">`+c.ld+`</script></head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != c.published || !slices.Equal(m.Authors, c.authors) {
				t.Errorf("published %q, authors %q; want %q, %q", m.Published, m.Authors, c.published, c.authors)
			}
		})
	}
}
