package textenc

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// latin2NameCases are English lines with a few Polish letters in
// windows-1250 (a name, a place, a short quote), which Detect should read
// as Latin-2, and lines of French, German, Spanish and English with
// accents in windows-1252, which it must go on reading as windows-1252.
func latin2NameCases() []struct{ name, text, want string } {
	en := "The city council met on Tuesday evening to discuss the new budget, which includes funding for three schools and a library. "
	return []struct{ name, text, want string }{
		{"a name with ł", en + "The mayor, Paweł Nowak, said the plan was fair.", "windows-1250"},
		{"a name with ł, ś and ć", en + "Councillor Małgorzata Kościelna voted against it.", "windows-1250"},
		{"a name with ż", en + "The architect, Grzegorz Żuraw, presented the design.", "windows-1250"},
		{"a place with ę", en + "Residents of Częstochowa and Zgierz were invited.", "windows-1250"},
		{"a place with ń", en + "Speaking in Poznań, the minister agreed.", "windows-1250"},
		{"two names", en + "Both Jarosław Kaczyński and Donald Tusk spoke.", "windows-1250"},
		{"a quoted slogan", en + "A banner read \"Nie dla cięć\" at the gate.", "windows-1250"},
		{"a place with Ł and ź", en + "The team from Łódź won the final.", "windows-1250"},
		{"French", "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget, qui prévoit des fonds pour trois écoles et une bibliothèque à Orléans.", "windows-1252"},
		{"German", "Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten, der Mittel für drei Schulen und eine Bücherei vorsieht; die Gebühren steigen für Bürger.", "windows-1252"},
		{"Spanish", "El pleno municipal se reunió el martes por la noche para debatir el nuevo presupuesto, que incluye fondos para tres escuelas y una biblioteca en Cádiz.", "windows-1252"},
		{"English with café and Zürich", en + "The café owner from Zürich said she was pleased.", "windows-1252"},
		{"English with résumé and naïve", en + "His résumé was, some said, naïve about the façade.", "windows-1252"},
		{"English with £ and ½", en + "Tickets cost £5 and take ½ an hour.", "windows-1252"},
	}
}

// TestLatin2NameCensus reads latin2NameCases; the rows still read wrong
// are in knownLatin2NameGaps.
func TestLatin2NameCensus(t *testing.T) {
	pass := 0
	for _, c := range latin2NameCases() {
		enc := charmap.Windows1252
		if c.want == "windows-1250" {
			enc = charmap.Windows1250
		}
		src, err := enc.NewEncoder().String(c.text)
		if err != nil {
			t.Fatalf("%s: the fixture does not encode: %v", c.name, err)
		}
		g, ok := Detect(src)
		right := ok && g.Name == c.want
		switch {
		case right && knownLatin2NameGaps[c.name]:
			t.Errorf("%s: reads right now: take it off knownLatin2NameGaps", c.name)
		case right:
			pass++
		case knownLatin2NameGaps[c.name]:
			t.Logf("known gap: %s: guess %q (%v), want %s", c.name, g.Name, ok, c.want)
		default:
			t.Errorf("%s: guess %q (%v), want %s", c.name, g.Name, ok, c.want)
		}
	}
	t.Logf("%d of %d rows read right", pass, len(latin2NameCases()))
}

// knownLatin2NameGaps: written blind, 7 of the 14 rows read right (the
// six windows-1252 lines, one Polish line of three Polish letters). With
// one or two Polish letters among a hundred ASCII ones no reading fits
// well enough to be taken (no guess, and the text is read as
// windows-1252); a quoted slogan's ę and ć read as windows-1252's ê and
// æ. A Latin-2 reading on so few letters was not tried: Polish ń, ż, ę,
// ł are the bytes of windows-1252's ñ, ¿, ê, ³ ("Poznań" is "Poznañ"),
// and é, ó, ü are the same bytes in both, so one or two such letters
// cannot tell a Polish name from a Spanish or French word; the six
// windows-1252 rows are what a reading that tried would put at risk.
var knownLatin2NameGaps = map[string]bool{
	"a name with ł":        true,
	"a name with ż":        true,
	"a place with ę":       true,
	"a place with ń":       true,
	"two names":            true,
	"a quoted slogan":      true,
	"a place with Ł and ź": true,
}
