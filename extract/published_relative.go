package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// relativeLine matches a date line that gives the publication's age
// rather than its date: "3 days ago", "Published 5 hours ago", "vor 2
// Stunden", "il y a 3 jours", "hace un día", "há 2 horas", "2 giorni fa",
// "2 dagen geleden", "för 2 dagar sedan", "for 2 dage siden", "2 dni
// temu", "2 дня назад", "2 дні тому", "2 gün önce", "2 hari yang lalu",
// "2日前", "2天前", "2일 전", "před 2 dny", "acum 2 zile", "2 ngày trước",
// "2 päivää sitten", "منذ 3 أيام" and the Arabic dual ("منذ يومين"),
// "2 दिन पहले", "2 دن پہلے", "۲ روز پیش", "২ দিন আগে" (in the script's
// digits or ASCII ones), and their weeks ("2 weeks ago", "vor 2 Wochen",
// "2 minggu yang lalu", "2週間前": seven days each),
// the units' letters alone ("14h ago", "5m ago", "2d ago"),
// Hungarian's "2 napja" (the unit carries the "ago"); and today's or
// yesterday's time ("Today, 10:30", "gestern, 18:05 Uhr", and in the
// region's languages: "Сьогодні, 14:30", "Сёння", "Бүгін", "Bugun",
// "Astăzi", "დღეს", "այսօր", "Кеше", "Kecha", "Dünən": the day's name
// alone may be a tab's label). A label other than a publication's
// ("Updated 2 hours ago") does not match: the update is no publish date.
// The number is group "n" (or a word for one, group "one"); the unit is
// group "min", "hour", "day" or "week" (the Arabic dual's "two" is group "two");
// or the day is group "today" or "yday".
var relativeLine = sync.OnceValue(func() *regexp.Regexp {
	const (
		label = `(?:(?:published|posted|written|veröffentlicht|publié|publicado|pubblicato)\s*:?\s*)?`
		num   = `(?:(?P<n>\d{1,3})\s*|(?P<one>an?|one|eine[mr]?|une?|una?|uma?|uno|én|ett?|jeden|jedna|один|одну|одна|bir|satu|sebuah|một)\s+)`
		units = `(?:(?P<min>minutes?|mins?|m|minuten?|minutos?|minuti|minuto|minuut|minuter|minutt(?:er)?|minut[yęe]?|минут[уы]?|хвилин[иу]?|dakika|menit|minit|分钟|分鐘|分|분|minutami|minutou|phút|minuuttia|minuutti)` +
			`|(?P<hour>hours?|hrs?|h|stunden?|heures?|horas?|ore|ora|uur|timmar|timme|timer|time|godzin[yę]?|час(?:а|ов)?|годин[иу]?|saat|jam|時間|小时|小時|시간|hodinami|hodinou|oră|ore|giờ|tuntia|tunti)` +
			`|(?P<day>days?|d|tag(?:en)?|jours?|días?|dias?|giorni|giorno|dagen|dag|dagar|dage|dager|dni|dzień|дн(?:ей|я)|день|днів|дні|gün|hari|日|天|일|dny|dnem|zile|zi|ngày|päivää|päivä)` +
			`|(?P<week>weeks?|wks?|wochen?|semaines?|semanas?|settimane|settimana|weken|week|veckor|vecka|uger|uge|uker|uke|tygodni(?:e|ami)?|tydzień|недел[юиь]|тижн[іяе]в?|hafta|minggu|週間|周|週|주|tuần|viikkoa|viikko))`
		arUnits = `(?:(?P<min>دقيقة|دقائق)|(?P<hour>ساعة|ساعات)|(?P<day>يوم|أيام))`
		// Hindi, Urdu, Persian and Bengali put "ago" last, after their
		// units; the number may be in the script's own digits
		southAsian = `(?P<n>[0-9٠-٩۰-۹०-९০-৯]{1,3})\s*(?:(?P<min>मिनट|منٹ|دقیقه|মিনিট)|(?P<hour>घंटे|घंटा|گھنٹے|گھنٹہ|ساعت|ঘণ্টা)|(?P<day>दिन|دن|روز|দিন))\s*(?:पहले|پہلے|پیش|আগে)`
	)
	return regexp.MustCompile(`(?i)^` + label + `(?:` +
		num + units + `\s*(?:ago|fa|geleden|temu|назад|тому|önce|(?:yang\s+)?lalu|前|전|trước|sitten)` +
		`|(?:vor|il\s+y\s+a|hace|há|před|acum)\s+` + num + units +
		`|(?:för\s+` + num + units + `\s+sedan|for\s+` + num + units + `\s+siden)` +
		`|(?:منذ\s+(?:(?P<n>\d{1,3})\s*` + arUnits + `|(?P<one>)` + arUnits + `|(?P<two>)(?:(?P<day>يومين)|(?P<hour>ساعتين)|(?P<min>دقيقتين))))` +
		`|(?P<n>\d{1,3})\s+(?:(?P<min>perce)|(?P<hour>órája)|(?P<day>napja))` +
		`|` + southAsian +
		`|(?:(?P<today>today|heute|aujourd['’]hui|hoy|oggi|vandaag|idag|i\s+dag|dzisiaj|dziś|сегодня|сьогодні|сёння|бүгін|бүгүн|bugun|bugün|bu\s+gün|astăzi|azi|დღეს|այսօր|hari\s+ini|今日|今天|오늘)|(?P<yday>yesterday|gestern|hier|ayer|ieri|gisteren|igår|i\s+går|wczoraj|вчера|вчора|учора|ўчора|кеше|кечээ|kecha|dünən|dün|გუშინ|երեկ|kemarin|昨日|昨天|어제))` +
		`\s*,?\s*(?:at|um|à|a\s+las|alle|om|kl\.?|o|в|о|saat|pukul)?\s*(?P<hh>\d{1,2})[:.h](?P<mm>\d{2})(?:\s*(?:uhr|(?P<am>am)|(?P<pm>pm)))?` +
		`)\.?$`)
})

