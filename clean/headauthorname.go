package clean

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// lowerWords answers whether a page writes a word in lower case: a
// person's surname it does not, a section's or a product's words it often
// does. E-mail and web addresses and handles are not read. The page is
// its block texts at the first question; the first few questions search
// them for the word (lowerCount), later ones read the set of all their
// words (lowerWordsOf), the page's memo's (see lowerWordsMemo) when it was
// made from one.
type lowerWords struct {
	started bool
	texts   []string       // the block texts at the first question
	asked   int            // the questions answered by a search of texts
	set     map[string]int // the words of texts, counted once questions are many; nil until then
	memo    *lowerWordsMemo
}

// maxLowerSearches is how many questions a lowerWords answers by searching
// the page before it counts all its words: a search of a word costs a
// small part of a count of all.
const maxLowerSearches = 8

// has reports whether the page writes w in lower case somewhere; a
// letter alone (an initial) is no word of the page, and a word of two
// letters must be written so twice: a reader's comment that writes a
// short name part in lower case once ("thank you Rui ma") does not make
// "Ma" a word.
func (lw *lowerWords) has(blocks []Block, w string) bool {
	if !lw.started {
		lw.start(blocks)
	}
	w = strings.ToLower(strings.Trim(w, ".,"))
	switch utf8.RuneCountInString(w) {
	case 0, 1:
		return false // an initial ("Jane A. Doe") is no word: its letter is not the page's "a"
	case 2:
		return lw.count(w, 2) >= 2
	}
	return lw.count(w, 1) > 0
}

// start fixes the page lw answers about: the texts of blocks, or the
// memo's set when it was counted from the same texts.
func (lw *lowerWords) start(blocks []Block) {
	lw.started = true
	if m := lw.memo; m != nil && m.set != nil && sameTexts(m.texts, blocks) {
		lw.set = m.set
		return
	}
	lw.texts = make([]string, len(blocks))
	for i, b := range blocks {
		lw.texts[i] = b.Text
	}
}

// count returns how many times the page (see start, which must have run)
// writes w as a word in lower case (see add), or at least most when it
// is more.
func (lw *lowerWords) count(w string, most int) int {
	if lw.set == nil && lw.asked < maxLowerSearches {
		lw.asked++
		return lowerCount(lw.texts, w, most)
	}
	if lw.set == nil {
		lw.set = lw.memo.setFor(lw.texts)
	}
	return lw.set[w]
}

// lowerWordsOf returns the counts of the words texts write in lower case
// (see add).
func lowerWordsOf(texts []string) map[string]int {
	lw := lowerWords{set: map[string]int{}}
	for _, t := range texts {
		lw.add(t)
	}
	return lw.set
}

// add counts the words t writes in lower case: in each of its fields
// (runs of anything but white space, as strings.Fields cuts them) that is
// no address or handle ("jane@doe.com" is no lower-case "jane"), each word
// (a run of runes notWordRune does not split at) that strings.ToLower
// leaves as it is. It is one pass over t that allocates nothing but the
// set's room, where cutting t into fields and words took a slice of each.
func (lw *lowerWords) add(t string) {
	for i := 0; i < len(t); {
		if sp, n := spaceAt(t, i); sp {
			i += n
			continue
		}
		// the field t[i:end], from a rune that is no white space
		end := fieldEnd(t, i)
		if field := t[i:end]; !addressField(field) {
			lw.addWords(field)
		}
		i = end
	}
}

// addWords counts the words of field (see add) written in lower case.
func (lw *lowerWords) addWords(field string) {
	for w := range lowerCaseWords(field) {
		lw.set[w]++
	}
}

// lowerCaseWords yields the words of field (split at notWordRune) that are
// written in lower case, in order: the one word cutter of lowerWords' set
// and of its search (lowerWordCount).
func lowerCaseWords(field string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start, lower := -1, true // the word under way starts at start (-1: none)
		for k := 0; k < len(field); {
			r, n := rune(field[k]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(field[k:])
			}
			if r < utf8.RuneSelf && !asciiWordByte[r] || r >= utf8.RuneSelf && notWordRune(r) {
				if start >= 0 && lower && !yield(field[start:k]) {
					return
				}
				start = -1
			} else {
				if start < 0 {
					start, lower = k, true
				}
				// strings.ToLower leaves the word as it is when every rune
				// of it lowers to itself (a word holds no invalid byte:
				// utf8.RuneError splits words)
				lower = lower && (r >= utf8.RuneSelf && unicode.ToLower(r) == r || r < utf8.RuneSelf && !('A' <= r && r <= 'Z'))
			}
			k += n
		}
		if start >= 0 && lower {
			yield(field[start:])
		}
	}
}

