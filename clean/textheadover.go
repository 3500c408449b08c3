package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The headline over the line the hand rules took. On flattened text the
// slug rule and the line right over the story (titleAbove) often take a
// section heading, a standfirst or a caption under the headline: the line
// closest to the story, or one that says the slug's words as well. Three
// marks of a headline above such a line are plain in the text, and each
// outranks the place: the last step of a breadcrumb trail printed again
// right under the trail ("Guides / Coffee" over "Coffee"), a line printed
// twice or more in a row (the page's title and its H1), and a line with a
// date line or a byline right under it when the line taken has none.

// maxHeadOver is how many blocks above the line taken headOver looks.
const maxHeadOver = 12

// headOver returns the headline above block t, the line the slug rule
// (bySlug) or titleAbove took, by one of the marks above; t itself when
// none is found. It looks at most maxHeadOver blocks up and stops at a
// paragraph of the story. Over the slug's line, a line printed twice or
// over a date line must say the slug's words as well (a menu's entries are
// printed twice too, and a menu may stand over a date line).
func (p *Page) headOver(t int, bySlug bool) int {
	if t <= 0 || p.in.doc != nil {
		return t
	}
	if p.editorialNote(t) && !titleOff("over-editorial") {
		return p.overEditorialNote(t) // an author card's policy link (textheadover_editorial.go)
	}
	h := p.markedOver(t, bySlug)
	if h != t && p.editorialNote(h) {
		return p.overEditorialNote(h) // the marks' line is that link
	}
	return h
}

// markedOver is headOver's search by the marks, on a page with a
// headline t to look above.
func (p *Page) markedOver(t int, bySlug bool) int {
	if h := p.overMarks(t); h != t && !titleOff("over-marks") {
		return h // over a table of contents, or over a name (textheadover_marks.go)
	}
	var slug []string
	var set map[string]bool
	if bySlug {
		slug = slugWords(p.in.url)
		set = wordSet(slug)
	}
	if p.printedTwice(t) && !titleOff("over-first") {
		return p.firstPrint(t) // the page's title and its H1: no mark above outranks it
	}
	meta := !p.dateOrBylineBelow(t)
	passedMeta, standfirst := false, false
	for i := t - 1; i >= max(0, t-maxHeadOver); i-- {
		if p.storyProse(i) {
			if !passedMeta || standfirst {
				break
			}
			standfirst = true // over the date line or byline: the standfirst, once
			continue
		}
		if k := p.blocks[i].Kind; k == Date || k == Byline || isHeadMeta(strings.TrimSpace(p.blocks[i].Text)) {
			passedMeta = true
		}
		if !p.overCandidate(i) || p.repeatsLine(t, i) {
			continue
		}
		s := p.blocks[i].Text
		switch {
		case p.underCrumb(i) && !titleOff("over-crumb"):
			return i
		case i == t-1 && startsWithLine(s, p.blocks[t].Text) && !titleOff("over-starts"):
			return i // "What to Expect at Tutoring Sessions" over "What to Expect": the headline over its first section
		case bySlug && slugMatch(s, slug, set) < minSlugMatch:
		case wordCount(s) >= 2 && t-i <= maxTwiceGap && p.printedTwice(i) && !titleOff("over-twice"):
			return p.firstPrint(i)
		case i == t-1 && p.standfirstUnder(i, t) && !p.noHeadlineOver(i, t) && !titleOff("over-standfirst"):
			return i
		case p.shortDeckUnder(i, t) && !titleOff("over-shortdeck"):
			return i
		case meta && wordCount(s) >= minMetaWords && p.metaUnder(i, t) && !p.datedTeaser(i) && !titleOff("over-meta"):
			return i
		}
	}
	return t
}

// startsWithLine reports whether line long says all of short's words from
// its first word on, and more: the headline over a section heading that
// says its first words again.
func startsWithLine(long, short string) bool {
	lw, sw := titleWordList(long), titleWordList(short)
	return len(sw) >= 2 && len(lw) > len(sw) && indexWords(lw[:len(sw)], sw) == 0
}

// maxTwiceGap is how far, in blocks, the line taken may stand under a
// headline printed twice: right under it, or one line lower.
const maxTwiceGap = 2

