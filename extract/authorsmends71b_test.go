package extract_test

import (
	"slices"
	"testing"
)

// The byline readers the eleventh and twelfth censuses' mends added, on
// the look-alikes that must not read as writers (invented markup): a
// place or a board in a second byline element, a topic or a place before
// a reading time in an unmarked strip, an outlet or a noun after a
// colon-less label. Each no-author row read a name before the mend; the
// rows with authors keep the forms the mends are for.
func TestAuthorsMendsLookAlikes(t *testing.T) {
	for _, r := range []worldBylineRow{
		// nextBylineName: with no "and", the second element marks a
		// writer itself, or the page's meta names the writer
		{name: "a city in the second byline element", lang: "en", byline: `<p class="byline">By Tuuli Aro</p><p class="byline">Port Elwick</p>`, authors: []string{"Tuuli Aro"}},
		{name: "a board in the second byline element", lang: "en", byline: `<p class="byline">By Tuuli Aro</p><p class="byline">Harbour Board</p>`, authors: []string{"Tuuli Aro"}},
		{name: "a writer's span under a byline paragraph", lang: "en", byline: `<p class="byline">By Tuuli Aro</p><span class="author">Bram Lett</span>`, authors: []string{"Tuuli Aro"}},
		{name: "two author-classed elements", lang: "en", byline: `<p class="author">By Tuuli Aro</p><p class="author">Bram Lett</p>`, authors: []string{"Tuuli Aro", "Bram Lett"}},
		{name: "a second byline element the meta confirms", lang: "en", head: `<meta name="author" content="Tuuli Aro"><meta name="author" content="Bram Lett">`, byline: `<p class="byline">By Tuuli Aro</p><p class="byline">Bram Lett</p>`, authors: []string{"Tuuli Aro", "Bram Lett"}},
		// stripNames: with no "By", the strip's element is marked
		{name: "a topic before a reading time", lang: "en", byline: `<div class="meta">Coastal Erosion · 4 min read</div>`},
		{name: "a place before a reading time", lang: "en", byline: `<div class="meta">Port Elwick · 4 min read</div>`},
		{name: "two topics before a date", lang: "en", byline: `<div class="meta">Coastal Erosion &amp; Harbour Policy · Mar 9, 2025</div>`},
		{name: "a name before a reading time in a byline", lang: "en", byline: `<div class="entry-byline">Tuuli Aro · 4 min read</div>`, authors: []string{"Tuuli Aro"}},
		// worldLabels: "Reportaje de" and "Kirjoittanut" want a person
		{name: "Reportaje de a broadcaster", lang: "es", byline: `<p class="firma">Reportaje de Radio Costa Norte</p>`},
		{name: "Reportaje de a noun", lang: "es", byline: `<p class="firma">Reportaje de Actualidad</p>`},
		{name: "Kirjoittanut a newspaper", lang: "fi", byline: `<p>Kirjoittanut Rannikon Sanomat</p>`},
		{name: "Kirjoittanut a paper in one word", lang: "fi", byline: `<p>Kirjoittanut Satamalehti Oy</p>`},
		{name: "Reportaje de a person", lang: "es", byline: `<p class="firma">Reportaje de Irene Soler</p>`, authors: []string{"Irene Soler"}},
	} {
		r.kind = "html"
		if a := r.article(t); !slices.Equal(a.Authors, r.authors) {
			t.Errorf("%s: authors %q, want %q", r.name, a.Authors, r.authors)
		}
	}
}
