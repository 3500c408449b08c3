package clean

import "strings"

// roleDashes are the dashes, with a blank either side, a byline prints
// between a writer's name and her job's title ("Jane Doe — Staff Writer").
var roleDashes = [...]string{" — ", " – ", " - "}

// dashedRoleName returns the person's name before a dash whose other side
// is a job's title and nothing else ([jobTitle]: "Jane Doe — Staff
// Writer", "Jane Doe - Senior Reporter"); "" for any other line. The
// title must end in a trade's word: after a dash a headline's second half
// ("Jane Doe — The Comeback", "Jane Doe - Live in Leeds") is as common as
// a role.
func dashedRoleName(s string) string {
	if strings.IndexByte(s, ' ') < 0 || strings.IndexByte(s, '-') < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return "" // no blank, or no hyphen and no lead byte of an em or en dash (E2 80 94, E2 80 93)
	}
	for _, d := range roleDashes {
		name, role, ok := strings.Cut(s, d)
		if !ok {
			continue
		}
		name, role = strings.TrimSpace(name), strings.TrimSpace(role)
		if jobTitle(role) && !roleHoldsDash(role) && personShaped(name) && !jobTitle(name) {
			return name
		}
		return ""
	}
	return ""
}

// roleHoldsDash reports whether a dashed byline's role holds another em
// dash, en dash or bar (a headline's or a site's parts, no role), by byte
// searches: strings.ContainsAny would decode every rune of the role.
func roleHoldsDash(role string) bool {
	return strings.IndexByte(role, '|') >= 0 || strings.Contains(role, "—") || strings.Contains(role, "–")
}
