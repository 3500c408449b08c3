package clean

import (
	"strings"
	"unicode"
)

// The author's card: many blogs and magazines print, under the story or
// beside it, the writer's name on a line of its own and a note about them
// a line or a few below, a note that opens with the same name, or with its
// forename, and a verb ("Jane Doe" over "Jane Doe is a freelance writer
// who covers travel", "Jane Doe" over "Jane has been a reporter for ten
// years"). Where the page gives no byline, the card still says who wrote
// the story. The name printed twice, once alone and once opening a note
// about a trade, is what tells the card from a list of people or a
// profile's first sentence. Read on flattened text only: on HTML the
// page's metadata and marked elements name such a writer already (none of
// WCXB's train pages gained from it there).

// cardNoteGap is how many blocks below the name line the writer's note may
// stand (a photo's alt text, a role or a social link between).
const cardNoteGap = 4

// cardVerb matches the verbs that open a writer's note after the name.
var cardVerb = lazyCompile(`^(?:is|was|has|had|leads|co-?founded|founded|started|covers|writes|joined|brings|holds|oversees|serves|lives|graduated|studied|specializes|specialises|` +
	`explores|comes|came|loves|enjoys|works|worked|helps|teaches|taught|runs|spent|spends|began|became|grew)\b`)

// cardTrade matches trades a writer's card names that [bioRole] does not
// count for a note inside a story ("Jane Doe is a marketing professional
// ...", "Jane is a blogger and ..."): read only in a note right under the
// name alone, where the pronoun already says it is about a person.
var cardTrade = newFoldWords("professional", "blogger", "enthusiast", "researcher", "engineer", "developer", "designer",
	"educator", "attorney", "lawyer", "theorist")

// cardRoleLead is a writer's role in brackets and a dash that may open the
// note under the name, before the forename ("(Editor / Journalist) – Jane
// comes from ...").
var cardRoleLead = lazyCompile(`^\([^()]{1,60}\)\s*[–—-]\s*`)

// cardPronoun matches the pronouns a note about one person holds: the
// test a one-word name ("Stefan") must pass, as a company's name of one
// word ("Passwork is an enterprise-grade password manager") does not.
var cardPronoun = lazyCompile(`\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b`)

// cardAt returns the index of the author's card's name line, the index
// of the note about the writer under it and the name the card gives, or
// -1, -1 and "". Only one person's card counts: cards of two
// people are a panel's, a podcast's guests or an editor's beside the
// writer's, and which one wrote the story the cards do not say. A name
// with a word the page writes in lower case is a show's or a product's
// ("Wicked Problems is a show ..."), and a name under a reviewer's label
// ("Fact checked by") is not the writer's. A short line between the name
// and the note ("Independent Technology Writer") gives the writer's trade
// as the note would. The note may also be the writer's own words right
// under a full name ([selfNote]: "I'm the founder of ..."), or, under a
// forename alone ("About Jane"), open with the full name ([surnameNote]:
// "Jane Doe is a freelance writer ...").
func cardAt(blocks []Block, lw *lowerWords) (at, note int, who string) {
	at, note = -1, -1
	for i := range blocks {
		name, bare, forename := cardLine(blocks[i].Text)
		if name == "" || name == who {
			continue
		}
		between := ""
		for j := i + 1; j < len(blocks) && j <= i+cardNoteGap; j++ {
			if !cardNote(blocks[j].Text, bare, forename, between) && !(j == i+1 && selfNote(blocks[j].Text, bare)) &&
				!surnameNote(blocks[j].Text, bare, between) {
				if len(blocks[j].Text) <= roleLineMax && between == "" {
					between = blocks[j].Text // the first short line under the name that is no note: a role, perhaps
				}
				continue
			}
			if underReviewer(blocks, i) || cardLower(blocks, name, lw) {
				return -1, -1, ""
			}
			if at >= 0 {
				return -1, -1, "" // a second person's card
			}
			at, note, who = i, j, name
			break
		}
	}
	return at, note, who
}

// selfNoteOpen matches a writer's note about herself in the first person
// as it opens ("I'm the founder of", "I am a freelance writer").
var selfNoteOpen = lazyCompile(`^(?:I'm|I’m|I am) `)

