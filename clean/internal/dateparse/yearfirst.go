package dateparse

import "time"

// yearFirst parses a date that puts the year first and names the month
// (after a blank alone in a script beyond ASCII, Malayalam's and
// Sinhala's: "2025 ഡിസംബർ 5"; after
// Basque's "-ko", "2025eko abenduaren 5a"), or numbers the month after
// Mongolian's "оны" ("2025 оны 12 сарын 5"):
// Hungarian's "2025. március 4.", with the full stops glued to the
// numbers, and its month abbreviated ("2025. dec. 5.", "2025. márc. 4."); Lithuanian's "2025 m. kovo 4 d." (metai, diena); Latvian's
// "2025. gada 4. marts", the day before the month, as Kazakh's "2025
// жылғы 4 наурыз" (or "2025 ж. 4 наурыз") and Uzbek's "2025-yil 4-mart". j is i when none is
// at i.
func (p *lineParser) yearFirst(i int) (y int, m time.Month, d int, j int, ok bool) {
	t := p.t
	if t[i].digits() != 4 || i+2 >= len(t) {
		return 0, 0, 0, i, false
	}
	k := i + 1
	switch {
	case t[k].is('.') && adj(t[i], t[k]):
		k++
	case p.isWord(k, "m") && p.punct(k+1, '.') && adj(t[k], t[k+1]):
		k += 2
	case p.yearMark(i) > i+1:
	case p.isWord(k, "оны"):
	case p.isWord(k, "թ") && p.punct(k+1, '.') && adj(t[k], t[k+1]):
		k += 2 // Armenian: "2025 թ. հոկտեմբերի 5", the month before the day
		if k >= len(t) || t[k].kind != tWord {
			return 0, 0, 0, i, false
		}
	case (p.isWord(k, "eko") || p.isWord(k, "ko")) && adj(t[i], t[k]):
		k++ // Basque: "2025eko abenduaren 5a"
	case p.isWord(k, "ခုနှစ်"):
		k++ // Burmese: the year, its word, the month, the day and its word ("2025 ခုနှစ် ဒီဇင်ဘာ 5 ရက်")
		if k >= len(t) || t[k].kind != tWord {
			return 0, 0, 0, i, false
		}
	case t[k].kind == tWord && p.s[t[k].start] >= 0x80 && isMonthWord(p.word(k)):
		// the year, a blank, the month's name: Malayalam's "2025 ഡിസംബർ
		// 5", Sinhala's "2025 දෙසැම්බර් 5"
	default:
		return 0, 0, 0, i, false
	}
	if k2 := p.yearMark(i); k2 > i+1 {
		// the year's word, then the day before the month: Kazakh's "2025
		// жылғы 4 наурыз", Uzbek's "2025-yil 4-mart"
		k = k2
		if k+1 >= len(t) || t[k].kind != tNum || t[k].digits() > 2 {
			return 0, 0, 0, i, false
		}
		mk := k + 1
		if p.punct(mk, '-') && adj(t[k], t[mk]) {
			mk++
			if p.ordinalEnding(mk) {
				mk++ // Turkmen: "5-nji oktýabry"
			}
		}
		if mk >= len(t) || t[mk].kind != tWord {
			return 0, 0, 0, i, false
		}
		mo, isMonth := p.month(p.word(mk))
		if !isMonth {
			return 0, 0, 0, i, false
		}
		y, m, d, j = t[i].val, mo, t[k].val, mk+1
		return y, m, d, j, yearOK(y) && validDay(y, m, d)
	}
	if p.isWord(k, "оны") {
		// Mongolian: the year, its word, the month's number and its
		// word, then the day ("2025 оны 12 сарын 5"); the number may
		// carry its ordinal's "-р" ("2025 оны 11-р сарын 5")
		s := k + 2
		if p.punct(s, '-') && p.isWord(s+1, "р") && adj(t[k+1], t[s]) && adj(t[s], t[s+1]) {
			s += 2
		}
		if s+1 >= len(t) || t[k+1].kind != tNum || t[k+1].digits() > 2 || !p.isWord(s, "сарын") || t[s+1].kind != tNum || t[s+1].digits() > 2 {
			return 0, 0, 0, i, false
		}
		y, m, d, j = t[i].val, time.Month(t[k+1].val), t[s+1].val, s+2
		if p.isWord(j, "нд") || p.isWord(j, "ны") {
			j++
		}
		return y, m, d, j, yearOK(y) && m >= 1 && m <= 12 && validDay(y, m, d)
	}
	if p.isWord(k, "gada") {
		// 2025. gada 4. marts
		if k+3 >= len(t) || t[k+1].kind != tNum || t[k+1].digits() > 2 || !t[k+2].is('.') || !adj(t[k+1], t[k+2]) || t[k+3].kind != tWord {
			return 0, 0, 0, i, false
		}
		mo, isMonth := p.month(p.word(k + 3))
		if !isMonth {
			return 0, 0, 0, i, false
		}
		y, m, d, j = t[i].val, mo, t[k+1].val, k+4
		return y, m, d, j, yearOK(y) && validDay(y, m, d)
	}
	n := k + 1 // the day
	if p.punct(n, '.') && adj(t[k], t[n]) {
		n++ // the month abbreviated: Hungarian's "2025. dec. 5."
	}
	if n >= len(t) || t[k].kind != tWord || t[n].kind != tNum || t[n].digits() > 2 {
		return 0, 0, 0, i, false
	}
	mo, isMonth := p.month(p.word(k))
	if !isMonth {
		return 0, 0, 0, i, false
	}
	y, m, d, j = t[i].val, mo, t[n].val, n+1
	switch {
	case p.punct(j, '.') && adj(t[j-1], t[j]):
		j++
	case p.isWord(j, "d") && p.punct(j+1, '.') && adj(t[j], t[j+1]):
		j += 2 // 4 d.
	case (p.isWord(j, "a") || p.isWord(j, "ean")) && adj(t[j-1], t[j]):
		j++ // Basque's 5a
	case p.isWord(j, "ရက်"):
		j++ // Burmese's day: 5 ရက်
	}
	return y, m, d, j, yearOK(y) && validDay(y, m, d)
}

