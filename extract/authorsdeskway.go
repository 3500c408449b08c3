package extract

// deskGivesWay returns the metadata's names without its desks' and teams'
// credits ([cleanTeamByline]: "Newsroom", "Acme Team", "Redacción") when
// a person's name stands among them (a JSON-LD author array of the
// newsroom and the writer): a desk is the author only where nobody is
// named (CONTRIBUTING.md, "Authors"). names is returned as it is when
// every name is a desk's or none is.
func deskGivesWay(names []string) []string {
	if len(names) < 2 {
		return names
	}
	people := persons(names)
	if len(people) == 0 || len(people) == len(names) {
		return names
	}
	var out []string
	for _, n := range names {
		if !cleanTeamByline(n) {
			out = append(out, n)
		}
	}
	return out
}
