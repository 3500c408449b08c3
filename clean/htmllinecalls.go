package clean

import "strings"

// lineFurniture returns the kind of page furniture a block of words words
// is by the text path's line rules (see dropTextCalls), or "" when it is
// none: a bare call to act or a furniture heading (isTextCall), an ad or a
// teaser under its label (adLabel, teaser), a pointer to more of the
// site's posts (morePosts), a note on whose views a post gives
// (viewsDisclaimer), a comment form's field or consent line
// (commentForm), the site's pitch written as sentences (isTextPitch) and
// a notice of its cookies (isCookieNotice). Each form matches a whole
// block or opens it, and was chosen where no gold story line matched it.
func lineFurniture(text string, words int) Kind {
	switch {
	case words == 0:
		return ""
	case words <= maxTextCallWords && isTextCall(text):
		return Other
	case words <= maxTextTeaserWords && strings.IndexByte(text, ':') >= 0 && adLabel.MatchString(text):
		return Ad
	case words <= maxTextTeaserWords && teaser.MatchString(text):
		return Related
	case words <= maxTextPointerWords && mayBeMorePosts(text) && morePosts.MatchString(text):
		return Related
	case words <= maxPitchWords && strings.Contains(text, "xpressed") && viewsDisclaimer.MatchString(text):
		return Other
	case words <= maxCallWords && mayBeCommentForm(text) && commentForm.MatchString(text):
		return CommentPrompt
	case words <= maxPitchWords && isTextPitch(text):
		return Other
	case words <= maxCookieNoticeWords && isCookieNotice(text):
		return Cookie
	}
	return ""
}

// dropLineFurniture drops, on an HTML page, the blocks the story detector
// keeps that the text path's line rules read as furniture (lineFurniture):
// calls, pitches and form lines written as a paragraph or a heading inside
// the story's container, which dropCallsToAct's forms do not name. A
// block that signs or dates the story stays, for the head and tail
// detectors.
func (p *Page) dropLineFurniture(drop []bool) {
	for i := range p.blocks {
		if drop[i] || !p.free(i) {
			continue
		}
		text := p.blocks[i].Text
		if len(text) > maxDisclosureBytes*2 {
			continue
		}
		if k := lineFurniture(text, wordCount(text)); k != "" && !isByline(text) && !isDateLine(text) {
			p.labelAs(i, k, "model/html-line-call")
			drop[i] = true
		}
	}
}
