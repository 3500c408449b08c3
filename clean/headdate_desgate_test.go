package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

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
		{"Seuls 12 des 2025 élèves inscrits ont obtenu une place", ""},
		{"Il a remporté 3 des 2024 épreuves de la saison", ""},
		{"Garam Hitam - Rabu, 9 des 2026 pukul 07.40 WIB", "2026-12-09"},
		{"Disiarkan 9 des 2026 oleh Meja Berita", "2026-12-09"},
		{"Medan, 9 des 2026 sore hari", "2026-12-09"},
		{"Kuching, 9 des 2026 jam 8 pagi", "2026-12-09"},
		{"Dikemas kini 9 des 2026", "2026-12-09"},
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

// TestDesGatePageLanguage: the page's language settles a lower-case "des"
// between a day and a year that the word after the year leaves open. An
// Indonesian or Malay page reads December before a word the gate takes
// for an article's noun; a French, Spanish or Portuguese page reads no
// December even where the year ends a clause. Through findDateStampLang,
// the first reading without the language is read again in it
// ([langMayRead]). Lines are invented.
func TestDesGatePageLanguage(t *testing.T) {
	for _, c := range []struct {
		line string
		lang dateparse.Lang
		want string
	}{
		{"Surabaya, 9 des 2026 kemarin", dateparse.NoLang, ""},
		{"Surabaya, 9 des 2026 kemarin", dateparse.Indonesian, "2026-12-09"},
		{"Ipoh, 9 des 2026 semalam", dateparse.Malay, "2026-12-09"},
		{"Ipoh, 9 des 2026 semalam", dateparse.French, ""},
		{"Elle a gagné 7 des 2026, dit le club", dateparse.NoLang, "2026-12-07"},
		{"Elle a gagné 7 des 2026, dit le club", dateparse.French, ""},
		{"Ganó 7 des 2026 |", dateparse.Spanish, ""},
		{"Venceu 7 des 2026", dateparse.Portuguese, ""},
		{"Surabaya, 9 Des 2026", dateparse.French, "2026-12-09"},
	} {
		got := ""
		if st, _, ok := findDateStampLang(c.line, c.lang); ok {
			got = st.ISO()
		}
		if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
			t.Errorf("findDateStampLang(%q, %d) = %q, want %q", c.line, c.lang, got, c.want)
		}
	}
}
