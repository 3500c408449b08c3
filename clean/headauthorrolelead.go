package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropLeadRoles cuts, from each name a byline gives, the words of a role
// printed before the person's name ("By Staff Writer Jane Doe", "By
// Senior Correspondent Jane Doe"): leading words that name a role alone
// ([roleOnlyWords]), when two words or more are left and the first of
// them is capitalised and no role's. A name that is a role alone is left
// as it is, for [notAuthorName] to turn down.
func dropLeadRoles(names []string) []string {
	for i, n := range names {
		w := strings.Fields(n)
		k := 0
		for k < len(w) && roleOnlyWords[strings.ToLower(strings.Trim(w[k], ",.:"))] && w[k] != "in" && w[k] != "of" {
			k++
		}
		if k == 0 || len(w)-k < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w[k]); unicode.IsUpper(r) {
			names[i] = strings.Join(w[k:], " ")
		}
	}
	return names
}
