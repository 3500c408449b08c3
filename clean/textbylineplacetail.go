package clean

import "strings"

// placeTailCut returns a byline's names without the last when it and the
// rest of the line after the names' match, rest, make a place a dateline
// prints ([placeAfterComma]): the match stops at a place's lower-case
// particle ("By Ana Souza, Rio de Janeiro" matches up to "Rio"), so the
// place reaches splitNames cut short and reads as a second name. The rest
// is read up to a bar, a comma or a semicolon, without the blanks and
// full stops that end it; names are returned as they are when rest does
// not open with a blank and a lower-case letter.
func placeTailCut(names []string, rest string) []string {
	if len(names) < 2 || len(rest) < 3 || rest[0] != ' ' || rest[1] < 'a' || rest[1] > 'z' {
		return names
	}
	if k := strings.IndexAny(rest, ",|;"); k >= 0 {
		rest = rest[:k]
	}
	if placeAfterComma(names[len(names)-1] + strings.TrimRight(rest, " .")) {
		return names[:len(names)-1]
	}
	return names
}

// namesByline reports whether a short line is a byline whose names the
// byline reader reads ([bylineNames]: "Por Ana Souza, g1 SP", "Von Jonas
// Weber, dpa"), where the English pattern [byline] of the headline test
// does not match: the label is another language's or the names are
// followed by an outlet's code. A line longer than [maxNamesByline] is a
// strip of fields with a "by" among them ("Tested by: Jane Doe RRP: ...
// More info: ..."), no byline alone. The cheap test of the reader
// ([mayBeByline]) screens the line first.
func namesByline(s string) bool {
	return len(s) <= maxNamesByline && mayBeByline(s) && len(bylineNames(s)) > 0
}

// maxNamesByline is the longest line, in bytes, namesByline reads: a
// label, two or three names and an outlet's code after a comma.
const maxNamesByline = 60
