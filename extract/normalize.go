package extract

import (
	"sync"

	"github.com/newsclean/newsclean/normalize"
)

// The default normalisers: Unicode clean-up with the spelling layer for
// English text, Unicode clean-up alone for other languages.
var (
	defaultNormalizer = sync.OnceValue(func() *normalize.Normalizer {
		n, err := normalize.New(normalize.Options{})
		if err != nil {
			panic(err) // the built-in gazetteer is compiled by the tests
		}
		return n
	})
	unicodeNormalizer = sync.OnceValue(func() *normalize.Normalizer {
		n, err := normalize.New(normalize.Options{NoNames: true})
		if err != nil {
			panic(err)
		}
		return n
	})
)

// normalizeArticle rewrites the article's text fields with n (nil: the
// default) and records every change. The English gazetteer does not touch
// text in another language: such an article gets the Unicode clean-up only.
func normalizeArticle(a *Article, opts *Options) {
	if opts.NoNormalize {
		return
	}
	n := opts.Normalizer
	if n == nil {
		n = defaultNormalizer()
	}
	if a.Language != "en" && a.Language != "" {
		n = unicodeNormalizer()
	}
	// The replacements gather in a small list on the stack and go to the
	// article in one allocation of their number: appended there one by
	// one, a page's few took several.
	var stack [16]Replacement
	reps := stack[:0]
	one := func(field string, index int, s *string) {
		out, changes := n.String(*s)
		*s = out
		for _, c := range changes {
			if c.Layer == normalize.LayerFlag {
				a.Warnings = append(a.Warnings, Warning{Kind: "flagged-term", Field: field, Index: index, Text: c.From})
				continue
			}
			reps = append(reps, Replacement{Field: field, Index: index, Offset: c.Offset, From: c.From, To: c.To, Layer: string(c.Layer)})
		}
	}
	one("title", 0, &a.Title)
	one("kicker", 0, &a.Kicker)
	one("deck", 0, &a.Deck)
	one("section", 0, &a.Section)
	for i := range a.Authors {
		one("authors", i, &a.Authors[i])
	}
	if a.Dateline != nil {
		one("dateline.text", 0, &a.Dateline.Text)
		one("dateline.place", 0, &a.Dateline.Place)
	}
	for i := range a.Body {
		one("body", i, &a.Body[i])
	}
	for i := range a.Images {
		one("images.caption", i, &a.Images[i].Caption)
		one("images.credit", i, &a.Images[i].Credit)
	}
	if len(reps) > 0 {
		a.Replacements = append(a.Replacements, reps...)
	}
}
