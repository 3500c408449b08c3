package clean

import "strings"

// memberLine reports whether s is a line of a forum poster's profile
// card: when the member joined ("Joined: Mon Jan 02, 2017 3:10 pm",
// "Join Date: Aug 2008", "Member since 2019", "Registered: 2011-11-29")
// or a count of the member's posts ("Posts: 1,184", "Messages: 52"). The
// card stands between a thread's title and its first post, where a
// headline and a date line stand on an article; its date is the member's,
// never the post's, and none of its lines is a headline. The label must
// be followed by a digit or a month's name within the line's first words,
// so "Registered agent" or "Joined forces to rebuild the bridge" are no
// card's.
func memberLine(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > maxDateLine || t == "" || !strings.ContainsRune("jJmMrRpPkKtT", rune(t[0])) {
		return false // no label opens so: most lines go here
	}
	for _, l := range memberJoinLabels {
		if prefixFold(t, l) {
			rest := strings.TrimLeft(t[len(l):], " :\u00a0")
			return rest != "" && (isDigitByte(rest[0]) || monthOpens(rest))
		}
	}
	for _, l := range memberCountLabels {
		if prefixFold(t, l) {
			rest := strings.TrimSpace(t[len(l):])
			return rest != "" && strings.Trim(rest, "0123456789,. ") == ""
		}
	}
	return false
}

// memberJoinLabels open the line of a profile card that says when the
// member joined; memberCountLabels the line that counts their posts.
var (
	memberJoinLabels  = []string{"joined:", "joined ", "join date", "joined on", "member since", "registered:", "registered since", "registered on", "reg. date", "reg date"}
	memberCountLabels = []string{"posts:", "messages:", "reputation:", "karma:", "threads:"}
)

// monthOpens reports whether s opens with a weekday's or a month's name
// in English, three letters at least ("Mon Jan 02", "Aug 2008").
func monthOpens(s string) bool {
	if len(s) < 3 {
		return false
	}
	w := strings.ToLower(s[:3])
	return strings.Contains("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun", w) && !strings.Contains(w, " ")
}

// prefixFold reports whether s opens with prefix, an ASCII label in lower
// case, in any case.
func prefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
