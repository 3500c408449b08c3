package clean

import (
	"strings"
	"unicode"
)

// labelNounsBeforeBy are the nouns, in lower case, a credit's label
// prints before "by" ("Story by", "Photos by", "Reporting by"): what the
// credited person made.
var labelNounsBeforeBy = map[string]bool{
	"story": true, "words": true, "text": true, "article": true, "report": true, "reporting": true,
	"photos": true, "photo": true, "pictures": true, "images": true, "interview": true, "column": true,
	"video": true, "post": true, "blog": true, "content": true, "review": true, "essay": true,
	"feature": true, "analysis": true, "opinion": true, "commentary": true, "illustration": true,
	"illustrations": true, "design": true, "research": true, "graphics": true, "translation": true,
	"audio": true, "podcast": true, "newsletter": true, "guide": true, "recipe": true, "recipes": true,
	"photographs": true, "photography": true, "drawings": true, "artwork": true, "art": true, "editing": true,
	"styling": true, "music": true, "film": true, "maps": true, "charts": true,
}

// participleEnds are the endings of the past participles a credit's label
// prints before "by" ("Written", "Posted", "Drawn", "Done", "Made",
// "Built", "Told", "Brought").
var participleEnds = [...]string{"ed", "en", "wn", "ne", "de", "lt", "ld", "ght"}

// phrasalBy reports whether the label before a byline's names (what
// bylineHead matched up to them: "Stand by: ") is one word and "by" where
// the word is neither a participle nor a noun a credit prints ("Written
// by", "Story by"): a verb with "by" that a headline opens with ("Stand
// by: Ferry Service Halted", "Stop by: ...", "Hit by: ..."), read as a
// credit whose names are the headline's title-case words.
func phrasalBy(label string) bool {
	label = strings.TrimRight(label, " \t:\u00a0")
	w, ok := cutSuffixFold(label, " by")
	if !ok {
		return false
	}
	w = strings.TrimSpace(w)
	if w == "" || strings.ContainsAny(w, " \t,.|:") || len(w) > 16 {
		return false // "By", or more words before it ("Published August 7, 2023 by")
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false // "· by Jane Doe", "2025 by": a mark or a date before "by", no verb
		}
	}
	w = strings.ToLower(w)
	if labelNounsBeforeBy[w] {
		return false
	}
	for _, e := range participleEnds {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}

// cutSuffixFold is strings.CutSuffix with an ASCII suffix compared
// without case.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
