package clean

import "strings"

// placeSeparators are the marks, with their blanks, that set a reporter's
// city apart from her name on one head line: "Ayşe Demir - İstanbul",
// "Ayşe Demir | Ankara", "Leyla Əliyeva / Bakı", "Анна Петрова,
// Москва", or the city first ("İzmir - Ayşe Demir").
var placeSeparators = [...]string{" - ", " – ", " — ", " / ", " | ", ", "}

// placedName returns the person's name of a head line that gives a name
// and the city the reporter files from, one mark between them, the city
// after the name or before it ([placeWords]: one or two capitalised words,
// or a longer name with a particle inside); "" for any other line. A line
// with a second such mark is no such pair.
func placedName(s string) string {
	for _, d := range placeSeparators {
		k := strings.Index(s, d)
		if k <= 0 {
			continue
		}
		left, right := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+len(d):])
		if strings.Contains(right, d) {
			return ""
		}
		switch {
		case personShaped(left) && placeWords(right):
			return left // "Ayşe Demir - İstanbul"
		case !strings.Contains(left, " ") && placeWords(left) && personShaped(right):
			return right // "İzmir - Ayşe Demir"
		}
	}
	return ""
}
