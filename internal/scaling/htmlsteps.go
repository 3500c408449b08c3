package scaling

import (
	"slices"
	"strconv"
	"strings"
)

// storyParagraphs is the story of the HTML step pages: enough prose for
// the story detector to find it whatever clutter is repeated around it.
var storyParagraphs = []string{
	"The ministers met again on Tuesday to settle the last points of the water treaty, officials said, and the talks are expected to go on for most of the week.",
	"Farmers in the south have asked for a share of the river's water in the dry months, when the reservoirs upstream are filled for the winter.",
	"The delegations agreed on a joint commission that will measure the flow at four stations and publish the figures every month.",
	"Engineers from both sides will visit the dams in the spring, the foreign ministry said in a statement released after the meeting.",
	"Talks broke down twice last year over the release of water in August, when the harvest needs it most and the rivers run lowest.",
	"A final text could be signed in the capital before the summer, if the parliaments of both countries approve the plan in time.",
}

// StoryParagraphs are the paragraphs of the story of every [HTMLSteps]
// page.
func StoryParagraphs() []string { return slices.Clone(storyParagraphs) }

// storyPage writes a page: what goes above the story (after the headline),
// the story's paragraphs, and what goes below it inside the story's
// container, then after it in the page.
func storyPage(head, title, above, below, after func(b *strings.Builder)) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Talks on the water treaty go on | The Daily Example</title>\n")
	if head != nil {
		head(&b)
	}
	b.WriteString("</head><body><header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\n")
	b.WriteString("<main><article class=\"post\"><h1 class=\"entry-title\">Talks on the water treaty go on</h1>\n")
	if title != nil {
		title(&b)
	}
	b.WriteString("<div class=\"entry-content\">\n")
	if above != nil {
		above(&b)
	}
	for _, p := range storyParagraphs {
		b.WriteString("<p>" + p + "</p>\n")
	}
	if below != nil {
		below(&b)
	}
	b.WriteString("</div></article>\n")
	if after != nil {
		after(&b)
	}
	b.WriteString("</main><footer class=\"site-footer\"><p>Copyright 2023 The Daily Example</p></footer></body></html>\n")
	return []byte(b.String())
}

// UnitsFor is the number of units that makes a page of sh about size
// bytes.
func (sh Shape) UnitsFor(size int) int {
	one := len(sh.Page(2)) - len(sh.Page(1))
	return max(1, (size-len(sh.Page(0)))/max(1, one))
}

// repeat returns a writer of n units.
func repeat(n int, unit func(b *strings.Builder, i int)) func(b *strings.Builder) {
	return func(b *strings.Builder) {
		for i := range n {
			unit(b, i)
		}
	}
}

// furniture are class names of boxes that sit around a story.
var furniture = []string{"related-posts", "share-buttons", "newsletter-signup", "ad-slot", "author-box", "tags", "comments-link"}

