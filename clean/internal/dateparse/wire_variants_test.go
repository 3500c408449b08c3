package dateparse

import (
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// wireVariant is a world wire's dateline as real copy varies it: the
// class of the change, the paragraph, and what it must parse to.
type wireVariant struct {
	class string
	para  string
	body  string
	want  Dateline
}

// reBracketForm splits the Latin-script bracket forms of
// testdata/worldwires.tsv ("LONDON, March 5 (Reuters)") into the place
// with what follows it, and the credit.
var reBracketForm = regexp.MustCompile(`^(\p{Latin}[^()]*?) \(([^()]+)\)$`)

// reEnglishDate is a month-first English date after the place.
var reEnglishDate = regexp.MustCompile(`^(.*?), (January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? (\d{1,2})$`)

// wireSeparators are the separators real copy prints after a dateline's
// credit: the hyphen, the doubled hyphen, the en, em and horizontal-bar
// dashes, a dash glued to the story or to the credit (VOA's "CONAKRY,
// Guinea —A prominent..."), a colon (the South Asian papers), and none
// (PTI, CNA).
// The horizontal bar ("―") and a credit shared by two wires ("(Reuters/AFP)")
// are left out: no agency's page we looked at prints them.
var wireSeparators = []string{" - ", " -- ", " – ", " — ", " —", "— ", "—", "-- ", ": ", " "}

// titleWord is s in title case: the first letter of each word (after a
// space, "-" or "/") upper, the rest lower.
func titleWord(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '/'
	}
	return b.String()
}

// wireVariants yields the variants of one world wire's form: only the
// Latin-script forms with a credit in brackets are varied; the others
// give none.
func wireVariants(w worldWire) []wireVariant {
	if w.body == "" || !strings.HasPrefix(w.para, w.want.Text) || strings.HasPrefix(w.want.Text, "(") {
		return nil
	}
	sep := w.para[len(w.want.Text) : len(w.para)-len(w.body)]
	var out []wireVariant
	add := func(class, text, sep string, want Dateline) {
		want.Text = text
		out = append(out, wireVariant{class: class, para: text + sep + w.body, body: w.body, want: want})
	}
	if w.want.Agency == "" && strings.TrimSpace(sep) != "" && isDash([]rune(strings.TrimSpace(sep))[0]) &&
		!strings.HasSuffix(w.want.Text, ".") && strings.HasPrefix(w.want.Text, strings.ToUpper(w.want.Text[:2])) {
		// a place (and a date) and a dash, crediting no one, with the em
		// dash glued to the place or to the story, as VOA prints the
		// wires' copy ("CONAKRY, Guinea —A prominent...", "CONAKRY—Guinea's")
		for _, s := range []string{" —", "— ", "—", " – "} {
			add("dash", w.want.Text, s, w.want)
		}
	}
	m := reBracketForm.FindStringSubmatch(w.want.Text)
	if m == nil {
		return out
	}
	head, credit := m[1], m[2]
	_, known := lookupWire(credit)
	// the separators; none at all only after a known wire's credit and a
	// place with a date, as PTI, IANS and CNA print it; a colon only after
	// a known wire's credit ("BEIRUT, October 25 (Reuters): "), as an
	// unknown name in brackets and a colon is as often an acronym's
	// expansion ("WHO (World Health Organization): ")
	for _, s := range wireSeparators {
		if s == sep || strings.HasSuffix(sep, ".- ") || s == " " && (!known || w.want.Place == "" || w.want.Month == 0) || s == ": " && !known {
			continue
		}
		add("dash", w.want.Text, s, w.want)
	}
	// the place in capitals and in title case
	place, rest := head, ""
	if i := strings.Index(head, ", "); i >= 0 {
		place, rest = head[:i], head[i:]
	}
	upper := strings.ToUpper(place)
	switch {
	case !known:
		// an agency we do not list keeps the case it prints
	case place == upper && place != titleWord(place) && !strings.Contains(place, "."):
		add("case", titleWord(place)+rest+" ("+credit+")", sep, w.want)
	case place == titleWord(place):
		add("case", upper+rest+" ("+credit+")", sep, w.want)
	}
	// a country or a state after a place without one
	if rest == "" && head == place && known && !strings.ContainsAny(place, "0123456789") && w.want.Place == titleWord(w.want.Place) {
		v := w.want
		v.Place = w.want.Place + ", Ore."
		add("region", place+", Ore. ("+credit+")", sep, v)
		add("region", place+", France ("+credit+")", sep, w.want)
	}
	// an English date: abbreviated with and without a full stop, day
	// first, with a year, with an ordinal, after a weekday; September's
	// "Sept."; a date added to an undated form
	if d := reEnglishDate.FindStringSubmatch(head); d != nil && w.want.Year == 0 {
		at, day := d[1], d[3]
		long := w.want.Month.String()
		short := long[:3]
		dated := func(date string, want Dateline) {
			add("date", at+", "+date+" ("+credit+")", sep, want)
		}
		dated(short+" "+day, w.want)
		dated(short+". "+day, w.want)
		dated(day+" "+long, w.want)
		dated(day+" "+short, w.want)
		dated(long+" "+day+"th", w.want)
		withYear := w.want
		withYear.Year = 2025
		dated(long+" "+day+", 2025", withYear)
		dated(short+". "+day+", 2025", withYear)
		sept := w.want
		sept.Month = time.September
		dated("Sept. "+day, sept)
		dated("Sept "+day, sept)
		dated("Sep "+day, sept)
		dated("Wednesday, "+long+" "+day, w.want)
		noDate := w.want
		noDate.Month, noDate.Day = 0, 0
		if known && !strings.Contains(at, "day") {
			add("weekday", at+", Wednesday ("+credit+")", sep, noDate)
		}
	}
	if rest == "" && w.want.Month == 0 {
		v := w.want
		v.Month, v.Day = time.March, 5
		add("date", place+", March 5 ("+credit+")", sep, v)
		add("date", place+", Mar. 5 ("+credit+")", sep, v)
		add("date", place+", 5 March ("+credit+")", sep, v)
	}
	return out
}

