package htmldoc

import (
	"testing"
)

// An author item in a microdata product whose itemtype is a kind of
// Product (IndividualProduct) or lists Product among other types is a
// customer's, never the page's (productItem reads each itemtype token).
func TestMicrodataProductSubtypeAuthor(t *testing.T) {
	for _, c := range []struct{ name, head, body string }{
		{"an IndividualProduct's author item", ``, `<div itemscope itemtype="https://schema.org/IndividualProduct"><h1 itemprop="name">Trail lantern</h1><div class="rev"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kim R.</span></span></div></div>`},
		{"a Product with two itemtypes", ``, `<div itemscope itemtype="https://schema.org/Product https://schema.org/Thing"><h1 itemprop="name">Trail lantern</h1><div class="rev"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kim R.</span></span></div></div>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><title>Lanterns</title>`+c.head+`</head><body>`+c.body+`</body>`)
			if m := doc.Meta; len(m.Authors) > 0 || m.Published != "" {
				t.Errorf("published %q, authors %q; want none: a customer's", m.Published, m.Authors)
			}
		})
	}
}
