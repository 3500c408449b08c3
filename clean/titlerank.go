package clean

import (
	"math"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/titlerank"
)

// The title of an HTML page, by a learned score: every distinct title the
// page offers (the one the hand rules chose, each visible <h1>, the <h2>
// headings above the story (hidden ones too on a page that hides its
// story: titlerank_hidden.go), the JSON-LD headline, og:title and <title>
// without the site's name, a block above the story styled as a headline
// (titlerank_styled.go)) is a candidate, described by the features
// titlerank.Names lists, and the one the fitted model (titlerank_gen.go,
// made by internal/traintitle on WCXB's train side) scores highest is the
// article's title. The blocks' labels do not change: the body is the same
// whichever title wins.

func init() {
	titlerank.Candidates = func(src []byte, url string) ([]titlerank.Candidate, error) {
		var out []titlerank.Candidate
		grab := titleCapture{run: func(p *Page) { out = p.titleCandidates() }}
		_, err := HTML(src, "text/html; charset=utf-8", &Options{URL: url, Stages: []Stage{grab}, Disable: []string{"html-title-rank"}})
		return out, err
	}
}

// titleCapture runs where the ranker does, on the page as the ranker finds
// it: the trainer's view of the candidates.
type titleCapture struct{ run func(*Page) }

func (titleCapture) Name() string    { return "title-capture" }
func (titleCapture) Priority() int   { return titleRankPriority }
func (s titleCapture) Label(p *Page) { s.run(p) }

// titleRankPriority is the ranker's place among the stages: last, once the
// story detector and the head and tail detectors have labelled the page.
const titleRankPriority = 1700

// maxTitleHeadings bounds the <h1>, the <h2> and the styled candidates of a
// page (each).
const maxTitleHeadings = 5

// rankTitle sets the page's headline to the candidate the model scores
// highest; the hand rules' title wins ties, a headline-shaped candidate
// wins over the site's name alone ([overSiteName]), a tagline or a live
// status the metadata leaves out goes ([withoutTagline],
// [withoutUnmetStatus]), so does the site's name in brackets after it
// ([withoutSiteBracket]), a heading glued from two elements takes the
// metadata's spaces ([spacedAsMeta]), a heading in capitals alone the
// metadata's case ([casedAsMeta]), and a page with no
// candidate keeps no headline (the article's title then comes from the
// blocks).
func (p *Page) rankTitle() {
	model := pickTitleModel()
	if len(model.Weights) != len(titlerank.Names) {
		return
	}
	cands := p.titleCandidates()
	scores := make([]float64, len(cands))
	best, bestScore := -1, math.Inf(-1)
	for i, c := range cands {
		if scores[i] = model.Score(c.X); scores[i] > bestScore {
			best, bestScore = i, scores[i]
		}
	}
	if best < 0 {
		p.headline = ""
		return
	}
	m, host := &p.in.doc.Meta, hostOf(p.pageURL())
	site := titleSite(m)
	p.headline = casedAsMeta(spacedAsMeta(withoutSiteBracket(withoutUnmetStatus(withoutTagline(cands[overSiteName(cands, scores, best, m, host)].Text, m, host), m, host), site, host), m, host), m, host)
}

// titleCand is a distinct title being gathered: its text, the sources that
// give it and where it is printed.
type titleCand struct {
	text    string
	key     string
	src     [7]bool // rules, h1, first-h1, h2, ld, og, title: [titlerank.Names] order
	exact   int     // sources that give exactly this text
	prints  []int   // the blocks that print it
	visible bool
}

