package clean

import (
	"strings"
	"unicode"
)

// maxRepublishWords is the longest line, in words, read as a republishing
// note: a sentence or two ("This article is republished from The Harbour
// Review under a Creative Commons license. Read the original article.").
const maxRepublishWords = 40

// republishNote matches the opening of a note that the story was first
// published by another outlet, up to the outlet's name's first letter: in
// English ("This article is republished from", "This story originally
// appeared in", "Originally published on", "A version of this piece first
// appeared in"), Spanish ("Este artículo fue publicado originalmente en"),
// French ("Cet article a été initialement publié sur"), German ("Dieser
// Artikel erschien zuerst bei der"), Portuguese ("Este artigo foi
// publicado originalmente no"), Italian ("Questo articolo è stato
// pubblicato originariamente su") and Polish ("Artykuł ukazał się
// pierwotnie w serwisie"). The note must open the line (past a mark or an
// "Editor's note:"), so a story's sentence that reports where a report
// first appeared is not one; the name after the preposition must open
// with a capital letter (past an article: "the", "der", "la"...) or be a
// web address, so a note that only dates the story ("Originally published
// in 2019", "on the 21st of June") is not one either (isRepublishNote
// turns down a month's name with a year after it: "in March 2022").
var republishNote = lazyCompile(`(?i)^\W{0,3}(?:editor['’]?s note:\s*|note:\s*)?(?:` +
	// English
	`(?:(?:a version of )?(?:this (?:article|story|post|blog post|piece|essay|column|op-ed|commentary|interview|report)|the (?:article|post|blog post|piece|essay|column|op-ed)) (?:(?:was|is|has been|had been) )?(?:(?:originally|first) )?(?:published|appeared|posted|republished|reposted|reprinted)|` +
	`(?:originally|first) (?:published|appeared|posted)|(?:republished|reposted|reprinted)(?: here)?(?: with (?:kind )?permission)?)(?: (?:here|online))?(?: (?:on|in|at|by|from|via))|` +
	// Spanish
	`(?:(?:este|el) (?:artículo|texto|reportaje) (?:fue|ha sido) )?publicad[oa] (?:originalmente|originariamente|inicialmente|por primera vez) (?:en|por)|` +
	// French
	`(?:(?:cet|l['’]) ?(?:article|texte) a (?:été )?)?(?:(?:initialement|d['’]abord|originellement|originalement) (?:été )?publiée?|publiée? (?:initialement|d['’]abord|originellement|à l['’]origine)) (?:sur|dans|par)|` +
	// German
	`(?:(?:dieser|der) (?:artikel|beitrag|text) )?(?:erschien (?:zuerst|ursprünglich|erstmals)|ist (?:zuerst|ursprünglich|erstmals)) (?:bei|in|im|auf)|` +
	// Portuguese
	`(?:(?:este|o) (?:artigo|texto) foi )?publicad[oa] originalmente (?:no|na|em|pel[oa])|` +
	// Italian
	`(?:(?:questo|l['’]) ?(?:articolo|testo) è stato )?pubblicat[oa] (?:originariamente|originalmente|inizialmente|per la prima volta) (?:su|sul|sulla|da|in|nel|nella)|` +
	// Polish
	`(?:(?:artykuł|tekst) )?(?:ukazał się pierwotnie|pierwotnie ukazał się|został pierwotnie opublikowany|pierwotnie opublikowany) (?:w|na|przez)(?: (?:serwisie|portalu|dzienniku|magazynie|tygodniku))?` +
	`)\s+(?:(?:the|der|die|dem|den|des|el|la|los|las|le|les|il|lo|o|a|os|as)\s+)?` +
	`((?-i:[\p{Lu}])|[\pL\pN-]+\.(?:com|org|net|edu|gov|io|co|news|info)\b)`)

// republishWords are the words one of which every line republishNote
// matches holds (ASCII, in lower case, as mayHoldFoldWord takes them):
// "publi" is in published, publicado, publié and opublikowany, "ukaza" in
// ukazał.
var republishWords = []string{"publi", "pubbli", "appeared", "posted", "reprinted", "erschien", "ist zuerst", "ist urspr", "ist erstmals", "ukaza"}

// quoteHeader reports whether the opening of a line republishNote
// matched is a forum's quote header ("Originally Posted by Jane"): a
// member's words quoted in a post, not a note on the story.
func quoteHeader(opening string) bool {
	return indexFoldASCII(opening, "posted by") >= 0
}

// isRepublishNote reports whether line, at most maxRepublishWords words, is
// a note that the story was first published by another outlet
// (republishNote), and not a dated note of the story's own first
// publication: a month's name with a figure after it, where the outlet's
// name would stand ("Originally published in March 2022"), turns it down,
// and so does a forum's quote header (quoteHeader).
func isRepublishNote(line string) bool {
	if !mayHoldFoldWord(line, republishWords) {
		return false
	}
	loc := republishNote.FindStringSubmatchIndex(line)
	if loc == nil || quoteHeader(line[:loc[1]]) {
		return false
	}
	// the group is the name's first letter: a month's name there with a
	// figure within its next two words is a date
	words := strings.Fields(line[loc[2]:])
	if len(words) > 3 {
		words = words[:3]
	}
	for _, w := range words[1:] {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 && monthOpens(words[0]) {
			return false
		}
	}
	return true
}