// selfNote reports whether a line right under a card's name line is the
// writer's note about herself: in the first person from its first word
// ([selfNoteOpen]) and naming a trade or a post in its first sentence
// ([bioRole], [cardTrade]: "Jane Doe" over "I'm the founder of Acme. I've
// hired ..."), under a person's full name (bare, two words or more: a
// one-word line over "I'm a designer" is as often a commenter's handle).
// A first sentence that names no trade ("I'm so glad you found this
// guide") is a reader's, or a greeting's.
func selfNote(s, bare string) bool {
	if !strings.Contains(bare, " ") {
		return false
	}
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "I") || !selfNoteOpen.MatchString(s) || wordCount(s) < 6 {
		return false
	}
	first, _, _ := strings.Cut(s, ". ")
	return bioRole.MatchString(first) || cardTrade.MatchString(first)
}

// surnameNote reports whether a line is the note under a card that gives
// the writer's forename alone ("About Jane" over "Jane Doe is a freelance
// writer ..."): the note opens with that forename and a surname, one or
// two words in capitals that make a person's name with it, then a note's
// verb, and is a card's note about that full name ([cardNote]). A card
// line of two words or more reads its note as it is.
func surnameNote(s, bare, role string) bool {
	if strings.Contains(bare, " ") || len(s) <= len(bare) || s[len(bare)] != ' ' || !strings.HasPrefix(s, bare) {
		return false
	}
	rest := s[len(bare)+1:]
	for n, at := 1, 0; n <= 2; n++ {
		k := strings.IndexByte(rest[at:], ' ')
		if k <= 0 {
			return false
		}
		at += k + 1 // past the n-th word after the forename
		if cardVerb.MatchString(rest[at:]) {
			full := bare + " " + rest[:at-1]
			return personShaped(full) && cardNote(s, full, bare, role)
		}
	}
	return false
}

// underReviewer reports whether one of the two blocks above block i is a
// reviewer's label ([reviewerLabel]: "Fact checked by", "Edited By").
func underReviewer(blocks []Block, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if reviewerLabel.MatchString(strings.TrimSpace(blocks[j].Text)) {
			return true
		}
	}
	return false
}

// cardLower reports whether the page writes a word of a card's name in
// lower case (a name's particles aside).
func cardLower(blocks []Block, name string, lw *lowerWords) bool {
	for _, w := range strings.Fields(name) {
		if w = strings.Trim(w, "()"); len(w) > 1 && !nameParticles[w] && lw.has(blocks, w) {
			return true
		}
	}
	return false
}

// cardLine returns the name a card's name line gives, the name without its
// handle (bare), and the forename a note may open with: a person's name alone ([personShaped]: "Jane Doe"),
// perhaps with a handle in brackets ("Jean-Luc Aufranc (CNXSoft)", kept in
// the name) or "About" before it ("About Jane Doe"), or one capitalised
// word alone ("Stefan"); "" for any other line.
func cardLine(s string) (name, bare, forename string) {
	s = strings.TrimSpace(s)
	if len(s) > 60 || s == "" {
		return "", "", ""
	}
	bare = strings.TrimPrefix(s, "About ")
	name = bare
	if k := strings.Index(bare, " ("); k > 0 && strings.HasSuffix(bare, ")") && !strings.ContainsAny(bare[k+2:len(bare)-1], "()") {
		bare = bare[:k]
	}
	switch {
	case personShaped(bare):
	case !strings.Contains(bare, " ") && oneName(bare):
	default:
		return "", "", ""
	}
	return name, bare, strings.Fields(bare)[0]
}

