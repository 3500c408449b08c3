package clean

import "testing"

// TestMonthWordsOfOtherLanguages: "des" (Indonesian and Malay December,
// a French article) and "ago" (Spanish, Italian and Portuguese August,
// an English adverb) are read as months with a day and a year beside
// them, but a lower-case "des" between two counts of a French sentence
// is not ([frenchDesCount]), nor is English's "ago" after a unit. Lines
// are invented.
func TestMonthWordsOfOtherLanguages(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Seuls 12 des 2025 dossiers déposés ont été retenus", ""},
		{"Il a gagné 3 des 2024 matchs cette saison", ""},
		{"Jakarta, 4 Des 2025 - Pemerintah kota menyetujui jadwal baru", "2025-12-04"},
		{"Jakarta, 4 des 2025 - Pemerintah kota menyetujui jadwal baru", "2025-12-04"},
		{"Kamis, 4 des 2025 | 14:05 WIB", "2025-12-04T14:05:00+07:00"},
		{"Diterbitkan 4 Des 2025 oleh Redaksi", "2025-12-04"},
		{"Oleh Aminah Yusof, 4 Des 2025", "2025-12-04"},
		{"Publicado el 3 ago 2025 a las 14:05", "2025-08-03T14:05:00"},
		{"Pubblicato il 20 ago 2025 alle 14:05", "2025-08-20T14:05:00"},
		{"Posted 3 days ago", ""},
		{"Updated 2 hours ago 2025", ""},
	} {
		got := ""
		if st, _, ok := findDateStamp(c.line); ok {
			got = st.ISO()
		}
		if got != c.want {
			t.Errorf("findDateStamp(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
