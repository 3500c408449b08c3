package htmldoc

import (
	"slices"
	"testing"
)

// A review held under another object's review key (a product's customer
// reviews) is no page candidate: its author is the customer and its day
// hers, never the page's; a Review at the top (a critic's page) still is,
// and so is the page's own article beside a product's reviews.
func TestJSONLDNestedReviewNotPage(t *testing.T) {
	product := func(reviews string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail lantern","review":` + reviews + `}</script>`
	}
	one := `{"@type":"Review","author":{"@type":"Person","name":"Kim R."},"datePublished":"2025-10-02","reviewBody":"Bright and light."}`
	for _, c := range []struct {
		name, head, published string
		authors               []string
	}{
		{"a product's one customer review", product(one), "", nil},
		{"a product's list of customer reviews", product(`[` + one + `,{"@type":"Review","author":"Lee P.","datePublished":"2025-09-14"}]`), "", nil},
		{"a product's reviews under the older key", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail lantern","reviews":[` + one + `]}</script>`, "", nil},
		{"a product's customer review in a graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Lantern Shop"},{"@type":"Product","name":"Trail lantern","review":` + one + `}]}</script>`, "", nil},
		{"leave alone: a critic's review at the top", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Product","name":"Trail lantern"},"author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03"}</script>`, "2025-11-03", []string{"Ana Lind"}},
		{"leave alone: the page's article beside a product's review", `<script type="application/ld+json">[{"@context":"https://schema.org","@type":"BlogPosting","headline":"Five lanterns for the trail","author":{"@type":"Person","name":"Ana Lind"},"datePublished":"2025-11-03"},{"@context":"https://schema.org","@type":"Product","name":"Trail lantern","review":` + one + `}]</script>`, "2025-11-03", []string{"Ana Lind"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head>`+c.head+`</head><body><p>text</p></body>`)
			if m := doc.Meta; m.Published != c.published || !slices.Equal(m.Authors, c.authors) {
				t.Errorf("published %q, authors %q; want %q, %q", m.Published, m.Authors, c.published, c.authors)
			}
		})
	}
}
