package clean

import (
	"strings"
	"testing"
)

// The head's lines that are never the headline (headMetaLine), and the
// headlines like them that stay candidates.
func TestHeadMetaLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		// date lines with their time, a few words before the date
		{"Pune | March 4, 2025 10:15 IST", true},
		{"IANS | Updated: Mar 04, 2025 10:15 IST", true},
		{"New Delhi, March 4, 2025 10:15 IST", true},
		{"Giriş: 04.03.2025 10:15 Güncelleme: 04.03.2025 15:40", true},
		{"2025-03-04 10:15 来源：新华网 编辑：李明", true},
		{"Kompas.com - 04/03/2025, 10:15 WIB", true},
		// desks' and wires' credits
		{"Press Trust of India", true},
		{"PTI", true},
		{"Our Correspondent", true},
		{"News Desk", true},
		{"Redacción / El Diario del Río", true},
		// a teaser's label
		{"Читайте также: Мэр пообещал новые тротуары", true},
		{"Read also: Mayor promises new pavements", true},
		// headlines: a day without its time, a date after many words,
		// a colon kicker, words that open like a desk's
		{"Harbour board notes | 18.12.2025", false},
		{"Markets close higher on March 4, 2025 at 10:15 after a quiet session", false},
		{"Ukraine war: Kyiv opens footbridge linking old town and station", false},
		{"Coffee lovers rejoice: Nutritionists reveal 4 surprising health benefits", false},
		{"Press freedom in India falls again", false},
		{"Redaction errors expose court witnesses", false},
		{"Meet the team behind the new footbridge", false},
		{"City opens footbridge linking old town and station", false},
	} {
		if got := headMetaLine(c.line); got != c.want {
			t.Errorf("headMetaLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// A date line with its time, or a desk's credit, right over the story is
// passed over for the headline over it; a headline with its day is kept.
func TestAboveHeadMeta(t *testing.T) {
	story := "\n\nThe city opened a new footbridge over the river on Monday, linking the old town with the railway station for the first time in more than a century, and hundreds of residents crossed it.\n\n" +
		"The bridge cost about twelve million dollars and took two years to build, the mayor said at the opening, adding that it would save people who walk to the station twenty minutes.\n"
	for _, c := range []struct{ head, want string }{
		{"Home\nCities\nCity opens footbridge linking old town and station\nExpress News Service\nPune | March 4, 2025 10:15 IST", "City opens footbridge linking old town and station"},
		{"Home\nIndia\nCity opens footbridge linking old town and station\nPress Trust of India\nNew Delhi, March 4, 2025 10:15 IST", "City opens footbridge linking old town and station"},
		{"Home\nNews\nHarbour board notes | 18.12.2025", "Harbour board notes | 18.12.2025"},
	} {
		res, err := String(c.head+story, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := titleBlock(res)
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.head, got, c.want)
		}
	}
}

// clockMark passes the lines whose time the date reader reads and spares
// the date search the others.
func TestClockMark(t *testing.T) {
	for _, s := range []string{"Pune | March 4, 2025 10:15 IST", "Fri 5 Dec 2025 12.00 CET", "04/03/2025 10h15", "الجمعة 5 ديسمبر 2025 02:30 م"} {
		if !clockMark(s) {
			t.Errorf("clockMark(%q) = false", s)
		}
	}
	for _, s := range []string{"City opens footbridge", "Harbour board notes | 18/12/2025", "Footbridge cuts station walk by 40%"} {
		if clockMark(s) {
			t.Errorf("clockMark(%q) = true", s)
		}
	}
}

// TestTeaserLabelWords: every label of teaserLabel, in lower and upper
// case, passes teaserLine's word test (teaserLabelWords) and reads as a
// teaser; a short labelled line with none of the words does not.
func TestTeaserLabelWords(t *testing.T) {
	labels := []string{"read more", "read also", "also read", "related", "related post", "related posts",
		"related article", "related articles", "related stories", "related story", "related coverage",
		"related reading", "see more", "see also", "also see", "also", "more", "don't miss", "dont miss",
		"must read", "recommended", "leggi anche", "lesen sie auch", "mehr zum thema", "lire aussi",
		"à lire aussi", "leia também", "lee también", "ver también", "czytaj też", "читайте также"}
	for _, l := range labels {
		for _, s := range []string{l + ": Harbour board approves the pier", strings.ToUpper(l) + " : Harbour board approves the pier"} {
			if !mayHoldFoldASCII(s, teaserLabelWords) {
				t.Errorf("teaserLabelWords turn down %q", s)
			}
			if !teaserLine(s) {
				t.Errorf("teaserLine(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"Source: Harbour board", "Story: Jane Roe", "Additional reporting: Jane Roe"} {
		if mayHoldFoldASCII(s, teaserLabelWords) || teaserLine(s) {
			t.Errorf("teaserLine lets %q through its word test", s)
		}
	}
}
