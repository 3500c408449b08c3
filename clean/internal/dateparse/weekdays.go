package dateparse

import (
	"strings"
	"sync"
	"time"
)

// foreignWeekdays maps the weekday names date lines print in other
// languages, lower-case, to their days, Sunday first in each list:
// German, French, Spanish, Italian, Dutch, Polish, Turkish, Russian,
// Indonesian and Malay, Arabic, Hindi and Bengali, Ukrainian, Armenian,
// Georgian, Kazakh and Uzbek, Hungarian, Croatian, Bosnian and Serbian
// (the names short enough for lowerName). A date line may open with one ("Selasa, 4 Maret
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
		// the region's: Ukrainian, Armenian, Georgian, Kazakh, Uzbek
		"неділя понеділок вівторок середа четвер п'ятниця субота",
		"կիրակի երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ",
		"კვირა ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი",
		"жексенбі дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі",
		"yakshanba dushanba seshanba chorshanba payshanba juma shanba",
		// Hungarian, which MTI's datelines print after the date
		// ("Budapest, 2025. március 4., kedd (MTI) - ")
		"vasárnap hétfő kedd szerda csütörtök péntek szombat",
		// Croatian and Bosnian, Serbian in its Latin and Cyrillic
		// letters ("četvrtak, 14. ožujka 2024.")
		"nedjelja ponedjeljak utorak srijeda četvrtak petak subota",
		"nedelja ponedeljak utorak sreda četvrtak petak subota",
		"недеља понедељак уторак среда четвртак петак субота",
	}
	m := make(map[string]time.Weekday, 120)
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			m[w] = time.Weekday(i)
		}
	}
	// Persian, the zero-width non-joiner inside three of them as pages
	// print it, and without it
	for i, w := range strings.Fields("یکشنبه دوشنبه سه\u200cشنبه چهارشنبه پنج\u200cشنبه جمعه شنبه") {
		m[w] = time.Weekday(i)
		m[strings.ReplaceAll(w, "\u200c", "")] = time.Weekday(i)
	}
	m["یک\u200cشنبه"] = time.Sunday
	// Azerbaijani's of one word; Monday, Tuesday and Thursday take a
	// second word (bazar ertəsi, çərşənbə axşamı, cümə axşamı), read by
	// weekdayAt
	m["bazar"], m["çərşənbə"], m["cümə"], m["şənbə"] = time.Sunday, time.Wednesday, time.Friday, time.Saturday
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

// weekdayAt returns the index after a weekday's name in another language
// at token i, or i: a name of foreignWeekdays, one that Persian prints
// with a zero-width non-joiner inside ("سه‌شنبه", two tokens to the
// lexer), or Azerbaijani's of two words ("çərşənbə axşamı").
func (p *lineParser) weekdayAt(i int) int {
	t := p.t
	if i >= len(t) || t[i].kind != tWord {
		return i
	}
	if i+1 < len(t) && t[i+1].kind == tWord && p.s[t[i].end:t[i+1].start] == "\u200c" {
		if _, ok := foreignWeekday(p.s[t[i].start:t[i+1].end]); ok {
			return i + 2
		}
	}
	if _, ok := foreignWeekday(p.word(i)); !ok {
		return i
	}
	if p.isWord(i+1, "axşamı") || p.isWord(i+1, "ertəsi") {
		return i + 2
	}
	return i + 1
}

// AnyWeekday reads a weekday's name in English (Weekday: "Fri", "Friday")
// or in one of the languages of foreignWeekdays ("vendredi", "Freitag").
func AnyWeekday(word string) (time.Weekday, bool) {
	if d, ok := Weekday(word); ok {
		return d, true
	}
	return foreignWeekday(word)
}
