package clean

import "bytes"

// attrEpochWindow is how far after the headline's end tag (in bytes of the
// page's source) a data attribute's Unix time is read as the story's.
const attrEpochWindow = 3000

// rawAttrEpoch matches a data attribute that carries a post's time as a
// Unix time in seconds or milliseconds, for a script to print it in the
// reader's zone (`<span class="date" data-timestamp="1710407520"></span>`
// by the byline): data-timestamp, data-time, data-date,
// data-posted-date-timestamp, data-epoch, data-unixtime,
// data-publish(ed)(-time|-date|-timestamp). Anchored at "data-"; group 1
// is the digits.
var rawAttrEpoch = lazyCompile(`^data-(?:timestamp|time|date|posted-date-timestamp|epoch|unixtime|publish(?:ed)?(?:-time|-date|-timestamp)?)=["']?(1\d{9}(?:\d{3})?)["'\s/>]`)

// attrEpoch returns the digits of the first Unix time rawAttrEpoch finds in
// the attrEpochWindow bytes after the page's first </h1>, where a byline's
// stamp stands; "" when there is none. Further down, such stamps are
// comments' and other stories' (a comment's data-timestamp, a card's).
func attrEpoch(src []byte) string {
	win := headlineWindow(src)
	for from := 0; ; {
		i := bytes.Index(win[from:], []byte("data-"))
		if i < 0 {
			return ""
		}
		p := from + i
		if p > 0 && (win[p-1] == ' ' || win[p-1] == '\t' || win[p-1] == '\n') {
			if at := rawAttrEpoch.FindSubmatchIndex(win[p:]); at != nil {
				return string(win[p+at[2] : p+at[3]])
			}
		}
		from = p + 1
	}
}

// headlineWindow returns the attrEpochWindow bytes from the page's first
// </h1>, cut where other posts' dates may begin (othersCut), where the
// attribute sources look for a byline's date; nil when the page has no
// </h1>.
func headlineWindow(src []byte) []byte {
	h := bytes.Index(src, []byte("</h1"))
	if h < 0 {
		h = bytes.Index(src, []byte("</H1"))
	}
	if h < 0 {
		return nil
	}
	return othersCut(src[h:min(len(src), h+attrEpochWindow)])
}

// othersMarks are the words that open the part of a page holding other
// posts' dates: a comment thread (or the strip that links to it), an
// aside, a box of related stories.
var othersMarks = [...]string{"comment", "<aside", "related"}

// othersCut returns win cut before the first of othersMarks: past it, an
// attribute's date is a comment's, a sidebar's or a related card's, not
// the story's.
func othersCut(win []byte) []byte {
	for _, w := range othersMarks {
		if c := bytes.Index(win, []byte(w)); c >= 0 {
			win = win[:c]
		}
	}
	return win
}
