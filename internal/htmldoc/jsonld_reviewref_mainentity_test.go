package htmldoc

import (
	"slices"
	"testing"
)

// TestJSONLDProductReviewByIDPageMainEntity shows dropHeld dropping an editor's product review
// that the WebPage names as its mainEntity, because the reviewed Product's review key points
// back to it by @id (a tech site's "Trail lantern review" page loses its author and date).
func TestJSONLDProductReviewByIDPageMainEntity(t *testing.T) {
	ld := `{"@context":"https://schema.org","@graph":[` +
		`{"@type":"WebPage","@id":"https://example.org/lantern-review","name":"Trail lantern review","mainEntity":{"@id":"#review"}},` +
		`{"@type":"Product","@id":"#p","name":"Trail lantern","review":{"@id":"#review"}},` +
		`{"@type":"Review","@id":"#review","itemReviewed":{"@id":"#p"},"mainEntityOfPage":{"@id":"https://example.org/lantern-review"},"author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03"}]}`
	doc := mustParse(t, `<!doctype html><head><title>Lanterns</title><script type="application/ld+json">`+ld+`</script></head><body><p>text</p></body>`)
	if m := doc.Meta; m.Published != "2025-11-03" || !slices.Equal(m.Authors, []string{"Ana Lind"}) {
		t.Errorf("published %q, authors %q; want the editor's 2025-11-03, [Ana Lind]", m.Published, m.Authors)
	}
}
