package clean

import (
	"strings"
	"testing"
)

// storyHTML is a page with a headline and a story of three paragraphs,
// around extra markup.
func storyHTML(head, foot string) string {
	p := "<p>" + strings.Repeat("The council met on the matter again and the works went on as planned. ", 4) + "</p>"
	return "<!doctype html><html><head><title>Works go on</title></head><body><main><article><h1>Works go on</h1>" +
		head + p + p + p + "</article>" + foot + "</main></body></html>"
}

func TestMarkedDate(t *testing.T) {
	for _, c := range []struct {
		name, head, foot, want string
	}{
		{"a block marked as the post's date",
			`<div class="post-date"><i class="icon"></i><span>June 9, 2025</span></div>`, "", "2025-06-09"},
		{"a labelled date in a marked element of a longer strip",
			`<p class="meta"><span class="author">Jane Doe</span> | <span class="published">Posted on Dec 30, 2025</span> | Indoor Plants</p>`, "", "2025-12-30"},
		{"an age in the text, the date in the marked element's title",
			`<div class="info"><span class="article-post-date" title="2025-12-18">Posted: 2 days ago</span></div>`, "", "2025-12-18"},
		{"an entry's date in the article's footer",
			"", `<article><p>More of the story.</p><footer class="entry-footer"><p class="entry-meta"><time class="entry-time">June 9, 2020</time> · Jane Doe</p></footer></article>`, "2020-06-09"},
		{"leave alone: a date in the page's footer",
			"", `</main><footer><p class="entry-meta"><span class="date">June 9, 2020</span></p></footer><main>`, ""},
		{"leave alone: an update's date",
			`<div class="post-modified-date">June 9, 2025</div>`, "", ""},
		{"leave alone: the date under a label that calls it an update",
			`<div>Page updated:</div><div class="date">12 November 2025</div>`, "", ""},
		{"leave alone: a comment's date",
			"", `<div class="comment-date">June 9, 2025</div>`, ""},
		{"leave alone: today's date in the masthead",
			`<p id="todays-date">Friday, December 19, 2025</p>`, "", ""},
		{"leave alone: a card of another post, its linked headline above",
			"", `<div class="box"><h3><a href="/other">Another story about the council works</a></h3><div class="entry-date">March 13, 2026</div></div>`, ""},
		{"leave alone: a card of another post, in a list of related posts",
			"", `<div class="related-posts"><div class="entry-date">March 13, 2026</div></div>`, ""},
		{"leave alone: a date in an unmarked block",
			`<div class="info">June 9, 2025</div>`, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(storyHTML(c.head, c.foot)), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.MarkedAt); got != c.want {
				t.Errorf("MarkedAt %q, want %q", got, c.want)
			}
		})
	}
}

func TestOwnEntryDate(t *testing.T) {
	const page = "https://blog.example.com/posts/pixel-ui-part-1"
	for _, c := range []struct {
		name, foot, want string
	}{
		{"the page's own entry in a list of recent posts",
			`<aside class="sidebar"><h3>Recent Posts</h3>
			<div class="post-item"><h4><a href="https://blog.example.com/posts/pixel-ui-part-1">Pixel UI, part 1</a></h4><time datetime="2025-12-02">December 02, 2025</time></div>
			<div class="post-item"><h4><a href="/posts/android-unity">Android and Unity</a></h4><time datetime="2024-02-26">February 26, 2024</time></div></aside>`,
			"2025-12-02"},
		{"a relative link with a trailing slash, the date in the same line",
			`<ul><li><a href="/posts/pixel-ui-part-1/">Pixel UI, part 1</a> – 3 March 2024</li></ul>`, "2024-03-03"},
		{"leave alone: another page's entry",
			`<ul><li><a href="/posts/android-unity">Android and Unity</a> – 3 March 2024</li></ul>`, ""},
		{"leave alone: a comment's permalink",
			`<div class="c"><a href="https://blog.example.com/posts/pixel-ui-part-1#comment-12">Ann wrote</a></div><div>March 5, 2024</div>`, ""},
		{"leave alone: an update line linked to the page",
			`<div class="entry-date">Last updated on <a href="https://blog.example.com/posts/pixel-ui-part-1">March 12, 2026</a></div>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(storyHTML("", c.foot)), "", &Options{URL: page})
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.ListedAt); got != c.want {
				t.Errorf("ListedAt %q, want %q", got, c.want)
			}
		})
	}
}

// TestPrintedDatesInPageLanguage: on a page tagged Croatian the marked
// entry date and the date beside a link to the page itself read
// "listopada" as October; on a page tagged Polish, or with no tag, as
// November. Invented pages.
func TestPrintedDatesInPageLanguage(t *testing.T) {
	const page = "https://luka.example.hr/vijesti/novi-terminal"
	for _, c := range []struct {
		name, lang, foot, wantMarked, wantListed string
	}{
		{"Croatian: marked entry date", "hr",
			`<article><footer><span class="entry-date">17. listopada 2025.</span></footer></article>`, "2025-10-17", ""},
		{"Croatian: the 31st, no day in November", "hr-HR",
			`<article><footer><span class="entry-date">31. listopada 2025.</span></footer></article>`, "2025-10-31", ""},
		{"Polish: marked entry date", "pl",
			`<article><footer><span class="entry-date">17 listopada 2025</span></footer></article>`, "2025-11-17", ""},
		{"no tag: marked entry date", "",
			`<article><footer><span class="entry-date">17. listopada 2025.</span></footer></article>`, "2025-11-17", ""},
		{"Croatian: own entry in a list", "hr",
			`<ul><li><a href="/vijesti/novi-terminal">Novi terminal</a></li><li>17. listopada 2025.</li></ul>`, "", "2025-10-17"},
		{"Polish: own entry in a list", "pl",
			`<ul><li><a href="/vijesti/novi-terminal">Nowy terminal</a></li><li>17 listopada 2025</li></ul>`, "", "2025-11-17"},
	} {
		t.Run(c.name, func(t *testing.T) {
			html := storyHTML("", c.foot)
			if c.lang != "" {
				html = strings.Replace(html, "<html>", `<html lang="`+c.lang+`">`, 1)
			}
			res, err := HTML([]byte(html), "", &Options{URL: page})
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.MarkedAt); got != c.wantMarked {
				t.Errorf("MarkedAt %q, want %q", got, c.wantMarked)
			}
			if got := dayOf(res.Meta.ListedAt); got != c.wantListed {
				t.Errorf("ListedAt %q, want %q", got, c.wantListed)
			}
		})
	}
}
