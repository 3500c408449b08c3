package clean

import "strings"

// dropRoleLines returns a head block's text without its lines after the
// first that give a job's title alone ([titleAloneLine]: "By Jane Doe" over
// "Senior Reporter", "Von Lena Vogt" over "Redakteurin Lokales"): a
// byline's element prints the writer's title on a line of its own under
// the name (after a <br> or in an element of its own), and a reader that
// takes the lines as one reads the title's first words as the name's
// tail. Text of one line is returned as it is, and so is text whose first
// line is empty or a title itself.
func dropRoleLines(text string) string {
	i := strings.IndexByte(text, '\n')
	if i < 0 {
		return text
	}
	first := strings.TrimSpace(text[:i])
	if first == "" || titleAloneLine(first) {
		return text
	}
	rest := text[i+1:]
	var b strings.Builder
	b.WriteString(text[:i])
	dropped := false
	for rest != "" {
		line := rest
		if j := strings.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = ""
		}
		if titleAloneLine(strings.TrimSpace(line)) {
			dropped = true
			continue
		}
		b.WriteByte('\n')
		b.WriteString(line)
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
// Lokales", "Periodista de Economía" is five words and stays).
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
	first, _, _ := strings.Cut(s, " ")
	return worldTrades[strings.ToLower(strings.TrimRight(first, ",:"))]
}
