package clean

// isTeamByline reports whether a byline's name is a team's, not a person's
// ("Acme Team", "Team Acme", "The Acme Editorial Team", "Acme Staff"; the
// forms teamName reads; a menu's "Our Team" is none): a company's blog
// prints it over every post, and a person who signs the story elsewhere
// on the page is the one who wrote it. A newsroom's desk credit
// ([deskCredit]: "Redacción", "Redaktion Politik") is one too: kept when
// nothing else names a writer, it gives way to a person's byline; so
// does English's newsroom alone ([newsroomCredit]: "Newsroom").
func isTeamByline(s string) bool {
	team, _ := teamName(s)
	return team != "" || deskCredit(s) || newsroomCredit(s)
}