// HTMLSteps are pages for the HTML path's steps after the story detector
// (the story's edges, furniture boxes, calls to act, the story's head and
// tail, authors below the story) and its title and date steps: a story of
// a few paragraphs with one kind of unit repeated n times around it.
func HTMLSteps() []Shape {
	return []Shape{
		{Name: "html-furniture-boxes", HTML: true, Unit: "boxes", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				s := strconv.Itoa(i)
				b.WriteString("<div class=\"" + furniture[i%len(furniture)] + "\"><h3>More on this</h3><ul><li><a href=\"/r/" + s +
					"\">Farmers get seeds and fuel " + s + "</a></li><li><a href=\"/b/" + s + "\">New bridge opens " + s + "</a></li></ul>" +
					"<p>Sign up for our newsletter to get the news every morning.</p></div>\n")
			}), nil)
		}},
		{Name: "html-author-cards", HTML: true, Unit: "cards", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				s := strconv.Itoa(i)
				b.WriteString("<div class=\"author-card\"><img src=\"/a/" + s + ".jpg\" alt=\"\"><p class=\"author-name\">By Jane Doe" + s +
					"</p><p>Jane Doe writes about farming and water for the paper. About the author</p></div>\n")
			}))
		}},
		{Name: "html-author-bios", HTML: true, Unit: "bios", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<aside class=\"author-bio\"><h4>About the author</h4><p>Jane Doe" + strconv.Itoa(i) +
					" is a reporter who covers water and farming. Follow her on X.</p></aside>\n")
			}), nil)
		}},
		{Name: "html-posted-by", HTML: true, Unit: "lines", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<p>Posted by John Smith on 25 May 2023 at 23:" + strconv.Itoa(10+i%50) + "</p>\n")
			}), nil)
		}},
		{Name: "html-head-dates", HTML: true, Unit: "lines", Page: func(n int) []byte {
			return storyPage(nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<p class=\"date\">25 May 2023 - 23:" + strconv.Itoa(10+i%50) + "</p>\n")
			}), nil, nil, nil)
		}},
		{Name: "html-marked-undated", HTML: true, Unit: "lines", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<p class=\"item\"><span class=\"date\">pending</span> note " + strconv.Itoa(i) + "</p>\n")
			}), nil)
		}},
		{Name: "html-head-bylines", HTML: true, Unit: "lines", Page: func(n int) []byte {
			return storyPage(nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<p class=\"byline\">By John Smith" + strconv.Itoa(i) + " and Jane Doe, Staff Writers</p>\n")
			}), nil, nil, nil)
		}},
		{Name: "html-calls-to-act", HTML: true, Unit: "lines", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<p>Subscribe to our newsletter " + strconv.Itoa(i) + " and follow us on Facebook for more news.</p>\n")
			}), nil)
		}},
		{Name: "html-ads-in-story", HTML: true, Unit: "pairs", Page: func(n int) []byte {
			return storyPage(nil, nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<p>" + storyParagraphs[i%len(storyParagraphs)] + "</p><div class=\"ad-slot\"><p>Advertisement</p></div>\n")
			}), nil, nil)
		}},
		{Name: "html-title-repeats", HTML: true, Unit: "headings", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				b.WriteString("<section><h2>Talks on the water treaty go on</h2><p>Read the story " + strconv.Itoa(i) + "</p></section>\n")
			}))
		}},
		{Name: "html-head-times", HTML: true, Unit: "lines", Page: func(n int) []byte {
			return storyPage(nil, repeat(n, func(b *strings.Builder, i int) {
				s := strconv.Itoa(10 + i%50)
				b.WriteString("<p>Updated <time datetime=\"2023-05-25T23:" + s + ":00Z\">25 May 2023, 23:" + s + "</time></p>\n")
			}), nil, nil, nil)
		}},
		{Name: "html-time", HTML: true, Unit: "paragraphs", Page: func(n int) []byte {
			return storyPage(nil, nil, nil, repeat(n, func(b *strings.Builder, i int) {
				s := strconv.Itoa(10 + i%50)
				b.WriteString("<p>" + storyParagraphs[i%len(storyParagraphs)] + " <time datetime=\"2023-05-25T23:" + s +
					":00Z\">25 May 2023, 23:" + s + "</time></p>\n")
			}), nil)
		}},
		{Name: "html-jsonld-graph", HTML: true, Unit: "entries", Page: func(n int) []byte {
			return storyPage(func(b *strings.Builder) {
				b.WriteString("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[")
				for i := range n {
					s := strconv.Itoa(i)
					b.WriteString("{\"@type\":\"Person\",\"@id\":\"https://example.com/#p" + s + "\",\"name\":\"Jane Doe" + s +
						"\"},{\"@type\":\"WebPage\",\"@id\":\"https://example.com/p/" + s + "\",\"name\":\"Page " + s +
						"\",\"datePublished\":\"2023-05-25\"},")
				}
				b.WriteString("{\"@type\":\"NewsArticle\",\"headline\":\"Talks on the water treaty go on\",\"datePublished\":\"2023-05-25T23:12:00Z\"," +
					"\"author\":[{\"@id\":\"https://example.com/#p0\"}]}]}</script>\n")
			}, nil, nil, nil, nil)
		}},
	}
}
