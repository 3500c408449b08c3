package clean

// readTimeLabels open a reading time printed label first, in the languages
// sites print it in ("Lesezeit: 4 Min.", "Tempo de leitura: 5 min",
// "Время чтения: 5 мин"), lower-cased; the English "N min read" form is
// [readTimes].
var readTimeLabels = []string{
	"reading time", "read time", "lesezeit", "lesedauer", "tempo de leitura", "tempo di lettura",
	"temps de lecture", "tiempo de lectura", "okuma süresi", "время чтения", "czas czytania",
	"leestijd", "lästid", "læsetid", "lesetid", "lukuaika", "doba čtení", "doba čítania",
}

// labelledReadTime reports whether line s opens with a labelled reading
// time: one of [readTimeLabels], an optional colon, then its count
// ("Lesezeit: 4 Min. | 03.03.2025"). A headline that opens with the
// label's words ("Reading time for children falls") has no count next.
func labelledReadTime(s string) bool {
	var buf [2 * trapEndRunes]byte
	head, _ := lowerEnds(s, trapEndRunes, buf[:0])
	return labelledReadTimeHead(head)
}

// labelledReadTimeHead is [labelledReadTime] on a line's lower-cased head.
func labelledReadTimeHead(head []byte) bool {
	for _, w := range readTimeLabels {
		if !hasPrefixBytes(head, w) {
			continue
		}
		rest := head[len(w):]
		i := 0
		for i < len(rest) && (rest[i] == ' ' || rest[i] == ':') {
			i++
		}
		if i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			return true
		}
		if i+1 < len(rest) && rest[i] == 0xc2 && rest[i+1] == 0xa0 { // a no-break space before the count
			return i+2 < len(rest) && rest[i+2] >= '0' && rest[i+2] <= '9'
		}
	}
	return false
}
