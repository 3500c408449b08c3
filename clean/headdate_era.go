package clean

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// cjkEras are the eras a Japanese or Taiwanese page may count its years
// in, before the year's number and 年 ("令和7年12月5日", "中華民國114年12月5日"),
// with the Common Era's year before each era's first: Japan's Reiwa
// (2019-), Heisei (1989-2019) and Shōwa, and the Republic of China's
// Minguo (1912-), in its traditional and simplified letters, with the
// country's name before it or not (the longer name first).
var cjkEras = [...]struct {
	name string
	base int
}{
	{"令和", 2018}, {"平成", 1988}, {"昭和", 1925},
	{"中華民國", 1911}, {"中华民国", 1911}, {"民國", 1911}, {"民国", 1911},
}

// eraYears returns line with each era's year before 年 written as the
// Common Era's, right-aligned in the bytes the era's name and number took
// ("令和7年" as "   2025年"), so that cjkDateForm reads it and what it
// finds stands where it stood in line; line itself where it names no era
// (one byte search for most lines). The first year of an era is 元 or 1.
func eraYears(line string) string {
	if !strings.Contains(line, "年") {
		return line
	}
	line = hanNumerals(line) // 二〇二五年三月五日
	if !strings.ContainsAny(line, "令平昭民") {
		return line
	}
	var b strings.Builder
	rest := line
	for {
		at, era := -1, -1
		for e := range cjkEras {
			if i := strings.Index(rest, cjkEras[e].name); i >= 0 && (at < 0 || i < at) {
				at, era = i, e
			}
		}
		if at < 0 {
			break
		}
		j := at + len(cjkEras[era].name)
		n, k := 0, j
		if strings.HasPrefix(rest[j:], "元") {
			n, k = 1, j+len("元")
		} else {
			for k < len(rest) && k-j < 3 && rest[k] >= '0' && rest[k] <= '9' {
				k++
			}
			n, _ = strconv.Atoi(rest[j:k])
		}
		if n < 1 || !strings.HasPrefix(rest[k:], "年") {
			b.WriteString(rest[:j])
			rest = rest[j:]
			continue
		}
		year := strconv.Itoa(cjkEras[era].base + n)
		b.WriteString(rest[:at])
		b.WriteString(strings.Repeat(" ", max(0, k-at-len(year))))
		b.WriteString(year)
		rest = rest[k:]
	}
	if b.Len() == 0 {
		return line
	}
	b.WriteString(rest)
	return b.String()
}

// hanNumerals returns line with each run of Chinese numerals right before
// 年, 月 or 日 written in ASCII digits, right-aligned in the bytes the run
// took as eraYears aligns an era's year ("二〇二五年三月五日" as
// "        2025年  3月  5日"): a year digit by digit (〇 or 零 for zero),
// a month or a day with 十 for ten ("十二月", "二十五日"). line itself where
// it holds no such run (a few byte searches for most lines).
func hanNumerals(line string) string {
	if !strings.ContainsAny(line, "〇零一二三四五六七八九十") {
		return line
	}
	b := []byte(line)
	changed := false
	var run [4]rune // the numerals of a run; hanValue reads none longer than four
	for i := 0; i < len(b); {
		start := i
		numerals := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if hanDigit(r) < 0 {
				break
			}
			if numerals < len(run) {
				run[numerals] = r
			}
			numerals++
			i += n
		}
		if numerals == 0 {
			_, n := utf8.DecodeRune(b[i:])
			i += n
			continue
		}
		if numerals > len(run) {
			continue // no year, month or day
		}
		unit, _ := utf8.DecodeRune(b[i:])
		v, ok := hanValue(run[:numerals], unit == '年')
		if !ok || unit != '年' && unit != '月' && unit != '日' {
			continue
		}
		num := strconv.Itoa(v)
		if len(num) > i-start {
			continue
		}
		for k := start; k < i-len(num); k++ {
			b[k] = ' '
		}
		copy(b[i-len(num):i], num)
		changed = true
	}
	if !changed {
		return line
	}
	return string(b)
}

// hanDigit is the value of a Chinese numeral, 10 for 十, -1 for any other
// rune.
func hanDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	}
	return -1
}

// hanValue reads a run of Chinese numerals: a year digit by digit (four
// of them, no 十), or a number below a hundred with 十 ("十", "十二",
// "二十", "二十五").
func hanValue(rs []rune, year bool) (int, bool) {
	if year {
		if len(rs) != 4 {
			return 0, false
		}
		v := 0
		for _, r := range rs {
			d := hanDigit(r)
			if d > 9 {
				return 0, false
			}
			v = v*10 + d
		}
		return v, true
	}
	switch {
	case len(rs) == 1:
		d := hanDigit(rs[0])
		return d, d > 0
	case len(rs) == 2 && rs[0] == '十':
		d := hanDigit(rs[1])
		return 10 + d, d > 0 && d < 10
	case len(rs) == 2 && rs[1] == '十':
		d := hanDigit(rs[0])
		return d * 10, d > 1 && d < 10
	case len(rs) == 3 && rs[1] == '十':
		d, e := hanDigit(rs[0]), hanDigit(rs[2])
		return d*10 + e, d > 1 && d < 10 && e > 0 && e < 10
	}
	return 0, false
}
