package htmldoc

import (
	"slices"
	"testing"
)

// TestJSONLDCriticReviewInOneItemList shows walkJSONLD reading any list under a review key as
// customers': a fact-check's ClaimReview or a CriticReview (never a customer's) in a one-item
// array loses its author and date.
func TestJSONLDCriticReviewInOneItemList(t *testing.T) {
	for _, c := range []struct{ name, ld string }{
		{"a ClaimReview in its Claim's list", `{"@context":"https://schema.org","@type":"Claim","appearance":"https://example.org/post","review":[{"@type":"ClaimReview","author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03","claimReviewed":"Tides stopped"}]}`},
		{"a CriticReview beside a Movie's aggregateRating", `{"@context":"https://schema.org","@type":"Movie","name":"Harbour Lights","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.1","reviewCount":"12"},"review":{"@type":"CriticReview","author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03","reviewBody":"A slow, luminous film."}}`},
		{"a CriticReview in a Movie's one-item list", `{"@context":"https://schema.org","@type":"Movie","name":"Harbour Lights","review":[{"@type":"CriticReview","author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03","reviewBody":"A slow, luminous film."}]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><script type="application/ld+json">`+c.ld+`</script></head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != "2025-11-03" || !slices.Equal(m.Authors, []string{"Ana Lind"}) {
				t.Errorf("published %q, authors %q; want the critic's 2025-11-03, [Ana Lind]", m.Published, m.Authors)
			}
		})
	}
}
