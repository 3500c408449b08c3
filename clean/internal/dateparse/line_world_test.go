package dateparse

import "testing"

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
		{"2025-03-04T10:15:00+02:00", zoned(at(2025, 3, 4, 10, 15), 2*3600), true},
		{"2025-03-04T08:15Z", zoned(at(2025, 3, 4, 8, 15), 0), true},
		{" 2025-03-04T10:15:00.123 ", at(2025, 3, 4, 10, 15), true},
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
