package clean

import "testing"

// A headline of flattened text that is a breadcrumb trail gives its last
// part, one that ends with an aggregator's source tag loses the tag, one
// that opens with a page's label ("Blog:") loses the label, and
// headlines with a slash, a bracket or a domain of their own stay whole.
func TestTextTitleTrailAndSource(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Home / Tips & Tools / Book Reviews", "Book Reviews"},
		{"Home » Guides » How To Price Plumbing Jobs", "How To Price Plumbing Jobs"},
		{"Harbour Grads Find Their Degrees No Longer Guarantee Jobs (news.example.com)", "Harbour Grads Find Their Degrees No Longer Guarantee Jobs"},
		{"Rust compiler gets faster builds (github.com) 87", "Rust compiler gets faster builds"},
		{"Blog: Best Harbour Tours of 2025 (Ranked)", "Best Harbour Tours of 2025 (Ranked)"},
		{"Title:Fisher-Guided Model Merging", "Fisher-Guided Model Merging"},
		{"Re: Discuss the 7.1 release here", "Discuss the 7.1 release here"},
		// left alone
		{"Blog: Archive", "Blog: Archive"},
		{"Blogging: How We Grew to 10,000 Readers", "Blogging: How We Grew to 10,000 Readers"},
		{"Recommended: 10 Newsletters on Data", "Recommended: 10 Newsletters on Data"},
		{"Home/Away: Two Seasons on the Road", "Home/Away: Two Seasons on the Road"},
		{"Ports and harbours > the sea's new trade routes", "Ports and harbours > the sea's new trade routes"},
		{"Why we moved the blog (and the domain)", "Why we moved the blog (and the domain)"},
		{"Launch (example.com)", "Launch (example.com)"},
		{"Buying a domain like shop.example (a guide)", "Buying a domain like shop.example (a guide)"},
	} {
		if got := textTitle(c.in, "blog.example.org"); got != c.want {
			t.Errorf("textTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