// vietDate parses Vietnamese's numeric month after its word, "tháng":
// "4 tháng 3, 2025", "4 tháng 3 năm 2025" (the "ngày" before the day is
// read by core as a label). j is i when none is at i.
func (p *lineParser) vietDate(i int) (y int, m time.Month, d int, j int, ok bool) {
	t := p.t
	if i+2 >= len(t) || t[i].digits() > 2 || !p.isWord(i+1, "tháng") || t[i+2].kind != tNum || t[i+2].digits() > 2 {
		return 0, 0, 0, i, false
	}
	d, m, j = t[i].val, time.Month(t[i+2].val), i+3
	if p.isWord(j, "năm") && j+1 < len(t) && t[j+1].kind == tNum && t[j+1].digits() == 4 {
		y, j = t[j+1].val, j+2
	} else {
		j = p.year(j, &y)
	}
	return y, m, d, j, (y == 0 || yearOK(y)) && m >= 1 && m <= 12 && validDay(y, m, d)
}

// yearMark returns the index after the word for "year" that follows the
// year at i and opens a date that puts the day before the month: Kazakh's
// "жылғы" or "ж.", Uzbek's "yil" or "йил" after a blank or a hyphen
// ("2025-yil"), Kyrgyz's "жылдын" or "жылы" after a hyphen
// ("2025-жылдын"), Georgian's genitive "წლის", and, after an ordinal's
// ending glued by a hyphen, Azerbaijani's "il" ("2025-ci il") and
// Turkmen's "ýylyň" ("2025-nji ýylyň"); i when there is none.
func (p *lineParser) yearMark(i int) int {
	t := p.t
	k := i + 1
	switch {
	case p.isWord(k, "жылғы") || p.isWord(k, "yil") || p.isWord(k, "йил") || p.isWord(k, "წლის"):
		return k + 1
	case p.isWord(k, "ж") && p.punct(k+1, '.') && adj(t[k], t[k+1]):
		return k + 2
	case p.punct(k, '-') && adj(t[i], t[k]) && k+1 < len(t) && adj(t[k], t[k+1]):
		switch {
		case p.isWord(k+1, "yil") || p.isWord(k+1, "йил") || p.isWord(k+1, "жылдын") || p.isWord(k+1, "жылы"):
			return k + 2
		case p.ordinalEnding(k+1) && (p.isWord(k+2, "il") || p.isWord(k+2, "ýylyň") || p.isWord(k+2, "ýylyn")):
			return k + 3
		}
	}
	return i
}

// ordinalEnding reports whether token i is the ending an Azerbaijani or
// Turkmen ordinal glues to its number after a hyphen ("2025-ci",
// "5-nji"), with a word after it.
func (p *lineParser) ordinalEnding(i int) bool {
	if i+1 >= len(p.t) || p.t[i].kind != tWord || p.t[i+1].kind != tWord || !adj(p.t[i-1], p.t[i]) {
		return false
	}
	switch p.word(i) {
	case "ci", "cı", "cu", "cü", "nji", "njy", "inji", "ynjy", "unjy", "ünji", "njı":
		return true
	}
	return false
}

// isMonthWord reports whether w names a month in any language.
func isMonthWord(w string) bool {
	_, ok := monthAny(w)
	return ok
}
