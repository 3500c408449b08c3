package dateparse

import (
	"strconv"
	"strings"
	"time"
)

// The date lines of the world's pages that the token reader does not take
// as they are printed, read by [DateLine] when it fails:
//
//	4 มี.ค. 2568 14:05 น.                          a Thai date, Buddhist-era year
//	الثلاثاء 4 رمضان 1446 هـ - 4 مارس 2025 م       a Hijri date, then the Gregorian
//	04.03.2025 - Güncelleme : 05.03.2025            a publication, then its update
//	입력 2025.03.04. 오후 2:05 수정 2025.03.05. 오전 8:30
//	04/03/2025 14h05 Atualizado há 2 horas            the update's age
//	14 Jumada al-Akhirah 1447 AH / 5 December 2025  the Gregorian beside the Hijri
//	۱۴ آذر ۱۴۰۴ (۵ دسامبر ۲۰۲۵)                     the Gregorian beside the solar Hijri
//	ማክሰኞ ጥቅምት 25 ቀን 2018 ዓ.ም.                        an Ethiopian date
//
// A line of two dates gives the first, the publication's; a publication
// and its update are read in the page's language ([DateLineIn]).
func otherDateLine(line string, lang Lang) (Stamp, bool) {
	if i := strings.Index(line, "هـ"); i > 0 && i < 60 && hijriBefore(line[:i]) {
		rest := strings.TrimLeft(line[i+len("هـ"):], " \u00a0-–—|,،/")
		if rest != "" && len(rest) < len(line) {
			if st, _, ok := DateLine(rest); ok {
				return st, true
			}
		}
	}
	if a, b, ok := strings.Cut(line, " / "); ok && !strings.Contains(b, " / ") {
		// a Hijri date and the Gregorian parted by a slash, either first:
		// "14 Jumada al-Akhirah 1447 AH / 5 December 2025", "5 Disember
		// 2025 / 14 Jamadilakhir 1447H"
		switch {
		case HijriDate(a):
			if st, _, ok := DateLine(b); ok {
				return st, true
			}
		case HijriDate(b):
			if st, _, ok := DateLine(a); ok {
				return st, true
			}
		}
	}
	if st, ok := thaiLine(line); ok {
		return st, true
	}
	if st, ok := calendarBeside(line); ok {
		return st, true
	}
	if st, ok := ethiopianLine(line); ok {
		return st, true
	}
	if st, ok := khmerLine(line); ok {
		return st, true
	}
	return publishedThenUpdated(line, lang)
}

// HijriDate reports whether s is a short run of words that ends with a
// year of the Hijri calendar (1300..1599) and its era's mark: "AH", "H"
// (glued or not: "1447H"), or "هـ".
func HijriDate(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	last := f[len(f)-1]
	switch last {
	case "AH", "A.H.", "H", "هـ", "ه":
		last = f[len(f)-2]
	default:
		var ok bool
		if last, ok = strings.CutSuffix(last, "H"); !ok {
			return false
		}
	}
	y, err := strconv.Atoi(last)
	return err == nil && len(last) == 4 && y >= 1300 && y < 1600
}

// thaiMonths are the Thai months' names, full and abbreviated, January
// first.
var thaiMonths = [12][2]string{
	{"มกราคม", "ม.ค."}, {"กุมภาพันธ์", "ก.พ."}, {"มีนาคม", "มี.ค."}, {"เมษายน", "เม.ย."},
	{"พฤษภาคม", "พ.ค."}, {"มิถุนายน", "มิ.ย."}, {"กรกฎาคม", "ก.ค."}, {"สิงหาคม", "ส.ค."},
	{"กันยายน", "ก.ย."}, {"ตุลาคม", "ต.ค."}, {"พฤศจิกายน", "พ.ย."}, {"ธันวาคม", "ธ.ค."},
}

