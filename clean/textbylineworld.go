package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// dropWireCredit cuts the wire a byline credits after its name: "Claire
// Martin, AFP", "Jane Doe | Reuters", "Jane Doe / dpa", "Anna Fischer
// (AFP)" give the name alone. The wire is the story's source, never part
// of the author's name. A line whose last part is no wire ("Jane Doe,
// Senior Writer") is returned as it is.
func dropWireCredit(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndexByte(s, '('); k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+1:len(s)-1])) {
			return strings.TrimSpace(s[:k])
		}
		return s
	}
	if k := strings.LastIndexAny(s, ",|/"); k > 0 && dateparse.IsWire(strings.TrimSpace(s[k+1:])) {
		return strings.TrimSpace(s[:k])
	}
	return s
}

// italianBy turns the Italian byline "Di Marco Rossi" into "By Marco
// Rossi", for the byline forms to read. "Di" is the byline's word only
// when a forename and a surname follow it: two capitalised words or more,
// the first no particle, before a separator or the line's end. One word
// after it ("Di Maio") is a surname that opens with the particle, left as
// it is, as is a sentence ("Di recente il governo ...").
func italianBy(s string) string {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "Di ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "DI "); !ok {
			return s
		}
	}
	name := rest
	if k := strings.IndexAny(name, ",|•·–—(0123456789"); k >= 0 {
		name = name[:k]
	}
	if k := strings.Index(name, " e "); k >= 0 {
		name = name[:k] // the Italian "and" before a second name
	}
	words := strings.Fields(name)
	if len(words) < 2 || nameParticles[strings.ToLower(words[0])] {
		return s
	}
	for k, w := range words {
		if k > 0 && nameParticles[w] {
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return s
		}
	}
	return "By " + rest
}

// labelWords are the words that open a byline in the wire's languages:
// English "By", German "Von", French "Par", Spanish and Portuguese "Por",
// Dutch "Door", Swedish and Norwegian "Av".
var labelWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "door": true, "av": true}

// labelledName reports whether a line is a byline and nothing else: a
// byline's word (labelWords, or the Italian "Di" as italianBy reads it)
// then a person's name alone, perhaps with its wire credited ("Door
// Pieter de Vries", "Par Anna Fischer (AFP)"). Such a line is never the
// headline.
func labelledName(s string) bool {
	s = italianBy(s)
	label, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !labelWords[strings.ToLower(label)] || label == strings.ToLower(label) {
		return false
	}
	return personShaped(dropWireCredit(rest))
}

// labelWorldByline labels block i as a generic byline, with its names,
// when it is a byline in one of the world's languages and nothing else
// ([labelledName]): "Door Pieter de Vries" under a headline is no
// headline. It reports whether it did.
func (p *Page) labelWorldByline(i int) bool {
	t := p.blocks[i].Text
	if !labelledName(t) {
		return false
	}
	names := bylineNames(t)
	if len(names) == 0 || !p.labelAs(i, Byline, "generic/byline") {
		return false
	}
	p.blocks[i].Authors = names
	return true
}
