package clean

import (
	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"strings"
	"unicode"
)

// placeholderNames are, in lower case, what publishing tools put where no
// author was entered, and the accounts that post for a site rather than a
// person: never an author's name, alone or as a word of one ("NOC Admin",
// "q_admin").
var placeholderNames = map[string]bool{
	"undefined": true, "null": true, "nil": true, "none": true, "unknown": true, "default": true,
	"admin": true, "administrator": true, "sysadmin": true, "siteadmin": true, "wpadmin": true, "webmaster": true,
	"homepage": true, // a link to the site's home page ("VentureBeat Homepage")
}

// buttonWords are, in lower case, the labels of the buttons a byline
// strip prints beside the author's name ("Follow", "Share"): never a name
// when alone.
var buttonWords = map[string]bool{
	"follow": true, "unfollow": true, "subscribe": true, "share": true, "tweet": true, "email": true, "e-mail": true,
}

// roleOnlyWords are, in lower case, the words of a role printed where a
// name should be ("Staff Writer", "Senior Editor", "Contributor"): a
// name made of these alone names no one.
var roleOnlyWords = map[string]bool{
	"staff": true, "writer": true, "writers": true, "editor": true, "editors": true, "author": true,
	"authors": true, "reporter": true, "contributor": true, "contributors": true, "contributing": true,
	"correspondent": true, "columnist": true, "senior": true, "junior": true, "deputy": true, "managing": true,
	"chief": true, "guest": true, "associate": true, "freelance": true, "content": true, "assistant": true,
	"expert": true, "reviewer": true, "reviewers": true, "medical": true, "fact": true, "checker": true, "in": true, "of": true,
	"haber": true, "merkezi": true, // a word of the Turkish news desk's alone; the desk whole is [deskCredit]'s
	"bureau": true, "desk": true, "newsroom": true, // "Bureau Chief", "Desk Editor", "Newsroom"
}

// notAuthorName reports whether a name that a byline or the page's
// metadata gives is nobody's: a placeholder or a site's account
// ([placeholderNames]: "undefined", "admin", "NOC Admin", "Webmaster"), a
// button's label alone ([buttonWords]: "Follow"), a forum's toolbar label
// or a member's rank ([forumChrome]: "Display Modes", "Silver Partner"), a
// role without a name ("Staff Writer", "Editor-in-Chief"; a staff byline
// that names the outlet stays: "Resy Staff", and so does a paper's staff
// credit, [staffCredits]: "Staff Reporter", "Our Correspondent", and a
// newsroom's desk, [deskCredit]: "Redazione ANSA"), a label with its
// colon ("Contact: Jane Doe"), a news agency alone or a byline's word
// before it ("Reuters", "The Associated Press", "Par AFP": the story's
// source, which the dateline's agency names, never its author), or no
// letters at all ("262588213843476"). A name it accepts may still be an
// organisation's.
func notAuthorName(s string) bool {
	s = strings.TrimSpace(s)
	if staffCredit(s) || deskCredit(s) {
		return false // "Staff Reporter", "Our Correspondent", "Redazione ANSA": the staff or desk the paper credits
	}
	if strings.Contains(s, ":") || !strings.ContainsFunc(s, unicode.IsLetter) || buttonWords[strings.ToLower(s)] || wireByline(strings.Fields(s)) || wireAlone(s) || forumChrome(s) {
		return true
	}
	roles := true
	for _, part := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if placeholderNames[part] {
			return true
		}
		roles = roles && roleOnlyWords[part]
	}
	return roles
}

// wireAlone reports whether s names a news agency and nothing else
// ("Reuters", "REUTERS", "The Associated Press", as [dateparse.IsWire]
// knows them), or with a place after it ("Reuters, Washington,": a
// dateline's credit read as a byline).
func wireAlone(s string) bool {
	s, _, _ = strings.Cut(s, ",")
	return dateparse.IsWire(strings.TrimSpace(s))
}

// forumLabelWords are, in lower case, the words of the labels a forum's
// thread page prints in its toolbars and around its posts ("Display
// Modes", "Thread Tools", "Quick Reply", "New Posts"): a name made of
// these alone is a label, not a person's.
var forumLabelWords = map[string]bool{
	"display": true, "modes": true, "mode": true, "linear": true, "hybrid": true, "threaded": true,
	"thread": true, "threads": true, "tools": true, "search": true, "this": true, "rate": true,
	"reply": true, "quote": true, "with": true, "quick": true, "new": true, "posts": true, "post": true,
	"forums": true, "forum": true, "printable": true, "version": true, "watch": true, "unread": true,
	"bookmark": true, "subscribe": true, "options": true, "moderation": true,
}

// rankFirst and rankLast are, in lower case, the first and last words of
// the ranks forum software prints under a member's name ("Silver
// Partner", "Junior Member", "Super Moderator", "Well-known member").
var (
	rankFirst = map[string]bool{
		"bronze": true, "silver": true, "gold": true, "golden": true, "platinum": true, "diamond": true,
		"premium": true, "elite": true, "junior": true, "senior": true, "new": true, "active": true,
		"established": true, "well-known": true, "valued": true, "registered": true, "super": true,
		"global": true, "veteran": true, "vip": true, "trusted": true, "full": true, "forum": true,
	}
	rankLast = map[string]bool{
		"member": true, "members": true, "partner": true, "user": true, "moderator": true, "mod": true,
		"poster": true, "supporter": true, "sponsor": true, "contributor": true, "administrator": true,
	}
)

// forumChrome reports whether a name is a forum page's chrome: a label
// of its toolbars ([forumLabelWords]: "Display Modes", "Thread Tools"),
// two words or more, or a member's rank of two or three words
// ([rankFirst], [rankLast]: "Silver Partner", "Senior Member").
func forumChrome(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	labels := true
	for _, w := range words {
		labels = labels && forumLabelWords[strings.Trim(w, ".,")]
	}
	return labels || len(words) <= 3 && rankFirst[words[0]] && rankLast[strings.Trim(words[len(words)-1], ".,")]
}
