package clean

// yearSlashCount reports whether the "/" at byte i of line parts a strip
// after a date's year rather than joining a year-first date: it follows a
// run of exactly four ASCII digits, and the digits after it are not
// followed by "/", "-" or "." ("2025/0 Comments" of a strip whose
// separator spans have no blank, "4 March 2025/0 Comments/in Local"; not
// "2025/03/04"). The caller has checked that a digit stands on either
// side.
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
	return j == len(line) || line[j] != '/' && line[j] != '-' && line[j] != '.'
}
