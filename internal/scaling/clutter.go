package scaling

import (
	"strconv"
	"strings"
)

// Clutter are shapes of clutter that issue 9's list named and the shapes
// of [Text] and [HTML] lack: a table of figures flattened to lines, a long
// run of tag words under "Tags:", reader comments each with a date, an
// HTML page whose blocks are all links, and a page of one line with no
// newline.
func Clutter() []Shape {
	return []Shape{
		// Rows of a table of figures, one row a line, columns split by
		// runs of spaces: the figures and signs that the date and number
		// readers look at on every line.
		{Name: "figures-table", Unit: "lines", Page: lines(func(i int) string {
			return "Region " + strconv.Itoa(i) + "    12,450    13,120    +5.4%    25.05.2023"
		})},
		// "Tags:" and then a word a line, as a flattened tag cloud gives it.
		{Name: "tags-run", Unit: "lines", Page: lines(func(i int) string {
			if i == 0 {
				return "Tags:"
			}
			return "water treaty talks " + strconv.Itoa(i)
		})},
		// Reader comments below the story: a name, a date and time, a
		// line of text and "Reply", a blank line after each.
		{Name: "comments-dated", Unit: "groups", Page: groups(func(i int) []string {
			return []string{
				"Reader" + strconv.Itoa(i) + " says:",
				"May " + strconv.Itoa(1+i%28) + ", 2023 at " + strconv.Itoa(1+i%12) + ":" + strconv.Itoa(10+i%50) + " pm",
				"I agree with this, the talks should have ended long ago.",
				"Reply",
			}
		})},
		// One line of prose and no newline at all, as a page whose markup
		// was stripped without its breaks gives it.
		{Name: "one-line", Unit: "sentences", Page: func(n int) []byte {
			var b strings.Builder
			b.WriteString("Talks on the new water treaty go on in the capital. ")
			for i := range n {
				b.WriteString("The ministers settled point ")
				b.WriteString(strconv.Itoa(i))
				b.WriteString(" of the treaty on Tuesday. ")
			}
			return []byte(b.String())
		}},
		// An HTML page whose every block is a list item of one link: an
		// index page, with no story to find.
		{Name: "html-all-links", HTML: true, Unit: "links", Page: func(n int) []byte {
			var b strings.Builder
			b.WriteString("<html><head><title>Latest news</title></head><body><h1>Latest news</h1>\n<ul>\n")
			for i := range n {
				b.WriteString("<li><a href=\"/news/")
				b.WriteString(strconv.Itoa(i))
				b.WriteString("\">Farmers in the south get seeds and fuel for spring ")
				b.WriteString(strconv.Itoa(i))
				b.WriteString("</a></li>\n")
			}
			b.WriteString("</ul></body></html>\n")
			return []byte(b.String())
		}},
	}
}
