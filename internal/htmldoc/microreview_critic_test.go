package htmldoc

import (
	"slices"
	"testing"
)

// A critic's Review item a Book, a Movie or the WebPage holds
// (itemprop=review), or no item holds, names the page's author and date:
// only a product's held reviews are its customers' (heldReview).
func TestMicrodataCriticHeldReview(t *testing.T) {
	review := `<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Lind</span></span><time itemprop="datePublished" datetime="2025-11-03">3 November 2025</time><div itemprop="reviewBody"><p>A slow, luminous book.</p></div></div>`
	for _, c := range []struct{ name, body string }{
		{"a book critic's review the Book holds", `<article itemscope itemtype="https://schema.org/Book"><h1 itemprop="name">The Tide Book</h1>` + review + `</article>`},
		{"a film critic's review the Movie holds", `<article itemscope itemtype="http://schema.org/Movie"><h1 itemprop="name">Harbour Lights</h1>` + review + `</article>`},
		{"a stray itemprop=review no item holds (a review plugin's markup)", `<div class="post">` + review + `</div>`},
		{"a review the WebPage holds", `<div itemscope itemtype="https://schema.org/WebPage"><h1 itemprop="name">Harbour Lights, reviewed</h1>` + review + `</div>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><title>Reviews</title></head><body>`+c.body+`</body>`)
			if m := doc.Meta; m.Published != "2025-11-03" || !slices.Equal(m.Authors, []string{"Ana Lind"}) {
				t.Errorf("published %q, authors %q; want the critic's 2025-11-03, [Ana Lind]", m.Published, m.Authors)
			}
		})
	}
}

// Review items that come as a list, held by no item or by one that is
// no product (a review plugin's markup on a shop's page), are its
// customers': none names the page's author or date.
func TestMicrodataListedReviewsCustomers(t *testing.T) {
	review := func(name, day string) string {
		return `<div class="rv" itemprop="review" itemscope itemtype="http://schema.org/Review"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">` + name + `</span></span><meta itemprop="datePublished" content="` + day + `"><span itemprop="description">Works well.</span></div>`
	}
	two := review("Kim R.", "2025-10-02") + review("Lee P.", "2025-09-14")
	for _, c := range []struct{ name, body string }{
		{"two review items no item holds", `<div class="reviews">` + two + `</div>`},
		{"two review items a Movie holds", `<div itemscope itemtype="https://schema.org/Movie"><h1 itemprop="name">Harbour Lights</h1>` + two + `</div>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head><title>Speakers</title></head><body>`+c.body+`</body>`)
			if m := doc.Meta; m.Published != "" || len(m.Authors) > 0 {
				t.Errorf("published %q, authors %q; want none: a customer's", m.Published, m.Authors)
			}
		})
	}
}
