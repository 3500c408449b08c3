package clean

import "strings"

// mayBeTextCredit reports whether s may match textCredit: each of its
// labels ends in a colon, but for "courtesy" and "via", which a space
// comes before ("Photo courtesy of ...", "Image via ..."). None of the
// letters of " via" and " courte" has a fold outside ASCII, so the ASCII
// search stands for (?i)'s. A false is certain, and spares most pages
// compiling textCredit (about 1.4M instructions, in a process that reads
// one page with a short line that starts as a label may).
func mayBeTextCredit(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || indexFoldASCII(s, " via") >= 0 || indexFoldASCII(s, " courte") >= 0
}
