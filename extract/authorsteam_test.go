package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A company's blog prints its team's name as the byline by the title of a
// post a person signs under the story: the person is the author. A
// person's byline by the title stands whatever the story's end says, and
// a team's byline with no one signing stands too.
func TestTeamBylineSignedBelow(t *testing.T) {
	const url = "https://www.harbourdata.example/blog/faster-queries"
	dated := `<meta property="article:published_time" content="2025-11-04">`
	top := `<h1>Faster queries in five steps</h1><p>%s</p><p><time datetime="2025-11-04">November 4, 2025</time></p>`
	signed := `<p>Written by <a href="https://people.example/ana">Ana Lind</a></p>`
	for _, c := range []struct {
		name, head, tail string
		want             []string
	}{
		{"a team by the title, a person under the story", "By Team Harbour Data", signed, []string{"Ana Lind"}},
		{"leave alone: a person by the title", "By Tom Berg", signed, []string{"Tom Berg"}},
		{"leave alone: a team and no one signing", "By Team Harbour Data", "", []string{"Team Harbour Data"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := []byte("<!doctype html><html lang=en><head>" + dated + "</head><body><nav><a href=/>Home</a></nav><article>" +
				fmt.Sprintf(top, c.head) + story + c.tail + "</article><footer>© Harbour Data</footer></body></html>")
			a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, c.want) {
				t.Errorf("authors %q, want %q", a.Authors, c.want)
			}
		})
	}
}
