package clean

import "strings"

// barSectionWords are, in lower case, words of a site's section, a
// league, a region or a place's name that a byline's strip prints after a
// bar ("| Real Estate", "| Premier League", "| Middle East", "| Las
// Vegas"): no person's name holds one as a word of its own here. Surnames
// that are also such words ("Park", "Hill", "Field") are left out.
var barSectionWords = map[string]bool{
	"estate": true, "league": true, "east": true, "west": true, "north": true, "south": true, "change": true,
	"news": true, "sport": true, "sports": true, "business": true, "politics": true, "opinion": true, "culture": true,
	"world": true, "weather": true, "tech": true, "technology": true, "science": true, "health": true, "travel": true,
	"lifestyle": true, "entertainment": true, "economy": true, "markets": true, "money": true, "climate": true,
	"education": true, "local": true, "national": true, "international": true, "football": true, "soccer": true,
	"cricket": true, "tennis": true, "golf": true, "property": true, "arts": true, "books": true, "music": true,
	"vegas": true, "alto": true, "grande": true, "monde": true, "city": true, "county": true, "valley": true,
	"beach": true, "springs": true, "island": true, "islands": true, "bay": true, "heights": true,
}

// barPlaceOpeners are, in lower case, first words of a place's or a
// paper's name ("Las Vegas", "Palo Alto", "Rio Grande", "Le Monde", "San
// Diego"), never a given name's.
var barPlaceOpeners = map[string]bool{
	"las": true, "los": true, "san": true, "santa": true, "santo": true, "são": true, "rio": true, "palo": true,
	"port": true, "fort": true, "saint": true, "st.": true, "le": true, "la": true, "el": true, "new": true,
	"lake": true, "mount": true, "cape": true, "upper": true, "lower": true, "greater": true,
}

// barSectionOrPlace reports whether a part of a byline after a bar names
// a section, a region, a place or a paper ([barSectionWords],
// [barPlaceOpeners]) rather than a co-author.
func barSectionOrPlace(n string) bool {
	w := strings.Fields(strings.ToLower(n))
	if len(w) == 0 {
		return false
	}
	if barPlaceOpeners[w[0]] {
		return true
	}
	for _, x := range w {
		if barSectionWords[x] {
			return true
		}
	}
	return false
}
