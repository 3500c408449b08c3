package extract

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// entryStripDate returns the date of the story's entry
// strip: the story's last paragraph, or a block at most maxStripGap
// blocks below it, or a block at most maxStripGap blocks from the story's
// first paragraph (the strip under a headline the page does not mark as
// one, "October 16, 2020 · 8 min read"), whose text, or one of its lines,
// opens with a date followed only by the story's reading time, comment
// count or categories ([cleanDateStrip]: "June 9, 2020 · 6 Comments",
// "Monday, August 11th, 2025 at 11:00 am | Categories: Sheds"), as blog
// themes print under a post. Blocks in lists of other pages, captions, comments and the page's
// own footer are left out, and strips that give different days are a
// list of posts (wherever they stand in the page): none is taken then.
// On flattened text the comments the cleaner found are left out too, a
// strip may be glued into one run of words ([gluedStrip]), and a pager's
// label below the story ("Previous", "Next post") ends the search: the
// strips under it are the other posts', and the strip right above it is the
// post's own however far below the story it stands (a long list the
// story detector left out between them). There the strip is read last of
// the text's sources, for a story too long for textDateAlone's reach. The
// page is read once: handPublished and evidences share the answer.
func (as *assembler) entryStripDate() (clean.Stamp, bool) {
	if s := &as.entryStrip; !s.read {
		s.st, s.ok = as.readEntryStrip()
		s.read = true
	}
	return as.entryStrip.st, as.entryStrip.ok
}

// stripRead holds entryStripDate's answer once the page has been read.
type stripRead struct {
	st       clean.Stamp
	ok, read bool
}

// readEntryStrip reads the page for entryStripDate.
func (as *assembler) readEntryStrip() (clean.Stamp, bool) {
	first, last := -1, -1
	for i, p := range as.placed {
		if p == "body" {
			last = i
			if first < 0 && len(as.res.Blocks[i].Text) >= minStripPara {
				first = i
			}
		}
	}
	if last < 0 {
		return clean.Stamp{}, false
	}
	var got clean.Stamp
	found, near := false, false
	overPager := false // text: the last line read is a strip, which a pager's label may follow
	for i, b := range as.res.Blocks {
		if i > last && b.HTML == nil && pagerLabel(b.Text) {
			return got, found && (near || overPager) // text: the strips below a post's pager are the other posts'
		}
		if !ownText(b.Kind) || outsideEntry(b) {
			overPager = false
			continue
		}
		for line := range strings.SplitSeq(b.Text, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			st, ok := cleanDateStrip(strings.TrimSpace(line))
			if !ok && b.HTML == nil {
				st, ok = gluedStrip(line) // text: "slow travelKristenMarch 11, 2024summerland"
			}
			overPager = ok
			switch {
			case !ok:
				continue
			case !found:
				got, found = st, true
			case !st.SameDay(got):
				return clean.Stamp{}, false // a list of posts
			}
			near = near || i >= last && i <= last+maxStripGap || i >= first-maxStripGap && i <= first+maxStripGap // the strip may close or open the story's text
		}
	}
	return got, found && near
}

// maxStripGap is how many blocks below the story's last paragraph, and
// either side of its first, entryStripDate looks; minStripPara is how long
// a block of the story must be to be its first paragraph rather than a
// line of its head or a promotion over it.
const (
	maxStripGap  = 6
	minStripPara = 200
)

// outsideEntry reports whether an HTML block sits where a post's entry
// strip does not: in a comment, or in the page's footer outside the
// article.
func outsideEntry(b clean.Block) bool {
	h := b.HTML
	if h == nil {
		return b.Rule == commentsRule // text: the comments the cleaner found
	}
	if slices.ContainsFunc(h.Words, func(w string) bool { return strings.Contains(w, "comment") }) {
		return true
	}
	return strings.Contains(h.Path, "footer") && !strings.Contains(h.Path, "article")
}
