package dateparse

import (
	"strings"
	"testing"
	"time"
)

// TestMonthClashes is the census of the month names one language spells
// as another spells another month, as invented date lines print them:
// each row is read without a language (today's answer, which stays) and
// in the page's language. The clashes: "listopad" (and its genitive
// "listopada", locative "listopadu") is October in Croatian and Bosnian,
// November in Polish, Czech and Slovene's old names; "prosinec"
// ("prosinca") is December in Czech and Croatian, January in Slovene's
// old names. The near names below do not clash (each language spells its
// own): Croatian "srpanj"/"srpnja" (July) and Czech "srpen"/"srpna"
// (August); Croatian "lipanj"/"lipnja" (June) and Polish "lipiec"/"lipca"
// (July); Czech "červen"/"června" (June), "červenec" (July) and Polish
// "czerwiec"/"czerwca" (June); Croatian "travanj"/"travnja" (April) and
// Ukrainian "травень"/"травня" (May).
//
// Gaps, left as they are, with their causes: abbreviations that are
// another language's word ("des", French "of the", is Indonesian's and
// Norway's December: "5 des 2025" reads 5 December; "ago", English, is
// Spanish's August) are read as months whatever the page's language, as
// Lang holds only the languages whose month names clash; a line of such
// words and numbers is rare in a date line's place.
func TestMonthClashes(t *testing.T) {
	for _, c := range []struct {
		line   string
		lang   Lang
		noLang time.Month // read without a language; 0: no date
		want   time.Month // read in lang
	}{
		{"17. listopada 2025.", Croatian, time.November, time.October},
		{"17. listopada 2025. u 10:32", Croatian, time.November, time.October},
		{"17 LISTOPADA 2025", Croatian, time.November, time.October},
		{"Listopad 17, 2025", Croatian, time.November, time.October},
		{"17. listopadu 2025", Croatian, time.November, time.October},
		{"31. listopada 2025.", Croatian, 0, time.October}, // November has no 31st
		{"17. listopada 2025.", Bosnian, time.November, time.October},
		{"17 listopada 2025", Polish, time.November, time.November},
		{"17. listopadu 2025", Czech, time.November, time.November},
		{"17. listopada 2025", Slovene, time.November, time.November},
		{"3. prosinca 2025.", Croatian, time.December, time.December},
		{"3. prosince 2025", Czech, time.December, time.December},
		{"3. prosinca 2025", Slovene, time.December, time.January},
		{"3. prosinec 2025", Slovene, time.December, time.January},
		// near names: no clash, the same month in every language
		{"17. srpnja 2025.", Croatian, time.July, time.July},
		{"17. srpna 2025", Czech, time.August, time.August},
		{"17. srpna 2025", Croatian, time.August, time.August},
		{"17. lipnja 2025.", Polish, time.June, time.June},
		{"17 lipca 2025", Croatian, time.July, time.July},
		{"17. června 2025", Polish, time.June, time.June},
		{"17 czerwca 2025", Czech, time.June, time.June},
		{"17. travnja 2025.", Croatian, time.April, time.April},
		{"17 травня 2025", Croatian, time.May, time.May},
		{"17. studenoga 2025.", Polish, time.November, time.November},
		// a language without a clash reads as NoLang does
		{"17. listopada 2025.", NoLang, time.November, time.November},
	} {
		if c.noLang == 0 {
			// a day the month lists' reading does not have
			if st, _, ok := DateLine(c.line); ok {
				t.Errorf("DateLine(%q) = %v; want no date", c.line, st)
			}
			if in, _, ok := DateLineIn(c.line, c.lang); !ok || in.Month != c.want {
				t.Errorf("DateLineIn(%q, %d) = %v, %v; want month %v", c.line, c.lang, in, ok, c.want)
			}
			continue
		}
		st, _, ok := DateLine(c.line)
		if !ok || st.Month != c.noLang || st.Day == 0 {
			t.Errorf("DateLine(%q) = %v, %v; want month %v", c.line, st, ok, c.noLang)
		}
		in, _, ok := DateLineIn(c.line, c.lang)
		if !ok || in.Month != c.want || in.Day != st.Day || in.Year != st.Year {
			t.Errorf("DateLineIn(%q, %d) = %v, %v; want %v in month %v", c.line, c.lang, in, ok, st, c.want)
		}
	}
}

// TestMonthListsNameOneMonth holds the month lists to the census of
// TestMonthClashes: no spelling stands in two lists for two months (a
// clash goes to langMonths, and the lists leave the name out or give the
// month most languages give it).
func TestMonthListsNameOneMonth(t *testing.T) {
	seen := map[string]time.Month{}
	check := func(w string, m time.Month) {
		if old, ok := seen[w]; ok && old != m {
			t.Errorf("%q names %v and %v", w, old, m)
		}
		seen[w] = m
	}
	for _, lists := range [][]string{wireMonthLists[:], regionMonthLists[:], worldMonthLists[:], newsMonthLists[:]} {
		for _, l := range lists {
			for i, slot := range strings.Fields(l) {
				for _, w := range strings.Split(slot, "/") {
					if w != "-" {
						check(w, time.Month(i+1))
					}
				}
			}
		}
	}
	for w, m := range foreignMonths() {
		check(w, m)
	}
	for w, m := range moreMonths() {
		check(w, m)
	}
	if len(seen) < 900 {
		t.Errorf("the lists hold %d spellings; want the whole census", len(seen))
	}
	for _, e := range langMonths {
		if m, ok := seen[e.word]; !ok || !Clashes(m) {
			t.Errorf("langMonths' %q is in no month list, or in one Clashes leaves out (%v)", e.word, m)
		}
	}
	if Clashes(time.October) || Clashes(time.January) {
		t.Error("Clashes takes a month no clashing name reads as without a language")
	}
}

// TestLangOf reads the language tags pages print.
func TestLangOf(t *testing.T) {
	for tag, want := range map[string]Lang{
		"hr": Croatian, "hr-HR": Croatian, "hr_HR": Croatian, "HR": Croatian, "bs-BA": Bosnian,
		"sl-SI": Slovene, "pl": Polish, "cs_CZ": Czech,
		"id-ID": Indonesian, "ms": Malay, "fr-FR": French, "es": Spanish, "pt-BR": Portuguese,
		"": NoLang, "h": NoLang, "hrv": NoLang, "en-US": NoLang, "sr-Latn": NoLang, "hu": NoLang, "ca": NoLang,
	} {
		if got := LangOf(tag); got != want {
			t.Errorf("LangOf(%q) = %d, want %d", tag, got, want)
		}
	}
}
