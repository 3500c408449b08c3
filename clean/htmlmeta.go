package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// dropPostMeta drops, on HTML, the lines of a post's metadata the story
// detector keeps, as the text path drops them (isTextMeta, rule
// "model/text-meta"): the post's stamp ("Posted on May 2, 2024 in Health,
// Nutrition", "Published on May 02, 2024 07:44 PM IST") and its tags or
// categories ("Tagged blockchain, optimization, smart contracts", "Posted
// in Guides, Reviews, News"). On WCXB's train articles the HTML path kept 7
// such lines on 3 sites, none a gold line. A stamp signed by its writer
// ("... by Jane Doe") is labelled Other, as on text, for the head's byline
// detectors; the rest Metadata (rule "model/html-meta").
func (p *Page) dropPostMeta(drop []bool) {
	for i := range p.blocks {
		text := p.blocks[i].Text
		if drop[i] || !p.free(i) || !mayBeTextMeta(text) || len(text) > maxTextMetaBytes {
			continue
		}
		sh := blockfeat.ShapeOf(text)
		if sh.Words > maxTextMetaWords || !isTextMeta(text, sh) {
			continue
		}
		p.labelAs(i, postMetaKind(text), "model/html-meta")
		drop[i] = true
	}
}

// maxTextMetaBytes bounds the line dropPostMeta measures: a post's
// metadata of maxTextMetaWords words is shorter.
const maxTextMetaBytes = 600