// titleCandidates returns the page's distinct titles with their features,
// the hand rules' choice first. Its cost is linear in the page: one pass
// over the blocks and a bounded number of candidates.
func (p *Page) titleCandidates() []titlerank.Candidate {
	doc := p.in.doc
	if doc == nil {
		return nil
	}
	m := &doc.Meta
	host := hostOf(p.pageURL())
	var cands []*titleCand
	add := func(text string, src int, block int) {
		text = withoutBidiMarks(oneLine(mendMojibake(strings.TrimSpace(withoutInvisibles(text))))) // soft hyphens, zero-width spaces and direction marks are invisible
		key := squash(text)
		if key == "" {
			return
		}
		var c *titleCand
		for _, o := range cands {
			if o.key == key {
				c = o
				break
			}
		}
		if c == nil {
			c = &titleCand{text: text, key: key}
			cands = append(cands, c)
		}
		if !c.src[src] {
			c.src[src] = true
			if src != 0 && src != 2 {
				c.exact++
			}
		}
		if block >= 0 {
			c.prints = append(c.prints, block)
			c.visible = true
		}
	}
	visible := func(text string) string {
		return titleInMeta(withoutBrandTail(pageTitle(text, titleSite(m), host), host), m, host)
	}
	hiddenStory := p.storyHidden()
	first := p.firstStoryProse(hiddenStory)
	rules, h1s, h2s, styled := -1, 0, 0, 0
	for i, b := range p.blocks {
		if b.Kind == Title {
			rules = i
			add(visible(p.headingText(i)), 0, i)
			break
		}
	}
	if rules < 0 {
		if ts := metaTitles(m, host); len(ts) > 0 {
			add(unprintedStatusOff(cands, ts[0]), 0, -1) // the article's title when no block is labelled one
		}
	}
	for i, b := range p.blocks {
		if styled < maxTitleHeadings && p.styledCandidate(i, first, hiddenStory) {
			styled++
			add(visible(p.headingText(i)), 3, i) // weighed as an <h2> above the story
			continue
		}
		if b.HTML == nil || b.HTML.Tag != "h1" && b.HTML.Tag != "h2" || len(b.Text) > 300 || doc.Blocks[b.Line-1].Hidden && !hiddenStory || cookieBannerHeading(&doc.Blocks[b.Line-1]) {
			continue
		}
		switch {
		case b.HTML.Tag == "h1" && h1s < maxTitleHeadings:
			h1s++
			t := visible(p.headingText(i))
			add(t, 1, i)
			if h1s == 1 {
				add(t, 2, i)
			}
		case b.HTML.Tag == "h2" && h2s < maxTitleHeadings && i < first:
			h2s++
			add(visible(p.headingText(i)), 3, i)
		}
	}
	for k, t := range []string{m.HeadlineLD, cardTitle(m, host), m.TitleTag} {
		add(unprintedStatusOff(cands, metaTitle(t, m, host)), 4+k, -1)
	}
	cands = mergeLost(cands)
	most := 0
	for _, c := range cands {
		most = max(most, wordCount(c.text))
	}
	out := make([]titlerank.Candidate, 0, len(cands))
	slug := slugWords(p.pageURL())
	slugSet := wordSet(slug)
	for _, c := range cands {
		x := make([]float64, 0, len(titlerank.Names))
		for _, s := range c.src {
			x = append(x, flag(s))
		}
		x = append(x, math.Log1p(float64(c.exact)), flag(c.partOf(cands)), flag(c.visible))
		x = append(x, p.printFeatures(c.prints, first, doc)...)
		x = append(x, titleShape(c.text, titleSite(m), host)...)
		x = append(x, slugMatch(c.text, slug, slugSet), flag(slug != nil))
		_, _, dated := findDateStamp(c.text)
		x = append(x, flag(dated), math.Log1p(float64(h1s)))
		x = append(x, flag(hasYear(c.text)), flag(wordCount(c.text) == most), flag(!c.visible && rules >= 0))
		out = append(out, titlerank.Candidate{Text: c.text, X: x})
	}
	return out
}

