package htmldoc

import "testing"

// scriptPost reads the plugin's author and post type from a script's
// data, passes over the numeric "pagePostAuthorID", decodes escapes, and
// gives nothing for a script without the key or with a value that is no
// string.
func TestScriptPost(t *testing.T) {
	for _, c := range []struct{ text, author, typ string }{
		{`var d = {"pagePostType":"post","pagePostAuthorID":18,"pagePostAuthor":"Ana Lind"};`, "Ana Lind", "post"},
		{`x={"pagePostAuthor" : "Jos\u00e9 Pr\u016f\u0161a", "pagePostType":"page"}`, "José Průša", "page"},
		{`var d = {"pagePostType":"post","author":"Ana Lind"};`, "", ""},
		{`var d = {"pagePostAuthor":null};`, "", ""},
		{`var d = {"pagePostAuthor":"Ana Lind`, "", ""},
	} {
		if a, typ := scriptPost(c.text); a != c.author || typ != c.typ {
			t.Errorf("scriptPost(%q) = %q, %q; want %q, %q", c.text, a, typ, c.author, c.typ)
		}
	}
}

// A page's inline script gives Meta.PostAuthor and PostType; a JSON-LD
// block does not.
func TestMetaPostAuthor(t *testing.T) {
	doc, err := Parse([]byte(`<html><head><script type="application/ld+json">{"pagePostAuthor":"Bo Chen"}</script>
	<script>var d = {"pagePostType":"post","pagePostAuthor":"Ana Lind"};</script></head><body><p>Text of the post here.</p></body></html>`), "text/html", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.PostAuthor != "Ana Lind" || doc.Meta.PostType != "post" {
		t.Errorf("PostAuthor, PostType = %q, %q; want Ana Lind, post", doc.Meta.PostAuthor, doc.Meta.PostType)
	}
}

// HomeName is the first link to the site's root whose text has more than
// one word: a menu's "Home", a logo without text and links elsewhere are
// passed over.
func TestMetaHomeName(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{`<a href="/"><img src="logo.png" alt=""></a><a href="/">Home</a><a href="/blog">Blog posts</a><a href="https://x.example/"><b>Ana</b> Lind</a>`, "Ana Lind"},
		{`<a href="/blog">Ana Lind</a><a href="/?page=2">Bo Chen</a>`, ""},
	} {
		doc, err := Parse([]byte(`<html><body><header>`+c.body+`</header><p>Text of the post here.</p></body></html>`), "text/html", Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.HomeName != c.want {
			t.Errorf("HomeName of %s = %q, want %q", c.body, doc.Meta.HomeName, c.want)
		}
	}
}
