package clean

import "testing"

// TestCreditByline checks which blocks a model labelled credits are read
// as the story's byline: "By" and a person's name with the wire or the
// paper after it, not a picture's credit by its words, its figure or its
// class, nor a label with no name.
func TestCreditByline(t *testing.T) {
	for _, c := range []struct {
		text, path string
		words      []string
		want       bool
	}{
		{"By Mara Quill | Reuters", "body>article>p", nil, true},
		{"By Mara Quill and Tomas Reed, The Associated Press", "body>article>div", nil, true},
		{"By Mara Quill | Reuters", "body>article>figure>figcaption", nil, false},
		{"By Mara Quill | Reuters", "body>article>div>span", []string{"photo-credit"}, false},
		{"Photo by Mara Quill | Reuters", "body>article>p", nil, false},
		{"By Reuters", "body>article>p", nil, false},
	} {
		b := Block{Text: c.text, Kind: Credit, HTML: &Features{Path: c.path, Words: c.words}}
		if got := creditByline(b); got != c.want {
			t.Errorf("creditByline(%q in %s %v) = %v, want %v", c.text, c.path, c.words, got, c.want)
		}
	}
}

// TestTheSite checks that "The" before the site's own name still names
// the site, and that a team or a paper with more words does not.
func TestTheSite(t *testing.T) {
	for _, c := range []struct {
		name, site, host string
		want             bool
	}{
		{"The Harbour Post", "", "harbourpost.example", true},
		{"The Harbour Post", "Harbour Post", "", true},
		{"The Harbourpost Team", "", "harbourpost.example", false},
		{"Harbour Post", "", "harbourpost.example", false},
		{"The Tide Times", "", "harbourpost.example", false},
	} {
		if got := theSite(c.name, c.site, c.host); got != c.want {
			t.Errorf("theSite(%q, %q, %q) = %v, want %v", c.name, c.site, c.host, got, c.want)
		}
	}
}