// thaiLine reads a Thai date line: a day, a month's name, a year of the
// Buddhist era (543 more than the Common Era's; maybe after "พ.ศ.", or in
// its last two digits: "68" for 2568) or of the Common Era, then maybe a
// time (maybe after "เวลา", time) and "น." (o'clock). A weekday may come first ("วันอังคาร").
func thaiLine(line string) (Stamp, bool) {
	if strings.IndexByte(line, 0xe0) < 0 {
		return Stamp{}, false // no Thai letter (U+0E00..U+0E7F open with 0xE0): one byte search for most lines
	}
	if !strings.Contains(line, "\u0e04") && !strings.Contains(line, "\u0e22") && !strings.Contains(line, "\u0e21") && !strings.Contains(line, "\u0e1e") {
		return Stamp{}, false // no ค, ย, ม or พ: no month's name
	}
	f := strings.Fields(line)
	if len(f) > 7 {
		return Stamp{}, false
	}
	i := 0
	if len(f) > 3 && strings.HasPrefix(f[0], "วัน") {
		i++
	}
	if i+2 >= len(f) {
		return Stamp{}, false
	}
	d, err := strconv.Atoi(f[i])
	if err != nil {
		return Stamp{}, false
	}
	m := 0
	for k, n := range thaiMonths {
		if f[i+1] == n[0] || f[i+1] == n[1] {
			m = k + 1
		}
	}
	if f[i+2] == "พ.ศ." && i+3 < len(f) {
		i++ // the era's name before its year: "5 ธันวาคม พ.ศ. 2568"
	}
	y, err := strconv.Atoi(strings.TrimSuffix(f[i+2], ","))
	if m == 0 || err != nil {
		return Stamp{}, false
	}
	switch {
	case y > 2400:
		y -= 543
	case y >= 10 && y < 100 && len(f[i+2]) == 2:
		y += 2500 - 543 // the era's year in two digits: "5 ธ.ค. 68"
	}
	st := Stamp{Year: y, Month: time.Month(m), Day: d}
	rest := f[i+3:]
	if len(rest) > 1 && rest[0] == "เวลา" {
		rest = rest[1:] // "เวลา" (time) before the clock: "5 มีนาคม 2568 เวลา 10:12 น."
	}
	if len(rest) > 0 && rest[len(rest)-1] == "น." {
		rest = rest[:len(rest)-1]
	}
	switch len(rest) {
	case 0:
	case 1:
		var buf [maxLineTokens]tok
		n, ok := lexInto(rest[0], &buf)
		p := lineParser{s: rest[0], t: buf[:n]}
		h, mi, sec, j, ok2 := p.clockSec(0)
		if !ok || !ok2 || j != n {
			return Stamp{}, false
		}
		st.Hour, st.Minute, st.HasTime = h, mi, true
		if sec >= 0 {
			st.Second, st.HasSecond = sec, true // "10:12:07 น."
		}
	default:
		return Stamp{}, false
	}
	return st, yearOK(y) && st.Valid()
}

// pubLabel reports whether w is a one-word label of a publication's time
// in a script without capitals, before its date: Korean 입력 (entered),
// 등록 (registered), 게재 (printed); Hindi प्रकाशित; Bengali প্রকাশ,
// প্রকাশিত; Arabic نشر, نشرت; Persian and Urdu منتشر; and Vietnamese
// "ngày" (day), which opens a date ("Ngày 4 tháng 3 năm 2025").
func pubLabel(w string) bool {
	switch w {
	case "입력", "등록", "게재", "기사입력", "प्रकाशित", "প্রকাশ", "প্রকাশিত", "نشر", "نشرت", "منتشر", "ngày", "Ngày":
		return true
	}
	return false
}