// minMetaWords is the fewest words of a headline over a date line or
// byline taken over the line the rules took: a blog's or a section's
// name stands over the dates of a list of posts.
const minMetaWords = 5

// overCandidate reports whether block i could be the headline headOver
// looks for: free (or only the story detector's not story), short, no
// prose, no byline, no trap, no trail, no lower-case menu row (menuRow),
// no line never the text's headline (notTextHeadline), no full stop at
// its end, no cookie notice's opening (cookieOpening).
func (p *Page) overCandidate(i int) bool {
	b := p.blocks[i]
	if !p.free(i) && !byModel(b) {
		return false
	}
	s := strings.TrimSpace(b.Text)
	return s != "" && outLen(s, maxShort) <= maxShort && !isProse(s) && !isTitleTrap(s) && !byline.MatchString(s) && (!strings.HasSuffix(s, ".") || headlineCased(s)) && !crumbTrailLine(s) && !strings.ContainsAny(s[len(s)-1:], ":|") && !menuRow(s) && !notTextHeadline(s) && !cookieOpening(s)
}

// headlineCased reports whether a line is set in a headline's capitals:
// three words or more of four letters or more (numbers aside), every one of them opening
// with a capital ("Who's Reading Your Newsletter? Increasingly, Not a
// Human."). A headline so set may end in a full stop; a standfirst or a
// caption, set as a sentence, writes its long words in lower case.
func headlineCased(s string) bool {
	long := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) < 4 || !unicode.IsLetter(r) {
			continue // a short word, or a number
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	return long >= 3
}

// repeatsLine reports whether blocks i and j print the same text.
func (p *Page) repeatsLine(i, j int) bool {
	return strings.EqualFold(collapse(p.blocks[i].Text), collapse(p.blocks[j].Text))
}

// printedTwice reports whether block i is printed again right above or
// right below it.
func (p *Page) printedTwice(i int) bool {
	return i > 0 && p.repeatsLine(i, i-1) || i+1 < len(p.blocks) && p.repeatsLine(i, i+1)
}

// firstPrint returns the first of the run of blocks that print block i's
// text one after another: the headline is taken at its first print.
func (p *Page) firstPrint(i int) int {
	for i > 0 && p.repeatsLine(i, i-1) {
		i--
	}
	return i
}

