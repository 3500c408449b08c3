package extract

import "testing"

// TestTextDateLinesInLanguage reads invented flattened pages whose date
// lines name "listopad" through extract's text readers (a byline strip's
// date, a labelled date under an update's line): October on a Croatian
// page, whose head clean guesses so, November on a Polish or Czech one.
func TestTextDateLinesInLanguage(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"hr: byline strip", lines("Naslovnica", "Vijesti", hrTitle71, "Piše: Ana Horvat | 4. listopada 2025.", hrBody), "2025-10-04"},
		{"hr: update line over the published line", lines("Naslovnica", "Vijesti", hrTitle71, "Ažurirano 5. listopada 2025.", "Objavljeno 4. listopada 2025.", hrBody), "2025-10-04"},
		{"pl: byline strip", lines("Strona główna", "Kraj", plTitle71, "Autor: Piotr Zieliński | 4 listopada 2025", plBody), "2025-11-04"},
		{"cs: update line over the published line", lines("Úvod", "Domácí", csTitle71, "Aktualizováno 5. listopadu 2025", "Publikováno 4. listopadu 2025", csBody), "2025-11-04"},
		{"en: byline strip", lines("Home", "Local", enTitle71, "By Jane Harlow | 4 November 2025", enBody), "2025-11-04"},
	} {
		a, err := String(c.page, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.want {
			t.Errorf("%s: published %q (from %q), want %q", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}
