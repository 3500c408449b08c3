package clean

import "strings"

// hebrewAndCut returns the names of a Hebrew byline's rest whose second
// name opens with the glued "ו" (and): "רונית שגיא ואלון פרידמן" gives
// "רונית שגיא" and "אלון פרידמן". The cut falls at the first word, from
// the third on, that opens with "ו" and has two letters or more after it,
// two words or more following from it; a rest with no such word is
// returned whole, as one part (a surname that opens with "ו", "דנה וייס",
// stays the name's).
func hebrewAndCut(rest string) []string {
	words := strings.Fields(rest)
	if len(words) < 4 {
		return []string{rest}
	}
	for k := 2; k+1 < len(words); k++ {
		if w, ok := strings.CutPrefix(words[k], "ו"); ok && len([]rune(w)) >= 2 {
			return []string{strings.Join(words[:k], " "), w + " " + strings.Join(words[k+1:], " ")}
		}
	}
	return []string{rest}
}

// uncasedRoles are the words of a role that may follow a writer's name
// after a comma on a byline of [uncasedLabels] ("מאת רונית שגיא, כתבת
// כלכלה", her trade: economics reporter): Hebrew "כתב", "כתבת"
// (reporter), "עורך", "עורכת" (editor), "פרשן", "פרשנית" (commentator);
// Arabic "مراسل", "مراسلة" (correspondent), "محرر" (editor); Hindi
// "संवाददाता" (correspondent), "संपादक" (editor); Persian "خبرنگار"
// (reporter); Thai "ผู้สื่อข่าว" (reporter).
var uncasedRoles = [...]string{"כתב", "כתבת", "עורך", "עורכת", "פרשן", "פרשנית", "مراسل", "مراسلة", "محرر",
	"संवाददाता", "संपादक", "خبرنگار", "ผู้สื่อข่าว"}

// uncasedRoleAfter reports whether the part after a byline's comma opens
// with a role's word of [uncasedRoles]: the name ends at the comma.
func uncasedRoleAfter(after string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(after), " ")
	for _, r := range uncasedRoles {
		if first == r {
			return true
		}
	}
	return false
}
