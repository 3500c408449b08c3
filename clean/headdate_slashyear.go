package clean

// yearSlashCount reports whether the "/" at byte i of line parts a strip
// after a date's year rather than joining a year-first date: it follows a
// run of exactly four ASCII digits, and the digits after it are not
// followed by "/", "-" or "." ("2025/0 Comments" of a strip whose
// separator spans have no blank, "4 March 2025/0 Comments/in Local"; not
// "2025/03/04"). Nor does it part a span of years or a number filed
// under a year ([yearSlashJoins]: "Season 2024/25", "2024/2025",
// "Regulation (EU) 2024/1689"), whose number after the slash would open
// a stretch of words read as a day ("2024/25 March 2025"). The caller has
// checked that a digit stands on either side.
func yearSlashCount(line string, i int) bool {
	if i < 4 || i > 4 && isDigit(line[i-5]) {
		return false
	}
	for k := i - 4; k < i; k++ {
		if !isDigit(line[k]) {
			return false
		}
	}
	j := i + 1
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	if yearSlashJoins(line[i-4:i], line[i+1:j]) {
		return false
	}
	return j == len(line) || line[j] != '/' && line[j] != '-' && line[j] != '.'
}

// yearSlashJoins reports whether the digits after a year's slash join it
// rather than count something after it: the next year, whole or in its
// last two digits (a season's or a fiscal year's span: "2024/25",
// "2023/2024"), or a number of four digits or more (a document's number
// within its year: "2024/1689").
func yearSlashJoins(year, after string) bool {
	if len(after) >= 4 {
		return true
	}
	if len(after) != 2 {
		return false
	}
	y := int(year[0]-'0')*1000 + int(year[1]-'0')*100 + int(year[2]-'0')*10 + int(year[3]-'0')
	return int(after[0]-'0')*10+int(after[1]-'0') == (y+1)%100
}
