package clean

import (
	"strings"
	"testing"
)

// titleHeadingStory is a story of three paragraphs for the title heading's
// pages.
const titleHeadingStory = `<p>The lock keepers on the upper canal voted on Tuesday to open the gates two hours earlier from May, after a winter of queues at the top lock.</p>
<p>Boat crews had asked for the change since spring, the keepers said, and the canal trust agreed to pay for a second shift on weekends.</p>
<p>Hire firms at the basin welcomed the vote but warned that the moorings below the flight are already full on most summer evenings.</p>`

// titleHeadingPage is a page whose <title> is title, with body inside
// <body> after a site header.
func titleHeadingPage(title, body string) string {
	return `<html><head><title>` + title + `</title></head><body><header><a href="/">Canal Notes</a><nav><a href="/boats">Boats</a> <a href="/locks">Locks</a></nav></header>` +
		body + `<footer>© 2025 Canal Notes</footer></body></html>`
}

func TestKeepTitleHeading(t *testing.T) {
	const headline = "Lock keepers vote to open the gates earlier"
	for _, c := range []struct {
		name, title, body string
		kept              string // the heading kept for the later stages, "" for none
	}{
		{"Blogger: the post's <h3> beside its body", headline + " | Canal Notes",
			`<div class="post hentry"><h3 class="post-title entry-title">` + headline + `</h3><div class="post-header"><span class="byline post-author">By Ada Marsh</span></div><div class="post-body entry-content">` + titleHeadingStory + `</div></div>`,
			headline},
		{"a theme's <h4> entry title, the <title> the headline alone", headline,
			`<div id="content"><div class="entry"><h4 class="entry-title">` + headline + `</h4><div class="entry-body">` + titleHeadingStory + `</div></div></div>`,
			headline},
		{"the og:title naming the <h3>, a sidebar heading above it", "Canal Notes",
			`<div class="widget"><h3 class="widget-title">Lock keepers' other votes</h3></div><div class="post"><h3 class="post-title">` + headline + `</h3>` + titleHeadingStory + `</div>`,
			headline},
		{"leave alone: the blog's name in the <h3>, the <title> only that name", "Canal Notes",
			`<div class="header-widget"><h3 class="title">Canal Notes</h3></div><div class="post">` + titleHeadingStory + `</div>`,
			""},
		{"leave alone: a section heading the title does not name", headline,
			`<div class="post"><h3 class="section">Notes from the upper canal this week</h3>` + titleHeadingStory + `</div>`,
			""},
		{"leave alone: the headline in a sidebar's list", headline,
			`<aside><h3 class="popular">` + headline + `</h3></aside><div class="post">` + titleHeadingStory + `</div>`,
			""},
		{"leave alone: the matching heading is not the last one above the story", headline,
			`<div class="post"><h3 class="post-title">` + headline + `</h3><h3 class="section">Notes from the upper canal this week</h3>` + titleHeadingStory + `</div>`,
			""},
	} {
		src := titleHeadingPage(c.title, c.body)
		if strings.Contains(c.name, "og:title") {
			src = strings.Replace(src, "</title>", `</title><meta property="og:title" content="`+headline+`">`, 1)
		}
		p := htmlTestPage(t, src)
		drop := make([]bool, len(p.blocks))
		for i := range p.blocks {
			drop[i] = p.walkerBlock(i).Tag != "p"
		}
		p.keepTitleHeading(drop)
		var kept []string
		for i := range p.blocks {
			if !drop[i] && p.walkerBlock(i).Tag != "p" {
				kept = append(kept, p.blocks[i].Text)
			}
		}
		if got := strings.Join(kept, " / "); got != c.kept {
			t.Errorf("%s: kept %q, want %q", c.name, got, c.kept)
		}
	}
}

// TestTitleHeadingWithoutH1 runs whole pages whose headline is a smaller
// heading with no <h1> on the page: the headline is the page's title block,
// not a block the story detector removed as furniture.
func TestTitleHeadingWithoutH1(t *testing.T) {
	const headline = "Lock keepers vote to open the gates earlier"
	for _, body := range []string{
		// Blogger's Contempo theme: the byline and the date, both links, under the title
		`<div class="post-outer"><div class="post"><h3 class="post-title entry-title">` + headline + `</h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="post-author-label">By</span> <span class="fn"><meta content="https://www.blogger.com/profile/0456" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0456" rel="author" title="author profile"><span itemprop="name">Ada Marsh</span></a></span></span> <span class="byline post-timestamp"><a class="timestamp-link" href="/2025/04/locks.html" rel="bookmark"><time class="published" datetime="2025-04-02T08:00:00+01:00">April 02, 2025</time></a></span></div></div><div class="post-body entry-content float-container">` + titleHeadingStory + `</div></div></div>`,
		// a CMS theme's item page: a line of links (writer, day, comments) under an <h3>
		`<div class="content"><div class="item"><h3 class="item-title">` + headline + `</h3><div class="item-info"><a href="/user/amarsh">Ada Marsh</a> <a href="/2025/04/02">2 April 2025</a> <a href="#comments">3 comments</a></div><div class="item-text">` + titleHeadingStory + `</div></div></div>`,
	} {
		res, err := HTML([]byte(titleHeadingPage(headline, body)), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range res.Blocks {
			if b.Text == headline {
				found = true
				if b.Kind != Title {
					t.Errorf("%.40s...: the headline labelled %q by %q, want the title", body, b.Kind, b.Rule)
				}
			}
		}
		if !found {
			t.Errorf("%.40s...: no block holds the headline", body)
		}
	}
}
