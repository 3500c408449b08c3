package clean

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// bylineHead matches the byline forms printed near a headline, the name
// in group 1: "By Jane Doe", "Story by Jane Doe", "Written by Jane Doe",
// "Posted by Jane Doe on ...", "Author: Jane Doe", "von Laura Eßlinger",
// "par Jean Dupont", "por Ana Ruiz", "ByJane Doe" (glued by a scraper),
// "Published August 7, 2023 by Jane Doe", and a magazine's labels
// that open the line with a colon ("Words: Jane Doe", "Text: Jane Doe",
// "Writer: Jane Doe", "Byline: Jane Doe"); the name runs to a separator,
// a date or the end.
var bylineHead bylineHeadScan // bylineHeadExpr, by a scan (headauthorscan.go)

// bylineHeadExpr is bylineHead's pattern. Its classes, and bylineNamesRE's,
// list their other members before \p{L}: the parser sorts a class's ranges
// as it adds them, and a member added after \p{L}'s hundreds is sorted
// across all of them (TestBylineClassesListedFirst).
const bylineHeadExpr = `^(?:(?:[ ,.|•·–—\-\p{N}\p{L}]{0,40}?\s)??(?:(?i:by|story by|written by|posted by|published by|words by|author:|authors:|autor:|contributors?:|von|par|por|av|door)\s*:?\s+|By)|(?i:words|text|writer|byline)\s*:\s*)` + bylineNamesRE

// bylineHeadStarts are the ASCII bytes a match of bylineHead opens with:
// a letter or digit, one of the class's marks, or a white space. It is the
// start set the quick test would read from the parsed pattern
// (TestBylineHeadStarts), written out so that the process does not parse
// the pattern (2M instructions, \p{L}'s ranges) for it.
const bylineHeadStarts = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ,.|-\t\n\f\r"

// reviewerVerbs are the words before "by" of a label that credits a
// reviewer or an editor, not the writer ("Reviewed by", "Fact checked
// by", "Edited by"): one list, that every reviewer's pattern
// ([reviewerAlone], [reviewerFirst], [reviewerCredit], [creditFirst]) and
// every other credit's ([creditVerbs]) reads, so that a verb added for
// one form is added for all (TestReviewerVerbsShared).
const reviewerVerbs = `reviewed|checked|edited|verified`

// creditVerbs are [reviewerVerbs] and the verbs that credit the pictures'
// or the production's makers ("Illustrated by", "Produced by"), whoever
// updated the piece ("Updated by") or put it in another language
// ("Translated by"): the labels of credits to someone other than the
// writer.
const creditVerbs = reviewerVerbs + `|illustrated|photographed|produced|updated|translated`

// reviewerLead is what may open a reviewer's label alone before its verb:
// an adverb ("Medically reviewed by", "Financially reviewed by"), "Fact"
// ("Fact checked by"), or the thing reviewed ("Article reviewed by:",
// "Content reviewed by").
const reviewerLead = `(?:[a-z]+ly\s+|fact[\s-]|(?:article|content|post|page|story)\s+)?`

// reviewerLabel ends the words before a byline's names that credit
// someone other than the author ([creditVerbs]): "Reviewed by", "Fact
// checked by", "Edited by".
var reviewerLabel = guardedRegexp{mayEndCreditLabel, lazyCompile(`(?i)(?:` + creditVerbs + `)\s*by\s*:?\s*$`)}

// reviewerFirst matches a line that opens with a reviewer's credit:
// "Reviewed by Jane Doe", "Medically reviewed by", "Fact checked by",
// "Financially reviewed by" (any adverb before "reviewed"), "Article
// reviewed by" ([reviewerLead]). A line that holds no "ed by"
// (mayHoldReviewerBy) is turned down before the pattern.
var reviewerFirst = guardedRegexp{mayHoldReviewerBy, lazyCompile(`(?i)^` + reviewerLead + `(?:` + reviewerVerbs + `)\s*by\b`)}

// notWriterLabel ends the words before a byline's names that credit an
// editor, a photographer or whoever updated the piece ("Edited by",
// "Photographed by", "Updated by"): unlike a
// reviewer, whom a page that names no writer credits with the piece (a
// health site's "Medically reviewed by" alone), neither is its author when
// no writer follows (CONTRIBUTING.md, "Authors": an author is who the
// page credits as having written the story; a translator put another's
// story in the page's language: "Translated by Mark Rowe" alone credits
// no writer). Each verb ends in "ed", so [mayEndCreditLabel] screens the
// labels before the pattern runs. The verb must be the label's only one:
// "Written and translated by", "Reported and edited by", "By and
// translated by" credit the writer too ([jointWriterLabel]).
var notWriterLabel = creditOnlyLabel{
	credit: guardedRegexp{mayEndCreditLabel, lazyCompile(`(?i)(?:edited|photographed|updated|translated)\s*by\s*:?\s*$`)},
	joint:  jointWriterLabel,
}

