package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// Three forms of the page's furniture that the story detector keeps on
// flattened text and that WCXB's must-not snippets name, chosen on the
// train side's pipeline cross-validation (internal/train -pipecv
// -pipe-dump, the text path's held-out output against the gold):
//
//   - a line that opens with a teaser's "Find out ..." or a pitch's "See
//     why ..." (isFindOutTeaser): 93 words kept on 7 train articles, none
//     of them gold;
//   - a site's mega-menu flattened into text, each item's label glued to
//     its blurb ("AcademyGet tips, tricks and stats", "Knowledge BaseFind
//     feature articles"; dropGluedMenus): about 1,000 words kept on 2 train
//     sites, none of them gold;
//   - a shop's price cut in capitals, "55% OFF", "$30 OFF" (isPriceCutLine):
//     47 words kept on 3 train sites, none of them gold (no gold line of the
//     train side's articles holds one; a story writes "55% off").

// Rules of the lines dropTextMustNot labels.
const (
	findOutRule   = "model/text-find-out"
	gluedMenuRule = "model/text-glued-menu"
	priceCutRule  = "model/text-price-cut"
)

// maxPriceCutWords is the longest line, in words, isPriceCutLine reads.
const maxPriceCutWords = 40

// isPriceCutLine reports whether a line of w words (at most
// maxPriceCutWords) holds a price cut in capitals: a percentage or an
// amount after a currency sign, a space, then "OFF" as a word ("Unlock up
// to 55% OFF your plan today!", "Get $30 OFF your first box").
func isPriceCutLine(s string, w int) bool {
	if w == 0 || w > maxPriceCutWords {
		return false
	}
	for from := 0; ; {
		k := strings.Index(s[from:], " OFF")
		if k < 0 {
			return false
		}
		k += from
		from = k + len(" OFF")
		if from < len(s) && (isUpperASCII(s[from]) || isLowerASCII(s[from])) {
			continue // "OFFER", "OFFICE"
		}
		if k > 0 && isPriceCut(s[:k]) {
			return true
		}
	}
}

// isPriceCut reports whether s ends with a percentage ("55%") or an amount
// after a currency sign ("$30", "€5.99", "$5K").
func isPriceCut(s string) bool {
	if strings.HasSuffix(s, "%") {
		s = s[:len(s)-1]
		return s != "" && '0' <= s[len(s)-1] && s[len(s)-1] <= '9'
	}
	start := strings.LastIndexByte(s, ' ') + 1
	tok := s[start:]
	for _, c := range [...]string{"$", "€", "£"} {
		if rest, ok := strings.CutPrefix(tok, c); ok {
			rest = strings.TrimRight(rest, "Kk")
			return rest != "" && strings.Trim(rest, "0123456789.,") == "" && '0' <= rest[0] && rest[0] <= '9'
		}
	}
	return false
}

// maxFindOutWords is the longest "Find out" line, in words, read as a
// teaser: a story's paragraph that happens to open so runs longer.
const maxFindOutWords = 40

// findOutOpenings are the openings of isFindOutTeaser, in lower case, each
// followed by a space.
var findOutOpenings = [...]string{"find out ", "see why "}

// isFindOutTeaser reports whether a line of w words opens, after at most
// three marks or spaces, with "Find out" or "See why": a teaser's link ("Find out how
// the tides shape the harbour") or a pitch ("See why thousands of sailors
// trust our ropes"). On the train side's gold no line opens so but three
// "Find Out More:" links of one page (which the text path drops anyway).
func isFindOutTeaser(s string, w int) bool {
	if w < 2 || w > maxFindOutWords {
		return false
	}
	s = trimLeadMarks(s, 3)
	for _, o := range findOutOpenings {
		if len(s) >= len(o) && strings.EqualFold(s[:len(o)], o) {
			return true
		}
	}
	return false
}

// trimLeadMarks removes up to n leading runes that are neither letters nor
// digits (marks, arrows, bullets, spaces) from s.
func trimLeadMarks(s string, n int) string {
	for k := 0; k < n && s != ""; k++ {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s = s[size:]
	}
	return s
}

// Limits of a glued menu's run.
const (
	minGluedItems    = 3  // glued items a run needs, with as many distinct labels
	maxMenuGap       = 12 // most kept lines between two glued items (the menu's short items)
	maxMenuItemWords = 6  // the longest line between two glued items, in words
	maxGlueToken     = 5  // the glue must come within the line's first words
	minBlurbWords    = 2  // words of the blurb after the glued word
)