// relativeAt reads a relative date line against the crawl time: the day
// it puts the publication on (in the crawl time's zone), with the time a
// "today" or "yesterday" line prints ("Сегодня, 10:12", in no zone), and
// false when the line is no such line.
func relativeAt(line string, crawl time.Time) (clean.Stamp, bool) {
	line = strings.TrimSpace(line)
	if len(line) > 48 || crawl.IsZero() || !relativeMaybe(line) {
		return clean.Stamp{}, false
	}
	re := relativeLine()
	m := re.FindStringSubmatchIndex(line)
	if m == nil {
		return clean.Stamp{}, false
	}
	n, unit := 0, time.Duration(0)
	hh, mm, clock, pm := 0, 0, false, false
	for i, name := range re.SubexpNames() {
		if m[2*i] < 0 {
			continue // the group took no part
		}
		switch name {
		case "n":
			n = digitsValue(line[m[2*i]:m[2*i+1]])
		case "one":
			n = 1
		case "two":
			n = 2
		case "min":
			unit = time.Minute
		case "hour":
			unit = time.Hour
		case "day", "today":
			unit = 24 * time.Hour
		case "week":
			unit = 7 * 24 * time.Hour
		case "yday":
			n, unit = 1, 24*time.Hour
		case "hh":
			hh, clock = digitsValue(line[m[2*i]:m[2*i+1]]), true
		case "mm":
			mm = digitsValue(line[m[2*i]:m[2*i+1]])
		case "am":
			hh %= 12
		case "pm":
			pm = true
		}
	}
	if pm && hh < 12 {
		hh += 12
	}
	t := crawl.Add(-time.Duration(n) * unit)
	st := clean.Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}
	if clock && hh < 24 && mm < 60 {
		st.Hour, st.Minute, st.HasTime = hh, mm, true // "Today, 10:12": the day's time as the page prints it, in no zone
	}
	return st, true
}

// digitsValue is the value of a run of decimal digits, ASCII or of the
// Arabic, Persian, Devanagari and Bengali scripts (relativeLine's "n").
func digitsValue(s string) int {
	n := 0
	for _, r := range s {
		for _, zero := range [...]rune{'0', '٠', '۰', '०', '০'} {
			if r >= zero && r <= zero+9 {
				n = 10*n + int(r-zero)
				break
			}
		}
	}
	return n
}

// relativeDate returns the day of the relative date line ("3 days ago")
// nearest the headline, within the blocks where the date line stands
// (relativeAbove above it, relativeBelow below), outside lists of other
// pages, captions and navigation, against [Options].CrawlDate. Without a
// crawl date, or without a headline, there is none. It is the last of
// the publish date's sources: a page that prints the date itself says it
// more exactly.
func (as *assembler) relativeDate() (clean.Stamp, bool) {
	title := slices.Index(as.placed, "title")
	if as.crawl.IsZero() || title < 0 {
		return clean.Stamp{}, false
	}
	bs := as.res.Blocks
	for d := 1; d <= relativeBelow; d++ {
		for _, i := range [2]int{title + d, title - d} {
			if i < 0 || i >= len(bs) || i < title-relativeAbove || !ownText(bs[i].Kind) || bs[i].Kind == clean.Nav {
				continue
			}
			if st, ok := relativeAt(bs[i].Text, as.crawl); ok {
				return st, true
			}
			if st, ok := relativeStripAt(bs[i].Text, as.crawl); ok {
				return st, true // "By Jane Doe | Published 14 hours ago"
			}
		}
	}
	return clean.Stamp{}, false
}

// How far from the headline relativeDate looks, in blocks.
const (
	relativeAbove = 4
	relativeBelow = 8
)
