package htmldoc

import "testing"

// The rarer publish and update names of CMS, analytics and RDFa <meta>
// tags are read after the common ones; microdata's dateCreated after its
// datePublished, but never a comment's or an answer's (schema.org's
// comments and answers carry it). RDFa content on other elements is not the page's
// metadata: package clean reads it by the headline only (a teaser's in a
// list of other posts is not this page's date).
func TestMetaRareDateNames(t *testing.T) {
	for _, c := range []struct {
		name, page, published, source, modified string
	}{
		{"bt:pubDate", `<head><meta name="bt:pubDate" content="2024-03-14T09:00:00Z"></head><p>x</p>`, "2024-03-14T09:00:00Z", "meta", ""},
		{"og:pubdate", `<head><meta property="og:pubdate" content="2024-03-14"></head><p>x</p>`, "2024-03-14", "meta", ""},
		{"prism", `<head><meta name="prism.publicationDate" content="2024-03-14"></head><p>x</p>`, "2024-03-14", "meta", ""},
		{"rnews", `<head><meta property="rnews:datePublished" content="2024-03-14"></head><p>x</p>`, "2024-03-14", "meta", ""},
		{"RDFa meta", `<head><meta property="dc:created" content="2024-03-14T09:00:00Z"></head><p>x</p>`, "2024-03-14T09:00:00Z", "meta", ""},
		{"RDFa meta, update", `<head><meta property="dcterms:modified" content="2024-05-01"></head><p>x</p>`, "", "", "2024-05-01"},
		{"common name first", `<head><meta name="created" content="2020-01-01"><meta name="pubdate" content="2024-03-14"></head><p>x</p>`, "2024-03-14", "meta", ""},
		{"microdata dateCreated of the article", `<div itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="dateCreated" content="2024-03-14"><p>x</p></div>`, "2024-03-14", "microdata", ""},
		{"microdata dateCreated of a question, its answer's after", `<div itemscope itemtype="https://schema.org/Question"><time itemprop="dateCreated" datetime="2024-03-14T09:00:00">Mar 14</time><p>x</p><div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><time itemprop="dateCreated" datetime="2024-03-15">Mar 15</time></div></div>`, "2024-03-14T09:00:00", "microdata", ""},
		{"microdata datePublished before dateCreated", `<div itemscope itemtype="https://schema.org/Article"><meta itemprop="dateCreated" content="2024-03-01"><meta itemprop="datePublished" content="2024-03-14"><p>x</p></div>`, "2024-03-14", "microdata", ""},
		{"leave alone: an answer's microdata dateCreated", `<div itemscope itemtype="https://schema.org/Answer"><time itemprop="dateCreated" datetime="2024-03-15">Mar 15</time></div><p>x</p>`, "", "", ""},
		{"leave alone: a comment's microdata dateCreated", `<div itemscope itemtype="https://schema.org/Comment"><meta itemprop="dateCreated" content="2024-03-14"></div><p>x</p>`, "", "", ""},
		{"leave alone: RDFa on a span", `<span property="dc:created" content="2024-03-14"></span><p>x</p>`, "", "", ""},
		{"leave alone: a meta of no date", `<head><meta property="dc:title" content="2024-03-14"></head><p>x</p>`, "", "", ""},
		{"leave alone: an empty content", `<head><meta name="bt:pubDate" content=" "></head><p>x</p>`, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mustParse(t, c.page).Meta
			if m.Published != c.published || m.PublishedSource != c.source || m.Modified != c.modified {
				t.Errorf("published %q from %q, modified %q; want %q from %q, modified %q", m.Published, m.PublishedSource, m.Modified, c.published, c.source, c.modified)
			}
		})
	}
}
