package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// textHeadBylines reads the authors near the headline t of flattened text
// without an outlet rule, after textHeadDates: a line in a byline's form
// ("By Jane Doe", "Written by Jane Doe and John Roe", "by whova | Apr 21,
// 2025"), or a line that is only a person's name printed next to the date
// line or an update line, right above or below it ("Jane Doe" over "June
// 4, 2025"), or right under the headline (none of its words one the page
// writes in lower case: "A Critical Overview" is a subtitle), perhaps with
// a short role after it ("Jane Doe, Managing Editor"), or a forename
// alone right over the date line under the headline ("Gabo" over "Jan
// 23"), or a list of names by the date line ("Jane Doe, John Roe & Ann
// Poe"), or a byline's label alone over the names ("Written by" over "Jane Doe")
// between the headline and the story's first paragraph, or a strip of
// parts with a name, a count of comments and a date next to the headline
// ([countStripName]). A date
// line or an update line that also names its authors keeps its kind and
// gains them. Only the
// first byline counts, looking below the headline first, between lo and
// hi ([Page.textHeadWindow]).
func (p *Page) textHeadBylines(t, lo, hi int) {
	// Three forms only where the story detector has sorted the lines
	// around the headline (a label over the names; a name right under the
	// headline; a name by an update line as by a date line): without it a
	// label over a name is as often a photo credit's or an author box's,
	// and a second pass reads them differently (AEB text).
	defer p.notedHeadNames(t, hi)
	model := p.modelOn()
	dateAt := -1
	for i := lo; i <= hi; i++ {
		if k := p.blocks[i].Kind; (k == Date || model && k == Metadata) && p.blocks[i].Stamp != nil {
			dateAt = i
			break
		}
	}
	// The story under the headline starts at the first of two paragraphs
	// of prose next to each other (a standfirst stands alone), else at the
	// last paragraph of prose in the window (the story's, under a
	// standfirst; or its only one).
	storyAt, prev := -1, -10
	for i := t + 1; i <= hi && storyAt < 0; i++ {
		if b := p.blocks[i]; p.free(i) && len(b.Text) >= 100 && isProse(b.Text) {
			if i-prev <= 2 {
				storyAt = prev
			}
			prev = i
		}
	}
	if storyAt < 0 {
		storyAt = hi // no pair: the last prose seen, else the window's end
		if prev >= 0 {
			storyAt = prev
		}
	}
	order := make([]int, 0, hi-lo+1)
	for i := t + 1; i <= hi; i++ {
		order = append(order, i) // below the headline first: a byline's usual place
	}
	for i := t - 1; i >= lo; i-- {
		order = append(order, i)
	}
	lw := p.pageLowerWords() // a name printed alone has no word the page writes in lower case
	for _, i := range order {
		b := &p.blocks[i]
		if len(b.Text) > maxDateLine || isProse(b.Text) {
			continue
		}
		names := bylineNames(b.Text)
		if len(names) == 0 && p.free(i) {
			names = wideWorldByline(b.Text) // "रिपोर्ट: अमित त्रिपाठी | संपादन: नेहा सक्सेना": too long in bytes for the head's first pass
		}
		if len(names) == 0 && p.wireCreditAt(i, t) {
			names = p.wireCreditNames(b.Text, &lw) // "Jane Doe, Reuters" by the headline
		}
		if len(names) == 0 && i == t+1 {
			if n := reportsFrom(b.Text); n != "" && (p.free(i) || b.Kind == Deck) {
				p.takeHeadByline(i, t, hi, []string{n}) // "Jane Doe reports from Kyiv" under the headline: no standfirst
				return
			}
		}
		stripCut := false
		for k, n := range names {
			if c := cutStripTail(n); c != n && personShaped(c) {
				names[k], stripCut = c, true // "By Jane Doe Email Twitter": the strip's links after her name
			}
		}
		dateLine := b.Kind == Date && b.Rule == "generic/date"
		// an update line may name its authors too: "By Jane DoeUpdated: Feb 5, 2026"
		updateLine := b.Kind == Metadata && b.Rule == "generic/updated" && b.Stamp != nil
		if (dateLine || updateLine) && len(names) == 0 {
			names = bylineAfterBar(b.Text) // "Last updated: March 4, 2025 | By Jane Doe"
		}
		if (dateLine || updateLine) && len(names) == 0 {
			if by, ok := worldBy(b.Text); ok {
				names = bylineNames(by) // "Автор: Ирина Волкова | 5 марта 2025, 10:14"
			}
		}
		if (dateLine || updateLine) && len(names) == 0 {
			names = uncasedByline(b.Text) // "लेखक: सुनीता वर्मा | अपडेटेड: 06 मार्च 2025"
		}
		signer := "" // who signs a date line without a byline's names
		if dateLine && len(names) == 0 {
			signer = p.dateLineAuthor(b.Text, &lw)
		}
		if updateLine && len(names) == 0 && signer == "" {
			signer = p.labelledLineAuthor(b.Text, &lw) // "Jane Doe - Updated March 5, 2025"
		}
		if (dateLine || updateLine) && len(names) == 0 && signer == "" {
			signer = stripDesk(b.Text) // "TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025"
		}
		credit, slot := "", []string(nil) // the names a case's reader gives, read once for its body too (kept, keptNames)
		switch {
		case (dateLine || updateLine) && len(names) > 0:
			b.Authors = names
			return
		case signer != "":
			b.Authors = []string{signer} // "Jane Doe October 11, 2024"
			return
		case b.Kind == Byline && b.Rule == "generic/byline":
			b.Rule = HeadBylineRule // labelled by the head detector's first pass; its names are read later
			if (stripCut || barNamed(b.Text, names)) && b.Authors == nil {
				b.Authors = names // read now: the names without the strip's links after them, or with a co-author after a bar
			}
			return
		case i == t-1 && (p.free(i) || byModel(*b) || b.Kind == Kicker && b.Rule == "generic/kicker") && kept(&credit, p.roleNameOver(b.Text, &lw)):
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{credit} // "Jane Doe, Staff Writer" over the headline: no kicker
			return
		case i == t+1 && (p.free(i) || byModel(*b)) && dateAt != t+2 && kept(&credit, p.creditUnder(t, storyAt, &lw)):
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{credit} // "Jane Doe, Senior Reporter" or "Redacción" alone under the headline
			return
		case b.Kind == Deck && len(names) > 0 && reviewerFirst.MatchString(strings.TrimSpace(b.Text)):
			p.takeHeadByline(i, t, hi, names) // "Medically reviewed by Dr. Jane Roe, MD" is no standfirst
			return
		case !p.free(i) && !byModel(*b):
			continue
		case i == t+1 && keptNames(&slot, p.slotNames(t, dateAt, &lw)):
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, slot // "Jane Doe and John Roe" over "USA TODAY" over the date line
			return
		case i >= t-2 && i <= t+2 && kept(&credit, countStripName(b.Text)) && !p.writesLower(credit, &lw):
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{credit} // "109 Comments | Jane Doe | Last Updated: ..."
			return
		case len(names) > 0:
			p.takeHeadByline(i, t, hi, names)
			return
		case i >= t-2 && i <= t+3 && kept(&credit, p.handleByline(b.Text, &lw)):
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{credit} // "by ibby"
			return
		case model && i > t && i < storyAt && p.bylineOverName(i):
			return
		case dateAt >= 0 && (i == dateAt-1 || i == dateAt+1) || model && i == t+1:
			if p.underTagLabel(i) || model && p.labelledBylineAt(t, storyAt) > i {
				continue // a tag ("Tags:" over "Philosophy"); a bare name a byline's label lower down outranks
			}
			ns := nameList(b.Text)
			n := ""
			semi := len(ns) > 0 && strings.IndexByte(b.Text, ';') >= 0 // "Jane Roe, MD; John Poe, PhD"
			if len(ns) == 0 || !hasWorldAnd(b.Text) && !semi {
				ns, n = nil, nameWithRole(b.Text) // "Jane Doe, John Roe" may be a name and a role
			}
			if n == "" && len(ns) == 0 {
				n = credentialedName(b.Text) // "Jane Q. Doe CPP, PSP"
			}
			if n == "" && len(ns) == 0 {
				n = placedName(b.Text) // "Ayşe Demir - İstanbul", "İzmir - Ayşe Demir"
			}
			if c := cutStripTail(b.Text); n == "" && len(ns) == 0 && c != b.Text {
				n = nameWithRole(c) // "Jane Doe Email Twitter", "Jane Doe @janedoe", "Jane Doe 3 min read"
			}
			if creditOpener(n) {
				n = "" // "Editor Agus Salim": an editor's credit, no writer's
			}
			if over := p.nameOverRole(t, i, &lw); over != "" {
				a := &p.blocks[i-1]
				a.Kind, a.Rule, a.Authors = Byline, HeadBylineRule, []string{over} // "Marisol Quenby" over "Senior Political Correspondent"
				return
			}
			if w := strings.TrimSpace(b.Text); n == "" && (i == dateAt-1 && i > t || i == t+1 && p.readTimeUnder(i)) && oneName(w) {
				if over := p.nameOverWord(t, i, &lw); over != "" {
					a := &p.blocks[i-1]
					a.Kind, a.Rule, a.Authors = Byline, HeadBylineRule, []string{over} // "Krzysztof Zieliński" over "Dziennikarz" over the date line
					return
				}
				n = w // a forename alone over the date line ("Gabo" over "Jan 23"), or over a strip's reading time
			}
			if team, whose := teamName(b.Text); n == "" && team != "" && !p.writesLower(whose, &lw) {
				b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{team} // "EDB Team" over "September 18, 2024"
				return
			}
			if w := strings.TrimSpace(b.Text); n == "" && len(ns) == 0 && nameplateDesk(w) {
				b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{w} // "Telegraph Sport" over "19 November 2019"
				return
			}
			if n == "" && i == t+1 && i == dateAt-1 {
				if a := p.slotAuthor(b.Text, &lw); a != "" {
					b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{a} // "inikosoftseo" between the headline and its date line
					return
				}
			}
			if n != "" && !p.writesLower(n, &lw) && !notAuthorName(n) { // not a placeholder nor a role alone ("Staff Writer")
				b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{n}
				return
			}
			// the authors listed by the date line ("Jane Doe, John Roe &
			// Ann Poe" over "Nov 25th, 2025"), or with their credentials
			// parted by semicolons, there or under the headline
			if len(ns) > 0 && (i == dateAt-1 || i == dateAt+1 || semi) && !p.writesLower(strings.Join(ns, " "), &lw) {
				b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, ns
				return
			}
		}
	}
	if model {
		p.textLoneName(t, &lw)
	}
}

