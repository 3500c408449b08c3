package clean

import (
	"strings"
	"unicode"
)

// A title's last part that gives an age tells the page's state only when
// the age is short, in seconds, minutes, hours, days or weeks ("- 6 mins
// ago", "- vor 2 Stunden"): the time since the page went up. An age in
// months, years or more ("- 100 years ago", "- 50 anni fa", "- vor 50
// Jahren") is the story's, an anniversary, and the headline's own.

// shortAgeStems open the word for a short unit of time, in lower case, in
// the languages [ageEnds] and [ageStarts] cover.
var shortAgeStems = []string{
	"sec", "minut", "hour", "day", "week",
	"sekund", "stunde", "tag", "woche", // de
	"seconde", "heure", "jour", "semaine", // fr
	"segund", "hora", "día", "dia", "semana", // es, pt
	"hodin", "dny", "dnem", "den", "týd", // cs
	"secund", "oră", "ore", "ora", "zi", "săptăm", // ro, it
	"giorn", "settiman", // it
	"uur", "dag", "weke", "seconden", // nl, sv, da, no
	"timm", "time", "vecka", "veckor", "uke", "uge", "minutt", // sv, da, no
	"tunti", "päivä", "viikko", "sekunti", "minuutti", // fi
	"godzin", "dni", "dzień", "tydzie", "tygodn", // pl
	"секунд", "минут", "час", "дн", "день", "недел", // ru
	"хвилин", "годин", "дні", "тижд", // uk
	"saniye", "dakika", "saat", "gün", "hafta", // tr
	"detik", "menit", "jam", "hari", "minggu", // id
	"giây", "phút", "giờ", "ngày", "tuần", // vi
	"秒", "分", "小时", "小時", "時間", "天", "日", "周", "週", // zh, ja
	"초", "분", "시간", "일", "주", // ko
	"सेकंड", "मिनट", "घंटे", "घंटा", "दिन", "सप्ताह", "हफ्ते", // hi
	"সেকেন্ড", "মিনিট", "ঘণ্টা", "ঘন্টা", "দিন", "সপ্তাহ", // bn
	"منٹ", "گھنٹ", "دن", "ہفت", // ur
	"ثانیه", "دقیقه", "ساعت", "روز", "هفته", // fa
	"ثاني", "دقيق", "دقائق", "ساع", "يوم", "أيام", "أسبوع", // ar
	"วินาที", "นาที", "ชั่วโมง", "วัน", "สัปดาห์", // th
}

// shortAgeAbbrevs are the short units pages abbreviate, written after
// the number with or without a space ("6m ago", "2 hrs ago").
var shortAgeAbbrevs = []string{"s", "m", "h", "d", "w", "min", "mins", "hr", "hrs", "wk", "wks", "std", "tg", "j", "dk", "sa"}

// shortAge reports whether low, an age in lower case ([ageLineTrap] or
// "… ago"), counts seconds, minutes, hours, days or weeks: a word of it,
// its leading digits aside, opens with one of [shortAgeStems] or is one
// of [shortAgeAbbrevs]. A day's name before a time ("yesterday at 2:30
// PM") is a short age too.
func shortAge(low string) bool {
	for _, w := range dayStarts {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	for _, w := range strings.Fields(low) {
		w = strings.TrimLeftFunc(w, unicode.IsDigit)
		if w == "" {
			continue
		}
		for _, a := range shortAgeAbbrevs {
			if w == a {
				return true
			}
		}
		for _, st := range shortAgeStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}
