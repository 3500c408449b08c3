package clean

import "strings"

// teamByline is a team's name as a byline prints it, in the whole line:
// "EDB Team", "The Acme Editorial Team", "Acme Connect Staff", "Team
// Acme". The words other than the team's word are in group 1 or 2.
var teamByline = lazyCompile(`^(?:(?:The\s+)?((?:\p{Lu}[&.'’\-\p{L}\p{N}]*\s+){1,3})(?:Editorial\s+)?(?:Team|Staff|Desk)|Team\s+(\p{Lu}[&.'’\-\p{L}\p{N}]*(?:\s+\p{Lu}[&.'’\-\p{L}\p{N}]*){0,2}))$`)

// notTeamWords open lines that name a team without signing anything: a
// menu's "Our Team", "Meet the Team", "Join Our Team".
var notTeamWords = map[string]bool{"our": true, "meet": true, "join": true, "about": true, "my": true, "contact": true, "the": true, "your": true, "sales": true, "support": true, "leadership": true, "management": true}

// teamName returns the team a head line gives as the byline and the
// words that name whose team it is ("EDB Team": "EDB"), or "", "".
func teamName(s string) (team, whose string) {
	s = strings.TrimSpace(s)
	m := teamByline.FindStringSubmatch(s)
	if m == nil {
		return "", ""
	}
	whose = strings.TrimSpace(m[1] + m[2])
	if first, _, _ := strings.Cut(whose, " "); notTeamWords[strings.ToLower(first)] {
		return "", ""
	}
	return s, whose
}