// oneName reports whether a word reads as a forename printed alone: a
// capital, then three or more letters in lower case, no word that is no
// name's.
func oneName(w string) bool {
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || notPersonWords(w) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// cardNote reports whether a line is a note about the person a card's name
// line names (bare, without its handle in brackets): six words or more,
// opening with that name or its forename, perhaps after "Dr." or a role
// in brackets and a dash ([cardRoleLead]), then a verb ([cardVerb]), and
// naming a trade or a post ([bioRole]) in its first sentence, or anywhere
// (a trade of [cardTrade] too, or a trade of bioRole on the role line
// between the name and the note) where it holds a pronoun of a person
// ([cardPronoun]: "Wicked Problems is a show about ..." names its hosts'
// trade later, and is no person's note); a note under a name of one word
// holds such a pronoun.
func cardNote(s, bare, forename, role string) bool {
	if wordCount(s) < 6 {
		return false
	}
	full := strings.TrimSpace(s)
	s = full
	if m := cardRoleLead.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	s = strings.TrimPrefix(s, "Dr. ")
	rest, ok := strings.CutPrefix(s, bare+" ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, forename+" "); !ok {
			return false
		}
	}
	if !cardVerb.MatchString(rest) {
		return false
	}
	if cardPronoun.MatchString(full) {
		return bioRole.MatchString(full) || cardTrade.MatchString(full) || role != "" && bioRole.MatchString(role)
	}
	first, _, _ := strings.Cut(s, ". ")
	return strings.Contains(bare, " ") && bioRole.MatchString(first)
}

// textCardAuthor labels, on flattened text without an outlet rule, the
// writer's full name under the story where the headline's byline gives
// the writer's handle ([Page.writerOverHandle]); the
// poster who opened a forum's thread ([Page.textThreadStarter]); else the
// writer who signs under the story where the headline's byline names a
// team only ([Page.writerUnderTeam]); else, where no byline names anyone,
// the byline under the story in a form the tail detector does not read
// ([Page.tailLabelAt]: "Text by Jane Doe", "By: Jane Doe"), else a name
// line under a byline's label alone anywhere on the page
// ([Page.labelledNameAt]: "Written by" over "Jane Doe"), else the
// name line of the author's card, else the name line over a writer's
// trade alone ([roleCardAt]), else a name printed alone in the
// story's head and again elsewhere ([Page.headNameTwiceAt]), else a name
// alone in the head over the table of contents' label
// ([Page.headContentsNameAt]), else the
// owner of a personal site ([Page.copyrightOwnerAt]), else the name the
// site's address spells ([Page.hostOwnerAt]), else the header's name the
// address spells in part ([Page.headerOwnerAt]), as the
// article's byline where no byline was found anywhere on the page (see
// above). It runs after the
// text head is settled, so any byline the head gives comes first. A card
// the story detector kept at the story's end leaves the body first
// ([Page.takeKeptCard]), whoever signs the story: a second cleaning of
// the output, which prints no byline, must find the same body. Any other
// name line the article keeps in its body stays there: taking it would
// make the text output's second cleaning differ from the first.
func (p *Page) textCardAuthor() {
	if p.in.doc != nil || p.ownPage() || titleIndex(p.blocks) < 0 {
		return
	}
	p.writerUnderTeam() // "By Acme Team" by the headline, "Written by Jane Doe" under the story
	lw := p.pageLowerWords()
	p.writerOverHandle(&lw) // "Written by TurboJane" by the headline, "Written by" over "Jane Doe" under the story
	card, note, cardName, read := -1, -1, "", false
	if p.mayTakeKeptCard() {
		card, note, cardName = cardAt(p.blocks, &lw)
		read = true
		if card >= 0 && !p.dropped(card) {
			p.takeKeptCard(card, note) // the card closing the story leaves it, whoever else signs the story
		}
	}
	p.takeKeptNote() // "About the author: Jane Doe covers ..." closing the story leaves it too
	p.findBody()
	credit, creditNames := p.keptFootCredit(&lw)
	if credit >= 0 {
		p.blocks[credit].Kind, p.blocks[credit].Rule = Signoff, footCreditRule // the wire's credits leave the story, whoever signs it
	}
	if p.textThreadStarter() {
		return // "Thread starter" over "jdoe42": a forum thread's opening poster
	}
	t := titleIndex(p.blocks)
	for _, b := range p.blocks {
		if b.Kind == Byline && namesSomeone(b) {
			return // a byline, its names read or still to be read
		}
	}
	if p.headDateNamed(t) {
		return // "By Jane Doe | June 4, 2025" in the story's head
	}
	p.findBody()
	if credit >= 0 && creditNames != nil {
		b := &p.blocks[credit]
		b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, creditNames // "Reporting by Jane Doe; Editing by John Roe" closing the story
		return
	}
	if i, names := p.tailLabelAt(p.last, &lw); p.last >= 0 && i >= 0 && p.dropped(i) {
		b := &p.blocks[i]
		b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, names
		return
	}
	if i, names := p.labelledNameAt(&lw); i >= 0 && p.dropped(i) {
		b := &p.blocks[i]
		b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, names // "Written by" over "Jane Doe"
		p.notedNamesUnder(i)                                      // and "Jane Doe, 6+ years ..." over "John Roe, senior editor"
		return
	}
	if i, name := p.labelledNoteAt(); i >= 0 && p.dropped(i) {
		b := &p.blocks[i]
		b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{name} // "About the author" over "Jane Doe is ..."
		return
	}
	if i, name := p.bareNoteAt(); i >= 0 {
		b := &p.blocks[i]
		b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{name} // "Jane Doe is a reporter at ..." closing a short story
		return
	}
	if !read {
		card, _, cardName = cardAt(p.blocks, &lw)
	}
	i, name := card, cardName
	if i < 0 {
		i, name = roleCardAt(p.blocks, &lw) // "Jane Doe" over "Staff Writer"
	}
	if i < 0 {
		i, name = p.headNameTwiceAt(t, &lw) // "Jane Doe" under the headline and again under the story
		if i >= 0 && underReviewer(p.blocks, i) {
			i = -1
		}
	}
	if i < 0 {
		i, name = p.headContentsNameAt(t, &lw) // "Jane Doe" under the headline, over "Table of Contents"
	}
	if i < 0 {
		i, name = p.copyrightOwnerAt(t, &lw) // "Jane Doe" in the header, "© 2025 Jane Doe" at the foot
	}
	if i < 0 {
		i, name = p.hostOwnerAt(&lw) // "© 2025 Jane Doe" on janedoe.com
	}
	if i < 0 {
		i, name = p.headerOwnerAt(t, &lw) // "Jane Doe" over the menu on jane.dev
	}
	if i < 0 || !p.dropped(i) {
		return
	}
	b := &p.blocks[i]
	b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{name}
}

