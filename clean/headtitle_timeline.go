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
// 10:05 GMT", "Aktualisiert 10.05 Uhr", "Mis à jour 10h05"): a few words
// of letters, then a time (digits, a time's mark, two digits), then at
// most a zone in capitals, "Uhr" or a meridiem. It holds no date, so the
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
	if at+1 < len(words) {
		return timeZoneWord(words[at+1])
	}
	return true
}

// clockWord reports whether w is a time of day: one or two digits, a
// colon, a full stop or an "h", two digits ("10:05", "9.30", "10h05"),
// read by allDigits.
func clockWord(w string) bool {
	k := strings.IndexAny(w, ":.h")
	if k < 1 || k > 2 || len(w) != k+3 {
		return false
	}
	return allDigits(w[:k]) && allDigits(w[k+1:])
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