// bylineAfterBar returns the names of a byline printed after a bar on a
// date or update line ("Last updated: March 4, 2025 | By Jane Doe"),
// whose label's colon keeps [bylineNames] from reading the whole line;
// nil when no part after a bar is a byline.
func bylineAfterBar(s string) []string {
	_, rest, more := strings.Cut(s, "|")
	for more {
		var part string
		part, rest, more = strings.Cut(rest, "|")
		if names := bylineNames(strings.TrimSpace(part)); len(names) > 0 {
			return names
		}
	}
	return nil
}

// nameWithRole returns the person's name a line gives alone ("Jane Doe")
// or with a short role after a comma or a bar ("Jane Doe, Managing
// Editor", "Jane Doe | Guest Columnist"), after a dash where the role is
// a job's title ([dashedRoleName]: "Jane Doe — Staff Writer") or glued to
// it ([gluedRoleName]:
// "Jane Doe Reporter"), before the paper she writes for ([nameForOutlet]:
// "Jane Doe for The Daily Post") or in round brackets as printed
// ([bracketedName]), or "" (for a job's title alone too: [roleAlone]), the wire a byline
// credits after the name aside ("Claire Martin, AFP": [dropWireCredit]).
func nameWithRole(s string) string {
	s = dropWireCredit(s) // "Claire Martin, AFP": the wire is no part of the name
	if personShaped(s) {
		if !endsWithTrade(s) {
			return s // no title's last word: the readers below would find none
		}
		if g := gluedRoleName(s); g != "" {
			return g // "Keelan Osei Reporter": the title glued to her name
		}
		if roleAlone(s) {
			return "" // "Senior Political Correspondent": a job's title names nobody
		}
		return s
	}
	k := strings.IndexAny(s, ",|")
	if k <= 0 {
		if d := dashedRoleName(s); d != "" {
			return d // "Jane Doe — Staff Writer"
		}
		if g := gluedRoleName(s); g != "" {
			return g // "Keelan Osei Transport reporter": a title in sentence case, no name's shape whole
		}
		if f := nameForOutlet(s); f != "" {
			return f // "Jane Doe for The Daily Post": the paper she writes for
		}
		return bracketedName(s) // "Jane Doe (Senior Editor)"
	}
	name, role := strings.TrimSpace(s[:k]), strings.Trim(s[k+1:], " ,|")
	if n := wordCount(role); n < 1 || n > 5 || !personShaped(name) || digitByteIn(role) {
		return ""
	}
	return name
}

