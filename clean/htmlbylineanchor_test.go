package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// anchorStory is a blog post's story, long enough to be found as one.
const anchorStory = `<p>The harbour board agreed on Monday to dredge the north channel before the autumn storms, after two ferries ran aground there in the spring.</p>
<p>Work will start next month and take about six weeks, the board said, with the channel closed to larger boats on weekdays while the dredger is at work.</p>
<p>Fishermen who use the channel said they welcomed the decision but worried about the closures, which fall in the busiest weeks of the mackerel season.</p>`

// A blog theme's post title that the stages leave unlabelled as the title
// (an <h3> the model takes for "other") still anchors the byline near it
// where the page's metadata backs it as the title; a heading that is not
// the title anchors nothing.
func TestBylineAnchoredBlogThemes(t *testing.T) {
	for _, c := range []struct {
		name, title, head, body string
		want                    []string
	}{{
		name:  "Blogger's classic theme: \"Posted by\" in the post's footer, the blog's name before the <title>'s",
		title: "Harbour Tides: Harbour board to dredge the north channel",
		body:  `<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Harbour board to dredge the north channel</h3><div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content">STORY</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn"><a href="https://www.blogger.com/profile/0123" rel="author" title="author profile">Jane Holm</a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2025/06/harbour.html" rel="bookmark"><abbr class="published" title="2025-06-02T08:00:00-07:00">8:00 AM</abbr></a></span> <span class="post-comment-link"><a href="#comments">No comments:</a></span></div></div></div></div>`,
		want:  []string{"Jane Holm"},
	}, {
		name:  "Blogger Contempo: the author label in the post's header",
		title: "Harbour board to dredge the north channel",
		body:  `<div class="post-outer"><div class="post"><h3 class="post-title entry-title">Harbour board to dredge the north channel</h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="post-author-label">By</span> <span class="fn"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Jane Holm</span></a></span></span> <span class="byline post-timestamp"><a class="timestamp-link" href="/2025/06/harbour.html" rel="bookmark"><time class="published" datetime="2025-06-02T08:00:00-07:00">June 02, 2025</time></a></span></div></div><div class="post-body entry-content float-container">STORY</div></div></div>`,
		want:  []string{"Jane Holm"},
	}, {
		name:  "leave alone: a sidebar's heading over the story, not the page's title",
		title: "Harbour Tides: Harbour board to dredge the north channel",
		body:  `<div class="sidebar"><h3 class="widget-title">Ferries cancelled as gales hit the coast</h3><div class="widget-meta">By Tom Berg</div></div><div class="post-outer"><div class="post hentry"><div class="post-body entry-content">STORY</div></div></div>`,
	}} {
		t.Run(c.name, func(t *testing.T) {
			src := "<!doctype html><html lang=en><head><title>" + c.title + "</title>" + c.head + "</head><body><header><a href=/>Harbour Tides</a></header>" +
				strings.Replace(c.body, "STORY", anchorStory, 1) + "<footer>Powered by Blogger.</footer></body></html>"
			res, err := HTML([]byte(src), "text/html; charset=utf-8", &Options{URL: "https://harbourtides.blogspot.com/2025/06/harbour.html"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Meta.BylineAuthors; !slices.Equal(got, c.want) {
				t.Errorf("byline authors %q, want %q", got, c.want)
			}
		})
	}
}

// titleBacked takes a heading for the title where the metadata's title is
// it, whole, without the site's name, or as the <title>'s start or end
// (three words or more); never a heading the metadata does not print.
func TestTitleBacked(t *testing.T) {
	for _, c := range []struct {
		text string
		m    htmldoc.Meta
		want bool
	}{
		{"Board to dredge the channel", htmldoc.Meta{OGTitle: "Board to dredge the channel"}, true},
		{"Board to dredge the channel", htmldoc.Meta{HeadlineLD: "Board to Dredge the Channel"}, true},
		{"Board to dredge the channel", htmldoc.Meta{TitleTag: "Harbour Tides: Board to dredge the channel"}, true},
		{"Board to dredge the channel", htmldoc.Meta{TitleTag: "Board to dredge the channel « Harbour Tides"}, true},
		{"Dredging", htmldoc.Meta{TitleTag: "Dredging the north channel"}, false},
		{"Ferries cancelled by gales", htmldoc.Meta{TitleTag: "Harbour Tides: Board to dredge the channel"}, false},
		{"Board to dredge the channel", htmldoc.Meta{}, false},
		{"", htmldoc.Meta{TitleTag: "Harbour Tides"}, false},
	} {
		if got := titleBacked(c.text, &c.m, "harbourtides.blogspot.com"); got != c.want {
			t.Errorf("titleBacked(%q, %+v) = %v, want %v", c.text, c.m, got, c.want)
		}
	}
}

// bylineAnchored leaves a page's blocks alone where one is the title, and
// never changes the blocks it is given.
func TestBylineAnchoredCopies(t *testing.T) {
	h := func(tag string) *Features { return &Features{Tag: tag} }
	m := &htmldoc.Meta{TitleTag: "Board to dredge the channel"}
	blocks := []Block{{Text: "Board to dredge the channel", Kind: Other, HTML: h("h3")}, {Text: "By Jane Holm", Kind: Metadata, HTML: h("div")}, {Text: "The board agreed.", Kind: Body, HTML: h("p")}}
	got := bylineAnchored(blocks, m, "")
	if got[0].Kind != Title || blocks[0].Kind != Other {
		t.Errorf("anchored kinds %v, given %v: want the copy's heading the title, the given blocks unchanged", got[0].Kind, blocks[0].Kind)
	}
	titled := []Block{{Text: "Board to dredge the channel", Kind: Title, HTML: h("h1")}, {Text: "Board to dredge the channel", Kind: Other, HTML: h("h3")}}
	if got := bylineAnchored(titled, m, ""); &got[0] != &titled[0] {
		t.Error("a page with a title block was copied")
	}
	after := []Block{{Text: "The board agreed.", Kind: Body, HTML: h("p")}, {Text: "Board to dredge the channel", Kind: Other, HTML: h("h3")}}
	if got := bylineAnchored(after, m, ""); got[1].Kind != Other {
		t.Error("a heading below the story's first paragraph anchored the byline")
	}
}