// menuGluedLabel returns the label of a mega-menu's item whose label was
// glued to its blurb when the page was flattened ("AcademyGet tips,
// tricks" gives "academy", "Knowledge BaseFind feature articles" gives
// "base", in lower case), and whether the line reads so: within its first
// maxGlueToken words, the first word with a lower-case letter followed by
// a capital and a lower-case letter, with at least two letters before the
// capital, all the words up to it capitalised (a title), and at least
// minBlurbWords words after it; the capital must open a blurb's usual
// first word (menuBlurbStarts: "Get", "Learn", "The", "We" ...) or the
// label again ("Platform OverviewPlatform Overview Accelerate ..."). A
// brand's camel case ("YouTube has", "NordProtect offers") reads the same
// way at times, so dropGluedMenus wants several items with distinct labels.
func menuGluedLabel(s string) (string, bool) {
	start := 0
	for tok := 0; tok < maxGlueToken && start < len(s); tok++ {
		end := strings.IndexByte(s[start:], ' ')
		if end < 0 {
			return "", false // the glued word must have words after it
		}
		end += start
		if isLowerASCII(s[start]) {
			return "", false // a title's words are capitalised
		}
		j := menuGlueAt(s[start:end])
		if j < 0 {
			start = end + 1
			continue
		}
		j += start // s[j] is the label's last letter, s[j+1] the blurb's capital
		if asciiLetters(s[start:j+1]) < 2 {
			start = end + 1
			continue
		}
		if len(strings.Fields(s[end:])) < minBlurbWords {
			return "", false
		}
		right := s[j+1:]
		k := 1
		for k < len(right) && isLowerASCII(right[k]) {
			k++
		}
		label := s[:j+1]
		if !menuBlurbStarts[right[:k]] && !(len(right) >= len(label) && strings.EqualFold(right[:len(label)], label)) {
			return "", false
		}
		return strings.ToLower(s[start : j+1]), true
	}
	return "", false
}

// menuGlueAt returns the index in the word w of the first lower-case
// letter followed by a capital and a lower-case letter, or -1.
func menuGlueAt(w string) int {
	for j := 0; j+2 < len(w); j++ {
		if isLowerASCII(w[j]) && isUpperASCII(w[j+1]) && isLowerASCII(w[j+2]) {
			return j
		}
	}
	return -1
}

// asciiLetters counts the ASCII letters of s.
func asciiLetters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isLowerASCII(s[i]) || isUpperASCII(s[i]) {
			n++
		}
	}
	return n
}

// menuBlurbStarts are the first words of a menu item's blurb that
// menuGluedLabel takes after a glue: a verb addressed to the reader, an
// article, a pronoun.
var menuBlurbStarts = map[string]bool{
	"Get": true, "Read": true, "Learn": true, "Discover": true, "Find": true, "Explore": true, "See": true,
	"Check": true, "Catch": true, "Connect": true, "Drive": true, "Generate": true, "Unify": true,
	"Accelerate": true, "Harness": true, "Join": true, "Build": true, "Create": true, "Manage": true,
	"Make": true, "Start": true, "Stay": true, "Keep": true, "Save": true, "Download": true, "Watch": true,
	"Plan": true, "Book": true, "Track": true, "Automate": true, "Streamline": true, "Boost": true,
	"Grow": true, "Increase": true, "Reduce": true, "Simplify": true, "Ensure": true, "Protect": true,
	"Deliver": true, "Turn": true, "Use": true, "Bring": true, "Empower": true, "Transform": true,
	"Optimize": true, "Understand": true, "Compare": true, "Shop": true, "Sign": true, "Subscribe": true,
	"Contact": true, "Visit": true, "Meet": true, "Browse": true, "Access": true, "Level": true,
	"Helping": true, "The": true, "This": true, "These": true, "Our": true, "We": true, "Your": true,
	"An": true, "All": true, "Everything": true,
}

// isMenuItem reports whether a kept line of w words may be a menu's short
// item between two glued ones: a few words, not a sentence.
func isMenuItem(s string, w int) bool {
	if w == 0 || w > maxMenuItemWords {
		return false
	}
	s = strings.TrimSpace(s)
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}