// laterBy finds a later "by" in a byline strip, with its colon or not
// ("Reviewed by: Jane Roe Written by: John Doe").
var laterBy = lazyCompile(`(?i)\sby(?:\s|:)`)

// reviewerCredit is a reviewer's credit inside a run of names.
var reviewerCredit = lazyCompile(`(?i)\b(?:medically\s+|fact[\s-])?(?:` + reviewerVerbs + `)\b`)

// bylineMatch returns the names of the first byline form in text
// ([bylineHead]) that credits the author, not a reviewer or an editor:
// "By Jane Doe, DVM. Reviewed by John Roe" gives Jane Doe, "Medically
// reviewed by John Roe. Written by Jane Doe" gives Jane Doe too, and
// "Reviewed by John Roe" alone John Roe. It returns nil when text holds
// none.
func bylineMatch(text string) []string {
	if names := hangulByline(text); names != nil {
		return names // "김민지 기자", no capitals to match
	}
	if names := hanByline(text); names != nil {
		return names // "作者：王小明"
	}
	if names := uncasedByline(text); names != nil {
		return names // "بقلم: أحمد علي"
	}
	if names := postposedByline(text); names != nil {
		return names // "Ayşe Demir tarafından"
	}
	if names := roleCreditByline(text); names != nil {
		return names // "Jane Doe (text), John Roe (photos)"
	}
	text = italianBy(text)  // "Di Marco Rossi"
	text, _ = worldBy(text) // "Yazar: Ayşe Demir"
	for range 3 {
		m := bylineHead.FindStringSubmatchIndex(text)
		if m == nil {
			return nil
		}
		// m[2:4] is the names; the words before them end with the label.
		label := text[:m[2]]
		span := text[m[2]:m[3]]
		if k := reviewerCredit.FindStringIndex(span); k != nil && k[0] > 0 {
			span = span[:k[0]] // "Jane Doe, DVM. Reviewed": the author's names end there
		}
		span = span[:otherCreditCut(text[m[2]:], len(span))]
		span = plusWordCut(span, text[m[2]+len(span):])
		if k := creditByCut(span, text[m[2]+len(span):]); k > 0 {
			span = span[:k] // "By Jane Doe, Art By John Roe": the artist's label and name are no writer's
		}
		names := creditTailCut(splitNames(span), text[m[2]+len(span):]) // "By Jane Doe, Special to the Ledger"
		if !colonByline(text, m[2], m[3], names) {
			return nil // "Text: Article Five of the Treaty"
		}
		if len(names) == 1 && notPersonWords(names[0]) && span == names[0] {
			if k := collective.FindStringIndex(text[m[3]:]); k != nil {
				names[0] += text[m[3] : m[3]+k[1]] // "By The Currency editors": the desk's name ends there
			}
		}
		if reviewerLabel.MatchString(label) {
			// A reviewer: the author's byline may follow; if none
			// does, the reviewer is the one the page credits.
			rest := text[m[3]:]
			if k := laterBy.FindStringIndex(rest); k != nil && bylineHead.MatchString(rest[k[0]+1:]) {
				text = rest[k[0]+1:]
				continue
			}
			if notWriterLabel.MatchString(label) {
				return nil // "Edited by Mark Dalton" alone: no writer credited
			}
		}
		names = labelAndNames(label, text[m[3]:], names) // "av Karin Nilsson och Erik Berg"
		return dropLinkWords(dropLeadRoles(names))
	}
	return nil
}

// plusWordCut returns a byline's names span without its last word when
// the text after the span opens with "+": that word is a link's label
// glued to the plus, a network's name ("By Jane Doe Google+", the old
// rel=author link beside the byline), no part of a name.
func plusWordCut(span, after string) string {
	if !strings.HasPrefix(after, "+") {
		return span
	}
	if k := strings.LastIndexByte(span, ' '); k > 0 {
		return strings.TrimRight(span[:k], " ")
	}
	return span
}

// makerCredit matches, after a blank, the credit of someone other than
// the writer: a maker's verb before "by" ("Medically reviewed by",
// "Translated by", [creditVerbs]).
var makerCredit = lazyCompile(`(?i)\s(?:[a-z]+ly\s+)?(?:` + creditVerbs + `)\s+by\b`)

