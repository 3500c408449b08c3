package clean

import "strings"

// dropRoleLines returns a head block's text without its lines after the
// first that give a job's title alone ([titleAloneLine]: "By Jane Doe" over
// "Senior Reporter", "Von Lena Vogt" over "Redakteurin Lokales"): a
// byline's element prints the writer's title on a line of its own under
// the name (after a <br> or in an element of its own), and a reader that
// takes the lines as one reads the title's first words as the name's
// tail. Text of one line is returned as it is, and so is text whose first
// line is empty, a title itself or a bare label ("By" over "Senior
// Reporter" names nobody, and the title left alone would not either). The
// text is copied only when a line is dropped.
func dropRoleLines(text string) string {
	i := strings.IndexByte(text, '\n')
	if i < 0 {
		return text
	}
	first := strings.TrimSpace(text[:i])
	if first == "" || titleAloneLine(first) || len(first) <= 10 && bareBy.MatchString(first) {
		return text
	}
	var b strings.Builder // filled only once a line is dropped
	dropped := false
	for at := i; at < len(text); {
		line := text[at+1:]
		next := len(text)
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line, next = line[:j], at+1+j
		}
		if titleAloneLine(strings.TrimSpace(line)) {
			if !dropped {
				b.Grow(len(text))
				b.WriteString(text[:at])
				dropped = true
			}
		} else if dropped {
			b.WriteByte('\n')
			b.WriteString(line)
		}
		at = next
	}
	if !dropped {
		return text
	}
	return b.String()
}

// titleAloneLine reports whether a line of a byline's element is a job's
// title alone: one [roleAlone] reads ("Senior Political Correspondent",
// "Business Reporter"), or four words at most with no digit whose first is
// a writer's trade of another language ([worldTrades]: "Redakteurin
// Lokales", "Periodista de Economía" is five words and stays). A trade
// that is a label, with a colon or a person's name after it ("Autor: Max
// Berg", "Reporter Jane Marlow"), opens a byline, no title.
func titleAloneLine(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	if roleAlone(s) {
		return true
	}
	if wordCount(s) > 4 || digitByteIn(s) {
		return false
	}
	first, rest, _ := strings.Cut(s, " ")
	if strings.HasSuffix(first, ":") || personShaped(strings.TrimSpace(rest)) {
		return false // "Autor: Max Berg", "Reporter Jane Marlow": a label and a name
	}
	return worldTrades[strings.ToLower(strings.TrimRight(first, ","))]
}