// asciiWordByte holds the ASCII bytes notWordRune does not split at:
// letters, digits, the apostrophe and the hyphen.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = !notWordRune(c)
	}
	return t
}()

// notWordRune splits text into words: any rune but a letter, a digit, an
// apostrophe or a hyphen.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
}

// nameByDate reads a byline printed without "By" near the title: a
// person's name (isPersonName) with the date in its block ("Jane Doe 02
// Feb 2026 · 7 Comments", "Dec 26, 2025 • Jane Doe in Projects"), or
// alone in its block with the date line next to it ([dateNear]: "Jane
// Doe" over "August 25, 2024"); a role after the name is cut ("Jane Doe |
// Senior Writer | July 2, 2025"). Blocks of lists of other pages,
// navigation, asides and footers are no byline. It returns "" when block i
// is none.
func nameByDate(blocks []Block, i int, doc *htmldoc.Doc, lw *lowerWords) string {
	b := blocks[i]
	if len(b.Text) > 100 || !ownHeadBlock(b, doc) {
		return ""
	}
	name, dated := stripName(strings.TrimSpace(b.Text))
	if !personShaped(name) || lw.has(blocks, name[strings.LastIndexByte(name, ' ')+1:]) {
		return "" // "Project Management": the page writes "management" in lower case
	}
	if !dated && !dateNear(blocks, i, doc) {
		return ""
	}
	return name
}

// stripSeps separate the parts of a byline strip.
const stripSeps = "|•·"

// stripName returns the part of a byline strip that may be a name, with a
// role after it cut (after a bar, a bullet or a spaced dash), and whether the strip gives a date too: the words
// before the date ("Jane Doe 02 Feb 2026"), or the part after a date that
// opens the strip ("Dec 26, 2025 • Jane Doe in Projects").
func stripName(text string) (string, bool) {
	dated := false
	if _, pos, ok := findDateStamp(text); ok && pos > 0 {
		text, dated = text[:pos], true
	} else if ok && pos == 0 {
		k := strings.IndexAny(text, stripSeps)
		if k < 0 {
			return "", true
		}
		_, size := utf8.DecodeRuneInString(text[k:])
		text, dated = text[k+size:], true
	}
	if k := strings.IndexAny(text, stripSeps); k > 0 {
		text = text[:k]
	}
	text = spacedDashCut(text) // "Jane Doe — Senior Correspondent — Updated"
	return trimName(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ",-–—"))), dated
}

// dateNear reports whether a date line stands next to block i: right above
// or below it, or one short block further ("Jane Doe" over "Writer" over
// "12/11/25"; "August 25, 2024" over "/" over "Jane Doe").
func dateNear(blocks []Block, i int, doc *htmldoc.Doc) bool {
	if dateBlock(blocks, i-1, doc) || dateBlock(blocks, i+1, doc) {
		return true
	}
	for _, d := range []int{-1, 1} {
		m := i + d
		if m >= 0 && m < len(blocks) && len(blocks[m].Text) <= 40 && wordCount(blocks[m].Text) <= 3 && dateBlock(blocks, i+2*d, doc) {
			return true
		}
	}
	return false
}

// ownHeadBlock reports whether a block near the title may be the page's
// own byline: not a list of other pages, a caption or an ad, and outside
// navigation, asides and footers.
func ownHeadBlock(b Block, doc *htmldoc.Doc) bool {
	switch b.Kind {
	case Caption, Credit, Ad, HeadlineList, Related, Latest, CommentPrompt:
		return false
	}
	hb := walkerOf(b, doc)
	if hb == nil {
		return false
	}
	return !hb.InNav && !hb.InAside && !hb.InFooter
}

// numericDate is a date written in numbers only: "02-12-2025", "12/11/25",
// "2025.12.02".
var numericDate = lazyCompile(`^(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$`)

