package clean

import "testing"

// TestAgeLineTrap: a line that gives the page's age, in the languages
// pages print it in, is no headline; a headline that opens with a number,
// or with the word an age opens with, stays one.
func TestAgeLineTrap(t *testing.T) {
	for _, s := range []string{"2 hari yang lalu", "3 jam yang lalu", "3 giờ trước", "3小时前", "2일 전", "2 дня назад",
		"2 gün önce", "2 giorni fa", "vor 2 Stunden", "il y a 3 jours", "منذ 3 أيام", "۲ روز پیش", "Yesterday at 2:30 PM",
		"gestern, 18:05 Uhr", "Hoy, 10h15"} {
		if !ageLineTrap(s) || !isTitleTrap(s) {
			t.Errorf("%q: no age line", s)
		}
	}
	for _, s := range []string{"Vor dem Gipfel: 3 Fragen", "Heute: 5 Tipps für den Garten", "10 cose da sapere su Roma",
		"3 Gründe für den Umzug nach Berlin", "Hace falta un plan para 2026", "Today's 5 biggest stories", "2 hari"} {
		if ageLineTrap(s) {
			t.Errorf("%q: an age line", s)
		}
	}
}
