package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// writerNote matches the opening of a note about a writer set under a story:
// a name of one to three capitalised words (with an optional "(@handle)"),
// then a verb that describes them ("Jane Doe is a freelance writer ...",
// "Joe co-founded ...", "Eduard Kovacs (@EduardKovacs) is the managing
// editor ...", "Jane Doe, MD, is a ..."), or with the post first ("As Harbour Weekly's shopping
// editor, Jane has covered ..."). A story's sentence can open so too: bioRole and the line's
// place under the story make the rest of the test. mayOpenWriterNote
// (mayguard.go) first spares most pages its compile.
var writerNote = guardedRegexp{mayOpenWriterNote, lazyCompile(`^\*?(?:About the author:?\s*)?(?:Author )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}(?: \([^)]{1,40}\))?` + credentials + `,? ` +
	`(?:is|was|has been|leads|co-?founded|founded|started|covers|writes|joined|brings|holds|oversees|serves)\b|` +
	`^As \p{Lu}[^,]{0,40}['’]s (?:[\p{L}-]+ ){0,3}(?:writer|editor|reporter|journalist|contributor|columnist)s?, \p{Lu}[\p{L}'’.-]+ `)}

// bioRole matches the words of a writer's note: their trade or their post.
var bioRole = newFoldWords("writer", "editor", "reporter", "journalist", "contributor", "columnist", "founder", "co-founder",
	"cofounder", "ceo", "cto", "director", "analyst", "specialist", "manager", "professor", "author", "strategist", "marketer",
	"consultant", "photographer", "copywriter", "content creator", "expert", "adviser", "advisor", "planner", "physician",
	"pediatrician", "paediatrician", "dietitian", "nutritionist", "therapist", "psychologist", "coach")

// credentials matches the letters of degrees and licences a writer's note
// may set after the name ("Jane Doe, MD, is ...", "Jane Doe, PhD, RD is
// ...").
const credentials = `(?:,? (?:MD|M\.D\.|DO|PhD|Ph\.D\.|RD|RDN|RN|NP|PA-C|CFP®?|CFA|CPA|MBA|MPH|MS|MA|JD|Esq\.))*`

// writerTrade matches the trades of bioRole that write or edit: a note
// above the story names its writer or its reviewer ("Jane Doe is a writer
// who has covered ferries for a decade"), where a profile's opening line
// names its subject's post ("Jane Doe is the director of ...").
var writerTrade = newFoldWords("writer", "editor", "reporter", "journalist", "contributor", "columnist", "author", "copywriter", "fact-checker")

// notNames are the capitalised words that open a story's sentence the way
// a name opens a writer's note ("It is ...", "This is ...").
var notNames = map[string]bool{"It": true, "This": true, "That": true, "There": true, "What": true, "Who": true,
	"Here": true, "Now": true, "He": true, "She": true, "They": true, "We": true, "I": true}

// minBioStoryWords is the least kept prose, in words, above a writer's
// note; maxBioAfterWords the most below it (another writer's note, a line
// or two).
const (
	minBioStoryWords = 300
	maxBioAfterWords = 150
)

// dropAuthorBio labels, on flattened text, the notes about the story's
// writers that the story detector keeps at the end of the story: a line of
// six to a hundred words that opens with a name and a verb (writerNote) and
// names a trade or post (bioRole), with at least minBioStoryWords words of
// kept prose above it and at most maxBioAfterWords below. A writer's or
// reviewer's card flattened above the story is one too: such a line with
// no kept prose above it, at least minBioStoryWords below, and a trade
// that writes (writerTrade). Under the story, a writer's greeting
// (isSelfIntro) is one whatever it names, and so is a note in another
// language that opens with a name and a verb of being or working and names
// a writer's trade (isWorldWriterNote: "Anna Berger ist Redakteurin ...");
// a heading of writerNoteLabels right over a note it takes goes with it
// (isNoteHeading: "Über die Autorin"), and a note that reports speech
// right after its subject ("... She said ...": reportsSpeech) is the
// story's. The gold bodies
// of WCXB leave most of them out (on its train split 35 such lines, and 5
// notes kept in their gold).
func (p *Page) dropAuthorBio(drop []bool, shapes []blockfeat.Shape) {
	p.authorBio(drop, shapes, BioRule)
}

