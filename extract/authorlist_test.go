package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// authorListPage is an invented report page whose authors are printed
// under an "Author(s)" heading as a list of links to their other papers,
// the page's only byline.
func authorListPage(items ...string) string {
	var li strings.Builder
	for _, it := range items {
		li.WriteString(`<li><a href="/library/?author=x">` + it + `</a></li>`)
	}
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes to extend the night bus network</title></head><body><main>` +
		`<h1>Council votes to extend the night bus network</h1><div class="meta"><h6>Author(s)</h6><ul>` + li.String() + `</ul></div>` +
		`<p>The city council voted on Tuesday to extend the night bus network to four more districts, after a year of complaints from shift workers about the lack of late services.</p>` +
		`<p>The new routes will start in June. The transport department said the extension would cost less than expected because it uses buses that stand idle overnight.</p></main></body></html>`
}

// A list of persons' names under an author's label alone gives them, one
// item each, up to the first item that is no name; a longer roll of
// names (a site's writers) gives none of them.
func TestAuthorLabelOverNameList(t *testing.T) {
	for _, c := range []struct {
		items []string
		want  []string
	}{
		{[]string{"Iris Novak", "Sam Whitaker"}, []string{"Iris Novak", "Sam Whitaker"}},
		{[]string{"Iris Novak"}, []string{"Iris Novak"}},
		{[]string{"Iris Novak", "Sam Whitaker", "Lena Ortiz", "Omar Haddad", "Ruth Engel"}, nil},
		{[]string{"Iris Novak", "Transit policy"}, []string{"Iris Novak"}},
	} {
		a, err := extract.HTMLBytes([]byte(authorListPage(c.items...)), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.items, a.Authors, c.want)
		}
	}
}