// otherCreditCut returns where the names that open rest, n bytes of it,
// end before another maker's credit the page printed on the byline's
// next line, joined to it by a blank where a <br> or a second span stood:
// a photographer's label with its colon ([photoCredits]: "Erik Holm Foto:
// Maja Ek", "Matti Virtanen Kuvat: Liisa Korhonen") or a reviewer's or
// translator's verb before "by" ([makerCredit]: "Maya Cohen Medically
// reviewed by Karl Weber"); n when none does. A name's own word that
// looks like a label without its colon ("Anna Foto") stays.
func otherCreditCut(rest string, n int) int {
	for i := 0; i < n; i++ {
		if c := rest[i]; c != ' ' && c != '\n' && c != '\t' {
			continue
		}
		after := rest[i+1:]
		if strings.IndexByte(after[:min(len(after), 24)], ':') < 0 {
			continue // each label this reads ends with its colon
		}
		var buf [32]byte
		low := appendLower(buf[:0], after[:min(len(after), 24)])
		for _, c := range photoCredits {
			if c[len(c)-1] == ':' && bytes.HasPrefix(low, []byte(c)) {
				return len(strings.TrimRight(rest[:i], " ,\n\t"))
			}
		}
	}
	near := rest[:min(len(rest), n+40)]
	if !strings.Contains(near, " by") && !strings.Contains(near, " By") && !strings.Contains(near, " BY") {
		return n // the maker's "by" is not there: the pattern is not run
	}
	if k := makerCredit.FindStringIndex(near); k != nil && k[0] > 0 && k[0] < n {
		return k[0]
	}
	return n
}

// collective matches the lower-case word after a desk's or a firm's name in
// a byline that belongs to it: "By The Currency editors", "By Acme staff".
var collective = lazyCompile(`^ (?:editors|staff|team|writers|contributors|newsroom)\b`)

// bylineNamesRE matches the names of a byline, in group 1: one to four
// capitalised words (with up to two particles of names between: "Pieter
// van der Berg"), then up to three
// more such names after commas, "&", "and", "und", "et" or "y", or a
// comma and one of those ("Jane Doe, John Roe, and Ann Poe").
const bylineNamesRE = `(\p{Lu}['\-.’\p{L}]*(?:\s+(?:(?:van|von|de|der|den|la|le|da|dos|du|di|del|los|las|bin|al|ibn)\s+|(?:al|el)-){0,2}\p{Lu}['\-.’\p{L}]*){0,4}(?:\s*(?:,(?:\s*(?:&|\band\b|\bund\b|\bet\b|\by\b))?|&|\band\b|\bund\b|\bet\b|\by\b)\s*\p{Lu}['\-.’\p{L}]*(?:\s+\p{Lu}['\-.’\p{L}]*){0,3}){0,3})`

// wireAuthor matches "Jane Doe, Reuters" and "Jane Doe and John Roe |
// Reuters": a name or two joined by "and", then the wire credited.
var wireAuthor = lazyCompile(`^(\p{Lu}['’.\-\p{L}]+(?:\s+\p{Lu}['’.\-\p{L}]+){1,3}(?:\s+and\s+\p{Lu}['’.\-\p{L}]+(?:\s+\p{Lu}['’.\-\p{L}]+){1,3})?)\s*[,|/]\s*(?:Reuters|AP|AFP|Associated Press|Bloomberg|dpa|EFE|Anadolu)\s*$`)

// bareBy matches a byline's word printed without the name.
var bareBy = lazyCompile(`(?i)^(?:by|von|par|por|written by|story by|author:?|autor:?)$`)