// underCrumb reports whether block i stands right under a breadcrumb
// trail that ends with its text: "Home / Guides / Coffee" over "Coffee".
// The trail's steps are parted by one of crumbSeps.
func (p *Page) underCrumb(i int) bool {
	if i == 0 {
		return false
	}
	trail := collapse(p.blocks[i-1].Text)
	line := collapse(p.blocks[i].Text)
	if len(trail) <= len(line) || !strings.HasSuffix(strings.ToLower(trail), strings.ToLower(line)) {
		return false
	}
	head := strings.TrimRightFunc(trail[:len(trail)-len(line)], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(head)
	return head != "" && strings.ContainsRune(crumbSeps, r)
}

// crumbSeps are the marks that part a breadcrumb trail's steps.
const crumbSeps = "/>|\\»›→"

// metaUnder reports whether a date line or a byline stands under block i,
// within the blocks before t.
func (p *Page) metaUnder(i, t int) bool {
	for j := i + 1; j < t && j <= i+maxMetaGap; j++ {
		s := strings.TrimSpace(p.blocks[j].Text)
		if k := p.blocks[j].Kind; k == Date || k == Byline || isHeadMeta(s) {
			return true
		}
	}
	return false
}

// datedTeaser reports whether block i stands between two date lines, as
// the entries of a sidebar's list of dated teasers do ("March 12, 2026",
// "Episode 569 ...", "March 5, 2026", "Episode 568 ..."): the date under
// it is the next entry's, not its own.
func (p *Page) datedTeaser(i int) bool {
	return i > 0 && i+1 < len(p.blocks) && p.dateOnly(i-1) && p.dateOnly(i+1)
}

// dateOnly reports whether block i is a date line with no byline in it.
func (p *Page) dateOnly(i int) bool {
	s := strings.TrimSpace(p.blocks[i].Text)
	if len(s) > maxDateLine || byline.MatchString(s) || bylineLabel.MatchString(s) {
		return false
	}
	_, _, ok := headDateLine(s)
	return ok
}

// isHeadMeta reports whether a line is a date line or a byline as the
// head prints them: "By Jane Doe", "by Jane Doe | May 19, 2024", "Published
// 2/24/2026", a byline's label alone ("By", "Written by").
func isHeadMeta(s string) bool {
	if len(s) > maxDateLine || isProse(s) {
		return false
	}
	if byline.MatchString(s) || bylineLabel.MatchString(s) || bylineWithRole(s) {
		return true
	}
	_, _, ok := headDateLine(s)
	return ok
}

// bylineWithRole reports whether a line is a byline strip that goes on
// past the name after a separator: "By" and a person's name, then a role
// or a date ("By Jane Doe ⋅ Review Editor", "By Jane Doe | Staff Writer |
// Updated May 2, 2025"), which [byline] does not match.
func bylineWithRole(s string) bool {
	loc := bylineStrip.FindStringIndex(s)
	if loc == nil {
		return false
	}
	k := strings.IndexAny(s[loc[1]:], roleSeps)
	return k > 0 && personShaped(strings.TrimSpace(s[loc[1]:loc[1]+k]))
}

// roleSeps are the marks that part a byline strip's name from its role
// or date: [stripSeps] and the middle dots and dashes.
const roleSeps = stripSeps + "⋅∙–—"

// maxMetaGap is how far, in blocks, the date line or byline may stand
// under the headline: a standfirst, a share row or a caption may stand
// between.
const maxMetaGap = 6

// minStandfirstWords is the fewest words of a standfirst taken for the
// headline right under its shorter headline.
const minStandfirstWords = 10

// minLongHeadWords is the fewest words of a headline over its standfirst
// that may be as long as the standfirst or longer: a news site's headline
// of a dozen words over a standfirst of as many ("Employers drop coverage
// for weight loss drugs as ..." over "Prices for ..., touted as discounts,
// will remain unaffordable for many workers").
const minLongHeadWords = 8

// standfirstUnder reports whether block t, right under block i, reads as
// i's standfirst: ten words or more, not set in a headline's capitals,
// under a line of three or more that is shorter (or of minLongHeadWords
// or more, whatever its length), with a date line or a byline under the
// pair (a standfirst opens the story's head; a section's heading over a
// paragraph stands with none).
func (p *Page) standfirstUnder(i, t int) bool {
	lo, hi := p.blocks[t].Text, p.blocks[i].Text
	nh := wordCount(hi)
	return wordCount(lo) >= minStandfirstWords && !headlineCased(lo) && nh >= 3 && (len(hi) < len(lo) || nh >= minLongHeadWords) && p.metaUnder(t, min(len(p.blocks), t+maxMetaGap+1))
}

// mixedHeadlineCase reports whether s is set in a headline's capitals
// ([headlineCased]) and is not in capitals whole: "Harbor Town Votes to
// Rebuild Its Old Pier After a Decade of Storms" under the site's name is
// the headline, where a standfirst of as many words, written as a
// sentence, has its long words in lower case. A line in capitals whole
// says nothing of its case ([capsDeckUnder] reads those).
func mixedHeadlineCase(s string) bool {
	return headlineCased(s) && strings.IndexFunc(s, unicode.IsLower) >= 0
}

// maxLabelOverHeadline is the most words of a line over a headline that
// shortOverCasedHeadline reads as a label (the site's name, a section, a
// picture's credit) rather than a headline.
const maxLabelOverHeadline = 5

// shortOverCasedHeadline reports whether hi, a line of a few words
// (maxLabelOverHeadline at most) not set in a headline's capitals, stands
// over lo, a long line that is ([mixedHeadlineCase]): "The Daily
// Courier" over "Harbor Town Votes to Rebuild Its Old Pier After a Decade
// of Storms". The long line is the headline, no standfirst under hi; when
// both lines, or neither, are so set, their case tells them not apart. A
// short line with a digit is a headline of its own ("Abendschau 20:00
// Uhr" over the programme's standfirst, whose German nouns are all
// capitals), no site's name.
func shortOverCasedHeadline(lo, hi string) bool {
	return wordCount(hi) <= maxLabelOverHeadline && !digitByteIn(hi) && !headlineCased(hi) && mixedHeadlineCase(lo)
}
