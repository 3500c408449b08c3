package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The owner of a personal site, on flattened text: a blog that signs no
// post prints its owner's name as the site's name in the header ("Jane
// Doe" over the menu, "Jane Doe's blog") and again in the copyright line
// at the foot ("© 2025 Jane Doe"). Either alone is weak: a header names
// many a firm whose name reads as a person's, and a firm holds the
// copyright of most pages; the two together, a person's name, is the
// owner, who writes the posts.

// copyrightOwnerLine matches a copyright line that opens with its sign or
// word, perhaps a year or a span of years, perhaps "by", and the holder's
// name in group 1, run to the line's end or to a separator, a year or
// "All rights": "© 2025 Jane Doe", "Copyright Jane Doe 2012-2025. CC
// BY-NC", "© Copyright 2012-2025 Jane Doe", "©2017 Jane Doe, all rights
// reserved", "© 2025 Jane Doe. This site is open source").
var copyrightOwnerLine = lazyCompile(`^(?i:copyright\s*)?(?:©|\([cC]\)|(?i:copyright))\s*(?i:copyright\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|(?i:present)))?\s*)?(?i:by\s+)?` +
	`([\p{Lu}]['’.\-\p{L}]*(?:\s+[\p{Lu}]['’.\-\p{L}]*){1,2})(?:\.(?:\s|$)|\s*(?:$|[,·|•∙]|\s(?:19|20)\d\d|\s(?i:all\s+rights)))`)

// copyrightOpens reports whether s opens as copyrightOwnerLine needs:
// with "©", "(c)", "(C)" or "copyright" in any case. Lines that only
// open with a "C" ("Contact us") are turned down without the expression,
// which a page then need not compile.
func copyrightOpens(s string) bool {
	return strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.HasPrefix(s, "(C)") ||
		len(s) >= len("copyright") && strings.EqualFold(s[:len("copyright")], "copyright")
}

// headerLines is how many lines from the page's top the site's header
// may print its name in.
const headerLines = 6

// copyrightOwnerAt returns the index of the copyright line that names the
// site's owner, and the owner's name: the holder's name has a person's
// shape ([personShaped]), is no team's or organisation's
// (notPersonWords), has no word in capitals ([capsWord]), and none of its words does the
// page write in lower case (a firm's "Music", "Coaching" it does); and
// one of the page's first headerLines lines above the headline opens
// with it (the site's name in its header: "Jane Doe", "Jane Doe's
// blog"). Or -1 and "". A holder's name that only the foot prints is a
// firm's as often as a person's.
func (p *Page) copyrightOwnerAt(t int, lw *lowerWords) (int, string) {
	if t < 0 {
		return -1, ""
	}
	for i := len(p.blocks) - 1; i > t; i-- {
		s := strings.TrimSpace(p.blocks[i].Text)
		if len(s) > 120 || !copyrightOpens(s) {
			continue
		}
		m := copyrightOwnerLine.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		n := strings.TrimSuffix(m[1], ".")
		if w := strings.Fields(n); len([]rune(w[len(w)-1])) < 2 {
			return -1, "" // "Jane Q." cut at its initial's dot
		}
		if !personShaped(n) || capsWord(n) || notPersonWords(n) || notAuthorName(n) || !p.headerNames(t, n) || p.writesLower(n, lw) {
			return -1, "" // the page's last copyright line names no owner
		}
		return i, n
	}
	return -1, ""
}

// headerNames reports whether one of the page's first headerLines lines,
// above headline t, gives name as the site's: alone, with "'s" ("Jane
// Doe's blog"), or glued to the menu the flattening ran into it ("Jane
// Doehomeblogabout"); not opening a sentence ("Acme Dentistry is
// hiring").
func (p *Page) headerNames(t int, name string) bool {
	for i := 0; i < t && i < headerLines; i++ {
		rest, ok := strings.CutPrefix(strings.TrimSpace(p.blocks[i].Text), name)
		if !ok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if rest == "" || strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// capsWord reports whether a name has a word of two letters or more in
// capitals only ("UI Bakery"): an acronym, a firm's.
func capsWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if w = strings.Trim(w, ".’'"); len(w) >= 2 && shouted(w) { // an initial's "Q." is no acronym
			return true
		}
	}
	return false
}

// copyrightOwner returns the owner of a personal site whose page's blocks
// (HTML's, as a Result gives them) name a person in the header above the
// headline and in the copyright line ("© 2025 Jane Doe"), or "". Package
// extract reads it through cleanlend.CopyrightOwner.
func copyrightOwner(blocks []Block) string {
	p := &Page{blocks: blocks}
	var lw lowerWords
	_, n := p.copyrightOwnerAt(titleIndex(blocks), &lw)
	return n
}
