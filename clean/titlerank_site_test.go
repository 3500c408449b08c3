package clean

import (
	"strings"
	"testing"
)

// siteThemePage is an invented post in a common blog theme's markup: the
// site's name in the header's <h1> linking home, the post's headline in
// an <h2 class="entry-title">, <title> the site's name alone. {{H}} is
// the post's headline element.
const siteThemePage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Valley Gazette</title>
<meta property="og:site_name" content="Valley Gazette"></head><body>
<header class="site-header"><h1 class="site-title"><a href="/" rel="home">Valley Gazette</a></h1>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav></header>
<main><article class="post type-post">{{H}}
<p class="byline">By Jane Holm</p>
<div class="entry-content"><p>The harbour ferry will run less often from the first week of December, the operator said on Monday, citing fewer passengers in the colder months.</p>
<p>Commuters who rely on the early crossing will find the first boat leaves twenty minutes later, and the last evening service is withdrawn until March.</p>
<p>The operator said the summer timetable would return in April once the pier works are finished and the new pontoon is in place.</p></div>
</article></main></body></html>`

// TestRankTitleOverSiteName checks that the site's name in a theme's
// header <h1> is not the title over the post's headline in an <h2>, and
// that it stays where no other candidate reads as a headline, or where the
// headline itself holds the site's name.
func TestRankTitleOverSiteName(t *testing.T) {
	for _, c := range []struct{ name, head, url, want string }{
		{"the site's name in the header over the post's <h2>", `<h2 class="entry-title">Harbour ferry timetable changes for winter</h2>`,
			"https://news.harbourmedia.example/2025/11/ferry-timetable", "Harbour ferry timetable changes for winter"},
		{"the name the address spells", `<h2 class="entry-title">Harbour ferry timetable changes for winter</h2>`,
			"https://www.valleygazette.example/2025/11/ferry-timetable", "Harbour ferry timetable changes for winter"},
		{"leave alone: no headline-shaped candidate (a label of two words)", `<h2 class="entry-title">Latest posts</h2>`,
			"https://news.harbourmedia.example/", "Valley Gazette"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(siteThemePage, "{{H}}", c.head, 1)
			res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != c.want {
				t.Errorf("Title = %q, want %q", res.Title, c.want)
			}
		})
	}
	t.Run("leave alone: a headline that names the site", func(t *testing.T) {
		page := strings.Replace(siteThemePage, `<h1 class="site-title"><a href="/" rel="home">Valley Gazette</a></h1>`, `<p class="site-title"><a href="/" rel="home">Valley Gazette</a></p>`, 1)
		page = strings.Replace(page, "{{H}}", `<h1 class="entry-title">Valley Gazette wins the regional press award</h1>`, 1)
		res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://news.harbourmedia.example/2025/11/award"})
		if err != nil {
			t.Fatal(err)
		}
		if want := "Valley Gazette wins the regional press award"; res.Title != want {
			t.Errorf("Title = %q, want %q", res.Title, want)
		}
	})
}

func TestSiteNameOnly(t *testing.T) {
	page := strings.Replace(siteThemePage, "{{H}}", "", 1)
	res, err := HTML([]byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	m := res.Meta
	for _, c := range []struct {
		text, host string
		want       bool
	}{
		{"Valley Gazette", "", true},
		{"VALLEY GAZETTE", "", true},
		{"Valleygazette", "www.valleygazette.example", true},
		{"Valley Gazette wins an award", "", false},
		{"Harbour Times", "www.valleygazette.example", false},
		{"The Harbour Times", "www.harbourtimes.example", true},
		{"The Harbour Times Weekly", "www.harbourtimes.example", false},
		{"Theharbour Times", "www.harbourtimes.example", false},
		{"", "", false},
	} {
		if got := siteNameOnly(c.text, m, c.host); got != c.want {
			t.Errorf("siteNameOnly(%q, %q) = %v, want %v", c.text, c.host, got, c.want)
		}
	}
}

// TestRankTitleOverWebSiteName checks the site's name as the JSON-LD
// WebSite object gives it, on a page with no og:site_name and a header
// <h1> that links nowhere.
func TestRankTitleOverWebSiteName(t *testing.T) {
	page := strings.Replace(siteThemePage, `<meta property="og:site_name" content="Valley Gazette">`,
		`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Gazette","url":"https://news.harbourmedia.example/"}]}</script>`, 1)
	page = strings.Replace(page, `<a href="/" rel="home">Valley Gazette</a>`, `Valley Gazette`, 1)
	page = strings.Replace(page, "{{H}}", `<h2 class="entry-title">Harbour ferry timetable changes for winter</h2>`, 1)
	res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://news.harbourmedia.example/2025/11/ferry-timetable"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Meta.WebSiteName != "Valley Gazette" {
		t.Errorf("Meta.WebSiteName = %q, want %q", res.Meta.WebSiteName, "Valley Gazette")
	}
	if want := "Harbour ferry timetable changes for winter"; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
}
