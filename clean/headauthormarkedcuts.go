package clean

import "strings"

// markedNameCut returns the text of an element marked as the author's
// without what a byline prints beside its names there, for [markedName]
// to judge: a wire the writer shared the story with after a comma
// ("Claire Dubois, avec AFP", "Jane Doe, with Reuters"), or the plural
// role of two names after a bar ("Ada Lund and Omar Haddad | Reporters");
// text as it is otherwise.
func markedNameCut(text string) string {
	if name, rest, ok := strings.Cut(text, ", "); ok {
		for _, with := range markedWiths {
			if wire, ok := strings.CutPrefix(rest, with); ok && wireAlone(wire) {
				return strings.TrimSpace(name)
			}
		}
	}
	if name, rest, ok := strings.Cut(text, " | "); ok {
		if role, plural := strings.CutSuffix(strings.TrimSpace(rest), "s"); plural && roleLine(role) && len(personList(strings.TrimSpace(name))) >= 2 {
			return strings.TrimSpace(name)
		}
	}
	return text
}

// markedWiths are the words for "with" before a wire that shared a
// writer's story: French, English, Spanish and Portuguese, German.
var markedWiths = [...]string{"avec ", "with ", "con ", "com ", "mit "}
