package clean

import "strings"

// creditParticiples are the past participles, in lower case, a credit's
// label prints before "by" ("Edited by:", "Photographed by:", "Built
// by:"): what a person did to the story, its pictures or the page.
var creditParticiples = map[string]bool{
	"written": true, "edited": true, "posted": true, "published": true, "reviewed": true, "checked": true,
	"photographed": true, "illustrated": true, "produced": true, "reported": true, "compiled": true,
	"contributed": true, "authored": true, "designed": true, "curated": true, "translated": true,
	"updated": true, "submitted": true, "created": true, "drawn": true, "told": true, "narrated": true,
	"hosted": true, "moderated": true, "presented": true, "directed": true, "filmed": true,
	"researched": true, "sponsored": true, "powered": true, "brought": true, "prepared": true,
	"verified": true, "styled": true, "composed": true, "recorded": true, "animated": true,
	"interviewed": true, "made": true, "built": true, "developed": true, "maintained": true,
	"organized": true, "organised": true, "coded": true, "commissioned": true, "supported": true,
	"funded": true, "captured": true, "taken": true, "penned": true, "shared": true, "uploaded": true,
	"added": true, "sent": true, "read": true, "voiced": true, "shot": true, "done": true,
	"proofread": true, "copyedited": true, "fact-checked": true, "co-written": true, "ghostwritten": true,
	"selected": true, "chosen": true, "picked": true, "licensed": true, "provided": true, "courtesy": true,
}

// unknownParticipleBy reports whether label, a credit's label up to and
// with "by" ("Edited by"), puts before "by" a word shaped as a past
// participle ([participleEnds]) that no credit prints ([creditParticiples]):
// "Driven By: Data", "Inspired By: The Sea" are headlines in title case,
// their "names" the headline's capitalised words.
func unknownParticipleBy(label string) bool {
	f := strings.Fields(label[:len(label)-2]) // at most maxCreditLabelBytes; a no-break space parts words too
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[len(f)-1])
	if creditParticiples[w] {
		return false
	}
	for _, e := range participleEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
