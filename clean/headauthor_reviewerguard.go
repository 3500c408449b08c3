package clean

import "strings"

// mayEndCreditLabel reports whether s may match reviewerLabel: it ends,
// in any case, with "ed", maybe white space, "by", and maybe white space, a
// colon and white space ("Reviewed by:", "Edited By"): every one of
// creditVerbs ends with "ed". Most labels before a byline's names are a
// bare "By": turning them down spares reviewerLabel's compile.
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
