package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// Sites name themselves after a dash in <title> in the capitals of their
// own language, which [capitalised] does not read as a name: a Romance
// or Dutch name with its lower-case particles ("El Correo del Sur", "La
// Gazzetta del Fiume", "Het Nieuws van Morgen"), and a Russian or Greek
// name in sentence case, only its first word capitalised ("Городские
// вести", "Новая газета").

// paperParticles are the lower-case words a Romance, Dutch or German name
// of a paper holds between its capitalised words: articles, "of", "and".
// English ones (of, the, and) are left out: an English headline's title
// case lowers them too ("Rise of the Machines").
var paperParticles = []string{"de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "el", "lo", "los", "las", "y", "e", "et", "van", "von", "der", "den", "het", "am", "im"}

// particlePaperName reports whether tail, the part of a <title> after a dash,
// is a name of three or four words that opens and closes with a capital
// and holds one of [paperParticles] between ("El Correo del Sur"); every
// other word is capitalised.
func particlePaperName(tail string) bool {
	f := strings.Fields(tail)
	if len(f) < 3 || len(f) > 4 || !capitalised(f[0]) || !capitalised(f[len(f)-1]) {
		return false
	}
	particle := false
	for _, w := range f[1 : len(f)-1] {
		switch {
		case slices.Contains(paperParticles, w):
			particle = true
		case !capitalised(w):
			return false
		}
	}
	return particle
}

// sentenceCaseName reports whether tail, the part of a <title> after a
// dash, is a two-word name in Cyrillic or Greek set in sentence case: the
// first word capitalised, the second lower-case, letters of the one script
// only ("Городские вести"). A Latin tail needs its capitals
// ([capitalised]): "Ferry returns - at last" keeps its tail.
func sentenceCaseName(tail string) bool {
	f := strings.Fields(tail)
	if len(f) != 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(f[0])
	second, _ := utf8.DecodeRuneInString(f[1])
	if !unicode.IsUpper(first) || !unicode.IsLower(second) {
		return false
	}
	return uchar.CyrillicOrGreekOnly(tail)
}
