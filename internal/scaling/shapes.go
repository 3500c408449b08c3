// Package scaling builds pages whose size grows by repeating one shape of
// clutter or text, for the benchmarks and the probe that check every stage
// is linear in its input: a page of a shape at 4N units should cost about
// four times the page at N.
package scaling

import (
	"strconv"
	"strings"
)

// Shape is a page that grows with n: Page(n) repeats the shape's unit n
// times (lines, groups of lines, or elements).
type Shape struct {
	Name string // names the shape in benchmark and probe reports
	HTML bool   // Page gives HTML, not flattened text
	URL  string // the page's address, when a rule needs it
	// Disable names stages to switch off, so that the stage the shape
	// is for sees the lines an earlier stage would take.
	Disable []string
	// Unit names what n counts, for reports: "lines", "groups", "nests".
	Unit string
	Page func(n int) []byte // the page of n units
}

// head is the top of every text page: a title and a paragraph of prose, so
// that the story is found and the repeated lines stand inside or below it.
const head = "Talks on the new water treaty go on in the capital\n\n" +
	"The ministers met again on Tuesday to settle the last points of the treaty, officials said, " +
	"and the talks are expected to go on for most of the week.\n\n"

// wrappedLine is one line of a paragraph hard-wrapped at 63 columns.
const wrappedLine = "the minister said that the talks would go on in the capital for"

// Text are the text shapes of issue 9, each once quadratic in its size.
func Text() []Shape {
	return []Shape{
		{Name: "wrapped", Unit: "lines", Page: lines(func(int) string { return wrappedLine })},
		{Name: "glued-credit", Unit: "lines", Page: paragraphs(func(i int) string {
			return "Rescue workers search the rubble of a house in the village " + strconv.Itoa(i) + " EPA-EFE/JOHN SMITH"
		})},
		{Name: "suffix", Unit: "lines", URL: "https://arka.am/en/news/economy/talks/", Page: paragraphs(func(i int) string {
			return "The ministry said the programme of loans would go on next year in region " + strconv.Itoa(i) + ". -0-"
		})},
		{Name: "section-date-headlines", Unit: "groups", Page: groups(func(i int) []string {
			return []string{
				"CHRONICLE  25 May 2023 - 23:" + strconv.Itoa(10+i%50),
				"Farmers in the south get seeds and fuel for the spring " + strconv.Itoa(i),
				"New bridge over the river opens to traffic " + strconv.Itoa(i),
			}
		})},
		// The same groups with a blank line after the date line, and the
		// list detector and the story detector off: with them on, the
		// groups go as one headline list and the date detector, which
		// splits the section from the date, never sees them.
		{Name: "section-date-split", Unit: "groups", Disable: []string{"lists", "model"}, Page: groups(func(i int) []string {
			return []string{
				"CHRONICLE  25 May 2023 - 23:" + strconv.Itoa(10+i%50) + "\n",
				"Farmers in the south get seeds and fuel for the spring " + strconv.Itoa(i),
			}
		})},
		{Name: "caption-photo", Unit: "lines", Page: paragraphs(func(i int) string {
			if i%2 == 0 {
				return "Rescue workers search the rubble of a house in the village " + strconv.Itoa(i)
			}
			return "Photo: John Smith"
		})},
		{Name: "photo-alone", Unit: "lines", Page: paragraphs(func(int) string { return "Photo: John Smith" })},
	}
}

// HTML are the HTML shapes of issue 9: a page of n paragraphs, and n
// nests of depth elements each.
func HTML(depth int) []Shape {
	return []Shape{
		{Name: "html-blocks", HTML: true, Unit: "blocks", Page: func(n int) []byte {
			var b strings.Builder
			b.WriteString("<html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1>\n")
			for i := range n {
				b.WriteString("<p>The ministers met again on Tuesday to settle point ")
				b.WriteString(strconv.Itoa(i))
				b.WriteString(" of the treaty.</p>\n")
			}
			b.WriteString("</article></body></html>\n")
			return []byte(b.String())
		}},
		{Name: "html-nested", HTML: true, Unit: "nests", Page: func(n int) []byte {
			var b strings.Builder
			b.WriteString("<html><body><h1>Talks go on</h1>\n")
			for i := range n {
				b.WriteString(strings.Repeat("<div>", depth))
				b.WriteString("<p>Point " + strconv.Itoa(i) + " of the treaty was settled.</p>")
				b.WriteString(strings.Repeat("</div>", depth))
				b.WriteByte('\n')
			}
			b.WriteString("</body></html>\n")
			return []byte(b.String())
		}},
	}
}

// lines gives a page of the head and n adjacent lines.
func lines(line func(i int) string) func(int) []byte { return joined(line, "\n") }

// paragraphs gives a page of the head and n lines, each its own paragraph.
func paragraphs(line func(i int) string) func(int) []byte { return joined(line, "\n\n") }

// joined gives a page of the head and n lines, each followed by end.
func joined(line func(i int) string, end string) func(int) []byte {
	return func(n int) []byte {
		var b strings.Builder
		b.WriteString(head)
		for i := range n {
			b.WriteString(line(i))
			b.WriteString(end)
		}
		return []byte(b.String())
	}
}

// groups gives a page of the head and n groups of lines, a blank line after
// each group.
func groups(group func(i int) []string) func(int) []byte {
	return func(n int) []byte {
		var b strings.Builder
		b.WriteString(head)
		for i := range n {
			for _, l := range group(i) {
				b.WriteString(l)
				b.WriteByte('\n')
			}
			b.WriteByte('\n')
		}
		return []byte(b.String())
	}
}