// dateBlock reports whether block i is a short line that gives a full
// date: its text ("August 25, 2024", "23.07.2025 · 6 min read", "Updated
// Feb 27, 2026"), or its element's <time datetime>.
func dateBlock(blocks []Block, i int, doc *htmldoc.Doc) bool {
	if i < 0 || i >= len(blocks) || len(blocks[i].Text) > 60 || !ownHeadBlock(blocks[i], doc) {
		return false
	}
	if _, _, ok := findDateStamp(blocks[i].Text); ok {
		return true
	}
	if st, _, ok := dateparse.DateLine(blocks[i].Text); ok && st.Year != 0 {
		return true
	}
	if _, ok := metaDate(blocks[i].Text); ok || numericDate.MatchString(strings.TrimSpace(blocks[i].Text)) {
		// An ISO timestamp printed as it is ("2023-04-11T07:45+01:00"),
		// or a date in numbers whichever order its day and month take
		// ("02-12-2025", "12/11/25"): a date's shape is enough here.
		return true
	}
	dt := doc.Blocks[blocks[i].Line-1].Datetime
	_, ok := metaDate(dt)
	return dt != "" && ok
}

// labelledBy opens a line anywhere in the story's content that labels the
// names after it as the authors': "Article written by: Jane Doe, MD",
// "Text by Jane Doe", "Author(s)" over "Jane Doe", "Authors: Jane Doe and John Roe, Extension
// educators", "This post was written by Jane Doe, Head of Marketing",
// "View all posts by Jane Doe", "Posted by Jane Doe on 2025-12-18 in
// News", "By: Jane Doe"; the label may be alone in its block, the names in
// the next ([authorLabelOnly]: "About the author" over "Jane Doe"). The bare
// "By" is left to the byline detectors, which know a caption's credit from
// a byline.
var labelledBy = lazyCompile(`^` + authorLabel + `\s*:?\s*` + bylineNamesRE)

// authorLabelOnly is such a label alone in its block, the names in the
// next: "Article by" over "Jane Doe".
var authorLabelOnly = lazyCompile(`^` + authorLabel + `\s*:?$`)

// authorLabel is the label of [labelledBy].
const authorLabel = `(?i:(?:this\s+(?:post|article|story)\s+was\s+)?(?:article\s+|post\s+)?written\s+by|(?:article|text|words|story)\s+by|author\(s\)|authors?|(?:view\s+)?all\s+posts\s+by|posted\s+by|about\s+the\s+author|by\s*:)`

