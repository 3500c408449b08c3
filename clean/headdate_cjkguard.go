package clean

import "strings"

// mayHoldCJKDate reports whether line may hold a date of cjkDateForm: it
// holds "年" or "년", or ". " and a year of 19xx or 20xx followed, maybe
// after white space, by a full stop, white space and a digit ("2025. 11.
// 17."; a date spaced with tabs alone was never read). Most
// head lines hold ". " and no such year: turning them down spares the
// compile of cjkDateForm on pages with no date of those scripts.
func mayHoldCJKDate(line string) bool {
	if strings.Contains(line, "年") || strings.Contains(line, "년") {
		return true
	}
	return strings.Contains(line, ". ") && yearDotSpace(line)
}

// yearDotSpace reports whether s holds what the spaced full stops' form
// of cjkDateForm opens with: (?:19|20)\d\d\s*\.\s+\d. One pass: the white
// space after a year is skipped only from the year's last digit, and the
// white space after a full stop only from that full stop.
func yearDotSpace(s string) bool {
	for i := 0; i+4 < len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		j := i + 4
		for j < len(s) && isRegexpSpace(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != '.' {
			continue
		}
		k := j + 1
		for k < len(s) && isRegexpSpace(s[k]) {
			k++
		}
		if k > j+1 && k < len(s) && isDigit(s[k]) {
			return true
		}
	}
	return false
}