// headBylines reads the authors from the byline printed near the title:
// a block of the head (see headDateLines) whose text is a byline form,
// or whose element is marked as the author's ("author", "byline"), or a
// person's name next to the date line ([nameByDate]), or a user's handle
// signing by it ([headHandle]: "by ibby"); else a line further
// down that labels its names as the authors' ([labelledAuthors]). The
// outlet's own name is never an author here; the first byline that gives
// it is kept aside in doc.Meta.BylineSite, for the extractor to judge.
func headBylines(blocks []Block, doc *htmldoc.Doc, site, host string) []string {
	t := titleIndex(blocks)
	if t < 0 {
		return nil
	}
	long := 0
	siteSigned := false // a byline's form gave the site's own name ("Written by Acme"), not the bare name alone
	var lw lowerWords
	var credited []string // the names of the first credit to a tester, a reviewer, a photographer ([creditFirst])
	for i := max(0, t-headAbove); i < len(blocks) && i <= t+headBelow; i++ {
		b := blocks[i]
		if len(b.Text) > maxDateLine || b.Kind == Body && i > t && len(b.Text) >= 100 {
			// Two long blocks or story paragraphs (a sentence or
			// more) below the title: the head is over. (A standfirst
			// printed twice is one.)
			if i > t && b.Text != blocks[i-1].Text {
				if long++; long >= 2 {
					break
				}
			}
			if len(b.Text) > maxDateLine {
				continue
			}
		}
		if whole := captionCreditText(blocks, i, doc); whole != "" {
			b.Text = whole // "Jane Doe (text), John Roe" over "(photos)": one element's line
		}
		if b.Kind == Caption && !captionByline(b, doc) || b.Kind == Dateline {
			continue
		}
		credit := ""
		if i == t {
			// The headline is no byline, but a byline strip the generic
			// head took for one when the page's headline was judged no
			// headline still marks its names as the authors' ("<span
			// class=author>Jane Doe and John Roe</span> <span>Acme
			// Leader</span>" in Title Case).
			if b.Rule != "generic/title" {
				continue
			}
			if credit = partName(blocks, i, t-headAbove, t+headBelow, doc, site, host); credit == "" {
				continue
			}
		}
		if b.Kind == Credit {
			// A picture's credit names no author, but a byline strip a
			// model took for one still marks its name as the author's
			// ("<span class=author>Jane Doe</span> <span>Acme Wire</span>").
			if credit = partName(blocks, i, t-headAbove, t+headBelow, doc, site, host); credit == "" && !creditByline(b) {
				continue // "By Jane Doe | Reuters" is read as a byline below
			}
		}
		text := dropRoleLines(strings.TrimSpace(b.Text)) // "By Jane Doe" over "Senior Reporter"
		var names []string
		if w, ok := worldBy(text); (bareBy.MatchString(text) || ok && w == "By ") && i+1 < len(blocks) {
			text = "By " + byName(blocks, i)
		}
		if siteCredit.MatchString(text) || b.Kind == Nav && menuBy(text) || siteSigned && reviewerFirst.MatchString(text) {
			// "Powered by WordPress", a menu's "Business by Trade"; a
			// reviewer's credit under a byline that gave the site's
			// own name ("Written by Acme" over "Reviewed by Jane Doe")
			continue
		}
		if by, ok := markedByWord(text); ok && marked(doc, b) {
			text = by // "Na Amina Juma" in the element marked as the byline
		}
		// A block a detector took for an ad may still hold the byline
		// when it says so ("By", "Recipe by Jane Doe"); nothing else.
		names = bylineMatch(text)
		if names != nil && titledWorkBy(text) && !marked(doc, b) {
			continue // "Tasting Menu by Chef Renata Solis": a titled work's maker, no byline
		}
		if names == nil {
			names = barFieldByline(text) // "Views: 312 | Author: Jane Doe | Rating: 4.5"
		}
		path := "head/byline-form"
		switch m := findWireAuthor(text); {
		case credit != "":
			names, path = []string{credit}, "head/credit-part"
		case names != nil:
		case b.Kind == Ad:
			if roleCard(blocks, i, doc) {
				names, path = []string{text}, "head/ad-card" // a writer's card a model took for an ad
			}
		case m != nil:
			names, path = splitNames(m[1]), "head/wire"
		case marked(doc, b) && markedName(text, site, host) != "":
			names, path = []string{markedName(text, site, host)}, "head/marked"
		default:
			if n := partName(blocks, i, t-headAbove, t+headBelow, doc, site, host); n != "" {
				names, path = []string{n}, "head/part" // the name in the strip's element marked as the author's
			} else if n := credentialNames(blocks, i, t, doc); n != nil {
				names, path = n, "head/credential" // "Jane Doe, DVM; John Roe, MD" under the title
			} else if n := profileLinkName(blocks, i, doc); n != "" {
				names, path = []string{n}, "head/profile-link" // "<a href=/profile/jane-doe>Jane Doe</a>" alone in its strip
			} else if n := nameByDate(blocks, i, doc, &lw); n != "" {
				names, path = []string{n}, "head/by-date"
			} else if n := nameByBio(blocks, i, doc, &lw); n != "" {
				names, path = []string{n}, "head/by-bio"
			} else if n := nameOverMarkedNote(blocks, i, doc, &lw); n != "" && !namesSite(n, site, host) {
				names, path = []string{n}, "head/marked-note" // "Jane Doe" over her credentials in the author's element
			} else if n := headHandle(blocks, i, doc); n != "" && !namesSite(n, site, host) {
				names, path = []string{n}, "head/handle" // "by ibby" by the date line; the site's own account is no author
			} else if names, path = namesByDate(blocks, i, doc, &lw), "head/names-by-date"; names == nil {
				names, path = stripNames(blocks, i, doc, &lw), "head/strip-names" // "Jane Doe and John Roe · Jun 3, 2025 · 4 min read"
			}
		}
		if len(names) == 1 && !strings.Contains(names[0], " ") && marked(doc, b) {
			names[0] = titledName(text, names[0]) // "By Ask the Doctors"
		}
		if len(names) == 1 {
			if list := personList(names[0]); list != nil {
				names = list // a marked element's "Jane Doe and John Roe"
			} else if list := authorLinks(b, doc); list != nil {
				names = list // "Jane Doe, John Roe", each in an author's link
			} else if list := cardCoAuthors(blocks, i, doc, names[0]); list != nil {
				names = list // two writers' cards, or profile links, in one author box
			}
		}
		for k, n := range names {
			names[k] = sourceCut(trimName(unglueRoleAfter(n, text)), site, host) // "Jane Doe, Reuters", "Jane Doe Harbour Times"; "Jane DoeTransport correspondent"
		}
		if len(names) > 0 && namesSite(names[0], site, host) {
			if doc != nil && doc.Meta.BylineSite == "" {
				doc.Meta.BylineSite = names[0] // the site's own name as the byline: kept aside
			}
			// The site credited as the writer by a byline's word
			// ("Written by Acme") outranks a reviewer's credit under it;
			// its bare name in the author's element ("Acme" over
			// "Reviewed by Jane Doe") credits no one with the writing,
			// and the reviewer is the one person the page credits.
			siteSigned = siteSigned || path == "head/byline-form"
		}
		names = slices.DeleteFunc(names, func(n string) bool {
			return n == "" || namesSite(n, site, host) || theSite(n, site, host) || isTitleTrap(n) || strings.Contains(n, "\n") || notAuthorName(n) || sectionLinked(doc, b, n)
		})
		if m := creditFirst.FindStringIndex(text); len(names) > 0 && m != nil && laterBy.FindStringIndex(text[m[1]:]) == nil {
			if credited == nil && !pictureCredit.MatchString(text) {
				credited = names // "Tested by: Jane Doe": the writer's byline may follow; a picture's maker is never the writer
			}
			continue
		}
		if len(names) > 0 {
			names[0] = fullName(blocks, t, names[0])
			if n := nextBylineName(blocks, i, doc, names, site, host); n != "" {
				names = append(names, n) // "By Jane Doe" over "and John Roe"
			}
			traceAuthor(path, b.Kind, b.Rule, names)
			return names
		}
	}
	if names := labelledAuthors(blocks, doc, t, site, host, &lw); len(names) > 0 {
		traceAuthor("head/labelled", "", "", names)
		return names
	}
	if n := cardAuthor(doc); n != "" && !namesSite(n, site, "") { // a blog on the author's own domain keeps its author
		traceAuthor("head/card", "", "", []string{n})
		return []string{n}
	}
	traceAuthor("head/credited", "", "", credited)
	return credited // no writer named: the tester or the reviewer is the one the page credits
}

