package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// maxRelativeStrip is the longest byline strip read for a story's age.
const maxRelativeStrip = 160

// relativeStripAt reads a story's age printed as one part of a byline
// strip, its parts set apart by a bar, a middle dot or a comma ("By Jane
// Doe | Published 14 hours ago", "Jane Doe · 2 days ago", "14 hours ago ·
// 3 min read", "By Jane Doe, 2 days ago"), or before the byline's "by"
// ("Posted 2 days ago by Jane Doe": [beforeByline]): the first part that
// relativeAt reads whole gives the day. A
// strip whose other part is an update's age ("Updated 2 hours ago") gives
// none from that part, as relativeAt gives none; nor does a line of prose
// ("The council met 3 days ago | Photo"), whose parts are no age alone,
// nor a sentence that opens on an age ("A week ago, the council voted"):
// comma parts are read only in a strip's part ([sentenceClosed],
// [otherPartsShort]), and a bare age only after the first comma.
func relativeStripAt(line string, crawl time.Time) (clean.Stamp, bool) {
	if len(line) > maxRelativeStrip || crawl.IsZero() {
		return clean.Stamp{}, false
	}
	if !strings.Contains(line, " | ") && !strings.Contains(line, "·") && !strings.Contains(line, "•") &&
		!strings.Contains(line, ", ") && !strings.Contains(line, " by ") && !strings.Contains(line, " By ") {
		return clean.Stamp{}, false
	}
	rest := line
	for rest != "" {
		part := rest
		if i, n := stripMark(rest); i >= 0 {
			part, rest = rest[:i], rest[i+n:]
		} else {
			rest = ""
		}
		if st, ok := relativeAt(part, crawl); ok {
			return st, true // "Today, 10:30" read whole before its comma parts it
		}
		if strings.IndexByte(part, ',') < 0 || sentenceClosed(part) {
			if st, ok := bylineAge(part, crawl); ok {
				return st, true
			}
			continue
		}
		k := 0
		for sub := range strings.SplitSeq(part, ",") {
			st, ok := relativeAt(sub, crawl)
			if ok && k == 0 {
				ok = false // "A week ago, the council voted": a sentence's opening age
			}
			if !ok {
				st, ok = bylineAge(sub, crawl) // "Posted 2 days ago by Jane Doe, Staff Writer"
			}
			if ok && otherPartsShort(part, k) {
				return st, true // "By Jane Doe, 3 days ago"
			}
			k++
		}
	}
	return clean.Stamp{}, false
}

// stripMark returns the byte offset and the length of the first mark that
// parts a byline strip in s ("|", "·", "•"), or -1: byte searches, the
// middle dot and the bullet found by their UTF-8 bytes.
func stripMark(s string) (int, int) {
	at, n := strings.IndexByte(s, '|'), 1
	for _, m := range [...]string{"·", "•"} {
		if i := strings.Index(s, m); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(m)
		}
	}
	return at, n
}

// sentenceClosed reports whether a full stop, a question or an
// exclamation mark closes s: a sentence's close, which a byline strip's
// part does not print ("A week ago, the council voted to close the
// library.").
func sentenceClosed(s string) bool {
	t := strings.TrimRight(s, " \t")
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return c == '.' || c == '!' || c == '?'
}

// otherPartsShort reports whether every comma part of part but its k-th
// (the age) holds at most maxStripCommaWords words, as a byline strip's
// name, role or outlet does ("By Jane Doe, Staff Writer, 3 days ago"),
// not the rest of a sentence that an age opens ("3 days ago, the council
// voted to close the old library").
func otherPartsShort(part string, k int) bool {
	j := 0
	for sub := range strings.SplitSeq(part, ",") {
		if j != k && !wordsAtMost(sub, maxStripCommaWords) {
			return false
		}
		j++
	}
	return true
}

// maxStripCommaWords is the most words commaStrip takes in one comma part
// of a byline strip ("Jane Doe and John Smith").
const maxStripCommaWords = 5

// wordsAtMost reports whether s holds at most n words set apart by
// blanks, counted in place (no slice of the words is made).
func wordsAtMost(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			if words++; words > n {
				return false
			}
		}
		in = !sp
	}
	return true
}

// bylineAge reads a story's age printed before a byline that closes part
// ("Posted 2 days ago by Jane Doe"): [beforeByline] cuts it, relativeAt
// reads it.
func bylineAge(part string, crawl time.Time) (clean.Stamp, bool) {
	if age, ok := beforeByline(part); ok {
		return relativeAt(age, crawl)
	}
	return clean.Stamp{}, false
}

// beforeByline returns what part prints before a byline that closes it
// (" by Jane Doe", " By Jane Doe"): "Posted 2 days ago" of "Posted 2 days
// ago by Jane Doe"; ok is false when part holds no " by " after some
// words, or when what follows it to the part's end is no person's name
// ("Posted 2 days ago by the river, a sign warned walkers").
func beforeByline(part string) (string, bool) {
	i := strings.Index(part, " by ")
	if j := strings.Index(part, " By "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || !personName(strings.TrimSpace(part[i+len(" by "):])) {
		return "", false
	}
	return part[:i], true
}
