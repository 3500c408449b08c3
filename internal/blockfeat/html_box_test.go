package blockfeat

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

const boxPage = `<html><body><div class="entry-content has-share">
<p>Story paragraph one of the page, with no box around it at all.</p></div>
<div id="comments"><p>A reader's comment on the story.</p></div>
<div class="related-posts"><p>A related story teaser.</p></div>
<div class="share-bar"><p>Share this story.</p></div>
<div class="newsletter-signup"><p>Get our newsletter.</p></div>
<div class="ad-slot"><p>An advertisement.</p></div>
<div class="site-menu"><p>Menu entry.</p></div>
<div class="content-nav-section"><p>A section of the story.</p></div>
<ul class="more"><li class="teaser"><a href="/1">First teaser headline here</a><p>First summary.</p></li>
<li class="teaser"><a href="/2">Second teaser headline here</a><p>Second summary.</p></li>
<li class="teaser"><a href="/3">Third teaser headline here</a><p>Third summary.</p></li></ul>
<div class="list"><div class="row"><p>Row one.</p></div><div class="row"><p>Row two.</p></div><div class="row"><p>Row three.</p></div></div>
</body></html>`

// TestBoxFeatures gives each box and item feature a block that sets it and
// one that does not.
func TestBoxFeatures(t *testing.T) {
	doc, err := htmldoc.Parse([]byte(boxPage), "", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	names := HTMLNames()
	v := HTML(doc.Blocks, &doc.Meta, "")
	at := func(prefix, name string) float32 {
		for i, b := range doc.Blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return feature(t, names, v[i*HTMLDim:(i+1)*HTMLDim], name)
			}
		}
		t.Fatalf("no block %q", prefix)
		return 0
	}
	cases := []struct{ name, on, off string }{
		{"box-comment", "A reader's", "Story paragraph"},
		{"box-related", "A related", "Story paragraph"},
		{"box-share", "Share this", "A reader's"}, // "has-share" ends a class name of the story's element too
		{"box-subscribe", "Get our", "Story paragraph"},
		{"box-ad", "An advert", "Story paragraph"},
		{"box-nav", "Menu entry", "A section"}, // "nav" mid-name names nothing
		{"item-repeat", "First summary", "Story paragraph"},
		{"item-repeat", "Row two", "Story paragraph"},
		{"item-headline", "Second summary", "Row two"},
	}
	for _, c := range cases {
		if on, off := at(c.on, c.name), at(c.off, c.name); on <= off {
			t.Errorf("%s: %q gives %.3f, %q %.3f; want the first higher", c.name, c.on, on, c.off, off)
		}
	}
}
