package clean

import "strings"

// mayEndCreditLabel reports whether s may match one of the labels it
// guards (reviewerLabel, reviewerAlone, notWriterLabel's credit and
// jointWriterLabel): it ends, in any case, with "ed", maybe white space,
// "by", and maybe white space, a colon and white space ("Reviewed by:",
// "Edited By"), as each of them does: every verb they end with ends with
// "ed". Most labels before a byline's names are a bare "By": turning them
// down spares the patterns' compiles.
func mayEndCreditLabel(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	s = strings.TrimSuffix(s, ":")
	s = strings.TrimRight(s, " \t\n\f\r")
	if len(s) < 2 || lowerASCII(s[len(s)-2]) != 'b' || lowerASCII(s[len(s)-1]) != 'y' {
		return false
	}
	s = strings.TrimRight(s[:len(s)-2], " \t\n\f\r")
	return len(s) >= 2 && lowerASCII(s[len(s)-2]) == 'e' && lowerASCII(s[len(s)-1]) == 'd'
}