// marked reports whether the block's element is marked as the author's
// name: by its itemprop, or by a mark (see [authorMark]) on the element, on
// one of its three nearest ancestors, or on an element inside it ("<div><a
// rel="author">Jane Doe</a></div>").
func marked(doc *htmldoc.Doc, b Block) bool {
	hb := walkerOf(b, doc)
	if hb == nil {
		return false
	}
	if strings.EqualFold(hb.Itemprop, "author") || strings.EqualFold(hb.Itemprop, "name") && slices.Contains(hb.Words, "author") {
		return true
	}
	if hb.Node == nil {
		return false
	}
	for k, a := 0, hb.Node; a != nil && k < 4; k, a = k+1, a.Parent {
		if authorMark(a) {
			return true
		}
	}
	seen := 0
	var inside func(n *html.Node) bool
	inside = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil && seen < 16; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			seen++
			// The marked element's text must be the block's: an element
			// that holds a later block (a header whose byline is a block
			// of its own) does not mark the text before it.
			if authorMark(c) && ownText(c, hb.Text) || inside(c) {
				return true
			}
		}
		return false
	}
	return inside(hb.Node)
}

// ownText reports whether the text under n, read up to a bound, is not
// empty and is part of text, the block's.
func ownText(n *html.Node, text string) bool {
	own := squash(text)
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && b.Len() <= len(own); c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(squash(c.Data))
			case html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	k := b.String()
	return k != "" && len(k) <= len(own) && strings.Contains(own, k)
}

// authorMark reports whether an element says it holds an author's name:
// rel="author" (a token of rel: "author external"), itemprop="author", a class or id with "author" or "byline"
// in it ("post-hero__author", "byline-name") or another language's word
// for the author ([worldAuthorClass]: "autor", "nome-autor"), or a test's or a
// component's name that has (data-testid="authorName", data-qa,
// data-component, data-hook), but not an avatar's, or a
// link to an author's page ("/author/jane-doe", "/authors/...").
func authorMark(n *html.Node) bool {
	for _, a := range n.Attr {
		v := strings.ToLower(a.Val)
		switch a.Key {
		case "href":
			if strings.Contains(v, "/author/") || strings.Contains(v, "/authors/") {
				return true
			}
		case "rel":
			if relAuthor(v) {
				return true
			}
		case "itemprop":
			if strings.TrimSpace(v) == "author" {
				return true
			}
		case "class", "id", "data-testid", "data-qa", "data-component", "data-hook":
			if (strings.Contains(v, "author") || strings.Contains(v, "byline") || worldAuthorClass(a.Val)) && !strings.Contains(v, "avatar") {
				return true
			}
		}
	}
	return false
}

// relAuthor reports whether a rel value holds the token "author", in any
// case: rel is a space-separated list of tokens, HTML's rule, so
// rel="author external" marks the author as rel="author" does, and
// rel="authorized" or rel="co-author" does not.
func relAuthor(v string) bool {
	for _, w := range strings.Fields(v) {
		if strings.EqualFold(w, "author") {
			return true
		}
	}
	return false
}

