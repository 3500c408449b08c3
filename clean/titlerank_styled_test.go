package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// styledThemePage is an invented post in a common blog theme's markup that
// sets the post's headline in a <div> (no heading element on the page),
// <title> the site's name alone. {{H}} is the headline's element.
const styledThemePage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor Ledger</title></head>
<body><header class="site-header"><a href="/" rel="home">Harbor Ledger</a>
<nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
<main><div class="post-header">{{H}}<span class="post-date">March 4, 2026</span></div>
<div class="entry-content"><p>The ferry between the mainland and the outer islands resumed service on Tuesday after three weeks of repairs to the pier that was damaged in the February storm, officials said.</p>
<p>Residents had relied on a temporary water taxi, which ran twice a day and could not carry vehicles or freight, leaving shops short of supplies for much of the month.</p>
<p>The harbour authority said the new pier pilings were driven deeper and should withstand a storm of the same strength, though a full inspection is planned for the summer.</p></div></main>
<footer><p>Harbor Ledger, 12 Quay Street</p></footer></body></html>`

// TestRankTitleStyled checks that a headline set in a block whose class
// names the article's title is the title over the site's name, and that a
// block whose class names another title (a widget's, the site's) or only
// "title" is not.
func TestRankTitleStyled(t *testing.T) {
	const story = "Ferry Service Returns to the Outer Islands After Storm Repairs"
	for _, c := range []struct{ name, head, want string }{
		{"a <div class=entry-title>", `<div class="entry-title">` + story + `</div>`, story},
		{"a <p class=article__headline>", `<p class="article__headline">` + story + `</p>`, story},
		{"a <div id=postTitle>", `<div id="postTitle">` + story + `</div>`, story},
		{"a <p> in large type", `<p style="font-size: 28px; font-weight: bold">` + story + `</p>`, story},
		{"leave alone: a widget's title", `<div class="widget-title">Ferry Timetables and Other Useful Links</div>`, "Harbor Ledger"},
		{"leave alone: a bare title class", `<div class="title">Ferry Timetables and Other Useful Links</div>`, "Harbor Ledger"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(styledThemePage, "{{H}}", c.head, 1)
			res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://www.harborledger.example/2026/03/ferry-returns"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != c.want {
				t.Errorf("Title = %q, want %q", res.Title, c.want)
			}
		})
	}
}

// TestStyledHeadline checks the class names read as an article's
// headline, one by one.
func TestStyledHeadline(t *testing.T) {
	for _, c := range []struct {
		attr string
		want bool
	}{
		{`class="entry-title"`, true},
		{`class="jeg_post_title"`, true},
		{`class="c-article__title big"`, true},
		{`class="headline"`, true},
		{`id="storyHeadline"`, true},
		{`class="title"`, false},
		{`class="site-title"`, false},
		{`class="widget-title"`, false},
		{`class="entry-subtitle"`, false},
		{`class="related-post-title"`, false},
		{`class="card-headline"`, false},
		{`class="entry-meta"`, false},
		{`style="font-size:2em"`, true},
		{`style="color:red; FONT-SIZE : 1.75rem !important"`, true},
		{`style="font-size: 20pt"`, true},
		{`style="font-size:x-large"`, true},
		{`style="font-size:14px"`, false},
		{`style="font-size:1.2em"`, false},
		{`style="font-size:.5em"`, false},
		{`style="font-size:2.5.1em"`, false},
		{`style="font-size:32"`, false},
		{`style="font-size:large"`, false},
		{`style="line-height:32px"`, false},
		{``, false},
	} {
		doc, err := html.Parse(strings.NewReader(`<div ` + c.attr + `>x</div>`))
		if err != nil {
			t.Fatal(err)
		}
		n := doc.FirstChild.LastChild.FirstChild // html > body > div
		if got := styledHeadline(n); got != c.want {
			t.Errorf("styledHeadline(<div %s>) = %v, want %v", c.attr, got, c.want)
		}
	}
	if styledHeadline(nil) {
		t.Error("styledHeadline(nil) = true")
	}
}
