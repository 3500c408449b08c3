package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On HTML, a <time datetime> in a schema.org Comment or Answer item below
// the story is the reply's, never the story's publish date; a forum that
// marks its opening post as a Comment too keeps that post's time (the
// thread's date), and a story's own time above the comments still dates
// it.
func TestReplyTimeNotPublished(t *testing.T) {
	const story = `<h1>Harbor town opens new ferry pier</h1>
<p>The town of Millbrook opened its long-awaited ferry pier on Saturday, ending three years of construction delays that had frustrated commuters and shop owners along the waterfront.</p>
<p>Mayor Dana Whitfield cut the ribbon in front of a crowd of several hundred residents, many of whom had campaigned for the project since the old wooden dock was condemned.</p>
<p>The new pier can berth two vessels at once and includes a covered waiting area, bicycle racks and a ticket kiosk that accepts contactless payment.</p>
<p>Officials expect the first scheduled crossings to the island to begin next month, once the operator finishes crew training.</p>`
	comment := func(typ, name, dt, shown, text string) string {
		return `<div itemscope itemtype="https://schema.org/` + typ + `"><div><span itemprop="author">` + name + `</span></div>
<div><time datetime="` + dt + `">` + shown + `</time></div>
<p itemprop="text">` + text + `</p></div>`
	}
	replies := comment("Comment", "Pat Greene", "2025-06-20T15:53:00+00:00", "June 20, 2025 at 3:53 pm",
		"Finally! I have been waiting for this pier for years and it looks wonderful.") +
		comment("Comment", "Lee Moreno", "2025-06-21T09:12:00+00:00", "June 21, 2025 at 9:12 am",
			"Great news for the island residents, but the parking situation is still a mess.")
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Harbor town opens new ferry pier | Coastline Weekly</title></head><body>` +
			`<header><a href="/">Coastline Weekly</a></header>` + body + `</body></html>`
	}
	for _, c := range []struct{ name, src, published string }{
		{"a reader's comment's time", page(`<article>` + story + `</article><div>` + replies + `</div>`), ""},
		{"an answer's time", page(`<article>` + story + `</article><div>` + strings.ReplaceAll(replies, "/Comment", "/Answer") + `</div>`), ""},
		{"a comment's time marked as its datePublished", page(`<article>` + story + `</article><div>` +
			strings.ReplaceAll(replies, "<time ", `<time itemprop="datePublished" `) + `</div>`), ""},
		{"a comment's time marked by its class", page(`<article>` + story + `</article><div>` +
			strings.ReplaceAll(replies, "<time ", `<time class="post-date" `) + `</div>`), ""},
		{"leave alone: the story's own time above the comments", page(`<article>` +
			strings.Replace(story, "</h1>", `</h1><p><time datetime="2025-06-14">June 14, 2025</time></p>`, 1) +
			`</article><div>` + replies + `</div>`), "2025-06-14"},
		{"leave alone: a forum's opening post marked as a Comment", page(`<h1>Best way to winterize a small boat?</h1><div>` +
			comment("Comment", "harbor_sam", "2025-03-02T08:15:00+00:00", "March 2, 2025",
				"I keep a 16 foot aluminum boat on a trailer and want to store it outside this winter without damaging the engine or the hull. What steps do you all follow every autumn, and which products actually work?") +
			comment("Comment", "Lee Moreno", "2025-03-03T09:12:00+00:00", "March 3, 2025",
				"Fog the engine, stabilize the fuel, pull the drain plug and cover it tightly.") + `</div>`), "2025-03-02"},
		{"leave alone: a forum's opening post's datePublished in a Comment item", page(`<h1>Best way to winterize a small boat?</h1><div>` +
			strings.ReplaceAll(comment("Comment", "harbor_sam", "2025-03-02T08:15:00+00:00", "March 2, 2025",
				"I keep a 16 foot aluminum boat on a trailer and want to store it outside this winter without damaging the engine or the hull. What steps do you all follow every autumn, and which products actually work?")+
				comment("Comment", "Lee Moreno", "2025-03-03T09:12:00+00:00", "March 3, 2025",
					"Fog the engine, stabilize the fuel, pull the drain plug and cover it tightly."), "<time ", `<time itemprop="datePublished" `) + `</div>`), "2025-03-02"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes([]byte(c.src), "text/html; charset=utf-8", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.published {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