// labelledAuthors finds, below the title and in the page's content or the
// story's own footer (see [tailBlock]), the first short line that labels
// its names as the authors' ([labelledBy]), and returns those that read as
// a person's name (isPersonName): the byline some sites print under the
// story only. With no such line, the name in the first author's card
// ([cardName], [aboutCard]), else in an author's bio ([authorBio]).
// lw holds the words the page writes in lower case, as the caller reads
// them.
func labelledAuthors(blocks []Block, doc *htmldoc.Doc, t int, site, host string, lw *lowerWords) []string {
	card := "" // the first author's card ([cardName]), weaker than a label
	box := ""  // the first author's box in another form ([boxBio], [roleLineBio]), weaker than a card
	for i := t + 1; i < len(blocks); i++ {
		b := blocks[i]
		text := strings.TrimSpace(b.Text)
		if card == "" {
			if n := cardForenameBio(blocks, i, doc, site, host, lw); n != "" && !isTitleTrap(n) {
				card = n // an author's card in the story's element: "Jane Doe" over "Jane covers ..."
			}
		}
		panel := ""
		if len(b.Text) > 200 || b.Kind == CommentPrompt || !tailBlock(b, doc) {
			if panel = panelAuthors(blocks, i, doc); panel == "" || b.Kind == CommentPrompt {
				if box == "" && b.Kind != CommentPrompt {
					box = boxBio(blocks, i, doc, site, host)
				}
				continue // a reader's comment is signed "Posted by" too
			}
		}
		forename := false // "Written by" alone over its name: a forename alone may be the writer's
		if panel != "" {
			text += " " + panel // "Author(s)" over its names in a panel of the paper's facts beside its date
		} else if authorLabelOnly.MatchString(text) && i+1 < len(blocks) {
			if list := labelledList(blocks, i); list != "" && tailBlock(blocks[i+1], doc) {
				text += " " + list // "Authors" over a block for each writer's name
			} else if tailBlock(blocks[i+1], doc) {
				forename = writtenBy.MatchString(text)
				text += " " + strings.TrimSpace(blocks[i+1].Text)
			} else if list := labelNameList(blocks[i+1:]); list != "" {
				text += " " + list // "Author(s)" over a list of its names' links
			}
		}
		if card == "" {
			if n := cardName(blocks, i, doc, lw); n != "" && !namesSite(n, site, host) && !isTitleTrap(n) {
				card = n
			} else if n := aboutCard(blocks, i, doc, site, host); n != "" && !isTitleTrap(n) {
				card = n // "About Jane Doe" over a note about her
			}
		}
		if box == "" {
			if box = boxBio(blocks, i, doc, site, host); box == "" {
				box = roleLineBio(blocks, i, doc, site, host, lw)
			}
		}
		if panel == "" {
			if names := tailHangulByline(text); names != nil {
				return names // "김민수 기자 (minsu@example.co.kr)" under the story
			}
		}
		m := labelledBy.FindStringSubmatch(text)
		if m == nil {
			m = worldLabelledBy(text) // "Müəllif: Leyla Məmmədova"
		}
		if m == nil {
			// A bare "By" opens a byline only where the element says it
			// is the author's ("by <span class=author>Jane Doe</span>").
			if m = markedBy(blocks, i, text, doc); m == nil {
				continue
			}
		}
		var names []string
		for _, n := range splitNames(m[1]) {
			if n = trimName(n); isPersonName(n) && !notAuthorName(n) && (!namesSite(n, site, host) || ownBlog(n, site)) && !isTitleTrap(n) &&
				(len(names) == 0 || !lw.has(blocks, lastWord(n)) && !roleFirst(n)) {
				// "Jane Doe, MD": the credential is no name; "Jane Doe,
				// Counseling Psychologist": nor is a role the page writes
				// in lower case, or one that opens with a role's word
				// ("Jane Doe, Senior Editor").
				names = append(names, n)
			}
		}
		if len(names) == 0 && forename {
			names = labelForename(blocks, m[1], site, host, lw)
		}
		if len(names) == 0 {
			if n := postedForename(blocks, text, lw); n != "" && (!namesSite(n, site, host) || ownerForename(n, host)) {
				names = []string{n} // "Posted by David at December 16, 2025 11:15 AM" on davidbau.com
			}
		}
		if len(names) > 0 {
			return names
		}
	}
	if card != "" {
		return []string{card}
	}
	if n := authorBio(blocks, t, site, host); n != "" {
		return []string{n}
	}
	if box != "" && !isTitleTrap(box) {
		return []string{box}
	}
	return nil
}

// labelForename returns the one forename a "Written by" label alone in its
// block names in the next ("Written by" over "Eliz - Product marketer"),
// as the text path reads it ([Page.labelledNameAt]): a capitalised word
// (oneName) the page never writes in lower case, not the site's nor a
// word that is no name; else nil. Under "Author" or "By" one word is as
// often no writer (a search's filter, a widget's maker), and is left alone.
func labelForename(blocks []Block, names, site, host string, lw *lowerWords) []string {
	ns := splitNames(names)
	if len(ns) != 1 {
		return nil
	}
	n := trimName(ns[0])
	if !oneName(n) || lw.has(blocks, n) || namesSite(n, site, host) || notAuthorName(n) || isTitleTrap(n) {
		return nil
	}
	return []string{n}
}

// roleFirst reports whether a name opens with a role's word ([nameEnd]):
// "Senior Editor", "Managing Director".
func roleFirst(n string) bool {
	f := strings.Fields(n)
	return len(f) > 0 && nameEnd[strings.ToLower(f[0])]
}

// bareByline is a "By" and the names after it, group 1 ([bylineNamesRE]).
var bareByline = lazyCompile(`^(?i:by)\s+` + bylineNamesRE)