// fullName returns the full name a byline gives by its first name only
// ("Articles by Jane" beside "Jane Doe" in the author's card): a block of
// the head that is only a person's name and opens with it; else name.
func fullName(blocks []Block, t int, name string) string {
	if strings.Contains(name, " ") {
		return name
	}
	for i := max(0, t-headAbove); i < len(blocks) && i <= t+headBelow; i++ {
		if s := strings.TrimSpace(blocks[i].Text); strings.HasPrefix(s, name+" ") && personShaped(s) {
			return s
		}
	}
	return name
}

// byName returns the name after a "By" printed in a block of its own
// (block i): the next block, or the one after it when only that one reads
// as a person's name ("By" over a list of tags over "Jane Doe").
func byName(blocks []Block, i int) string {
	next := strings.TrimSpace(blocks[i+1].Text)
	if i+2 < len(blocks) && !personShaped(next) {
		if after := strings.TrimSpace(blocks[i+2].Text); personShaped(after) {
			return after
		}
	}
	return next
}

// splitNames splits "Jane Doe and John Roe", "Jane Doe, John Roe & Ann
// Poe" into names, leaving out an outlet after a comma that follows the
// last "and" ("Jane Doe and John Roe, Valley Gazette"; each writer's own:
// [affiliated]), a group after "and" ("and Team": [groupWords]),
// credentials ("Jane Doe, DVM"), wire agencies ("Jane Doe, Reuters", "By
// AFP") and a job's title after a name ("Jane Doe, Senior Analyst":
// [jobTitle]): a wire is the story's source,
// never its author, and a role is no person. A word alone before such a
// title is the title's first half ("Jane Doe, Home and Digital Security
// Expert"), no second author.
func splitNames(s string) []string {
	var out []string
	if people := affiliated(s); people != nil {
		s = strings.Join(people, ", ")
	} else if i := strings.LastIndexByte(s, ','); i > 0 && joined(s[:i]) && !joined(s[i:]) {
		s = s[:i] // "Jane Doe and John Roe, Valley Gazette": the outlet both write for
	} else if i > 0 && placeAfterComma(s[i+1:]) {
		s = s[:i] // "Chinedu Eze, Abuja", "Ana Souza, São Paulo": the place the reporter files from
	} else if i > 0 && placeAfterRole(s, i) {
		s = s[:i] // "Jane Doe, Senior Reporter, Leeds": the place after her role
	}
	for _, sep := range andSeps {
		s = strings.ReplaceAll(s, sep, ", ")
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if !strings.HasSuffix(part, " Jr.") && !strings.HasSuffix(part, " Sr.") {
			part = strings.TrimRight(part, ".") // the sentence's stop; a suffix's own dot stays ("Robert Hale Jr.")
		}
		if len(out) > 0 && groupWords[strings.ToLower(part)] {
			continue // "Anna Berg und Partner", "Jane Doe and Team": no second person
		}
		if len(out) > 0 && outletPart(part) {
			continue // "Jane Doe, Bay Ledger", "Jane Doe, Redaktion Wirtschaft": where she works
		}
		if len(out) > 0 && jobTitle(part) {
			if len(out) > 1 && !strings.Contains(out[len(out)-1], " ") {
				out = out[:len(out)-1] // "Home" of "Home and Digital Security Expert"
			}
			continue
		}
		if wordCount(part) >= 1 && len(part) >= 3 && !credential(part) && !dateparse.IsWire(part) {
			out = append(out, part)
		}
	}
	return out
}

// placeAfterRole reports whether the part of a byline s after its last
// comma (at i) is one capitalised word after a job's title ([jobTitle])
// that follows a name: "Jane Doe, Senior Reporter, Leeds" names the place
// the reporter files from, which the place table may not hold, and a
// second writer after a role is joined by "and" ("Jane Doe, Senior
// Reporter, and John Roe"), which this turns down. The capital may be any
// script's ("Łódź", "Örebro").
func placeAfterRole(s string, i int) bool {
	tail := strings.TrimSpace(s[i+1:])
	if tail == "" || strings.IndexByte(tail, ' ') >= 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) {
		return false
	}
	j := strings.LastIndexByte(s[:i], ',')
	return j > 0 && jobTitle(strings.TrimSpace(s[j+1:i]))
}

// placeAfterComma reports whether s, the part after a byline's last
// comma, is a place a dateline prints ([dateparse.KnownPlace]: "Abuja",
// "New York", "São Paulo"), of at most [maxPlaceWords] words: where the
// reporter files from, no second writer. The table is asked only about
// words that open with an ASCII capital, so that a process whose bylines
// name no place never builds it.
func placeAfterComma(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || s[0] < 'A' || s[0] > 'Z' || !fieldsAtMost(s, maxPlaceWords) {
		return false
	}
	return dateparse.KnownPlace(s)
}

// maxPlaceWords bounds the words of a place [placeAfterComma] looks up:
// the table's longest ("Bandar Seri Begawan", "Ho Chi Minh City").
const maxPlaceWords = 4