// unprintedStatusOff returns t, a title from the metadata, without a live
// page's status before the headline ([withoutLiveBadge]) unless a
// candidate printed on the page carries it too ("BREAKING: ..." in the
// <h1> as in the <title>): the metadata's status is the page's, the
// printed one the headline's.
func unprintedStatusOff(cands []*titleCand, t string) string {
	off := withoutLiveBadge(t)
	if off == t {
		return t
	}
	key := squash(t)
	for _, c := range cands {
		if c.visible && c.key == key {
			return t
		}
	}
	return off
}

// headingText returns block i's text without the labels its element sets
// in it, for readers or for screen readers alone ([withoutBadges]; the
// page's metadata titles tell a reading time from the headline's words).
func (p *Page) headingText(i int) string {
	b := p.blocks[i]
	n := p.in.doc.Blocks[b.Line-1].Node
	m := &p.in.doc.Meta
	return withoutBadges(n, b.Text, m.OGTitle, m.TwitterTitle, m.HeadlineLD, m.TitleTag)
}

// partOf reports whether another candidate holds c's text or is held by
// it ([agrees]) without having the same letters.
func (c *titleCand) partOf(cands []*titleCand) bool {
	for _, o := range cands {
		if o != c && agrees(c.text, o.text) {
			return true
		}
	}
	return false
}

// firstStoryProse returns the index of the story's first paragraph as the
// page's labels leave it, or len(blocks) when there is none; with hidden
// (a page that hides its story: [Page.storyHidden]), its first hidden
// paragraph.
func (p *Page) firstStoryProse(hidden bool) int {
	for i, b := range p.blocks {
		if storyProse(b) && (!hidden || p.in.doc.Blocks[b.Line-1].Hidden) {
			return i
		}
	}
	return len(p.blocks)
}

// storyProse reports whether block b is a paragraph of the story as the
// page's labels leave it: unlabelled or body, and long prose.
func storyProse(b Block) bool {
	return (b.Kind == "" || b.Kind == Body) && len(b.Text) >= 100 && isProse(b.Text)
}

// printFeatures returns the features of where a title is printed: above,
// gap, furniture, link, model-other (all 0 for a title not printed).
func (p *Page) printFeatures(prints []int, first int, doc *htmldoc.Doc) []float64 {
	if len(prints) == 0 {
		return []float64{0, 0, 0, 0, 0}
	}
	above, furniture, link, other := false, true, true, true
	gap := len(p.blocks)
	for _, i := range prints {
		b := p.blocks[i]
		hb := doc.Blocks[b.Line-1]
		above = above || i < first
		gap = min(gap, max(first-i, i-first))
		furniture = furniture && (hb.InNav || hb.InAside || hb.InFooter || hb.InHeader || hb.InFigure)
		link = link && hb.LinkDensity > 0.5
		other = other && byModel(b)
	}
	return []float64{flag(above), math.Log1p(float64(gap)), flag(furniture), flag(link), flag(other)}
}

// titleShape returns the shape features of a candidate title: words, short,
// long, all-caps, capitals, site, trap, sentences.
func titleShape(s, site, host string) []float64 {
	n := wordCount(s)
	x := lineShape(s)
	caps, allCaps := x[2], x[3]
	inSite := namesSite(s, site, host)
	for _, sep := range titleSeps {
		if i := strings.LastIndex(s, sep); i > 0 && namesSite(s[i+len(sep):], site, host) {
			inSite = true
		}
	}
	if _, cut := withoutSiteWorld(s, site, host); cut {
		inSite = true
	}
	sentences := strings.HasSuffix(strings.TrimSpace(s), ".") || notHeadline(s, site, host)
	return []float64{math.Log1p(float64(n)), flag(n <= 3), flag(n > 20), allCaps, caps, flag(inSite), flag(isTitleTrap(s) || onlyDateWords(s) || siteDateStrip(s, site, host)), flag(sentences)}
}

// hasYear reports whether s holds a year of this century or the last as a
// word of its own ("2025", "(2026 Guide)").
func hasYear(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
			return true
		}
	}
	return false
}
