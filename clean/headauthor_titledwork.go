package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titledWorkBy reports whether a head line's "by" credits the maker of a
// titled work rather than the story's writer: the words before "by" are a
// name in Title Case, none of them a word of writing's credits
// ([bylineCreditWords]), as a product's, a collection's, a menu's or an event's
// title prints its maker ("The Autumn Capsule by Studio Alvar", "Tasting
// Menu by Chef Renata Solis", "Capsule Collection by Hanne Lund"). A
// byline's words before "by" name the credit ("Story by", "Photos and
// text by", "Guest Post by", "Recipe by") or end with a verb's
// participle ("Started by", "Submitted by"), or are none. The test reads at
// most six words before the first " by " and only in a line of twelve
// words or fewer.
func titledWorkBy(text string) bool {
	i := indexFoldBy(text)
	if i <= 0 || len(text) > 160 {
		return false
	}
	words := strings.Fields(text[:i])
	if len(words) == 0 || len(words) > 6 || wordCount(text) > 12 {
		return false
	}
	if last := strings.ToLower(words[len(words)-1]); len(last) > 4 && strings.HasSuffix(last, "ed") {
		return false // a verb's participle: "Started by", "Submitted by", "Answered by"
	}
	for k, w := range words {
		w = strings.TrimRight(w, ",:")
		if lw := strings.ToLower(w); bylineCreditWords[lw] || lw == "and" || lw == "&" {
			return false
		}
		if k == 0 && (w == "The" || w == "A" || w == "An") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false // "A story by", "Story and photos by"; a sentence
		}
	}
	return true
}

// indexFoldBy returns the index of the first " by " in s, in any case,
// or -1.
func indexFoldBy(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] == ' ' && (s[i+1]|0x20) == 'b' && (s[i+2]|0x20) == 'y' && s[i+3] == ' ' {
			return i
		}
	}
	return -1
}

// bylineCreditWords are the words, in lower case, a byline prints before its
// "by" to name what it credits (the writing, the pictures, an edit), or
// the kind of piece the writer wrote: with one of them before "by" a line
// is a byline, not a titled work's maker ([titledWorkBy]).
var bylineCreditWords = map[string]bool{
	"story": true, "stories": true, "words": true, "text": true, "written": true, "writing": true,
	"posted": true, "published": true, "report": true, "reporting": true, "reported": true,
	"article": true, "post": true, "guest": true, "column": true, "opinion": true, "analysis": true,
	"commentary": true, "essay": true, "review": true, "reviewed": true, "interview": true,
	"interviews": true, "feature": true, "recipe": true, "recipes": true, "photo": true,
	"photos": true, "photography": true, "photographs": true, "pictures": true, "images": true,
	"illustration": true, "illustrations": true, "illustrated": true, "cartoon": true,
	"video": true, "videos": true, "graphics": true, "edited": true, "editing": true,
	"compiled": true, "translated": true, "translation": true, "produced": true,
	"contributed": true, "updated": true, "letter": true, "blog": true, "newsletter": true,
	"podcast": true, "perspective": true, "profile": true, "byline": true, "authored": true,
	"fact-checked": true, "researched": true, "curated": true, "hosted": true, "presented": true,
	"sponsored": true, "exclusive": true, "special": true, "original": true, "originally": true,
	"created": true, "made": true, "crafted": true, "told": true, "as": true, "content": true,
	"articles": true, "posts": true, "more": true, "all": true, "view": true, "latest": true, "other": true, // "Articles by Ana", "More by", an author's link
}
