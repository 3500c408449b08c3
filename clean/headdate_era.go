package clean

import (
	"strconv"
	"strings"
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
	if !strings.Contains(line, "年") || !strings.ContainsAny(line, "令平昭民") {
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
