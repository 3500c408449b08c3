package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestTeaserAbove checks teaserAbove on the block that prints a date
// above the headline: a teaser card's linked headline makes the date
// another page's; an author's link of four words (by its href, its rel
// or the byline's word before it), a section's link (short, or of four
// words to a one-word path), a script link or a share button's link
// leaves it the page's own. Invented markup.
func TestTeaserAbove(t *testing.T) {
	for _, c := range []struct {
		name, above string
		want        bool
	}{
		{"a card's linked headline", `<div class="card"><a href="/ferry-fares">Ferry fares to rise in May</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline in title case", `<div class="card"><a href="/ferry-fares">Ferry Fares Rise Again</a> <span>Nov 30, 2025</span></div>`, true},
		{"a four-word author under /author/", `<div class="by">By <a href="/author/ana">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>`, false},
		{"a four-word author after Von", `<div class="by">Von <a href="/team/ana">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>`, false},
		{"a four-word author with rel=author", `<div class="by"><a rel="author" href="/team/ana">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>`, false},
		{"a four-word author on a profile page", `<div class="by"><a href="https://news.example/profile/ana-reyes">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>`, false},
		{"a four-word author with an author's class", `<div class="by"><a class="byline__author" href="/team/ana">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>`, false},
		{"a four-word author after Por and a no-break space", "<div class=\"by\">Por\u00a0<a href=\"/team/ana\">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>", false},
		{"a four-word author on a staff page", `<div class="by"><a href="/staff/ana-reyes/">Ana Sofía Reyes Ortega</a> <span>Nov 30, 2025</span></div>`, false},
		// A section of people holds stories about them: a dated path or
		// a headline's slug and text are a teaser's.
		{"a dated story under /people/", `<div class="card"><a href="/people/2025/11/30/ferry-captain-retires">Ferry captain retires after forty years</a> <span>Nov 30, 2025</span></div>`, true},
		{"a headline's slug under /profiles/", `<div class="card"><a href="/profiles/harbour-master-steps-down">Harbour master steps down this winter</a> <span>Nov 30, 2025</span></div>`, true},
		// "coauthor" ends in "author" but is no byline's word.
		{"a headline after coauthor", `<div class="card">Read the coauthor <a href="/ferry-fares">Ferry Fares Rise Again</a> <span>Nov 30, 2025</span></div>`, true},
		{"a section's link", `<div class="meta"><a href="/local">Local</a> <span>Nov 30, 2025</span></div>`, false},
		{"a print button", `<div class="meta"><a href="javascript:window.print()">Print or save this page</a> <span>Nov 30, 2025</span></div>`, false},
		{"a share button's link", `<div class="meta"><span>Nov 30, 2025</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share this story on Facebook</a></div>`, false},
		{"a tweet intent's link", `<div class="meta"><span>Nov 30, 2025</span> <a href="https://twitter.com/intent/tweet?url=x">Post this story to X</a></div>`, false},
		{"a messenger's share link", `<div class="meta"><span>Nov 30, 2025</span> <a href="whatsapp://send?text=x">Send it on WhatsApp now</a></div>`, false},
		{"a section's link of four words", `<div class="meta"><a href="/local">Local news and weather</a> <span>Nov 30, 2025</span></div>`, false},
		{"a section's link of four words on a full address", `<div class="meta"><a href="https://news.example/business/">Business and the economy</a> <span>Nov 30, 2025</span></div>`, false},
		{"a card's headline under a section's path", `<div class="card"><a href="/local/pier">Ferry fares to rise in May</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on a one-word path it does not name", `<div class="card"><a href="/other">Ferry fares to rise in May</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on a one-word path with an id", `<div class="card"><a href="/a12345">Ferry fares to rise in May</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on the site's home", `<div class="card"><a href="https://other.example">Ferry fares to rise in May</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on a slug opening with share", `<div class="card"><a href="/shareholders-back-merger">Shareholders back the ferry merger</a> <span>Nov 30, 2025</span></div>`, true},
		// Share words count as whole path segments before the query; a
		// one-word path is a section's only for a short text naming it
		// as a word.
		{"a card's headline on a slug holding sharer", `<div class="card"><a href="/coast/boat-sharer-club-closes">Boat sharer club closes its doors</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline whose query names /share/", `<div class="card"><a href="/coast/pier-plan?ref=/share/">Pier plan goes out to the town</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on a topic path it opens with", `<div class="card"><a href="/tides">Tides to reach record heights this week</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on a path inside its first word", `<div class="card"><a href="/news">Newsagents close along the pier</a> <span>Nov 30, 2025</span></div>`, true},
		{"a card's headline on a short id its word opens", `<div class="card"><a href="https://coast.example/pierx">Pier repairs start in March</a> <span>Nov 30, 2025</span></div>`, true},
		{"a share host's link", `<div class="meta"><span>Nov 30, 2025</span> <a href="https://share.social.example/?u=x">Share this story with friends</a></div>`, false},
		{"a share path's link", `<div class="meta"><span>Nov 30, 2025</span> <a href="/share?url=x">Share this story with friends</a></div>`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := `<html><body><div class="top">` + c.above + `</div><article><h1>Harbour board to rebuild the ferry pier</h1>` +
				`<p>The harbour board voted on Tuesday to rebuild the ferry pier before the summer season, at a cost the town will share.</p></article></body></html>`
			doc, err := htmldoc.Parse([]byte(src), "text/html; charset=utf-8", htmldoc.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			dated := -1
			for i, hb := range doc.Blocks {
				if strings.Contains(hb.Text, "Nov 30, 2025") {
					dated = i
					break
				}
			}
			if dated < 0 {
				t.Fatalf("no block prints the date in %q", c.above)
			}
			b := Block{Text: doc.Blocks[dated].Text, Line: dated + 1}
			if got := teaserAbove(b, doc); got != c.want {
				t.Errorf("teaserAbove(%q) = %v, want %v", b.Text, got, c.want)
			}
		})
	}
}
