package htmldoc

import (
	"slices"
	"testing"
)

// A critic's one Review held under a reviewed work's "review" key (a
// Movie's, a fact-check's Claim's, a WebPage's) is the page's: its author
// and date are the page's (walkJSONLD flags only a product's reviews).
func TestJSONLDCriticHeldReview(t *testing.T) {
	critic := `{"@type":"Review","author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03","reviewBody":"A slow, luminous film."}`
	for _, c := range []struct{ name, ld string }{
		{"a film critic's review under the Movie", `{"@context":"https://schema.org","@type":"Movie","name":"Harbour Lights","review":` + critic + `}`},
		{"a book critic's review under the Book", `{"@context":"https://schema.org","@type":"Book","name":"The Tide Book","author":{"@type":"Person","name":"Per Dahl"},"review":` + critic + `}`},
		{"a review under the WebPage", `{"@context":"https://schema.org","@type":"WebPage","name":"Harbour Lights, reviewed","review":` + critic + `}`},
		{"a fact-check's ClaimReview under its Claim", `{"@context":"https://schema.org","@type":"Claim","appearance":"https://example.org/post","review":{"@type":"ClaimReview","author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03","claimReviewed":"Tides stopped"}}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><script type="application/ld+json">`+c.ld+`</script></head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != "2025-11-03" || !slices.Equal(m.Authors, []string{"Ana Lind"}) {
				t.Errorf("published %q, authors %q; want the critic's 2025-11-03, [Ana Lind]", m.Published, m.Authors)
			}
		})
	}
}

// Reviews that come as a list of two or more, or beside the holder's
// aggregateRating, are its customers', whatever the holder's type (a
// one-item list under a work with no aggregateRating is its critic's:
// TestJSONLDCriticReviewInOneItemList).
func TestJSONLDCustomerReviewsAnyHolder(t *testing.T) {
	one := `{"@type":"Review","author":{"@type":"Person","name":"Kim R."},"datePublished":"2025-10-02"}`
	two := `{"@type":"Review","author":{"@type":"Person","name":"Per D."},"datePublished":"2025-10-04"}`
	for _, c := range []struct{ name, ld string }{
		{"a list of reviews under a Movie", `{"@context":"https://schema.org","@type":"Movie","name":"Harbour Lights","review":[` + one + `,` + two + `]}`},
		{"one review beside a Book's aggregateRating", `{"@context":"https://schema.org","@type":"Book","name":"The Tide Book","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.2","reviewCount":"31"},"review":` + one + `}`},
		{"a ProductGroup's one review", `{"@context":"https://schema.org","@type":["ProductGroup","Thing"],"name":"Trail lanterns","review":` + one + `}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><script type="application/ld+json">`+c.ld+`</script></head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != "" || len(m.Authors) > 0 {
				t.Errorf("published %q, authors %q; want none: a customer's", m.Published, m.Authors)
			}
		})
	}
}