// writesLower reports whether the page writes one of the words of a name
// in lower case elsewhere, as it does a subtitle's words ("A Critical
// Overview") and never a person's.
func (p *Page) writesLower(name string, lw *lowerWords) bool {
	for _, w := range strings.Fields(name) {
		if len(w) > 1 && !nameParticles[w] && !(len(w) <= 3 && nameParticles[strings.ToLower(w)]) && lw.has(p.blocks, w) { // "Anne de La Tour" on a page that writes "la"
			return true
		}
	}
	return false
}

// HeadBylineRule is the rule recorded for the byline found right by the
// headline of flattened text: the page's own, where other generic bylines may be other
// stories' ("By Industry" filters, cards).
const HeadBylineRule = "generic/head-byline"

// bylineNames returns the names a line in a byline's form gives, each cut
// at what follows a name (a date, a role); nil when the line is no byline.
// A line that opens with a reviewer's credit and names the writer after
// it gives the writer ([writerAfterReviewer]). A desk's or a firm's name
// keeps the lower-case word after it that makes it a byline ([collective]:
// "By The Currency editors", "By Acme staff"), as on HTML.
func bylineNames(s string) []string {
	s = italianBy(s)                  // "Di Marco Rossi"
	if !mayBeByline(s) || shopBy(s) { // a shop's "Shop By Comfort"
		return nil
	}
	s = reviewerAfterWriter(writerAfterReviewer(gluedWrittenBy(s)))
	s = unglueShortMonth(strings.TrimSpace(s))
	s = unglueBy(s)
	s = gluedLabel.ReplaceAllString(s, "$1 $2")
	m := bylineHead.FindStringSubmatchIndex(s)
	if m == nil || creditLabel.MatchString(s[:m[2]]) || siteCredit.MatchString(s[:m[2]]) {
		return nil // a picture's maker, a sponsor's or the site's maker ("Presented By Acme")
	}
	if m[2] > 0 && phrasalBy(s[:m[2]]) {
		return nil // "Stand by: Ferry Service Halted": a headline's phrasal verb, no credit's label
	}
	if m[2] > 0 && productLabelBy(s[:m[2]]) {
		return nil // "A supper series by Chef Ruth Okafor": a maker's goods or event, no writer's credit
	}
	if m[2] > 0 && notWriterLabel.MatchString(s[:m[2]]) {
		return nil // "Edited by Jane Doe" with no writer before or after: not the author (bylineMatch's rule)
	}
	if loc := siteCredit.FindStringIndex(s[m[2]:]); loc != nil && loc[0] == 0 {
		return nil // "By" over "Sponsored by Acme": a sponsor, not a writer
	}
	judged := s // what colonByline judges: the line, or the line up to another credit's label
	if k := innerLabel(s[m[2]:m[3]], s[m[3]:]); k > 0 {
		m[3] = m[2] + k // "Words: Jane Doe Pictures: John Roe": the names end at the photographer's label
		judged = s[:m[3]]
	}
	if k := creditByCut(s[m[2]:m[3]], s[m[3]:]); k > 0 {
		m[3] = m[2] + k // "By Jane Doe, Art by John Roe": the names end before the artist's label
		judged = s[:m[3]]
	}
	var names []string
	for _, n := range splitNames(roleTailCut(s[m[2]:m[3]])) { // "Jane Doe, Senior Director, Content & Marketing": her department is no name
		if specialTo(n, s[m[3]:]) {
			continue // "By Jane Doe, Special to The Daily Post": her role, no second name
		}
		if len(names) > 0 && strings.HasPrefix(n, "The ") {
			continue // "By Jane Doe, The Daily Post": the paper she writes for, no second name
		}
		if n = trimName(n); n != "" && !isTitleTrap(n) && !menuWord(n) && !forumChrome(n) && !nameplateOutlet(n, s[m[3]:]) {
			names = append(names, n)
		}
	}
	names = placeTailCut(names, s[m[3]:]) // "By Ana Souza, Rio de Janeiro": "Rio" opens her city
	if m[2] > 0 && oneWordName(names) && unknownLabelBy(s[:m[2]]) {
		return nil // "Guidance by Sector": a menu's filter after a label no list knows
	}
	if len(names) > 0 {
		names = append(names, namesWith(s[m[3]:])...)    // "By Jane Doe with John Roe"
		names = append(names, barCoAuthors(s[m[3]:])...) // "By Ann Lee | Bo Kim"
	}
	if !colonByline(judged, m[2], m[3], names) {
		return nil // "Text: Article Five of the Treaty"
	}
	if len(names) == 1 && notPersonWords(names[0]) && strings.TrimSpace(s[m[2]:m[3]]) == names[0] {
		if k := collective.FindStringIndex(s[m[3]:]); k != nil {
			names[0] += s[m[3] : m[3]+k[1]] // "By The Currency editors": the desk's name ends there, as bylineMatch reads it
		}
	}
	return names
}

