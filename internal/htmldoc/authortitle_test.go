package htmldoc

import "testing"

// TestTitledAuthor checks that a profile link printing no name gives the
// name its title attribute prints, where the address spells it, and that
// a link printing the name, a title naming someone else, an address that
// is no profile's and a link whose text is a headline give none.
func TestTitledAuthor(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"avatar, title the name", `<a href="/author/maya-linden/" title="Maya Linden"><img src="a.jpg" alt=""></a>`, "Maya Linden"},
		{"avatar, title Posts by", `<a href="https://x.example/author/maya-linden/" title="Posts by Maya Linden"><img src="a.jpg" alt=""></a>`, "Maya Linden"},
		{"View profile", `<a href="/authors/maya-linden" title="Maya Linden">View profile</a>`, "Maya Linden"},
		{"the text prints the name", `<a href="/author/maya-linden/" title="Maya Linden">Maya Linden</a>`, ""},
		{"title another name", `<a href="/author/maya-linden/" title="Joel Amari"><img src="a.jpg" alt=""></a>`, ""},
		{"no profile address", `<a href="/news/maya-linden/" title="Maya Linden"><img src="a.jpg" alt=""></a>`, ""},
		{"a headline's words", `<a href="/author/maya-linden/" title="Maya Linden">Council votes on the night buses</a>`, ""},
		{"no title", `<a href="/author/maya-linden/"><img src="a.jpg" alt=""></a>`, ""},
	}
	for _, tt := range tests {
		doc := mustParse(t, "<!doctype html><head><title>T</title></head><body><p>text</p>"+tt.body+"</body>")
		if got := doc.Meta.TitledAuthor; got != tt.want {
			t.Errorf("%s: TitledAuthor = %q, want %q", tt.name, got, tt.want)
		}
	}
}
