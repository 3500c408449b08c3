package clean

import "strings"

// textHeadTrap reports whether a line is one of the head's lines a
// flattened page prints near its headline that is never one: a meta
// strip with its reading time in the middle ([readTimePart]), a line of a
// forum poster's card ([memberLine]), a forum post's byline ("Postby
// kestrel42 » Tue Mar 12, 2024 9:14 pm"), a desk's dated strip
// ([deskDated]), a byline that names the piece's kind first ("Analysis by
// Jane Roe, CNN": [kindByline]) or the page's age after a label ("Posted 4
// hours ago by Jane Roe", "Publié il y a 3 heures": [labelledAge]) or a
// cookie banner's heading ("Nous utilisons des cookies": [cookieHeading])
// or a summary box's ("Key takeaways": [summaryHeading]).
func textHeadTrap(s string) bool {
	return readTimePart(s) || memberLine(s) || postByline(s) || deskDated(s) || kindByline(s) || labelledAge(s) || cookieHeading(s) || summaryHeading(s)
}

// deskDated reports whether s is a strip that a desk or team opens and its
// date closes ([deskStrip]: "TOI Lifestyle Desk / etimes.in / Updated: Dec
// 17, 2025, 21:47 IST"): the story's signature, never its headline.
func deskDated(s string) bool {
	s = strings.TrimSpace(s)
	if _, desk := deskStrip(s); !desk {
		return false
	}
	_, _, ok := stripTailDate(s)
	return ok
}

// postByline reports whether s opens as a forum post's byline, "Postby"
// or "Post by" and a name.
func postByline(s string) bool {
	return s != "" && (s[0] == 'p' || s[0] == 'P') && (prefixFold(s, "postby ") || prefixFold(s, "post by "))
}

// readTimePart reports whether s holds a reading time as a middle part of
// a meta strip, a separator before it and after it: "Jane Doe · 4 min
// read · Mar 14, 2024". Such a strip (Medium's and its imitators') names
// the author and the date, never the story; a reading time that ends the
// line is isTitleTrap's suffix test, and a strip that opens with its
// reading time and goes on to a date ("5 min read · Dec 19, 2025") is
// its date test's [readTimeBefore]. The
// count before "min read" must be digits ("4 min read", "10min read"), so
// "a quick read" or "must read" is no strip.
func readTimePart(s string) bool {
	for from := 0; ; {
		k := indexRead(s[from:])
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(" read")
		if !readTimeCount(s[:at]) || !partBefore(s[:at]) {
			continue
		}
		rest := strings.TrimLeft(s[from:], " \u00a0")
		if rest == "" {
			return false // the suffix test's case
		}
		for _, sep := range readTimeSeps {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
	}
}

// partBefore reports whether a strip's part ends before the count of
// minutes that closes before ("Jane Doe · 4 min"): a separator, with text
// before it. Only the last few bytes are read.
func partBefore(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	b = strings.TrimRight(b, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") // the unit
	b = strings.TrimRight(b, " \u00a0")
	b = strings.TrimRight(b, "0123456789") // the count
	b = strings.TrimRight(b, " \u00a0")
	for _, sep := range readTimeSeps {
		if strings.HasSuffix(b, sep) {
			return strings.TrimSpace(b[:len(b)-len(sep)]) != ""
		}
	}
	return false
}

// readTimeSeps are the marks between a meta strip's parts.
var readTimeSeps = []string{"·", "•", "|", "/", "—", "–", "-", "∙"}

// indexRead returns the offset of the first " read" in s, in any case of
// its first letter ("min read", "Min Read", "MIN READ"), or -1.
func indexRead(s string) int {
	first := -1
	for _, w := range [...]string{"ead", "EAD"} {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			if at >= 2 && s[at-2] == ' ' && (s[at-1] == 'r' || s[at-1] == 'R') {
				if first < 0 || at-2 < first {
					first = at - 2
				}
				break
			}
			from = at + len(w)
		}
	}
	return first
}

// readTimeCount reports whether before ends with a count of minutes: digits,
// then "min", "mins", "minute" or "minutes" (a space between or none).
func readTimeCount(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	if len(b) > 16 {
		b = b[len(b)-16:] // the count and its unit: a bounded look back
	}
	b = strings.ToLower(b)
	for _, unit := range []string{"minutes", "minute", "mins", "min"} {
		if strings.HasSuffix(b, unit) {
			n := strings.TrimRight(b[:len(b)-len(unit)], " \u00a0")
			return n != "" && isDigitByte(n[len(n)-1])
		}
	}
	return false
}

// readStripName returns the person's name that opens a meta strip with a
// reading time ([readTimePart]): "Jane Doe · 4 min read · Mar 14, 2024"
// gives "Jane Doe"; "Buying Guides · 10 min read" gives "" (no person's
// shape), as does a strip whose first part is its date.
func readStripName(s string) string {
	if !readTimePart(s) {
		return ""
	}
	cut := len(s)
	for _, sep := range readTimeSeps {
		if k := strings.Index(s, " "+sep+" "); k >= 0 && k < cut {
			cut = k // spaced: a hyphen inside a name ("Greene-Lewis") stays
		}
	}
	for _, sep := range []string{"·", "•", "|", "∙"} {
		if k := strings.Index(s, sep); k >= 0 && k < cut {
			cut = k // "Jane Doe·4 min read"
		}
	}
	name := strings.TrimSpace(s[:cut])
	if !personShaped(name) {
		return ""
	}
	return name
}