// updateLabels open the update's part of a line that gives the
// publication's date first, in the languages pages print it in, lower
// case.
var updateLabels = [...]string{
	"updated", "last update", "güncelleme", "aktualizacja", "aktualizováno", "aktualizované", "frissítve", "actualizat",
	"actualizado", "atualizado", "modifié le", "mis à jour", "mise à jour", "aktualisiert", "bijgewerkt", "laatste update",
	"uppdaterad", "oppdatert", "opdateret", "päivitetty", "обновлено", "оновлено", "수정", "업데이트", "更新", "diperbarui", "cập nhật",
	"ažurirano", "ажурирано",
	// the region's: Turkish, Azerbaijani, Armenian, Georgian, Kazakh,
	// Uzbek (Latin and Cyrillic), Persian (with and without its
	// zero-width non-joiner)
	"güncellendi", "yenilənib", "yeniləndi", "yenilənmə tarixi", "թարմացվել է", "թարմացված", "განახლდა", "განახლებულია",
	"жаңартылды", "жаңартылған", "yangilandi", "янгиланди", "به\u200cروزرسانی", "بروزرسانی",
}

// publishedThenUpdated reads a line that gives a publication's date and
// then, after an update's label, the update's: both parts date lines,
// read in language lang. It returns the first.
func publishedThenUpdated(line string, lang Lang) (Stamp, bool) {
	if !twoNumbers(line) {
		return Stamp{}, false // one date at most: the cheap test that spares most lines the search
	}
	at, label := firstUpdateLabel(line)
	if at < 0 {
		return Stamp{}, false
	}
	first := strings.TrimRight(line[:at], " \u00a0-–—|·•,;/")
	second := strings.TrimLeft(line[at+len(label):], " \u00a0:՝")
	st, _, ok := DateLineIn(first, lang)
	if !ok || st.Year == 0 {
		return Stamp{}, false
	}
	for _, w := range [...]string{"le ", "am ", "em ", "el ", "on ", "den ", "at "} {
		second = strings.TrimPrefix(second, w)
	}
	if u, _, ok := DateLineIn(second, lang); (!ok || u.Year == 0) && !ageLine(second) {
		return Stamp{}, false
	}
	return st, true
}

// ageLine reports whether s gives an age in minutes, hours or days and
// nothing else: "há 2 horas", "hace 3 horas", "il y a 2 heures", "vor 2
// Stunden", "2 hours ago".
func ageLine(s string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(s, ". ")))
	switch {
	case len(f) == 3 && (f[0] == "há" || f[0] == "hace" || f[0] == "vor"):
		f = f[1:]
	case len(f) == 5 && f[0] == "il" && f[1] == "y" && f[2] == "a":
		f = f[3:]
	case len(f) == 3 && f[2] == "ago":
		f = f[:2]
	default:
		return false
	}
	if _, err := strconv.Atoi(f[0]); err != nil {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(f[1], "s"), "n") {
	case "minute", "minuto", "min", "hour", "hora", "heure", "stunde", "day", "día", "dia", "jour", "tag", "tage":
		return true
	}
	return false
}

// twoNumbers reports whether s holds two runs of ASCII digits with a
// letter between them: room for two dates.
func twoNumbers(s string) bool {
	runs, letter := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if i == 0 || s[i-1] < '0' || s[i-1] > '9' {
				if runs > 0 && letter {
					return true
				}
				runs++
			}
		case c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z':
			letter = runs > 0
		}
	}
	return false
}

// hijriBefore reports whether s, the text before a Hijri era's mark, is a
// Hijri date: maybe a weekday, the day (one or two digits), the month in
// one or two words ("رمضان", "ذو القعدة"), and a year of four digits; or,
// with no day, at most three words (a weekday, a month of one or two) and
// the year. No other word holds a digit: "4 رمضان 1446" and "الثلاثاء 4
// ذو القعدة 1446" are dates, "صفحة 12 من 30 1446" and "2 3 4 1446" are
// not. The month's words are not looked up: the check is of the form.
func hijriBefore(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	y := f[len(f)-1]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" {
		return false
	}
	words, day := f[:len(f)-1], -1
	for k, w := range words {
		if !hasDigit(w) {
			continue
		}
		if day >= 0 || k > 1 || len(w) > 2 || strings.Trim(w, "0123456789") != "" {
			return false // a second number, a day after two words, or no day's number
		}
		day = k
	}
	if day < 0 {
		return len(words) <= 3
	}
	month := len(words) - day - 1
	return month == 1 || month == 2
}