// authorBio is dropAuthorBio over blocks whose shapes are shapes (shapes[i]
// is block i's), labelling by rule: the text path's stage, and the HTML
// path's (dropStoryNotesHTML).
func (p *Page) authorBio(drop []bool, shapes []blockfeat.Shape, rule string) {
	total := p.keptProseWords(drop, shapes, minTextProseWordsBio)
	if total < minBioStoryWords {
		return
	}
	above := 0
	cards, named := p.countCards(drop, shapes)
	for i := range p.blocks {
		if !p.keptText(i, drop) {
			continue
		}
		w := shapes[i].Words
		counted := 0
		if w >= minTextProseWordsBio {
			counted = w
		}
		if w >= 6 && w <= 100 {
			tail := above >= minBioStoryWords && (total-above-counted <= maxBioAfterWords || p.underEndMark(i, shapes))
			head := above == 0 && total-counted >= minBioStoryWords
			t := p.blocks[i].Text
			if (tail || head && writerTrade.MatchString(t)) && isWriterNote(t) && !reportsSpeech(t) ||
				tail && (isSelfIntro(t) || p.pronounNote(i, t) || (isWorldWriterNote(t) || p.cardNamed(i, t, cards, named)) && !reportsSpeech(t)) {
				p.labelAs(i, Other, rule)
				drop[i] = true
				if i > 0 && p.keptText(i-1, drop) && p.cardNamed(i, t, 0, named) {
					drop[i-1] = p.labelAs(i-1, Other, rule) // the card's name over its note
				}
				if i > 0 && p.keptText(i-1, drop) && isNoteHeading(p.blocks[i-1].Text) {
					drop[i-1] = p.labelAs(i-1, Other, rule) // "Über die Autorin" over the note
				}
				if n := writerInNote(t); n != "" && rule == BioRule {
					p.blocks[i].Authors = []string{n}
				}
			}
		}
		above += counted
	}
}

// pronounNote matches the opening of a writer's note that names them on
// the line above and goes on with a pronoun ("He's a Google Ads expert
// ...", "She is the editor of ...").
var pronounNote = lazyCompile(`^(?:He|She)(?:['’]s| is) (?:a|an|the)\b`)

// pronounNote reports whether kept line i, t, is a writer's note that
// opens with a pronoun (pronounNote) and names a trade or post (bioRole),
// set right under a line that is the writer's name alone (isPersonName), or
// under a note (isWriterNote) right under it: a writer's card, the name as
// its heading, kept by the story detector or not. A story's "She is a ..."
// follows a sentence, not a name.
func (p *Page) pronounNote(i int, t string) bool {
	if i == 0 || len(t) < 8 || t[0] != 'H' && t[0] != 'S' || !pronounNote.MatchString(t) || !bioRole.MatchString(t) {
		return false
	}
	above := p.blocks[i-1].Text
	if isWriterNote(above) && i >= 2 {
		above = p.blocks[i-2].Text // the card's first note, then this one
	}
	return isPersonName(above)
}

// underEndMark reports whether line i stands right under a mark of the
// story's end that heads a note about the writer ("About the author",
// "Who curated this article?"), kept or not: the note is the writer's
// wherever it stands, an FAQ or a list may follow it.
func (p *Page) underEndMark(i int, shapes []blockfeat.Shape) bool {
	return i > 0 && shapes[i-1].Words <= maxEndMarkWords && (writerMarkDispatch.MatchString(p.blocks[i-1].Text) || isNoteHeading(p.blocks[i-1].Text))
}

// writerMark matches the marks of the story's end (storyEndMark) that
// head a note about a writer.
var writerMark = lazyCompile(`(?i)^\W{0,3}(?:` + writerMarks + `)\W{0,3}$`)

// BioRule is the rule of the notes about the story's writers on flattened
// text ("Jane Doe is a staff writer who covers ..."); a note that names a
// writer or an editor by a full name carries it in its block's Authors
// ([Block.Authors]; writerInNote reads it), for a page that prints no byline.
const BioRule = "model/text-bio"

// writerNoteName matches a writer's note that opens with the writer's
// name (writerNote's first form) and captures the name.
var writerNoteName = lazyCompile(`^\*?(?:About the author:?\s*)?(?:Author )?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})(?: \([^)]{1,40}\))?` + credentials + `,? ` +
	`(?:is|was|has been|leads|co-?founded|founded|started|covers|writes|joined|brings|holds|oversees|serves)\b`)

// writerInNote returns the full name a writer's note opens with when the
// note names a trade that writes or edits ([writerTrade]: "Jane Doe is a
// staff writer ...", not "Jane Doe is the director of ..."), or "".
func writerInNote(s string) string {
	if !writerTrade.MatchString(s) {
		return ""
	}
	m := writerNoteName.FindStringSubmatch(s)
	if m == nil || !personShaped(m[1]) || notAuthorName(m[1]) || notNames[strings.Fields(m[1])[0]] {
		return ""
	}
	return m[1]
}

// minTextProseWordsBio is the fewest words of a line counted as prose when
// dropAuthorBio weighs the kept text above and below a note.
const minTextProseWordsBio = 10

// isWriterNote reports whether a line reads as a note about a writer.
func isWriterNote(s string) bool {
	first := s
	for i, r := range s {
		if r == ' ' || r == ',' || r == '(' {
			first = s[:i]
			break
		}
	}
	// bioRole's stems first: a line without one is no note, and the scan
	// for them costs less than writerNote (a line of prose runs its
	// backtracker over the whole line)
	return !notNames[first] && bioRole.stems.holdsAnyFold(s) && writerNote.MatchString(s) && bioRole.MatchString(s)
}
