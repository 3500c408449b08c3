package clean

// Some templates set the page's section or the blog's name in the <h1> and
// the story's headline in a smaller heading under it: Bitrix's news detail
// prints "<h1 id=pagetitle>News</h1>" over an <h3> with the headline,
// Blogger the blog's name over "<h3 class='post-title entry-title'>". The
// page's own titles (<title>, og:title) name the smaller heading.

// maxMinorOverWords bounds the words of an <h1> that a smaller heading
// the metadata names may stand in for: a section's or a blog's name.
const maxMinorOverWords = 3

// minorHeadTitle returns the block of an <h3> to <h6> heading above the
// story's first paragraph that agrees with one of the page's own titles
// (metas, [agrees]), where the page's first <h1>, block h1 (or -1 for
// none), holds at most maxMinorOverWords words and agrees with none of
// them; -1 when there is none. One pass over the blocks above the story.
func (p *Page) minorHeadTitle(metas []string, h1 int) int {
	if len(metas) == 0 || h1 < 0 || wordCount(p.blocks[h1].Text) > maxMinorOverWords {
		return -1
	}
	if agree, _ := agreement(p.blocks[h1].Text, metas); agree {
		return -1
	}
	doc := p.in.doc
	for i := h1 + 1; i < len(p.blocks); i++ {
		b := p.blocks[i]
		if storyProse(b) {
			return -1
		}
		if b.HTML == nil || !minorHeading(b.HTML.Tag) || !p.free(i) || len(b.Text) > 300 {
			continue
		}
		if hb := doc.Blocks[b.Line-1]; hb.Hidden || hb.InNav || hb.InAside || hb.InFooter || hb.InFigure {
			continue
		}
		if wordCount(b.Text) > maxMinorOverWords && !isTitleTrap(b.Text) {
			if agree, _ := agreement(b.Text, metas); agree {
				return i
			}
		}
	}
	return -1
}

// minorHeading reports whether tag is a heading below <h2>.
func minorHeading(tag string) bool {
	return tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6"
}
