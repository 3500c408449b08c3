package clean

import (
	"slices"
	"strings"
	"testing"
)

// tailPage is an invented story page: its head has no byline, foot goes
// after the story inside the <article>, and after is the page's own, below
// it.
func tailPage(site, foot, after string) string {
	var p strings.Builder
	for _, s := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"} {
		p.WriteString("<p>The ferry line across the bay ran again on " + s + " after a winter of repairs to its two piers, and the boats ran full.</p>\n")
	}
	return `<!doctype html><html><head><title>Ferry line reopens</title><meta property="og:site_name" content="` + site + `"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Ferry line reopens</h1>
` + p.String() + foot + `</article></main>
` + after + `</body></html>`
}

func TestTailBylines(t *testing.T) {
	const harbour = "Harbour Post"
	for _, c := range []struct {
		name, site, foot, after string
		want                    []string
	}{
		{"posted by in the article's footer", harbour,
			`<footer class="meta"><p>Posted by Ana Lind on 2025-12-18 in Travel. Tags: ferries, bay.</p></footer>`, "",
			[]string{"Ana Lind"}},
		{"the author's link alone in the article's footer", harbour,
			`<footer class="post-meta"><div class="writer"><p><a href="/author/ana-lind/" rel="author">Ana Lind</a></p></div><h2>Browse Related:</h2></footer>`, "",
			[]string{"Ana Lind"}},
		{"an author's card: the name over the role", harbour,
			`<div class="card"><h3>Ana Lind</h3><p>Staff Writer</p><p>Ana writes about boats.</p></div>`, "",
			[]string{"Ana Lind"}},
		{"the author label over the name in the article's side panel", harbour,
			`<aside class="details"><h3>Published</h3><p>August 30, 2024</p><h3>Author</h3><p>Ana Lind</p></aside>`, "",
			[]string{"Ana Lind"}},
		{"By: under the story", harbour,
			`<p>By: Ana Lind</p>`, "",
			[]string{"Ana Lind"}},
		{"a person's own blog", "Ana Lind's blog",
			`<footer><p>Posted by Ana Lind on 2025-12-18 in Travel.</p></footer>`, "",
			[]string{"Ana Lind"}},
		{"a bare by in an element marked as the author's, a role after the name", harbour,
			`<p>by <span class="author"><a href="/about">Ana Lind</a>, Senior Editor</span></p>`, "",
			[]string{"Ana Lind"}},
		{"leave alone: a bare by in an unmarked line", harbour,
			`<p>by the quay, Ana Lind</p>`, "",
			nil},
		{"leave alone: the page's own footer", harbour,
			"", `<footer class="site"><p>Posted by Ana Lind</p><p><a rel="author" href="/author/ana-lind/">Ana Lind</a></p></footer>`,
			nil},
		{"leave alone: a reader's comment", harbour,
			`<section id="comments"><article class="comment"><footer class="comment-meta"><p>Posted by Tom Berg on 2025-12-19</p></footer><p>Nice.</p></article></section>`, "",
			nil},
		{"leave alone: teasers of other stories", harbour,
			`<footer><ul><li><a href="/b">Bridge works</a> <a rel="author" href="/author/tom-berg/">Tom Berg</a></li><li><a href="/c">Tram fares</a> <a rel="author" href="/author/eva-holm/">Eva Holm</a></li></ul></footer>`, "",
			nil},
		{"leave alone: a grid of features", harbour,
			`<div class="features"><p>Projects</p><p>Custom Status</p><p>AI Writer</p><p>API Calls</p></div>`, "",
			nil},
		{"leave alone: the outlet's name", harbour,
			`<footer><p>Written by Harbour Post</p></footer>`, "",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(tailPage(c.site, c.foot, c.after)), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Meta.BylineAuthors; !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
