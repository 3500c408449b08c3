package clean

// holdsBreadcrumbMark reports whether s holds one of the marks that part a
// breadcrumb's steps, ">", "/", "|", "»", "›" or "→", as
// strings.ContainsAny(s, "»›>/|→") does. ContainsAny, given marks outside
// ASCII, decodes every rune of the line and looks it up in the marks; this
// reads the bytes once, and an encoded mark is found wherever its bytes are
// (a valid UTF-8 sequence is decoded as itself whatever comes before it).
func holdsBreadcrumbMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '>', '/', '|':
			return true
		case 0xc2: // » is C2 BB
			if i+1 < len(s) && s[i+1] == 0xbb {
				return true
			}
		case 0xe2: // › is E2 80 BA, → is E2 86 92
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] == 0xba || s[i+1] == 0x86 && s[i+2] == 0x92) {
				return true
			}
		}
	}
	return false
}
