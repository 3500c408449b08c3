package dateparse

import (
	"testing"
	"time"
)

// TestDateLineWorld checks date lines as pages of more countries print
// them, each of which DateLine did not read before: an ISO 8601 timestamp
// with its "T", Hungarian's year first, a weekday in another language,
// Asian zones, "10h15", "Uhr", the words for "at" of other languages, a
// pictograph before the date, a bullet after it, "Jul. 11. 2025", "10.15",
// Czech's "4. 3. 2025", "a.m. ET", Malay's "Mac", IST, the word for
// "year" after it ("г.", "r.");
// and lines of those shapes that hold no date.
func TestDateLineWorld(t *testing.T) {
	const wib, jst = 7 * 3600, 9 * 3600
	day, at, zoned := stampDay, stampAt, stampZoned
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"2025-03-04T10:15:00+02:00", secondsGiven(zoned(at(2025, 3, 4, 10, 15), 2*3600), 0), true},
		{"2025-03-04T08:15Z", zoned(at(2025, 3, 4, 8, 15), 0), true},
		{" 2025-03-04T10:15:00.123 ", secondsGiven(at(2025, 3, 4, 10, 15), 0), true},
		{"2025. március 4.", day(2025, 3, 4), true},
		{"2025. március 4. 10:15", at(2025, 3, 4, 10, 15), true},
		{"Selasa, 4 Maret 2025 10:15 WIB", zoned(at(2025, 3, 4, 10, 15), wib), true},
		{"Dienstag, 4. März 2025, 18:30 Uhr", at(2025, 3, 4, 18, 30), true},
		{"wtorek, 4 marca 2025 o 10:15", at(2025, 3, 4, 10, 15), true},
		{"вторник, 4 марта 2025, 10:15", at(2025, 3, 4, 10, 15), true},
		{"4 mars 2025 à 10h15", at(2025, 3, 4, 10, 15), true},
		{"4 de marzo de 2025 a las 10:15 h", at(2025, 3, 4, 10, 15), true},
		{"March 4, 2025 9:15 PM JST", zoned(at(2025, 3, 4, 21, 15), jst), true},
		{"📅Jul. 11. 2025", day(2025, 7, 11), true},
		{"🕒 March 4, 2025 10:15", at(2025, 3, 4, 10, 15), true},
		{"# 15th Dec 2025•", day(2025, 12, 15), true},
		{"March 4, 2025 |", day(2025, 3, 4), true},
		{"📅 Events", Stamp{}, false},
		{"Tue 4 Mar 2025 10.15 GMT", zoned(at(2025, 3, 4, 10, 15), 0), true},
		{"4 mars 2025 kl. 10.15", at(2025, 3, 4, 10, 15), true},
		{"13.05.2017", day(2017, 5, 13), true},
		{"10.15 13.05.2017", Stamp{}, false},
		{"4. 3. 2025 10:15", at(2025, 3, 4, 10, 15), true},
		{"Mar. 4, 2025, 10:15 a.m. ET", at(2025, 3, 4, 10, 15), true},
		{"4 Mac 2025", day(2025, 3, 4), true},
		{"4. 3. 20255", Stamp{}, false},
		{"04.03.2025 г.", day(2025, 3, 4), true},
		{"Wtorek, 4 marca 2025 r.", day(2025, 3, 4), true},
		{"4 марта 2025 года, 10:15", at(2025, 3, 4, 10, 15), true},
		{"4 марта 2025 г. в 10:15", at(2025, 3, 4, 10, 15), true},
		{"4 March, 2025 10:15 am IST", at(2025, 3, 4, 10, 15), true},
		{"4 March 2025 r", day(2025, 3, 4), true},
		{"10:15, 4 марта 2025 г.", at(2025, 3, 4, 10, 15), true},
		{"4 March 2025 szeptember", Stamp{}, false},
		{"2025-03-04T25:15:00", Stamp{}, false},
		{"2025-03-04Tabc", Stamp{}, false},
		{"2025. évi 4.", Stamp{}, false},
		{"Selasa 10h15", Stamp{}, false},
		{"4 mars 2025 à 10h155", Stamp{}, false},
	} {
		got, _, ok := DateLine(c.line)
		if ok != c.ok || got != c.want {
			t.Errorf("%q: %+v %v, want %+v %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

// The region's weekdays, before the date or after it: Persian's with its
// zero-width non-joiner, Azerbaijani's of two words, Kazakh's, Uzbek's
// and Georgian's; Kazakh's year first ("2025 жылғы 4 наурыз"). Sentences
// that open with the same words are no date lines.
func TestRegionWeekdays(t *testing.T) {
	mar4 := Stamp{Year: 2025, Month: time.March, Day: 4}
	at1015 := Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 10, Minute: 15, HasTime: true}
	for line, want := range map[string]Stamp{
		"سه\u200cشنبه 4 مارس 2025":            mar4,
		"Çərşənbə axşamı, 4 mart 2025":        mar4,
		"4 mart 2025, çərşənbə axşamı, 10:15": at1015,
		"Bazar ertəsi, 3 mart 2025":           {Year: 2025, Month: time.March, Day: 3},
		"Сейсенбі, 4 наурыз 2025, 10:15":      at1015,
		"2025 жылғы 4 наурыз, 10:15":          at1015,
		"2025 ж. 4 наурыз":                    mar4,
		"Seshanba, 4 mart 2025, 10:15":        at1015,
		"სამშაბათი, 4 მარტი 2025, 10:15":      at1015,
		"Вівторок, 4 березня 2025":            mar4,
		"Երեքշաբթի, 4 մարտի 2025, 10:15":      at1015,
	} {
		got, _, ok := DateLine(line)
		if !ok || got != want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v", line, got, ok, want)
		}
	}
	for _, line := range []string{
		"Bazar 4 mart 2025-ci ildə açılacaq",
		"Çərşənbə axşamı bazar",
		"4 mart 2025, çərşənbə axşamı görüş olacaq",
		"2025 жылғы жоспар",
		"2025 жылғы 40 наурыз",
		"Seshanba kuni 4 mart",
	} {
		if st, _, ok := DateLine(line); ok {
			t.Errorf("DateLine(%q) = %+v, want no date line", line, st)
		}
	}
}

// The region's word for "year" after the year, and Uzbek's day and month
// joined by a hyphen.
func TestRegionYearWords(t *testing.T) {
	mar4 := Stamp{Year: 2025, Month: time.March, Day: 4}
	for line, want := range map[string]Stamp{
		"4 наурыз 2025 ж.":         mar4,
		"4 mart 2025-ci il":        mar4,
		"4 mart 2025-ci il, 10:15": {Year: 2025, Month: time.March, Day: 4, Hour: 10, Minute: 15, HasTime: true},
		"4 մարտի 2025 թ.":          mar4,
		"4 მარტი, 2025 წ.":         mar4,
		"4-mart 2025, 10:15":       {Year: 2025, Month: time.March, Day: 4, Hour: 10, Minute: 15, HasTime: true},
		"4-mart, 2025":             mar4,
		"2025-yil 4-mart":          mar4,
		"2025 yil 4 mart":          mar4,
	} {
		got, _, ok := DateLine(line)
		if !ok || got != want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v", line, got, ok, want)
		}
	}
	for _, line := range []string{
		"4-star 2025", "2025-yil rejasi", "2025-ci il üçün plan", "4-mart kuni yig‘ilish bo‘ladi", "2025 yil 40 mart",
	} {
		if st, _, ok := DateLine(line); ok {
			t.Errorf("DateLine(%q) = %+v, want no date line", line, st)
		}
	}
}