// headDateGap is how many blocks under the headline a date line that
// names its authors still stands in the story's head when another date
// line gave the page's date (package extract's gap of the same name).
const headDateGap = 3

// headDateNamed reports whether the date line or update line that package
// extract takes the article's authors from names someone: the first
// stamped date line in the story's head (above the headline with no
// paragraph before it, or under it with one at most between), the first
// stamped update line, or a date line just under the headline. A date
// line further down that names someone is another story's card ("Jane
// Roe | July 15, 2025" in a list of posts), and says nothing of who wrote
// the page.
func (p *Page) headDateNamed(t int) bool {
	since, dated, updated := 0, false, false
	for i, b := range p.blocks {
		switch {
		case i == t:
			since = 0
		case b.Kind == "" || b.Kind == Body:
			since++
		case b.Kind == Metadata && b.Stamp != nil && !updated && b.Stamp.ISO() != "":
			updated = true
			if len(b.Authors) > 0 {
				return true
			}
		case b.Kind == Date && b.Stamp != nil && !dated && (i < t && since == 0 || i > t && since <= 1) &&
			(b.Stamp.ISO() != "" || b.Stamp.Year == 0 && b.Stamp.Month != 0 && b.Stamp.Day != 0):
			dated = true
			if len(b.Authors) > 0 {
				return true
			}
		case b.Kind == Date && len(b.Authors) > 0 && i > t && i-t <= headDateGap:
			return true
		}
	}
	return false
}

// dropped reports whether block i is one the article does not keep, so that
// labelling it a byline changes nothing a second cleaning of the output
// would read.
func (p *Page) dropped(i int) bool {
	switch p.blocks[i].Kind {
	case "", Body, Title, Deck, Date, Dateline:
		return false
	}
	return true
}

// namesSomeone reports whether a byline block names someone: its names
// read, or, still to be read, a name that is not one word no name has (a
// menu's "By Modality", "By Role" filter: [menuWord]), which package
// extract leaves out too.
func namesSomeone(b Block) bool {
	if b.Authors != nil {
		return len(b.Authors) > 0
	}
	for _, n := range splitAuthors(b.Text) {
		if !menuWord(n) {
			return true
		}
	}
	return false
}
