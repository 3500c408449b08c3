package clean

// keepTitleHeading keeps for the later stages the heading over the story
// that the page's own titles name (<title>, og:title, the JSON-LD
// headline: [metaTitles], [agreement]) when the story detector scored it
// under its threshold and no earlier stage took a headline. The detector
// learnt headlines mostly from <h1>s inside an <article> or under a page's
// <h1>: a template that prints the post's headline in a smaller heading
// beside the post's body with no <h1> at all (Blogger's
// <h3 class="post-title">, many forum and CMS themes' <h2>/<h3>) gets its
// headline scored as furniture, and the head detectors, which read the
// bylines and dates under the headline, then miss the head. Only the last
// such heading above the first kept prose counts, one pass over the
// blocks above it; a heading in a menu, sidebar, footer or figure, of
// fewer than minKeptTitleWords words or over 300 bytes stays dropped.
func (p *Page) keepTitleHeading(drop []bool) {
	if titleIndex(p.blocks) >= 0 {
		return
	}
	first := p.nextProse(0, drop)
	var metas []string
	for i := first - 1; i >= 0; i-- {
		hb := p.walkerBlock(i)
		if hb == nil || !drop[i] || !p.free(i) || !hb.InHeading || !headingTag(hb.Tag) || len(p.blocks[i].Text) > 300 {
			continue
		}
		if hb.Hidden || hb.InNav || hb.InAside || hb.InFooter || hb.InFigure || wordCount(p.blocks[i].Text) < minKeptTitleWords || isTitleTrap(p.blocks[i].Text) {
			continue
		}
		if metas == nil {
			metas = metaTitles(&p.in.doc.Meta, hostOf(p.pageURL()))
			if len(metas) == 0 {
				return
			}
		}
		if agree, _ := agreement(p.blocks[i].Text, metas); agree {
			drop[i] = false
		}
		return // the last heading over the story, the headline's place
	}
}

// minKeptTitleWords is the fewest words of a heading that keepTitleHeading
// keeps: a section's or a blog's name of a word or three also agrees with
// a <title> that is only that name.
const minKeptTitleWords = maxMinorOverWords + 1

// headingTag reports whether an element's tag is a heading's, h1 to h6.
func headingTag(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}
