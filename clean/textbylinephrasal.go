package clean

import (
	"strings"
	"unicode"
)

// phrasalVerbsBeforeBy are the verbs, in lower case, that a headline
// opens with before "by" ("Stand by: Ferry Service Halted", "Stop by:
// ...", "Hit by: ..."): a closed list, so that any other word before "by"
// stays a credit's label, a kind of piece the list cannot foresee
// ("Editorial by", "Obituary by", "Satire by", "Poem by").
var phrasalVerbsBeforeBy = newWordSet(
	"stand", "standing", "stop", "stopping", "hit", "pass", "passing", "drop", "dropping", "swing", "get",
	"go", "come", "pop", "walk", "drive", "fly", "sail", "run", "live", "abide", "rush", "ad", "ads",
)

// phrasalBy reports whether the label before a byline's names (what
// bylineHead matched up to them: "Stand by: ") is one word of
// phrasalVerbsBeforeBy and "by": a verb with "by" that a headline opens
// with ("Stand by: Ferry Service Halted", "Stop by: ...", "Hit by: ..."),
// read as a credit whose names are the headline's title-case words, or
// an ad's "Ad by", which credits a seller and no writer. Any other word
// is a credit's label ("Written by", "Story by", "Editorial by").
func phrasalBy(label string) bool {
	label = strings.TrimRight(label, " \t:\u00a0")
	w, ok := cutSuffixFold(label, " by")
	if !ok {
		return false
	}
	w = strings.TrimSpace(w)
	if w == "" || len(w) > 16 {
		return false // "By", or a long label
	}
	return phrasalVerbsBeforeBy[strings.ToLower(w)]
}

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

// unknownLabelBy reports whether the label before a byline's names is one
// word and "by" where the word is neither a participle nor a noun a
// credit prints (labelNounsBeforeBy), nor a verb of phrasalBy: a label no
// list foresees ("Editorial by", "Guidance by"), whose names bylineNames
// takes only when each is two words or more, as a writer's name is; one
// word after it is a menu's filter ("Guidance by Sector").
func unknownLabelBy(label string) bool {
	label = strings.TrimRight(label, " \t:\u00a0")
	w, ok := cutSuffixFold(label, " by")
	if !ok {
		return false
	}
	w = strings.TrimSpace(w)
	if w == "" || len(w) > 16 || strings.IndexByte(w, ' ') >= 0 || strings.IndexByte(w, '\t') >= 0 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false // "· by Jane Doe", "2025 by": a mark or a date before "by"
		}
	}
	w = strings.ToLower(w)
	if labelNounsBeforeBy[w] || phrasalVerbsBeforeBy[w] {
		return false
	}
	for _, e := range participleEnds {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}

// oneWordName reports whether a name of names is a single word.
func oneWordName(names []string) bool {
	for _, n := range names {
		if strings.IndexByte(strings.TrimSpace(n), ' ') < 0 {
			return true
		}
	}
	return false
}

// cutSuffixFold is strings.CutSuffix with an ASCII suffix compared
// without case.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}