// andSeps are the words that join two names in a byline splitNames reads.
var andSeps = [...]string{" and ", " und ", " et ", " y ", " & "}

// joined reports whether s joins two parts with one of andSeps.
func joined(s string) bool {
	for _, sep := range andSeps {
		if strings.Contains(s, sep) {
			return true
		}
	}
	return false
}

// groupWords are, in lower case, the one-word parts after a byline's
// "and" that name a group, no person.
var groupWords = map[string]bool{
	"partner": true, "partners": true, "team": true, "friends": true, "others": true, "colleagues": true,
	"kollegen": true, "equipo": true, "équipe": true, "equipe": true, "squadra": true,
}

// affiliated returns the people of a byline that gives each with an
// outlet after a comma, the pairs joined by "and" ("Jane Doe, Harbour
// Times, and John Roe, Valley Gazette", a story two newsrooms share): the
// part before each pair's comma. nil unless there are two pairs or more,
// each with one comma.
func affiliated(s string) []string {
	pairs := strings.Split(strings.ReplaceAll(s, ", and ", " and "), " and ")
	if len(pairs) < 2 {
		return nil
	}
	var out []string
	for _, p := range pairs {
		name, outlet, ok := strings.Cut(p, ",")
		if !ok || strings.Contains(outlet, ",") || strings.TrimSpace(outlet) == "" {
			return nil
		}
		out = append(out, strings.TrimSpace(name))
	}
	return out
}

// credential reports whether a part of a byline after a comma is a
// degree's or a title's letters, not a name: one word of capitals, up to
// six letters and dots ("DVM", "M.D.", "FACP"), or a degree written in
// mixed case ([mixedDegrees]: "PhD", "MSc").
func credential(s string) bool {
	letters := strings.ReplaceAll(s, ".", "")
	if mixedDegrees[letters] {
		return true
	}
	return len(letters) >= 2 && len(letters) <= 6 && !strings.ContainsAny(s, " ") && strings.ToUpper(letters) == letters && strings.ToLower(letters) != letters
}

// mixedDegrees are the degrees written in mixed case after a name, dots
// left out ("Ph.D." is "PhD").
var mixedDegrees = map[string]bool{
	"PhD": true, "MSc": true, "BSc": true, "MEd": true, "EdD": true, "PsyD": true, "PharmD": true,
	"DPhil": true, "MPhil": true, "DrPH": true, "MBChB": true, "BVSc": true, "MRCVS": true,
}

// nameEnd are words that end a name in a byline: a date's, a role's, a
// link's.
var nameEnd = map[string]bool{
	"on": true, "in": true, "at": true, "updated": true, "published": true, "view": true, "follow": true,
	"former": true, "senior": true, "deputy": true, "editor": true, "reporter": true, "writer": true,
	"staff": true, "contributor": true, "correspondent": true, "managing": true, "gardener": true,
	"founder": true, "author": true, "lead": true, "head": true, "chief": true,
}

// connective are the nameEnd words that join a name to what follows.
var connective = map[string]bool{"on": true, "in": true, "at": true}

// gluedTail finds what a scraper glued to the end of a byline's name, to
// the end of the text: a month's name ("Jeffrey ZeldmanNovember"), a
// month's short name before a day ("Jane DoeMar 5, 2025"), the "In"
// before a blog's category ("Jane DoeIn Budget Travel"), a role or a
// link's words ("Jane DoeStaff", "Jane DoeView More Articles", "Jane
// DoeFollow"), a reviewer's or an editor's credit ("Jane DoeMedically
// reviewed by John Roe, MD", "Jane DoeFact checked by"), or the author's
// handle ("Jane Doe@JaneDoe").
var gluedTail = lazyCompile(`(\p{Ll})(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Updated|Published|Posted|Staff|Columnist|Writer|Editor|Reporter|Correspondent|Contributor|Follow|Reviewed|Edited|Medically|Clinically|Expert|Fact[- ]?[Cc]hecked)\b|In\s+\p{Lu}|View\s+(?:More|All|Profile|Posts)\b|@\w|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*\d).*$`)

// slashCredit reports whether the words after a slash in a byline credit
// a role or an agency, not a second name: a role's word among at most four
// words ("Special Correspondent", "Staff Writer"), a wire's name
// ("Reuters"), or one word in capitals ("AZERTAC").
func slashCredit(rest []string) bool {
	if len(rest) == 0 || len(rest) > 4 {
		return false
	}
	for _, w := range rest {
		if lw := strings.ToLower(strings.Trim(w, ".,")); nameEnd[lw] && !connective[lw] {
			return true
		}
	}
	one := strings.Trim(rest[0], ".,")
	return len(rest) == 1 && (dateparse.IsWire(one) || len(one) >= 3 && one == strings.ToUpper(one) && one != strings.ToLower(one))
}

