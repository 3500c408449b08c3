package dateparse

import (
	"strings"
	"sync"
	"time"
)

// foreignWeekdays maps the weekday names date lines print in other
// languages, lower-case, to their days, Sunday first in each list:
// German, French, Spanish, Italian, Dutch, Polish, Turkish, Russian,
// Indonesian and Malay, Arabic, Hindi and Bengali (the names short
// enough for lowerName). A date line may open with one ("Selasa, 4 Maret
// 2025", "Dienstag, 4. März 2025").
var foreignWeekdays = sync.OnceValue(func() map[string]time.Weekday {
	lists := [...]string{
		"sonntag montag dienstag mittwoch donnerstag freitag samstag",
		"dimanche lundi mardi mercredi jeudi vendredi samedi",
		"domingo lunes martes miércoles jueves viernes sábado",
		"domenica lunedì martedì mercoledì giovedì venerdì sabato",
		"zondag maandag dinsdag woensdag donderdag vrijdag zaterdag",
		"niedziela poniedziałek wtorek środa czwartek piątek sobota",
		"pazar pazartesi salı çarşamba perşembe cuma cumartesi",
		"воскресенье понедельник вторник среда четверг пятница суббота",
		"minggu senin selasa rabu kamis jumat sabtu",
		"ahad isnin selasa rabu khamis jumaat sabtu",
		"الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت",
		"रविवार सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार",
		"রবিবার সোমবার মঙ্গলবার বুধবার",
	}
	m := make(map[string]time.Weekday, 80)
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			m[w] = time.Weekday(i)
		}
	}
	return m
})

// foreignWeekday reads a weekday's name in one of the languages of
// foreignWeekdays, in any case, with or without a final full stop. A name
// that is no weekday costs no allocation.
func foreignWeekday(word string) (time.Weekday, bool) {
	var buf nameBuf
	n, ok := lowerName(word, &buf)
	if !ok {
		return 0, false
	}
	d, ok := foreignWeekdays()[string(buf[:n])] // no allocation: a lookup by a converted byte slice
	return d, ok
}
