package clean

import "strings"

// maxEventLabel is the longest label, in bytes, eventDateLabel reads.
const maxEventLabel = 40

// eventDateLabel reports whether label, the words before a head line's
// date, names the date of an event the story tells of rather than the
// page's: "Event date:", "Date of the hearing:", "Deadline:", "Closing
// date:". Such a label ends with a colon or holds the word "date", and
// one of its words names an event (eventDateWord), so "Deadline |
// March 5, 2025", a site's name in a strip, and "Posted:" are no
// event's.
func eventDateLabel(label string) bool {
	l := strings.TrimSpace(label)
	if l == "" || len(l) > maxEventLabel {
		return false
	}
	body, colon := strings.CutSuffix(l, ":")
	hasDate, event := false, false
	for w := range strings.FieldsSeq(strings.ToLower(body)) {
		w = strings.Trim(w, ",.-–—|()")
		hasDate = hasDate || w == "date"
		event = event || eventDateWord(w)
	}
	return event && (colon || hasDate)
}

// eventDateWord reports whether w, a lower-case word, names an event
// whose date a story's head may print beside the page's own: a meeting,
// a hearing, a deadline, an offer's end. A switch, not a map: nothing is
// built when the process starts.
func eventDateWord(w string) bool {
	switch w {
	case "event", "events", "hearing", "meeting", "deadline", "closing", "due", "expires", "expiry", "expiration",
		"starts", "begins", "ends", "opening", "match", "kickoff", "kick-off", "election", "vote", "trial", "concert",
		"registration", "application", "screening", "premiere":
		return true
	}
	return false
}
