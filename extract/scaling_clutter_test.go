package extract

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/scaling"
)

// TestScalingClutter checks that each page of scaling.Clutter gets what it
// is for at a small size: every row of the table lands in the body or in
// removed, and every link of the index; the tag words and the comments leave
// the body; and the page of one line is kept whole.
func TestScalingClutter(t *testing.T) {
	const n = 8
	for _, sh := range scaling.Clutter() {
		src := sh.Page(n)
		var a *Article
		var err error
		if sh.HTML {
			a, err = HTMLBytes(src, "text/html; charset=utf-8", &Options{})
		} else {
			a, err = Text(src, &Options{})
		}
		if err != nil {
			t.Fatalf("%s: %v", sh.Name, err)
		}
		body := strings.Join(a.Body, "\n")
		var removed strings.Builder
		for _, r := range a.Removed {
			removed.WriteString(r.Text + "\n")
		}
		switch sh.Name {
		case "figures-table":
			if k := strings.Count(body, "Region ") + strings.Count(removed.String(), "Region "); k != n {
				t.Errorf("%s: %d of %d rows in the body and removed", sh.Name, k, n)
			}
		case "tags-run":
			if strings.Contains(body, "Tags:") || strings.Contains(body, "water treaty talks") {
				t.Errorf("%s: tags left in the body: %q", sh.Name, body)
			}
		case "comments-dated":
			if strings.Contains(body, "says:") || strings.Contains(body, "Reply") {
				t.Errorf("%s: comments left in the body: %q", sh.Name, body)
			}
		case "html-all-links":
			if k := strings.Count(body, "Farmers in the south") + strings.Count(removed.String(), "Farmers in the south"); k != n {
				t.Errorf("%s: %d of %d links in the body and removed", sh.Name, k, n)
			}
		case "one-line":
			if body != strings.TrimSpace(string(src)) {
				t.Errorf("%s: body is %d bytes, want the page's %d", sh.Name, len(body), len(strings.TrimSpace(string(src))))
			}
		default:
			t.Errorf("%s: no check for the shape", sh.Name)
		}
	}
}