// gluedShortMonth finds a month's short name and a day glued to a name by
// a scraper ("ByJane DoeMar 5, 2025"), to be set apart.
var gluedShortMonth = lazyCompile(`(\p{Ll})((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*\d)`)

// gluedLabel finds a byline's label whose colon a scraper glued to the
// first name ("Authors:Jane Doe, John Roe", as a preprint server's
// abstract page prints it), to be set apart.
var gluedLabel = lazyCompile(`^((?i:authors?|contributors?):)(\p{Lu})`)

// menuWord reports whether a byline's name is one word that no name has:
// a menu's filter ("Reviews by Category", "By Role"), or a weekday's full
// name in any language, a sentence's time ("By Tuesday evening, ...",
// "Von Montag an sollen ...").
func menuWord(n string) bool {
	n = strings.TrimSpace(n)
	if strings.Contains(n, " ") {
		return false
	}
	return notPersonWords(n) && !staffCredit(n) || fullWeekdayAny(n)
}

// fullWeekdayAny reports whether w is a weekday's full name in English
// ([fullWeekday]) or in another language ("Montag", "mercredi").
// Both readers fold case themselves: no lower-cased copy is made.
func fullWeekdayAny(w string) bool {
	w = strings.Trim(w, ".,")
	if utf8.RuneCountInString(w) <= 3 {
		return false // "Sat", "Di": an abbreviation, or a name's
	}
	_, ok := dateparse.AnyWeekday(w)
	return ok
}

