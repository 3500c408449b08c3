package dateparse

// plainStopCredit reports whether s may hold the credit that ends the
// form of reWirePlainStop: ", " or ". ", a capital, more letters or
// hyphens and a full stop (", AZƏRTAC.", ", LETA."). It reads bytes, any
// byte past ASCII counting as a letter, so that it says yes wherever the
// expression could match and keeps the expression (tens of thousands of
// instructions on a paragraph's head) off the heads that hold no such
// word, as "YEREVAN, April 16. /ARKA/. Maria Zakharova, the ..." does.
func plainStopCredit(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] != '.' && s[i] != ',') || s[i+1] != ' ' {
			continue
		}
		j := i + 2
		if c := s[j]; !(c >= 'A' && c <= 'Z' || c >= 0x80) {
			continue
		}
		k := j + 1
		for k < len(s) && stopCreditByte(s[k]) {
			k++
		}
		if k < len(s) && s[k] == '.' && k >= j+2 {
			return true
		}
	}
	return false
}

// stopCreditByte reports whether c may be a byte of a letter or a hyphen
// of the credit plainStopCredit looks for.
func stopCreditByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c >= 0x80
}
