package clean

import "strings"

// frenchDesCount reports whether stretch, a stretch of line that
// [dateparse.FullDateLineIn] read as a date, and which ends at byte end
// of line, reads "des" as Indonesian's and Malay's December where it is
// French's article between two counts: "Seuls 12 des 2025 dossiers
// déposés", "3 des 2024 matchs". It is so when "des" stands in lower case
// between the day and the year and a word in lower case goes on right
// after the year, as a count's noun does; Indonesian prints the month
// capitalised ("4 Des 2025") or ends the date there ("4 des 2025 |
// 14:05", "Jakarta, 4 des 2025 - ..."), which still read. A byte search
// for " des " turns down every other stretch.
func frenchDesCount(stretch, line string, end int) bool {
	i := strings.Index(stretch, " des ")
	if i < 1 || !isDigit(stretch[i-1]) {
		return false
	}
	rest := strings.TrimLeft(stretch[i+len(" des "):], " ")
	if len(rest) < 4 || !isDigit(rest[0]) || !isDigit(rest[1]) || !isDigit(rest[2]) || !isDigit(rest[3]) {
		return false
	}
	return end+1 < len(line) && line[end] == ' ' && line[end+1] >= 'a' && line[end+1] <= 'z'
}
