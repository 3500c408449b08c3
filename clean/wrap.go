package clean

import (
	"slices"
	"strings"
)

// Hard-wrapped text: some sources break every line at a fixed width, inside
// sentences (syndication feeds at about 65 columns, e-mail digests at 80).
// A paragraph is then a run of adjacent lines, none of which reads as a
// sentence on its own.

// minWrapRun is the fewest lines that show a wrapping width.
const minWrapRun = 3

// markWrapped flags the lines that continue a hard-wrapped paragraph:
// a run of at least minWrapRun adjacent lines (no blank line between) whose
// lines, all but the last, have about the same length, at least 40 bytes,
// and at least half of which stop mid-sentence. Once such a run shows the
// page's width, a two-line run whose first line is about that wide and stops
// mid-sentence is a wrapped paragraph too.
//
// A line without a letter ("-----", "2,381.14  +0.4%") is no line of a
// wrapped paragraph: it stands alone, and cuts the run it sits in. Prose
// wrapped at forty columns or more has words on every line, and such a
// line is left out of the story (generic/no-words) or read as a date: had
// it shown the width, the lines under it would be joined on the first
// pass, printed as one line, and read as that one line on a second pass
// over the text output, where nothing shows a width (a lone short line
// under a line of figures became the page's title). A lower-case menu
// row right over a headline (menuRowOver) stands alone too.
func (p *Page) markWrapped() {
	width := 0
	var pairs [][2]int
	for s := 0; s < len(p.blocks); {
		e := s // the run of adjacent lines is blocks[s..e]
		if p.inWrapRun(s) {
			for e+1 < len(p.blocks) && p.blocks[e+1].Line == p.blocks[e].Line+1 && p.inWrapRun(e+1) {
				e++
			}
		}
		switch n := e - s + 1; {
		case n >= minWrapRun:
			if w := wrapWidth(p.blocks[s : e+1]); w > 0 {
				width = max(width, w)
				for i := s + 1; i <= e; i++ {
					p.blocks[i].Wrapped = true
				}
			}
		case n == 2:
			pairs = append(pairs, [2]int{s, e})
		}
		s = e + 1
	}
	if width == 0 {
		return
	}
	for _, r := range pairs {
		if t := p.blocks[r[0]].Text; len(t) >= width*7/10 && len(t) <= width && !endsSentence(t) {
			p.blocks[r[1]].Wrapped = true
		}
	}
}

// inWrapRun reports whether block i may be a line of a wrapped paragraph:
// it has a letter and is no menu row over a headline.
func (p *Page) inWrapRun(i int) bool {
	return hasLetter(p.blocks[i].Text) && !p.menuRowOver(i)
}

// wrapWidth returns the width at which the lines of a run were broken, or 0
// if they were not broken at one width. A run that holds a breadcrumb trail
// (isBreadcrumb) was not: a trail is no line of a sentence, and over a
// headline in ideographs, three bytes each ("ホーム ＞ 社会 ＞ 交通" over
// "夜行バス、２年ぶりに運行再開へ"), it is about as wide.
func wrapWidth(run []Block) int {
	width := 0
	for _, b := range run[:len(run)-1] {
		width = max(width, len(b.Text))
	}
	if width < 40 || width > 120 || slices.ContainsFunc(run[:len(run)-1], func(b Block) bool { return isBreadcrumb(strings.TrimSpace(b.Text)) }) {
		return 0
	}
	open := 0
	for _, b := range run[:len(run)-1] {
		if len(b.Text) < width*7/10 {
			return 0
		}
		if !endsSentence(b.Text) {
			open++
		}
	}
	if open*2 < len(run)-1 {
		return 0
	}
	return width
}

// proseAt reports whether block i reads as prose, judging a hard-wrapped
// line by its whole paragraph. It looks at most proseCap bytes back and
// forward, enough for isProse (a paragraph that long is prose whatever it
// says), so that each line of a long wrapped run costs constant time.
func (p *Page) proseAt(i int) bool {
	if !p.blocks[i].Wrapped && (i+1 >= len(p.blocks) || !p.blocks[i+1].Wrapped) {
		return isProse(p.blocks[i].Text)
	}
	s, n := i, len(p.blocks[i].Text)
	for s > 0 && p.blocks[s].Wrapped {
		s--
		if n += 1 + len(p.blocks[s].Text); n >= proseCap {
			return true // the lines from s to i alone make a paragraph that long
		}
	}
	var b strings.Builder
	for k := s; k < len(p.blocks) && (k == s || p.blocks[k].Wrapped) && b.Len() < proseCap; k++ {
		if k > s {
			b.WriteByte(' ')
		}
		b.WriteString(p.blocks[k].Text)
	}
	return isProse(b.String())
}

// proseCap is the length at which isProse takes any text for prose.
const proseCap = 600
