package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineDashes are the dashes, with their blanks, that set a place (or a
// wire) apart after a byline's names: "Por Inés Calvo — Sevilla", "Por
// Ana Souza – Lisboa".
var bylineDashes = [...]string{" — ", " – ", " - "}

// dashPlaceCut returns a byline's names without what a dash sets after
// them when that is a place's name ([placeWords]) that closes the line
// ("Inés Calvo — Sevilla", "Iara Tavares — Rio de Janeiro"); s as it is
// otherwise, for the name reader to judge.
func dashPlaceCut(s string) string {
	for _, d := range bylineDashes {
		k := strings.LastIndex(s, d)
		if k <= 0 {
			continue
		}
		if placeWords(s[k+len(d):]) {
			return strings.TrimSpace(s[:k])
		}
	}
	return s
}

// placeWords reports whether s is one or two words that each open with a
// capital and hold letters, dots and hyphens only ("Sevilla", "San José",
// "St. Louis"), or three or four whose inner lower-case words are
// particles ([nameParticles]: "Rio de Janeiro", "Vila do Conde" is no
// particle's and stays): the shape of a place's name after a byline's
// dash.
func placeWords(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	particles := 0
	for k, x := range w {
		if k > 0 && k < len(w)-1 && nameParticles[x] {
			particles++
			continue // "de" of "Rio de Janeiro"
		}
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
		for _, r := range x {
			if !unicode.IsLetter(r) && r != '.' && r != '-' {
				return false
			}
		}
	}
	return len(w) <= 2 || particles > 0
}