// markedBy matches block i's text as "By" and names when its element is
// marked as the author's ([marked]), or else the text of the element
// marked so inside it ([markedPart]: "Published June 2, 2025<span
// class=byline>By Jane Doe</span>", glued by the reader), in the form of
// a [labelledBy] match; nil otherwise.
func markedBy(blocks []Block, i int, text string, doc *htmldoc.Doc) []string {
	if m := bareByline.FindStringSubmatch(text); m != nil && marked(doc, blocks[i]) {
		return m
	}
	if m := markedWorldBy(blocks, i, text, doc); m != nil {
		return m // "Подготовила Дарья Соколова" in the author's element
	}
	if !strings.Contains(text, "By ") && !strings.Contains(text, "by ") {
		return nil // the walk below only for a block that prints a byline's word
	}
	if part := markedPart(doc, blocks[i]); part != "" {
		return bareByline.FindStringSubmatch(part)
	}
	return nil
}

// authorBio finds, below the title, the author's box that some sites print
// under the story only: a block that is only a person's name, with a
// paragraph that opens with the name in one of the next two blocks ("Jane
// Doe" over "Jane Doe is a travel writer based in ..."). It returns the
// name, or "".
func authorBio(blocks []Block, t int, site, host string) string {
	for i := t + 1; i < len(blocks); i++ {
		name := strings.TrimSpace(blocks[i].Text)
		if blocks[i].Kind == Caption || !personShaped(name) || namesSite(name, site, host) {
			continue
		}
		for k := i + 1; k < len(blocks) && k <= i+2; k++ {
			bio := strings.TrimSpace(blocks[k].Text)
			if wordCount(bio) >= 8 && (strings.HasPrefix(bio, name+" ") || strings.HasPrefix(bio, name+",")) && personNote(bio) {
				return name
			}
		}
	}
	return ""
}

// personNote reports whether a paragraph reads as a note about a person:
// its first sentence names a trade or a post ([bioRole]: "Jane Doe is a
// travel writer"), or it holds a person's pronoun ([cardPronoun]). A
// heading's subject explained under it ("Unlimited PTO" over "Unlimited
// PTO is a policy where ...") is no one's note.
func personNote(bio string) bool {
	first, _, _ := strings.Cut(bio, ". ")
	return bioRole.MatchString(first) || cardPronoun.MatchString(bio)
}

// cardAuthor returns the author a page's social card names, or "": the
// twitter:dataN value whose twitter:labelN is set, when it has a person's
// name's shape. Publishing tools print the author in the first pair under
// a label in the site's language ("Written by", "Geschrieben von", "Escrito
// por") and the reading time in the next; a reading time ("5 minutes") or
// a section's name is not a person's name. It reads only the <head>'s own
// <meta> elements.
func cardAuthor(doc *htmldoc.Doc) string {
	if doc == nil || len(doc.Blocks) == 0 || doc.Blocks[0].Node == nil {
		return ""
	}
	root := doc.Blocks[0].Node
	for root.Parent != nil {
		root = root.Parent
	}
	var head *html.Node
	for n := root.FirstChild; n != nil && head == nil; n = n.NextSibling {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "head" {
				head = c
				break
			}
		}
	}
	if head == nil {
		return ""
	}
	labels, data := map[string]bool{}, map[string]string{}
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "meta" {
			continue
		}
		var name, content string
		for _, a := range c.Attr {
			switch a.Key {
			case "name", "property":
				name = strings.ToLower(a.Val)
			case "content":
				content = strings.TrimSpace(a.Val)
			}
		}
		if k, ok := strings.CutPrefix(name, "twitter:label"); ok && content != "" {
			labels[k] = true
		} else if k, ok := strings.CutPrefix(name, "twitter:data"); ok {
			data[k] = content
		}
	}
	if d := data["1"]; labels["1"] && isPersonName(d) && !notAuthorName(d) {
		return d
	}
	return ""
}

// fieldEnd returns where the field of t that holds byte i ends: the next
// white space at or after i, or len(t).
func fieldEnd(t string, i int) int {
	for i < len(t) {
		sp, n := spaceAt(t, i)
		if sp {
			break
		}
		i += n
	}
	return i
}

// addressField reports whether a field of white-space-free text is an
// address (an e-mail, a URL, a "www." host), whose words are no page's
// words for lowerWords.
func addressField(field string) bool {
	return strings.Contains(field, "@") || strings.Contains(field, "://") || strings.HasPrefix(field, "www.")
}
