package clean

import "strings"

// filterNouns are the last words of a menu's filters that read as bylines
// ("By Company Size", "By Role", "By Industry", "By Category", "By
// Modality", "By Occasion", "By Manufacturer"): the
// facets a site sorts its pages by, never a person's surname.
var filterNouns = map[string]bool{
	"size": true, "role": true, "roles": true, "industry": true, "industries": true, "category": true,
	"categories": true, "topic": true, "topics": true, "type": true, "types": true, "location": true,
	"locations": true, "region": true, "department": true, "sector": true, "need": true, "needs": true,
	"interest": true, "stage": true, "function": true, "solution": true, "solutions": true,
	"product": true, "products": true, "service": true, "services": true, "format": true, "level": true,
	"modality": true, "modalities": true, "specialty": true, "specialties": true, "speciality": true,
	"condition": true, "conditions": true, "occasion": true, "occasions": true, "manufacturer": true,
	"audience": true, "platform": true, "platforms": true,
}

// filterName reports whether a name read from a byline is a menu's
// filter: three words at most, the last a [filterNouns] word ("Company
// Size", "Industry").
func filterName(s string) bool {
	w := strings.Fields(s)
	return len(w) > 0 && len(w) <= 3 && filterNouns[strings.ToLower(w[len(w)-1])]
}