// specialTo reports whether a byline's part n, rest following the names'
// match, is a contributor's credit to the paper ("Jane Doe, Special to The
// Daily Post": the match ends at "Special"): the role of the name before
// it, no name of its own.
func specialTo(n, rest string) bool {
	return strings.EqualFold(strings.TrimSpace(n), "special") && hasFoldPrefix(strings.TrimLeft(rest, " "), "to ")
}

// creditLabel ends the words before a "by" that credit a picture's maker,
// not the story's author: "Image by Jane Doe from Pixabay", "Photo by".
var creditLabel = guardedRegexp{mayEndPictureLabel, lazyCompile(`(?i)\b(?:image|images|photo|photos|photograph|picture|illustration|graphic|video|cover|header image)\s+(?:by\s*:?\s*)?$`)}

// bylineOverName labels block i, a byline's label alone, and the block
// under it as the head's byline when that block reads as names ("Jane
// Doe", "Jane Doe, MS, RD", "Jane Doe | The Daily Post"), and reports
// whether it did. Either block may be free or taken by the learned
// detector for not story. A row of glued category links between the two
// ([Page.nameUnderLabel]) is labelled metadata, rule [BylineTagsRule].
func (p *Page) bylineOverName(i int) bool {
	lb := &p.blocks[i]
	if !bylineLabel.MatchString(strings.TrimSpace(lb.Text)) {
		return false
	}
	k := p.nameUnderLabel(i)
	if k < 0 || k > i+1 && !p.free(i+1) && !byModel(p.blocks[i+1]) {
		return false
	}
	nb := &p.blocks[k]
	if len(nb.Text) > maxDateLine || isProse(nb.Text) || !p.free(k) && !byModel(*nb) {
		return false
	}
	names := bylineNames("By " + strings.TrimSpace(nb.Text))
	if len(names) == 0 {
		return false
	}
	lb.Kind, lb.Rule, lb.Authors = Byline, HeadBylineRule, []string{} // read: no names of its own
	if k > i+1 {
		row := &p.blocks[i+1]
		row.Kind, row.Rule, row.Authors = Metadata, BylineTagsRule, []string{} // "Wedding ChecklistsJust EngagedWedding Planning"
	}
	nb.Kind, nb.Rule, nb.Authors = Byline, HeadBylineRule, names
	return true
}

