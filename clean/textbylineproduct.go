package clean

import "strings"

// productNounsBeforeBy are the nouns, in lower case, that name a thing a
// brand or a chef puts out before "by" ("Collection by Harbor Outfitters",
// "A spring supper by Chef Ruth Okafor", "Capsule by ..."): a maker's credit
// for goods or an event, never a story's writer. "Series" and "edition"
// are left out: a paper prints "A five-part series by" and "A special
// edition by" over its writer's name; "menu" stays, though "Menu by Jane
// Doe" then gives no author (a chef's credit is the likelier reading).
// A shop's endorsement is a maker's credit too ("A favorite by The Daily
// Post's reviews desk", "Top pick by ...").
var productNounsBeforeBy = newWordSet(
	"collection", "collections", "range", "capsule", "menu", "residency",
	"lineup", "line-up", "kit", "bundle", "pop-up", "popup", "dinner", "supper", "brunch", "tasting",
	"workshop", "favorite", "favourite", "favorites", "favourites", "pick", "picks",
)

// productLabelBy reports whether the label before a byline's names
// (what bylineHead matched up to them: "A spring supper by ") credits
// a maker of goods or an event rather than a writer: its last word
// before "by" is one of productNounsBeforeBy ("Collection by Acme",
// "The Night Line collection by", "A new range by"). Only those nouns
// count: a label opening with an article and ending in any other noun
// is as often a writer's ("An investigation by", "The Long Read by",
// "A weekly roundup by").
func productLabelBy(label string) bool {
	label = strings.TrimRight(label, " \t:\u00a0")
	words, ok := cutSuffixFold(label, " by")
	if !ok || len(words) > 60 {
		return false
	}
	words = strings.TrimSpace(words)
	last := words
	if k := strings.LastIndexByte(words, ' '); k >= 0 {
		last = words[k+1:]
	}
	last = strings.ToLower(last)
	return productNounsBeforeBy[last]
}
