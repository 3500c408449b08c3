package clean

import "strings"

// blankYearBrackets returns line with a year in brackets right after a
// year of 年 written as spaces, byte for byte: Japanese pages give the era's
// year and the Common Era's side by side ("令和7年（2025年）12月4日",
// "2025年（令和7年）12月4日"), which eraYears turns into one year beside
// the other ("2025年（2025年）" once the era's is written out); blanked,
// the month follows the first. Line itself where no bracket follows 年.
func blankYearBrackets(line string) string {
	if !strings.Contains(line, "年（") && !strings.Contains(line, "年(") {
		return line
	}
	var b []byte
	for from := 0; ; {
		i := strings.Index(line[from:], "年")
		if i < 0 {
			break
		}
		at := from + i + len("年")
		from = at
		open := 0
		switch {
		case strings.HasPrefix(line[at:], "（"):
			open = len("（")
		case strings.HasPrefix(line[at:], "("):
			open = 1
		}
		if open == 0 {
			continue
		}
		j := at + open
		for j < len(line) && line[j] == ' ' {
			j++
		}
		k := j
		for k < len(line) && k-j < 4 && line[k] >= '0' && line[k] <= '9' {
			k++
		}
		if k-j != 4 || !strings.HasPrefix(line[k:], "年") {
			continue
		}
		k += len("年")
		end := 0
		switch {
		case strings.HasPrefix(line[k:], "）"):
			end = k + len("）")
		case strings.HasPrefix(line[k:], ")"):
			end = k + 1
		}
		if end == 0 {
			continue
		}
		if b == nil {
			b = []byte(line)
		}
		for p := at; p < end; p++ {
			b[p] = ' '
		}
		from = end
	}
	if b == nil {
		return line
	}
	return string(b)
}
