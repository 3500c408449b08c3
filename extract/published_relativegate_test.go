package extract

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestRelativeMaybe checks the cheap test run before relativeLine: it
// lets through every line the pattern matches (the forms of the
// pattern's doc, in ASCII words alone too, with labels glued on and white
// space of every kind; and every line of the corpus) and refuses some of the
// lines of prose it need not read.
func TestRelativeMaybe(t *testing.T) {
	for _, line := range []string{
		"3 days ago", "Published 5 hours ago", "vor 2 Stunden", "vor einer Woche", "il y a 3 jours",
		"Il y a une semaine", "hace un día", "Hace una semana", "Publicado hace una semana", "há 2 horas",
		"2 giorni fa", "una settimana fa", "2 dagen geleden", "one week geleden", "för 2 dagar sedan",
		"for one day siden", "2 dni temu", "jeden tydzień temu", "2 дня назад", "2 gün önce", "satu minggu yang lalu",
		"2日前", "2일 전", "před 2 dny", "acum 2 zile", "acum un minut", "2 ngày trước", "one viikko sitten",
		"منذ يومين", "2 napja", "14h ago", "A week ago", "an hour ago.", "ONE DAY AGO", "Today, 10:30",
		"gestern, 18:05 Uhr", "Сьогодні, 14:30", "Yesterday at 9.15 pm",
		// a label glued on by a colon or by nothing, white space runs and tabs
		"Publicado:hace una hora", "Posted:il y a une heure", "publicadohace una hora", "il  y a une heure",
		"vor\teiner Woche", "hace\tuna semana", "a day\tago", "an hourago", "Posted:\r\none week ago",
	} {
		if !relativeLine().MatchString(line) {
			t.Errorf("relativeLine does not match %q: the row tests nothing", line)
		}
		if !relativeMaybe(line) {
			t.Errorf("relativeMaybe(%q) = false, and relativeLine matches it", line)
		}
	}
	for _, line := range testkit.CorpusLines(t) {
		if line = strings.TrimSpace(line); len(line) <= 48 && relativeLine().MatchString(line) && !relativeMaybe(line) {
			t.Errorf("relativeMaybe(%q) = false, and relativeLine matches it", line)
		}
	}
	for _, line := range []string{"The ferry company", " which runs three boats", "By Jane Doe", "Staff Writer", "Agony aunt"} {
		if relativeMaybe(line) {
			t.Errorf("relativeMaybe(%q) = true, want false", line)
		}
	}
}
