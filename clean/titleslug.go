package clean

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
)

// slugWords returns the words of the last segment of a page's address that
// reads as a title, lower-cased ("/2025/09/04/top-nutrition-trends-for-
// fall-2025/" gives top, nutrition, trends, for, fall, 2025), or nil: when
// the last segment with words has two ("/topics/soil/climate-change": the
// page's own short name, which no folder above stands for), or when no
// segment has three words or more (ids, dates and "index.html" are not
// titles; a segment of one word, "overview", passes to the folder above).
func slugWords(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		words := segmentWords(strings.ToLower(segs[i]))
		if n := letterWords(words); n >= 3 {
			return words
		} else if n == 2 {
			return nil // the page's own short name ("climate-change"), not a folder's
		}
	}
	return nil
}

// segmentWords returns the words of one segment of an address's path, its
// file extension (".html", ".php") left out: the runs between hyphens,
// underscores, plus signs and spaces.
func segmentWords(seg string) []string {
	if j := strings.LastIndexByte(seg, '.'); j > 0 && len(seg)-j <= 5 {
		seg = seg[:j]
	}
	return strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == ' ' })
}

// letterWords counts the words that hold a letter (not ids or years).
func letterWords(words []string) int {
	n := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// lineWords returns the lower-cased runs of letters and digits of a line,
// apostrophes dropped ("Biden's" gives bidens), as a set.
func lineWords(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(apostrophes.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		set[w] = true
	}
	return set
}

// apostrophes drops apostrophes (built once: a Replacer is safe for
// concurrent use, and building one per line was half of lineWords' time).
var apostrophes = strings.NewReplacer("'", "", "’", "")

// slugMatch scores how well a line says what the address's slug says: the
// share of the slug's words the line has, plus half the share of the
// line's words the slug has (a slug drops words, rarely adds them). set
// holds the slug's words, made once per page.
func slugMatch(line string, slug []string, set map[string]bool) float64 {
	score, _ := slugScore(lineWords(line), slug, set)
	return score
}

// slugScore is slugMatch's score of a line's words against the slug's
// (set holds the slug's words), and the first half of it, the share of the
// slug's words the line has.
func slugScore(words map[string]bool, slug []string, set map[string]bool) (score, cover float64) {
	if len(words) == 0 || len(slug) == 0 {
		return 0, 0
	}
	in := 0
	for _, w := range slug {
		if words[w] {
			in++
		}
	}
	inLine := 0
	for w := range words {
		if set[w] {
			inLine++
		}
	}
	cover = float64(in) / float64(len(slug))
	return cover + float64(inLine)/float64(len(words))/2, cover
}

// wordSet returns the words as a set.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// minSlugMatch is the least [slugMatch] that makes a line the headline:
// most of the slug's words, and a line that is mostly them.
const minSlugMatch = 0.7

// titleFromURL labels as the title the headline-shaped line, above the
// story's first paragraph at end or that paragraph itself, that best
// matches the page address's slug, and returns it; -1 when the address has
// no slug or no line matches it well enough. A line may be free or taken by
// the learned detector for not story (it scores a headline low, as it does
// a menu's line). Of equal matches the lowest wins: a breadcrumb or menu
// repeats the headline higher up ([betterSlugLine]). The headline-shaped
// line right over the story ([Page.titleAbove]) wins over a line higher
// up when it has as much of the slug and neither line holds the other (a
// menu's "Trail Lamp Guide" over "Choosing a Trail Lamp: The Complete
// Guide"). A headline above that line by one of [Page.headOver]'s marks
// wins over it.
func (p *Page) titleFromURL(end int) int {
	if titleOff("slug") {
		return -1
	}
	best := p.slugTitle(end)
	if best >= 0 && !titleOff("slug-over") {
		best = p.headOver(best, true)
	}
	if best >= 0 {
		p.blocks[best].Kind, p.blocks[best].Rule = Title, "generic/title"
	}
	return best
}

// slugTitle returns the line [Page.titleFromURL] labels, without labelling
// it; -1 when there is none. Words are compared by [wordForm]; a line
// needs most of the slug ([slugMost]); an address whose own last segment
// is two words has no slug here ([shortLastSlug]). A line a date line or
// byline signs wins over a better one that none signs
// ([Page.signedSlugLine]). Where the best line at or above end says only
// part of the slug, a line a few lines under end that says all of it wins
// ([Page.slugUnderStart]): end was a paragraph misread as the story's.
func (p *Page) slugTitle(end int) int {
	slug := slugWords(p.in.url)
	if slug == nil || shortLastSlug(p.in.url) {
		return -1
	}
	forms, set := slugForms(slug)
	best, score, cover := -1, minSlugMatch, 0.0
	signed, sScore, sCover := -1, minSlugMatch, 0.0
	for i := 0; i <= end && i < len(p.blocks); i++ {
		t := strings.TrimSpace(p.blocks[i].Text)
		if !p.free(i) && !byModel(p.blocks[i]) || len(t) > 250 || wordCount(t) < 2 || isTitleTrap(t) || isProse(t) || p.summaryPoint(i) {
			continue
		}
		s, c := slugFit(t, forms, set)
		if s < minSlugMatch || !slugMost(c, len(forms)) {
			continue
		}
		if best < 0 || betterSlugLine(t, strings.TrimSpace(p.blocks[best].Text), s, score, c, cover) {
			best, score, cover = i, s, c
		}
		// the best of the lines a date line or byline signs
		if p.signedBelow(i) && (signed < 0 || betterSlugLine(t, strings.TrimSpace(p.blocks[signed].Text), s, sScore, c, sCover)) {
			signed, sScore, sCover = i, s, c
		}
	}
	if !titleOff("slug-under") {
		best = p.slugUnderStart(end, best, cover, forms, set)
	}
	if best < 0 {
		return -1
	}
	if best > end {
		return best // the headline under a paragraph misread as the story's first
	}
	if p.signedSlugLine(signed, best) && !titleOff("slug-signed") {
		best, cover = signed, sCover
	}
	if a := p.titleAbove(end); a > best && !titleOff("slug-above") {
		t, b := strings.TrimSpace(p.blocks[a].Text), strings.TrimSpace(p.blocks[best].Text)
		if s, c := slugFit(t, forms, set); s >= minSlugMatch && c >= cover && !holdsWords(b, t) && !holdsWords(t, b) && !p.signedOver(best, a) {
			best = a // as much of the slug, right over the story: a menu's line above says it too
		}
	}
	return best
}

// signedOver reports whether line hi, above line lo, has a date line or a
// byline under it and lo has none: hi is the headline, lo a section's
// heading over the story ("The 12 Best Running Shoes of 2026" over "By Jane
// Doe", far above "How to Choose the Best Running Shoes").
func (p *Page) signedOver(hi, lo int) bool {
	return p.signedBelow(hi) && !p.signedBelow(lo)
}

// signedBelow reports whether one of the four blocks under block i is a
// date line or a byline ([Page.dateOrBylineBelow]), or a line that opens
// with a byline's names, whatever a scraper glued after them ("By Jane
// DoeUpdated: Dec 19, 2025").
func (p *Page) signedBelow(i int) bool {
	if p.dateOrBylineBelow(i) {
		return true
	}
	for j := i + 1; j <= min(len(p.blocks)-1, i+4); j++ {
		if t := p.blocks[j].Text; len(t) <= maxDateLine && len(bylineNames(t)) > 0 {
			return true
		}
	}
	return false
}

// byModel reports whether only the learned detector labelled b, as not
// story: a judgement later evidence may overrule.
func byModel(b Block) bool { return strings.HasPrefix(b.Rule, "model/") && b.Kind == Other }

// betterSlugLine reports whether line t, below the best line so far b,
// is the better headline by the address's slug. The larger share of the
// slug's words wins (a slug drops a headline's words, so a menu's entry
// that is all slug words but says only some of them is not it: "SEO
// Agencies" under /blockchain-seo-agency). With the same share, the
// fuller form of a headline wins wherever it is
// (a menu or a breadcrumb prints "Best Running Shoes" over the headline
// "The 12 Best Running Shoes of 2026"); otherwise the better [slugMatch],
// the lower of equals (a breadcrumb repeats the headline higher up).
func betterSlugLine(t, b string, s, bs, c, bc float64) bool {
	if c != bc {
		return c > bc
	}
	if fullerTitle(t, b) {
		return true
	}
	if fullerTitle(b, t) {
		return false
	}
	return s >= bs
}

// fullerTitle reports whether long is short with more said: short's
// words in a row, after at most a count or a year ("The 16", "2026") and
// before more words that no site separator or sentence break sets off
// ("of 2026", "? Definition Explained"). A breadcrumb's trail ("Home »
// Blog » Foo"), a label ("Introduction: Foo"), a site tag ("Foo | Site")
// or a lede that quotes the headline is not a fuller title.
func fullerTitle(long, short string) bool {
	lw, sw := titleWordList(long), titleWordList(short)
	if len(lw) <= len(sw) || len(sw) == 0 || strings.Contains(long, ". ") {
		return false
	}
	for _, sep := range titleSeps {
		if strings.Contains(long, sep) && !strings.Contains(short, sep) {
			return false
		}
	}
	// short's words in a row from long's first, second or third word on
	k := indexWords(lw[:min(len(lw), len(sw)+2)], sw)
	if k <= 0 {
		return k == 0
	}
	// Look for the marks before short's first word in the text the words
	// were read from: in long itself, an apostrophe dropped from that word
	// or a letter whose lower case is longer would put the index off (or
	// out of range).
	norm := strings.ToLower(apostrophes.Replace(long))
	return strings.ContainsAny(strings.Join(lw[:k], ""), "0123456789") && !strings.ContainsAny(norm[:strings.Index(norm, sw[0])], ":»>/|")
}

// titleWordList returns the lower-cased runs of letters and digits of s,
// in order, apostrophes dropped.
func titleWordList(s string) []string {
	return strings.FieldsFunc(strings.ToLower(apostrophes.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// holdsWords reports whether s has all of part's words, in a row.
func holdsWords(s, part string) bool {
	return indexWords(titleWordList(s), titleWordList(part)) >= 0
}

// indexWords returns where part's words first stand in a row in words, or
// -1.
func indexWords(words, part []string) int {
	for k := 0; k+len(part) <= len(words); k++ {
		if slices.Equal(words[k:k+len(part)], part) {
			return k
		}
	}
	return -1
}
