package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestCroatianOctober: "listopada" is October on a Croatian page and
// November on a Polish one; a Croatian page's November ("studenoga") and
// a Croatian page that prints another day before "listopada" keep the
// parser's reading, as does a November date that another line, not the
// date line, follows with the same day in "listopada", and a year before
// "listopada". The update the date line prints is corrected too.
func TestCroatianOctober(t *testing.T) {
	for _, c := range []struct {
		name, lang, line, after, want, wantMod string
	}{
		{"Croatian October", "hr", "Objavljeno: 17. listopada 2025. u 08:15", "", "2025-10-17", ""},
		{"Croatian October, a region tag", "hr-HR", "17. LISTOPADA 2025.", "", "2025-10-17", ""},
		{"Croatian November", "hr", "Objavljeno: 17. studenoga 2025.", "", "2025-11-17", ""},
		{"Polish November", "pl", "17 listopada 2025", "", "2025-11-17", ""},
		{"no language tag", "", "17. listopada 2025.", "", "2025-11-17", ""},
		{"Croatian, listopad after another day", "hr", "Objavljeno: 4. studenoga 2025. · arhiva: 9. listopada", "", "2025-11-04", ""},
		{"Croatian numeric date, a paragraph names the day in listopad", "hr", "Objavljeno: 17.11.2025. u 08:15", "<p>Vijeće je o istom pitanju raspravljalo 17. listopada, bez odluke.</p>", "2025-11-17", ""},
		{"Croatian November, a paragraph names the day in listopad", "hr", "Objavljeno: 17. studenoga 2025.", "<p>Vijeće je o istom pitanju raspravljalo 17. listopada, bez odluke.</p>", "2025-11-17", ""},
		{"Croatian November, a year before listopad", "hr", "Objavljeno: 17. studenoga 2025.", "<p>Pravilnik je izmijenjen 2017. listopada mjeseca.</p>", "2025-11-17", ""},
		{"Croatian October with its update", "hr", "Objavljeno: 17. listopada 2025. Ažurirano: 18. listopada 2025.", "", "2025-10-17", "2025-10-18"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := censusPage(c.lang, ``, `<p class="date">`+c.line+`</p>`, c.after)
			a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
				t.Errorf("published %q (from %q), want the day %s", a.Published, a.PublishedFrom, c.want)
			}
			if got := a.Modified[:min(len(a.Modified), 10)]; got != c.wantMod {
				t.Errorf("modified %q, want %q", a.Modified, c.wantMod)
			}
		})
	}
}
