package dateparse

import "regexp"

// releaseSlash reports whether a wire form's match credits between slashes
// a name the tables do not know after a date that prints its year: a press
// release's distributor ("SPRINGFIELD, Ill., March 3, 2025 /PRNewswire/
// --"), which [otherWire] then checks as it checks a name in brackets. A
// name between slashes after a date without its year, or after no date,
// stays no credit: only the wires the tables know print that form
// ("Bucureşti, 5 mar /Agerpres/ -").
func releaseSlash(re *regexp.Regexp, p string, m []int) bool {
	return sub(re, p, m, "slash") != "" && sub(re, p, m, "year") != ""
}
