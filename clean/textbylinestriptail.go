package clean

import (
	"strings"
	"unicode"
)

// stripTailWords are the words, in lower case, of the icons and links a
// byline's strip prints after the writer's name that a flattened page
// keeps as text: "Jane Doe Email Twitter", "By Jane Doe Share LinkedIn",
// "Jane Doe Share Tweet Email". The two words of "Copy link" are read as
// a pair ([cutStripTail]): "Link" alone may be a name's.
var stripTailWords = map[string]bool{
	"email": true, "e-mail": true, "mail": true, "twitter": true, "facebook": true, "linkedin": true,
	"instagram": true, "bluesky": true, "threads": true, "mastodon": true, "whatsapp": true,
	"telegram": true, "tweet": true, "share": true, "follow": true, "rss": true, "bio": true, "x": true,
}

// cutStripTail returns a byline's text without what its strip prints after
// the name: the icons' and links' words ([stripTailWords]), the writer's
// handle ("@janedoe"), "Copy link" and a reading time ("3 min read", "5-minute read"),
// in any order at the line's end; s as it is when nothing is cut, or when
// fewer than two words would be left.
func cutStripTail(s string) string {
	w := strings.Fields(s)
	k := len(w)
cut:
	for k > 2 {
		x := strings.ToLower(strings.Trim(w[k-1], "·•|,"))
		switch {
		case x == "":
			k--
		case stripTailWords[x] || strings.HasPrefix(x, "@") && len(x) > 1:
			k--
		case x == "link" && k > 3 && strings.EqualFold(w[k-2], "copy"):
			k -= 2 // "Copy link"
		case x == "read" && k > 3 && readMinutes(w[k-3], w[k-2]):
			k -= 3 // "3 min read"
		case x == "read" && k > 2 && strings.HasSuffix(strings.ToLower(w[k-2]), "-minute") && unicode.IsDigit(rune(w[k-2][0])):
			k -= 2 // "5-minute read"
		default:
			break cut
		}
	}
	if k == len(w) {
		return s
	}
	return strings.TrimRight(strings.Join(w[:k], " "), " ·•|,")
}

// readMinutes reports whether n and unit are a reading time's count and
// its unit ("3" "min", "12" "minutes").
func readMinutes(n, unit string) bool {
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	switch strings.ToLower(unit) {
	case "min", "mins", "min.", "minute", "minutes":
		return n != ""
	}
	return false
}

// reviewerAfterWriter returns a byline without the reviewer's or the fact
// checker's credit printed after the writer's name on its line ("Written
// by Jane Doe, Reviewed by Dr. John Roe", "By Jane Doe | Medically
// reviewed by John Roe, MD"): the reviewer checked the story, the writer
// wrote it. s as it is where no such credit follows a writer's.
func reviewerAfterWriter(s string) string {
	if !strings.Contains(s, "eviewed ") && !strings.Contains(s, "hecked ") {
		return s
	}
	low := strings.ToLower(s)
	k := -1
	for _, c := range [...]string{"reviewed by", "fact checked by", "fact-checked by"} {
		if j := strings.Index(low, c); j > 0 && (k < 0 || j < k) {
			k = j
		}
	}
	if k <= 0 {
		return s
	}
	head := strings.TrimRight(s[:k], " ,|·•;–—-")
	for _, q := range [...]string{"Medically", "medically", "Clinically", "clinically", "Expert", "expert", "Fact", "fact"} {
		if t, ok := strings.CutSuffix(head, " "+q); ok {
			head = strings.TrimRight(t, " ,|·•;–—-")
			break
		}
	}
	if !strings.Contains(head, " ") {
		return s // the reviewer's credit opens the line: writerAfterReviewer's
	}
	return head
}
