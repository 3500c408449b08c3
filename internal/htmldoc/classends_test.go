package htmldoc

import (
	"slices"
	"testing"

	"golang.org/x/net/html"
)

func TestClassEnds(t *testing.T) {
	cases := []struct {
		attrs []html.Attribute
		want  []string
	}{
		{[]html.Attribute{{Key: "class", Val: "related-posts  commentList"}}, []string{"related", "posts", "comment", "list"}},
		{[]html.Attribute{{Key: "class", Val: "content-nav-section"}}, []string{"content", "section"}},
		{[]html.Attribute{{Key: "id", Val: "comments"}}, []string{"comments"}},
		{[]html.Attribute{{Key: "id", Val: "menu-design-for-busy-kitchens"}}, nil}, // a heading's slug
		{[]html.Attribute{{Key: "data-role", Val: "comment"}, {Key: "class", Val: "x"}}, []string{"x"}},
	}
	for _, c := range cases {
		got := ClassEnds(&html.Node{Type: html.ElementNode, Data: "div", Attr: c.attrs}, nil)
		if !slices.Equal(got, c.want) {
			t.Errorf("ClassEnds(%v) = %q, want %q", c.attrs, got, c.want)
		}
	}
}
