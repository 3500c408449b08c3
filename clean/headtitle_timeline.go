package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTimeLine is the longest line, in bytes, timeOnlyLine reads.
const maxTimeLine = 48

// maxTimeLabelWords is the most words before the time on a time line
// ("Last updated at").
const maxTimeLabelWords = 3

// timeOnlyLine reports whether line s is a time of day alone under its
// label, as a live page prints its update over the headline ("Updated
// 10:05 GMT", "Aktualisiert 10.05 Uhr", "Mis à jour 10h05"): an update
// stamp's label (updateTimeLabel), then a time of day (clockWord), then
// at most a zone in capitals, "Uhr" or a meridiem. A programme's name
// over its hour ("Tagesschau 20:00 Uhr", "Newsnight 22:30 GMT") is a
// headline, not a time line, and so is a name over a version or a figure
// ("Ubuntu 24.04 LTS", "Brent 82.15 USD"). It holds no date, so the
// date reader passes it over; over the headline it is no headline whose
// standfirst the headline would be ([Page.underDate]). A line with no
// digit before a time's mark is turned down before the words are split.
func timeOnlyLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxTimeLine || !clockMark(s) {
		return false
	}
	words := strings.Fields(s)
	at := -1
	for k, w := range words {
		if clockWord(w) {
			at = k
			break
		}
		if !lettersOnly(w) {
			return false
		}
	}
	if at < 1 || at > maxTimeLabelWords || len(words)-at > 2 {
		return false // no label, a long one, or more than a zone after the time
	}
	if at+1 < len(words) && !timeZoneWord(words[at+1]) {
		return false
	}
	return updateTimeLabel(s[:strings.Index(s, words[at])])
}

// updateTimeLabel reports whether label, the words over a time on its
// line, is an update stamp's label: one of updateStampOpeners, maybe with
// one of stampConnectors after it ("Last updated at"), compared without
// case.
func updateTimeLabel(label string) bool {
	label = strings.TrimSpace(label)
	if k := strings.LastIndexByte(label, ' '); k > 0 && isStampConnector(label[k+1:]) {
		label = strings.TrimRight(label[:k], " ")
	}
	for _, o := range updateStampOpeners {
		if len(label) == len(o) && strings.EqualFold(label, o) {
			return true
		}
	}
	return false
}

// isStampConnector reports whether w is one of stampConnectors, compared
// without case.
func isStampConnector(w string) bool {
	for _, c := range stampConnectors {
		if len(w) == len(c) && strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// clockWord reports whether w is a time of day: one or two digits, a
// colon, a full stop or an "h", two digits ("10:05", "9.30", "10h05"),
// read by allDigits, an hour to 23 and a minute to 59.
func clockWord(w string) bool {
	k := strings.IndexAny(w, ":.h")
	if k < 1 || k > 2 || len(w) != k+3 || !allDigits(w[:k]) || !allDigits(w[k+1:]) {
		return false
	}
	hour := int(w[0] - '0')
	if k == 2 {
		hour = hour*10 + int(w[1]-'0')
	}
	return hour <= 23 && w[k+1] <= '5'
}

// lettersOnly reports whether w is letters alone, a label's word.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// timeZoneWord reports whether w may follow a time on its line: a zone in
// capitals of two to five letters, maybe in brackets and with an offset
// ("GMT", "(CET)", "GMT+7"), "Uhr", or a meridiem ("am", "p.m.").
func timeZoneWord(w string) bool {
	w = strings.Trim(w, "()")
	switch strings.ToLower(w) {
	case "uhr", "am", "pm", "a.m.", "p.m.":
		return true
	}
	if k := strings.IndexAny(w, "+-"); k > 0 && allDigits(w[k+1:]) {
		w = w[:k] // "GMT+7"
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