// TestWireVariants runs the variants of every world wire's form through
// ParseDateline: each must give the form's place, date and agency, and
// leave the story whole. It logs how many variants each class has.
func TestWireVariants(t *testing.T) {
	total := map[string]int{}
	for _, w := range readWorldWires(t) {
		for _, v := range wireVariants(w) {
			total[v.class]++
			got, ok := ParseDateline(v.para)
			switch {
			case !ok:
				t.Errorf("%s: %q: not recognised", v.class, v.para)
				continue
			case v.para[got.Len:] != v.body:
				t.Errorf("%s: %q: body %q", v.class, v.para, v.para[got.Len:])
			}
			got.Len, got.Style, got.DayAlone = 0, "", 0 // DayAlone: TestWireDayAlone
			if !reflect.DeepEqual(got, v.want) {
				t.Errorf("%s: %q:\n got %+v\nwant %+v", v.class, v.para, got, v.want)
			}
		}
	}
	classes := slices.Sorted(maps.Keys(total))
	for _, c := range classes {
		t.Logf("%-8s %4d variants", c, total[c])
	}
	if len(classes) < 5 || total["dash"] < 500 {
		t.Errorf("variants by class: %v", total)
	}
}

// TestWireVariantsLeftAlone checks the lines that open with a word in
// capitals or a place and a comma, with a dash glued to them, or with a
// wire's credit, but are no dateline: a hyphen or a dash glued to a
// lower-case word, a place in title case, a place's possessive, a byline.
func TestWireVariantsLeftAlone(t *testing.T) {
	for _, p := range []string{
		"NEW YORK—based investors said on Wednesday they would sell their shares.",
		"NEW YORK-based investors said on Wednesday they would sell their shares.",
		"Paris, France—where the talks were held—saw protests on Wednesday and Thursday.",
		"Dakar, Senegal's capital, held elections on Wednesday for a new mayor and council.",
		"DAKAR, Senegal's capital, held elections on Wednesday for a new mayor and council.",
		"BREAKING—The government said on Wednesday it would reopen talks with the unions.",
		"LONDON—SYDNEY FLIGHTS RESUME",
		// a byline with the wire in brackets, under the date line
		"By Anna Fischer (Reuters) ",
		"By Anna Fischer and Tom Reid (Reuters) - ",
		"BY ANNA FISCHER (AP) — ",
		"Par Anna Fischer (AFP) ",
		"Von Julia Becker (dpa) ",
	} {
		if d, ok := ParseDateline(p); ok {
			t.Errorf("%q: dateline %q", p, d.Text)
		}
	}
}
