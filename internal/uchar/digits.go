package uchar

// AllASCIIDigits reports whether s is one or more ASCII digits (0-9): a
// count, a year, a page number. Packages clean and extract both read such
// runs; internal/htmldoc's token test is another (Unicode digits, and true
// for the empty token).
func AllASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
