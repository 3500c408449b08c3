package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// romanianBy turns the Romanian byline "de Ion Popescu" (the word for
// "by", in lower case as Romanian sites print it, or capitalised) into
// "By Ion Popescu", for the byline forms to read; and so the Swahili "Na
// Amani Mwakasege" and the Tagalog "Ni Ligaya Dimaculangan", whose "na"
// and "ni" are "by" before a name. As with italianBy, the word
// is the byline's word only when names and nothing else follow it: two
// to three capitalised words a name, the first no particle, names joined
// by "și" (and) or commas, to the line's end; "de Gaulle", "de São Paulo
// la Rio" and a sentence ("de la 1 martie, Guvernul ...") are left as
// they are. The name reader then judges the names as it judges any
// byline's.
func romanianBy(s string) string {
	s = strings.TrimSpace(s)
	rest := ""
	for _, w := range [...]string{"de ", "De ", "DE ", "Na ", "NA ", "Ni ", "NI "} {
		if r, ok := strings.CutPrefix(s, w); ok {
			rest = r
			break
		}
	}
	if rest == "" || len(rest) > 120 {
		return s
	}
	names := strings.NewReplacer(" și ", ", ", " şi ", ", ").Replace(rest)
	for part := range strings.SplitSeq(names, ",") {
		if !capitalisedName(strings.TrimSpace(part)) {
			return s
		}
	}
	return "By " + rest
}

// capitalisedName reports whether s is two or three words, each opening
// with a capital letter, the first no particle of a name ("Ion Popescu",
// "Ana-Maria Ionescu").
func capitalisedName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 || nameParticles[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
