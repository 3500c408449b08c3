package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/uchar"
)

// maxEventLabel is the longest label, in bytes, eventDateLabel reads.
const maxEventLabel = 40

// eventDateLabel reports whether label, the words before a head line's
// date, names the date of an event the story tells of rather than the
// page's: "Event date:", "Date of the hearing:", "Deadline:", "Closing
// date:". Such a label ends with a colon or holds the word "date", and
// one of its words names an event (eventDateWord), so "Deadline |
// March 5, 2025", a site's name in a strip, and "Posted:" are no
// event's; or it is a Chinese, Japanese or Korean event's label
// (cjkEventLabel: "活动时间：").
func eventDateLabel(label string) bool {
	l := strings.TrimSpace(label)
	if l == "" || len(l) > maxEventLabel {
		return false
	}
	if cjkEventLabel(l) {
		return true
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

// cjkEventWords name an event in Chinese (simplified and traditional),
// Japanese and Korean labels: an activity, a meeting, a deadline, a
// match, an opening, a holding, a performance; an event's date.
var cjkEventWords = [...]string{"活动", "活動", "会议", "會議", "截止", "比赛", "比賽", "开幕", "開幕", "举办", "舉辦", "举行", "舉行",
	"演出", "イベント", "開催", "締切", "行事", "행사", "마감", "경기", "개최", "공연"}

// cjkDateWords close a Chinese, Japanese or Korean date's label: time,
// date, day and time, schedule.
var cjkDateWords = [...]string{"时间", "時間", "日期", "日時", "日程", "일시", "날짜", "일정", "기간", "期間", "期间"}

// cjkEventLabel reports whether l, the words before a date, is a
// Chinese, Japanese or Korean label of an event's date: an event's word
// (cjkEventWords), and a colon or a date's word (cjkDateWords) after it:
// "活动时间：", "開催日時：", "행사 일시:".
func cjkEventLabel(l string) bool {
	if len(l) < 6 || uchar.IsASCII(l) {
		return false // no character of the three scripts
	}
	body, colon := strings.CutSuffix(l, "：")
	if !colon {
		body, colon = strings.CutSuffix(l, ":")
	}
	body = strings.TrimSpace(body)
	at := -1
	for _, w := range cjkEventWords {
		if i := strings.Index(body, w); i >= 0 {
			at = i + len(w)
			break
		}
	}
	if at < 0 {
		return false
	}
	if colon {
		return true
	}
	for _, w := range cjkDateWords {
		if strings.Contains(body[at:], w) {
			return true
		}
	}
	return false
}