// trimName cuts what follows a name in a byline: a date, a role, a link's
// words, the outlet the writer writes for ("Sofia Gonzalez December 3",
// "Will Judd Former Deputy Tech", "Jane Doe For The Harbor Daily").
// A name stored as UTF-8 and printed as Latin-1 ("JaroÅ\u0084") is mended
// first ([mendMojibake]).
func trimName(n string) string {
	if c := staffCreditLead(n); c != "" {
		return c // "Our Correspondent, Lagos": the credit whole, its place left out
	}
	if deskCredit(n) {
		return strings.TrimSpace(n) // "Redazione ANSA": the desk's credit whole
	}
	n = mendMojibake(n) // "JaroÅ\u0084": a name stored as UTF-8, printed as Latin-1
	n = unglueTail(n)
	words := strings.Fields(n)
	if k := deskTail(words); k > 0 {
		words = words[:k] // "Ayşe Demir Haber Merkezi": the desk printed beside her name
	}
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		// A month ends the name only before a day ("December 3"):
		// "Theresa May" keeps hers.
		_, month := dateparse.MonthName(lw)
		month = month && (i+1 < len(words) && words[i+1][0] >= '0' && words[i+1][0] <= '9' || i+1 == len(words) && i >= 2)
		// A weekday's full name after a name of two words or more is the
		// date line's first word ("By Jane Doe Monday, March 2").
		month = month || i >= 2 && fullWeekday(lw)
		// A role ends a name of two words or more ("Resy Staff" is one
		// whole); "on", "in", "at" only with more words after them.
		role := nameEnd[lw] && (i >= 2 || !connective[lw] && i >= 1 && i+1 < len(words)) ||
			connective[lw] && i >= 1 && i+1 < len(words) ||
			lw == "for" && i >= 2 && i+1 < len(words) && outletAfterFor(words[i+1]) // "Jane Doe For The Harbor Daily"
		// "Staff" closing an organisation's name is its byline as printed
		// ("Harbour Post Staff", "The Acme Staff"): kept whole, as WCXB's
		// golds keep it, where cutting it left the outlet's own name.
		role = role && !(lw == "staff" && i+1 == len(words) && notPersonWords(strings.Join(words[:i], " ")))
		// A slash before a role or an agency ends the name ("Jane Doe /
		// Special Correspondent", "Jane Doe / AZERTAC"); before anything
		// else it may join two names ("Laura / House of Ferns").
		if i > 0 && w == "/" && slashCredit(words[i+1:]) {
			words = words[:i]
			break
		}
		if i > 0 && (role || month) {
			if role {
				i = roleQualifierFrom(words, i) // "Jane Doe, Sports Editor": "Sports" is the role's
			}
			words = words[:i]
			words[i-1] = strings.TrimRight(words[i-1], ",;") // "Jane Doe, Staff Writer": the comma was the role's
			break
		}
		if i > 0 && sentenceEnd(words[i-1]) {
			// "By Jane Doe. Last Updated on ...": the name's sentence
			// ends at the dot
			words = words[:i]
			words[i-1] = strings.TrimSuffix(words[i-1], ".")
			break
		}
	}
	if len(words) == 1 {
		lw := strings.ToLower(strings.Trim(words[0], ".,"))
		if _, month := dateparse.MonthName(lw); month || fullWeekday(lw) {
			return "" // "Jane Doe, Wednesday, 20th November": the date's words
		}
	}
	// a separator the next span of the strip opened with ("Jane Doe·"
	// before "Follow")
	return strings.TrimRight(strings.Join(words, " "), " ·•|")
}

// roleQualifierFrom returns where the role that ends a name's words at i
// begins when one or two capitalised words qualify it after a comma
// ("Jane Doe, Sports Editor", "Jane Doe, Chief Political Correspondent"
// reads "Chief" itself): the index after the comma; i otherwise, so that
// a name of two words or more is left before the comma.
func roleQualifierFrom(words []string, i int) int {
	for k := i - 1; k >= 2 && k >= i-2; k-- {
		q := words[k]
		if q == "" || q[0] < 'A' || q[0] > 'Z' {
			return i
		}
		if strings.HasSuffix(words[k-1], ",") {
			return k
		}
	}
	return i
}

// outletAfterFor reports whether w, the word after a "for" that follows a
// byline's name, opens the name of an outlet the writer writes for: "The"
// ("Jane Doe For The Harbor Daily") or a web address's name ("Jane Doe
// for Dailymail.com"); a link's words go on otherwise ("Click Here For
// Pricing").
func outletAfterFor(w string) bool {
	return strings.EqualFold(w, "the") || strings.Contains(strings.TrimRight(w, ".,"), ".")
}

// fullWeekday reports whether a word, in lower case, is an English
// weekday's full name ("monday"); the abbreviations ("Sun", "Wed") are
// also surnames.
func fullWeekday(lw string) bool {
	_, ok := dateparse.Weekday(lw)
	return ok && len(lw) > 3
}
