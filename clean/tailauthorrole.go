package clean

import "strings"

// cardRoleWords are, in lower case, the words that may stand before a writer's
// trade on a card ("Staff Writer", "Senior Tech Editor"): the
// words of a role ([roleOnlyWords]) and of a beat. A product's or a
// menu's name that ends in a trade ("Pixel Editor", "AI Writer", "Active
// Blogger") has other words.
var cardRoleWords = map[string]bool{
	"former": true, "tech": true, "technology": true, "independent": true, "lead": true, "travel": true,
	"food": true, "sports": true, "science": true, "news": true, "features": true, "health": true,
	"business": true, "politics": true, "opinion": true, "copy": true, "digital": true, "web": true,
}

// writerRole reports whether a line gives a writer's trade alone, as an
// author's card prints it under the name ([cardRole]: "Author", "Tech
// Writer", "Staff Writer", "Writer, Hardware"), every word before the
// trade a role's or a beat's. A photographer's or an illustrator's trade
// is none of these: the card of a picture's maker names no writer.
func writerRole(s string) bool {
	s = strings.TrimSpace(s)
	return mayBeWriterRole(s) && isCardRole(s) && roleWordsBefore(s)
}

// roleWordsBefore reports whether every word of a cardRole line before
// its trade (the last word before a separator) is a role's or a beat's.
func roleWordsBefore(s string) bool {
	w := strings.Fields(s[:strings.IndexAny(s+",", ",|·•")])
	for _, x := range w[:max(len(w)-1, 0)] {
		if x = strings.ToLower(x); !roleOnlyWords[x] && !cardRoleWords[x] {
			return false
		}
	}
	return true
}

// authorPageLink matches the link an author's card prints under the
// writer's name to the writer's own page ("Author's Profile", "View Author
// Page"): like a trade, it says whose the name over it is. A forum's
// "View Profile" under each poster's name is none of these.
var authorPageLink = lazyCompile(`(?i)^(?:view\s+|see\s+)?(?:the\s+)?author(?:[’']s)?\s+(?:profile|page)\s*[›»→>]?$`)

// authorLink reports whether a line is a link to the author's page
// ([authorPageLink]); the regexp runs only on a short line that holds
// "uthor" or "UTHOR".
func authorLink(s string) bool {
	return len(s) <= 40 && (strings.Contains(s, "uthor") || strings.Contains(s, "UTHOR")) &&
		authorPageLink.MatchString(strings.TrimSpace(s))
}

// roleCardAt returns the index of the name line of an author's card that
// prints a person's name ([personShaped]) over a writer's trade alone
// ([writerRole]: "Jane Doe" over "Staff Writer") or over a link to the
// author's page ([authorPageLink]: "Jane Doe" over "Author's Profile")
// and the name, or -1 and "". The same name on two cards (the card printed by the headline and
// again under the story) counts once; two people's cards give none (a
// list of the site's writers, or the writer's and an editor's), as does a
// name under a reviewer's label or with a word the page writes in lower
// case.
func roleCardAt(blocks []Block, lw *lowerWords) (int, string) {
	at, who := -1, ""
	for i := 0; i+1 < len(blocks); i++ {
		name := strings.TrimSpace(blocks[i].Text)
		if !personShaped(name) || !writerRole(blocks[i+1].Text) && !authorLink(blocks[i+1].Text) {
			continue
		}
		if underReviewer(blocks, i) || cardLower(blocks, name, lw) || at >= 0 && name != who {
			return -1, ""
		}
		if at < 0 {
			at, who = i, name
		}
	}
	return at, who
}
