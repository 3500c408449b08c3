package clean

import (
	"slices"
	"testing"
)

// barPage is an invented page: a headline, a byline line put in by the
// case, and two paragraphs of story.
const barPage = "Harbour ferry timetable to change in spring\n%s\n" +
	"The harbour board agreed on Monday to run the morning ferry twenty minutes earlier, after commuters asked for a service that reaches the city before eight.\n" +
	"The later boats keep their times, the board said, and the change will be reviewed at the end of the summer once the new passenger counts are in.\n"

// TestBylineNamesBarCoAuthor checks that a co-author printed after a bar
// is read ("By Ann Lee | Bo Kim"), and that a date, a job's title, a
// wire, a place, a paper or a section after a bar is not.
func TestBylineNamesBarCoAuthor(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Ann Lee | Bo Kim", []string{"Ann Lee", "Bo Kim"}},
		{"By Ann Lee | Bo Kim | Cy Park | March 4, 2025", []string{"Ann Lee", "Bo Kim", "Cy Park"}},
		{"By Ann Lee, Bo Kim | Cy Park", []string{"Ann Lee", "Bo Kim", "Cy Park"}},
		{"By Ann Lee | March 4, 2025 | 5 min read", []string{"Ann Lee"}},
		{"By Ann Lee | Staff Writer", []string{"Ann Lee"}},
		{"By Ann Lee | Reuters", []string{"Ann Lee"}},
		{"By Ann Lee | Associated Press", []string{"Ann Lee"}},
		{"By Ann Lee | New York", []string{"Ann Lee"}},
		{"By Ann Lee | The Harbour Post", []string{"Ann Lee"}},
		{"By Ann Lee | World News", []string{"Ann Lee"}},
		{"By Ann Lee | Updated 4 March", []string{"Ann Lee"}},
	} {
		if got := bylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHeadBylineBarAndPlace checks the page's authors from a byline line
// under the headline: a co-author after a bar is kept, a place after a
// comma ("By Ann Lee, New York": where she files from) is no author, and
// the strip with a date after the bar still gives the one name.
func TestHeadBylineBarAndPlace(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Ann Lee | Bo Kim", []string{"Ann Lee", "Bo Kim"}},
		{"By Ann Lee, New York", []string{"Ann Lee"}},
		{"By Ann Lee, Bo Kim, Cape Town", []string{"Ann Lee", "Bo Kim"}},
		{"By Ann Lee, Bo Kim", []string{"Ann Lee", "Bo Kim"}},
		{"By Ann Lee | March 4, 2025 | 5 min read", []string{"Ann Lee"}},
	} {
		if got := pageAuthors(t, barPage, c.line); !slices.Equal(got, c.want) {
			t.Errorf("%q: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// TestHeadWireCreditLine checks that a writer's credit to a wire with no
// byline's word ("Ann Lee, Reuters", "Ann Lee and Bo Kim / AFP") under
// the headline gives the writers and is never the headline, and that a
// headline-like line before a wire's name is left alone.
func TestHeadWireCreditLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Ann Lee, Reuters", []string{"Ann Lee"}},
		{"Ann Lee | AP", []string{"Ann Lee"}},
		{"Ann Lee and Bo Kim / AFP", []string{"Ann Lee", "Bo Kim"}},
		{"Ferry Timetable Change, Reuters", nil},
	} {
		res, err := String(sprintfPage(barPage, c.line), nil)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		title := ""
		for _, b := range res.Blocks {
			if b.Kind == Byline {
				names = append(names, b.Authors...)
			}
			if b.Kind == Title {
				title = b.Text
			}
		}
		if !slices.Equal(names, c.want) {
			t.Errorf("%q: authors %q, want %q", c.line, names, c.want)
		}
		if c.want != nil && title != "Harbour ferry timetable to change in spring" {
			t.Errorf("%q: title %q, want the headline", c.line, title)
		}
	}
	if !wireCreditLine("Ann Lee and Bo Kim / AFP") || wireCreditLine("Ferry times change again, Reuters") {
		t.Errorf("wireCreditLine reads a writer's credit to a wire wrong")
	}
}

// pageAuthors returns the authors the blocks of page give (a byline's,
// a date line's that names them), with line put in its place.
func pageAuthors(t *testing.T, page, line string) []string {
	t.Helper()
	res, err := String(sprintfPage(page, line), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range res.Blocks {
		names = append(names, b.Authors...)
	}
	return names
}

// sprintfPage puts line into page's one %s.
func sprintfPage(page, line string) string {
	for i := 0; i+1 < len(page); i++ {
		if page[i] == '%' && page[i+1] == 's' {
			return page[:i] + line + page[i+2:]
		}
	}
	return page
}
