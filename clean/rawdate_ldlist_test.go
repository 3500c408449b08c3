package clean

import "testing"

// The script-data scan passes over the datePublished values of a JSON-LD
// ItemList (other stories) and of a live blog's liveBlogUpdate (its
// posts), as the JSON-LD reader does, and still reads a date after them:
// a later script's, a framework state's, or a JSON-LD object the reader
// takes for no article (a recipe).
func TestScriptPublishedPassesLDLists(t *testing.T) {
	list := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"Ferry fares to rise","datePublished":"2025-11-20T10:00:00Z"}},{"@type":"ListItem","position":2,"item":{"@type":"NewsArticle","headline":"Pier closes for repairs","datePublished":"2025-11-18T09:00:00Z"}}]}</script>`
	blog := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Harbour day","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Boats arrive","datePublished":"2025-11-22T10:00:00Z"}]}</script>`
	recipe := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Harbour chowder","datePublished":"2025-12-01"}</script>`
	state := `<script>window.__STATE__={"story":{"publishedAt":"2025-12-03T08:00:00Z"}}</script>`
	for _, c := range []struct{ name, src, want string }{
		{"a list alone", list, ""},
		{"a live blog's posts alone", blog, ""},
		{"a list, then a recipe's script", list + recipe, "2025-12-01"},
		{"a list, then a framework's state", list + state, "2025-12-03T08:00:00+00:00"},
		{"a live blog's posts, then a framework's state", blog + state, "2025-12-03T08:00:00+00:00"},
		{"leave alone: a recipe alone", recipe, "2025-12-01"},
		{"leave alone: a state before a list", state + list, "2025-12-03T08:00:00+00:00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scriptDay(t, c.src); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// ldListSpans finds each JSON-LD script's stretch from its first ItemList
// or liveBlogUpdate to its end, and nothing in scripts with neither or in
// a page without JSON-LD; rawPublishedOutsideLists skips matches inside.
func TestLDListSpans(t *testing.T) {
	src := `<script type="application/ld+json">{"@type":"Recipe"}</script>` +
		`<script type="application/ld+json">{"@type":"ItemList","a":1}</script>` +
		`<script type="application/ld+json">{"x":{"liveBlogUpdate":[]}}</script>`
	spans := ldListSpans([]byte(src))
	if len(spans) != 2 {
		t.Fatalf("spans %v, want 2", spans)
	}
	for i, want := range []string{`"ItemList","a":1}`, `"liveBlogUpdate":[]}}`} {
		if got := src[spans[i].from:spans[i].to]; got != want {
			t.Errorf("span %d %q, want %q", i, got, want)
		}
	}
	upper := `<script type="application/LD+JSON">{"@type":"ItemList","b":2}</script>`
	if spans := ldListSpans([]byte(upper)); len(spans) != 1 || upper[spans[0].from:spans[0].to] != `"ItemList","b":2}` {
		t.Errorf("a type in capitals, as htmldoc reads it: spans %v, want the ItemList's", spans)
	}
	if spans := ldListSpans([]byte(`<p>a+b "ItemList" ld+json+</p>`)); spans != nil {
		t.Errorf("pluses outside a type: spans %v", spans)
	}
	linked := `<link rel="alternate" type="application/ld+json" href="/a.json"><script>var x = {"ItemList":1, "datePublished":"2025-03-07"};</script>`
	if spans := ldListSpans([]byte(linked)); spans != nil {
		t.Errorf("a <link> of type JSON-LD opens no script: spans %v", spans)
	}
	nonced := `<SCRIPT nonce="abc" TYPE="application/ld+json">{"@type":"ItemList"}</SCRIPT>`
	if spans := ldListSpans([]byte(nonced)); len(spans) != 1 {
		t.Errorf("a script's type after other attributes, in capitals: spans %v, want 1", spans)
	}
	if spans := ldListSpans([]byte(`<p>"ItemList"</p>`)); spans != nil {
		t.Errorf("no JSON-LD: spans %v", spans)
	}
	if spans := ldListSpans([]byte(`<script type="application/ld+json">{"@type":"ItemList"`)); len(spans) != 1 {
		t.Errorf("an unclosed script: spans %v, want 1", spans)
	}
}
