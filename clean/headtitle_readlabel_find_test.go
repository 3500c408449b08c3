package clean

import (
	"regexp"
	"testing"
)

// readTimeRegexp is the pattern holdsReadTime replaced (it listed seven
// of the labels by hand): lines where the two agree are checked against
// it, so the one-pass reader keeps its reading of them.
var readTimeRegexp = regexp.MustCompile(`(?i)\b(?:\d+\s*(?:min(?:ute)?s?\.?|m)\s+read\b|read(?:ing)?\s+time\b|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|leestijd|czas czytania)`)

// TestHoldsReadTime checks the reading-time reader on the count form and
// the labels, in a line or alone, and on lines that only come near them.
// same marks the lines the replaced pattern read the same way; the others
// are the labels it lacked (now read from readTimeLabels) and the whole-
// word rule it did not apply after a label.
func TestHoldsReadTime(t *testing.T) {
	for _, c := range []struct {
		line       string
		want, same bool
	}{
		{"5 min read", true, true},
		{"5min read", true, true},
		{"12 minutes read", true, true},
		{"1 minute read", true, true},
		{"5 mins read", true, true},
		{"4 min. read", true, true},
		{"3m read", true, true},
		{"7 MIN READ", true, true},
		{"8 minuteſ read", true, true}, // the long s folds to "s"
		{"Jane Doe · 4 min read · Mar 14, 2024", true, true},
		{"May 3, 2025 | 6 min read", true, true},
		{"10  min \t read.", true, true},
		{"Reading time: 4 minutes", true, true},
		{"Read time 3 min", true, true},
		{"reading\ttime", true, true},
		{"Tempo de leitura: 2 minutos", true, true},
		{"Tiempo de lectura 5 min", true, true},
		{"Temps de lecture : 3 min", true, true},
		{"Lesezeit: 3 Min.", true, true},
		{"Tempo di lettura 4 minuti", true, true},
		{"Leestijd 3 minuten", true, true},
		{"Czas czytania: 4 min", true, true},
		{"Posted May 3 · Reading Time 5", true, true},
		{"5 min reading list", false, true},
		{"a5 min read", false, true},
		{"5 min to read", false, true},
		{"5 minutes ready", false, true},
		{"The spread time of the virus", false, true},
		{"Reading timeline for spring", false, true},
		{"Already read 5 times", false, true},
		{"15_min read", false, true},
		{"min read", false, true},
		{"", false, true},
		{"Lesedauer: 4 Min.", true, false},
		{"Okuma süresi: 3 dk", true, false},
		{"Время чтения: 5 мин", true, false},
		{"ВРЕМЯ ЧТЕНИЯ 5 МИН", true, false},
		{"Lästid 4 min", true, false},
		{"Læsetid: 3 min", true, false},
		{"Lesetid 2 min", true, false},
		{"Lukuaika 3 min", true, false},
		{"Doba čtení: 4 min", true, false},
		{"Doba čítania 5 min", true, false},
		{"Lesezeiten der Bibliothek", false, false},
	} {
		if got := holdsReadTime(c.line); got != c.want {
			t.Errorf("holdsReadTime(%q) = %v, want %v", c.line, got, c.want)
		}
		if old := readTimeRegexp.MatchString(c.line); (old == c.want) != c.same {
			t.Errorf("%q: the replaced pattern read %v; same as now marked %v", c.line, old, c.same)
		}
	}
}

// TestHoldsReadTimeEveryLabel checks that every label of readTimeLabels
// is read alone, capitalised, inside a line, and not glued to a word.
func TestHoldsReadTimeEveryLabel(t *testing.T) {
	for _, w := range readTimeLabels {
		for _, line := range []string{w, "Updated May 3 | " + printedCases(w)[1] + ": 4 min", "(" + printedCases(w)[2] + ")"} {
			if !holdsReadTime(line) {
				t.Errorf("holdsReadTime(%q) = false", line)
			}
		}
		for _, line := range []string{"x" + w, w + "x", w + "_"} {
			if holdsReadTime(line) {
				t.Errorf("holdsReadTime(%q) = true, a label glued to a word", line)
			}
		}
	}
}