// bylineKeys are, in lower case, parts of bylineHead's labels that every
// match holds ("by" also for "story by", "written by", ...; "aut" for
// "author:" and "autor:"; "word", "text" and "writer" for the labels
// with a colon, "Words: Jane Doe"). The labels are matched case-insensitively, and
// none of their letters folds to or from a non-ASCII letter, so an ASCII
// case-insensitive search finds each key wherever the regexp could.
var bylineKeys = [...]string{"by", "aut", "contrib", "von", "par", "por", "av", "door", "word", "text", "writer"}

// mayBeByline is the cheap first test of bylineNames: it reports whether
// the line holds one of bylineKeys, so that lines that cannot match skip
// the regexp (most lines of a page's head window).
func mayBeByline(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		keys := bylineKeysAt[s[i]]
		if keys == nil {
			continue // most bytes open no key
		}
		for _, k := range keys {
			if hasFoldPrefix(s[i:], k) {
				return true
			}
		}
	}
	return false
}

// bylineKeysAt are bylineKeys by the byte they open with, in either ASCII
// case: a byte that opens none (most of a line's) is passed over with one
// look-up, and a common letter ("a", "t") tries one or two keys, not all.
var bylineKeysAt = func() (at [256][]string) {
	for _, k := range bylineKeys {
		at[k[0]] = append(at[k[0]], k)
		at[k[0]-'a'+'A'] = append(at[k[0]-'a'+'A'], k)
	}
	return at
}()

// hasFoldPrefix reports whether s opens with key, a lower-case ASCII word,
// in any ASCII case.
func hasFoldPrefix(s, key string) bool {
	if len(s) < len(key) {
		return false
	}
	for j := 0; j < len(key); j++ {
		if s[j]|0x20 != key[j] {
			return false
		}
	}
	return true
}

// writerAfterReviewer returns, of a line that opens with a reviewer's
// credit ([reviewerFirst]) and then names the writer ("Medically reviewed
// by Jane Roe, MD — Written by John Doe — Updated on March 3, 2025"), the
// part from the writer's label on ("Written by", or a capital "By" after
// the reviewer's name: "— By John Doe"): the reviewer checked the story, the
// writer wrote it. Any other line it returns whole (a reviewer named
// alone is the only person the line credits).
func writerAfterReviewer(s string) string {
	m := reviewerFirst.FindStringIndex(s)
	if m == nil {
		return s
	}
	if loc := writtenBy.FindStringIndex(s); loc != nil {
		return s[loc[0]:]
	}
	if loc := laterWriter.FindStringIndex(s[m[1]:]); loc != nil {
		return s[m[1]+loc[0]+1:] // "Medically reviewed by Jane Roe, MD — By John Doe"
	}
	return s
}

// laterWriter finds, after a reviewer's credit, the writer's own byline
// printed with a capital "By" before a capitalised name: "— By John Doe".
var laterWriter = lazyCompile(`\sBy:?\s+\p{Lu}`)

// namesWith returns the names of the writers a byline adds after its
// names' match with "with" (rest in "By Jane Doe with John Roe"), each a
// person's name ([isPersonName]); nil when rest opens otherwise, or when
// any of them is no person's (a wire's, "with The Associated Press").
func namesWith(rest string) []string {
	r, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "with ")
	if !ok {
		return nil
	}
	r = strings.TrimLeft(r, " ")
	e := bylineNamesEnd(r, 0)
	if e <= 0 {
		return nil // no capital after "with": "with additional reporting"
	}
	if after := strings.TrimSpace(r[e:]); after != "" && after[0] != ',' && after[0] != '|' {
		return nil
	}
	var out []string
	for _, n := range splitNames(r[:e]) {
		if n = trimName(n); !isPersonName(n) {
			return nil
		}
		out = append(out, n)
	}
	return out
}
