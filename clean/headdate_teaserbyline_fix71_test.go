package clean

import (
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

// TestBylineLinkShapes checks bylineLink's class and people-path reads: a
// class word of a writer marks a byline's link, a class of "authority"
// does not, and a link under a section of people is a person's page only
// when its text is a name's shape.
func TestBylineLinkShapes(t *testing.T) {
	for _, c := range []struct {
		html string
		want bool
	}{
		{`<a class="post-author" href="/x">Orla Penhale</a>`, true},
		{`<a class="c-byline__authors" href="/x">Orla Penhale</a>`, true},
		{`<a class="authorbox" href="/x">Orla Penhale</a>`, true},
		{`<a class="port-authority-notice" href="/x">Harbour Rules</a>`, false},
		{`<a class="local-authorities" href="/x">Council Notices</a>`, false},
		{`<a href="/people/orla-penhale">Orla Penhale</a>`, true},
		{`<a href="/people/royal-wedding">Royal wedding guests</a>`, false},
		{`<a href="/people/tide-tables">Tide</a>`, false},
		{`<a href="/people/ali-hasan">علي حسن</a>`, true},
	} {
		doc, err := xhtml.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		a := firstLink(doc)
		if a == nil {
			t.Fatalf("%s: no link", c.html)
		}
		if got := bylineLink(a); got != c.want {
			t.Errorf("bylineLink(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}

// firstLink returns the first <a> element under n, or nil.
func firstLink(n *xhtml.Node) *xhtml.Node {
	if n.Type == xhtml.ElementNode && n.Data == "a" {
		return n
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if a := firstLink(ch); a != nil {
			return a
		}
	}
	return nil
}