// dropTextMustNot labels, on flattened text, the kept lines of the forms
// above: a "Find out" or "See why" teaser (isFindOutTeaser), Other; a
// price cut in capitals (isPriceCutLine), Ad; the site's exclaimed pitch
// for itself (isBrandPitch, with the page's URL), Ad; and a mega-menu's
// run (dropGluedMenus), Nav.
func (p *Page) dropTextMustNot(drop []bool, shapes []blockfeat.Shape) {
	labels := hostLabels(hostOf(p.in.url))
	for i := range p.blocks {
		if !p.keptText(i, drop) {
			continue
		}
		switch text, w := p.blocks[i].Text, shapes[i].Words; {
		case isFindOutTeaser(text, w):
			drop[i] = p.labelAs(i, Other, findOutRule)
		case isPriceCutLine(text, w):
			drop[i] = p.labelAs(i, Ad, priceCutRule)
		case isBrandPitch(text, w, labels):
			drop[i] = p.labelAs(i, Ad, brandPitchRule)
		}
	}
	p.dropGluedMenus(drop, shapes)
}

// dropGluedMenus labels as Nav the runs of a mega-menu flattened into text:
// at least minGluedItems kept lines whose label is glued to their blurb
// (menuGluedLabel), with as many distinct labels (a brand's camel case repeats
// one name), each within maxMenuGap kept lines of the last, the kept lines
// between them all short items (isMenuItem) or items glued in a looser way
// (menuLooseGlued: "AIPersonalized AI that ...", "About usAbout usRead
// more ..."); the run's lines, the items between included, are the menu's.
// A loose item counts for no label: it may only stand between strict ones.
func (p *Page) dropGluedMenus(drop []bool, shapes []blockfeat.Shape) {
	kept := p.keptLines(drop)
	labels := make(map[string]bool)
	for k := 0; k < len(kept); k++ {
		if _, ok := menuGluedLabel(p.blocks[kept[k]].Text); !ok {
			continue
		}
		// the run from kept[k]: glued items, short items between them
		clear(labels)
		last, glued := k, 0
		for m := k; m < len(kept) && m-last <= maxMenuGap; m++ {
			i := kept[m]
			if label, ok := menuGluedLabel(p.blocks[i].Text); ok {
				labels[label] = true // in lower case already
				last, glued = m, glued+1
				continue
			}
			if !isMenuItem(p.blocks[i].Text, shapes[i].Words) && !menuLooseGlued(p.blocks[i].Text, shapes[i].Words) {
				break
			}
		}
		if glued >= minGluedItems && len(labels) >= minGluedItems {
			for m := k; m <= last; m++ {
				if i := kept[m]; p.labelAs(i, Nav, gluedMenuRule) {
					drop[i] = true
				}
			}
		}
		// a run from a later item of this one ends where it ends, with no
		// label it lacks: go on after it (each line read a bounded number
		// of times)
		k = last
	}
}

// maxLooseItemWords is the longest line, in words, menuLooseGlued reads:
// a menu item's blurb is a sentence or two.
const maxLooseItemWords = 40

// menuLooseGlued reports whether a line of w words (at most
// maxLooseItemWords) reads as a mega-menu's item whose label was glued to
// its blurb, with none of menuGluedLabel's checks of the words around the
// glue: within its first maxGlueToken words, a word with a lower-case
// letter, or two capitals, followed by a capital and a lower-case letter
// ("IntegrationsConductor is built ...", "AIPersonalized AI that ...",
// "usAbout usRead more ..."), at least two letters before the capital, and
// at least minBlurbWords words after the word. A story's brand ("YouTube
// has ...", "HTMLElement objects ...") reads so too: dropGluedMenus takes
// such a line only between strict glued items.
func menuLooseGlued(s string, w int) bool {
	if w <= minBlurbWords || w > maxLooseItemWords {
		return false
	}
	start := 0
	for tok := 0; tok < maxGlueToken && start < len(s); tok++ {
		end := strings.IndexByte(s[start:], ' ')
		if end < 0 {
			return false
		}
		end += start
		word := s[start:end]
		for j := 0; j+2 < len(word); j++ {
			glued := (isLowerASCII(word[j]) || j > 0 && isUpperASCII(word[j]) && isUpperASCII(word[j-1])) &&
				isUpperASCII(word[j+1]) && isLowerASCII(word[j+2])
			if glued && asciiLetters(word[:j+1]) >= 2 {
				return len(strings.Fields(s[end:])) >= minBlurbWords
			}
		}
		start = end + 1
	}
	return false
}
