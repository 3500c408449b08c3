package extract

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// textDateAlone returns, on flattened text, the date of the line holding
// only a date (or a date and the story's reading time, comment count or
// categories: [cleanDateStrip]) that stands nearest the headline (below
// it on a tie), outside the lists of other pages, captions, comment
// prompts and the threads of readers' comments ([isComment]: a comment's
// date is not the page's, which fuzz40's scaling page showed), and neither
// between two of the story's paragraphs nor under an update's label
// ("Updated on") or an event's ("Closing date": clean's eventDateLabel), nor a comment's stamp that no detector took for one
// ([assembler.commentStamp]), nor a line an outlet's rule labelled as
// its chrome's metadata ([siteClock]: the site's own date, "Thursday, 30
// November 2023" in radar.am's header, today's and not the story's): the
// last of the text's own dates, for a page whose head the detectors did not
// read. With no headline, or with the "dates" stage switched off, there is
// none.
func (as *assembler) textDateAlone() (clean.Stamp, bool) {
	if as.opts != nil && slices.Contains(as.opts.Disable, "dates") {
		return clean.Stamp{}, false
	}
	title := slices.Index(as.placed, "title")
	if title < 0 {
		return clean.Stamp{}, false
	}
	bs := as.res.Blocks
	firstBody := -2 // the story's first paragraph, found when first needed
	for d := 1; d <= maxAloneGap; d++ {
		for _, i := range [2]int{title + d, title - d} {
			if i < 0 || i >= len(bs) || !ownText(bs[i].Kind) || as.inStory(i) || isComment(bs[i]) || siteClock(&bs[i]) {
				continue
			}
			st, ok := cleanDateAlone(bs[i].Text, as.language())
			if !ok {
				st, ok = cleanDateStrip(bs[i].Text) // "June 9, 2020 · 6 Comments"
			}
			if !ok || as.commentStamp(i, &firstBody) {
				continue
			}
			if i > 0 {
				if _, upd, ok := cleanLabelThenDate(bs[i-1].Text, bs[i].Text, as.language()); ok && upd || cleanEventDateLabel(bs[i-1].Text) {
					continue // an update's label over it, or an event's ("Closing date")
				}
			}
			return zonedAsLabelled(st, &bs[i]), true
		}
	}
	return clean.Stamp{}, false
}

// zonedAsLabelled gives st, a time read again from block b's text without
// a zone, the zone clean settled on b's own reading of it: the outlet's
// (or its wire's) zone from its rule, which clean gives every date line
// that prints none ("- 2 October 2020 15:56" under a Turan story reads as
// +04:00). A zone the line prints, or a block clean read otherwise (not a
// date line, another time), leaves st as it is.
func zonedAsLabelled(st clean.Stamp, b *clean.Block) clean.Stamp {
	z := b.Stamp
	if b.Kind != clean.Date || z == nil || !st.HasTime || st.HasZone || !z.HasTime || !z.HasZone ||
		z.Year != st.Year || z.Month != st.Month || z.Day != st.Day || z.Hour != st.Hour || z.Minute != st.Minute {
		return st
	}
	st.Offset, st.HasZone = z.Offset, true
	return st
}

// maxAloneGap is how many blocks from the headline textDateAlone looks.
const maxAloneGap = 40

// inStory reports whether block i stands between two paragraphs of the
// story.
func (as *assembler) inStory(i int) bool {
	return i > 0 && i+1 < len(as.placed) && as.placed[i-1] == "body" && as.placed[i+1] == "body"
}

// commentStamp reports whether block i, a line holding a date, is a
// reader's comment's stamp in a thread the comment detectors left (it
// has no heading or form that marks it, or too few comments): it stands
// below the story's first paragraph, under a line that names the
// commenter (clean's commenterLine: "Jane Doe", "Jane Doe says:"), and
// the comment's "Reply" button follows within maxStampReply blocks,
// before any other line that holds a date, or the thread's count ("3
// comments") stands over the name within maxCountAbove blocks. A story's own date line above its first paragraph is
// never one. *firstBody is the story's first paragraph, found on the
// first call that needs it.
func (as *assembler) commentStamp(i int, firstBody *int) bool {
	bs := as.res.Blocks
	if i < 1 || !cleanCommenterLine(bs[i-1].Text) {
		return false
	}
	if *firstBody == -2 {
		*firstBody = slices.Index(as.placed, "body")
	}
	if *firstBody < 0 || *firstBody > i {
		return false
	}
	for k := i - 2; k >= max(0, i-1-maxCountAbove); k-- {
		if cleanCommentCount(bs[k].Text) {
			return true // "3 comments", "Jane Doe", the stamp
		}
	}
	for k := i + 1; k < len(bs) && k <= i+maxStampReply; k++ {
		t := bs[k].Text
		if cleanIsReplyButton(t) {
			return true
		}
		if _, ok := cleanDateAlone(t, ""); ok {
			return false
		}
	}
	return false
}

// maxCountAbove is the most blocks between a thread's count ("3
// comments") and the name line of the comment under it (a prompt, a sort
// control).
const maxCountAbove = 2

// maxStampReply is the most blocks between a comment's stamp and its
// "Reply" button: the comment's paragraphs.
const maxStampReply = 12

// siteClock reports whether block b is a line an outlet's rule labelled as
// metadata (not a generic detector's or the model's): the rule's word that
// the line is its site's chrome, such as the site's clock or today's date
// in its header, never the story's date.
func siteClock(b *clean.Block) bool {
	return b.Kind == clean.Metadata && b.Rule != "" && !genericRule(b.Rule)
}

// genericRule reports whether rule names one of clean's generic detectors
// or its story model, not an outlet's rule: what an outlet's rule labels
// is that outlet's word on its own page (its byline, its chrome).
func genericRule(rule string) bool {
	return strings.HasPrefix(rule, "generic/") || strings.HasPrefix(rule, "model/")
}
