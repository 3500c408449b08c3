package clean

import "strings"

// Certain cheap tests before the byline readers' credit patterns and the
// count lines' patterns, which most pages reach and few lines match (see
// mayguard.go). Each false is certain: its test holds it to the pattern.

// siteCreditWords are the words siteCredit reads before "by".
var siteCreditWords = [...]string{"powered", "designed", "developed", "built", "hosted", "theme", "template",
	"website", "maintained", "sponsored", "presented", "underwritten"}

// mayHoldSiteCredit reports whether s may match siteCredit: it holds "by"
// in either case after white space (\s), and the run of ASCII letters
// before that white space is one of siteCreditWords in either case, or a
// byte past ASCII stands in or before that run ("ſ" folds to s).
func mayHoldSiteCredit(s string) bool {
	for from := 0; ; {
		k := indexFoldASCII(s[from:], "by")
		if k < 0 {
			return false
		}
		k += from
		from = k + 2
		j := k
		for j > 0 && isRegexpSpace(s[j-1]) {
			j--
		}
		if j == k {
			continue // no white space before "by"
		}
		i := j
		for i > 0 && isASCIILetter(s[i-1]) {
			i--
		}
		if i > 0 && s[i-1] >= 0x80 {
			return true
		}
		for _, w := range siteCreditWords {
			if strings.EqualFold(s[i:j], w) {
				return true
			}
		}
	}
}

// pictureLabelWords are the words creditLabel reads at the text's end
// ("header image" ends with "image").
var pictureLabelWords = [...]string{"image", "images", "photo", "photos", "photograph", "picture", "illustration",
	"graphic", "video", "cover"}

// mayEndPictureLabel reports whether s may match creditLabel: with the
// white space and colons at its end cut, and then "by" in either case and
// the white space before it, it ends with a run of ASCII letters that is
// one of pictureLabelWords in either case, or with a byte past ASCII in or
// before that run ("ſ" folds to s).
func mayEndPictureLabel(s string) bool {
	t := strings.TrimRight(s, " \t\n\f\r:")
	if n := len(t); n >= 2 && t[n-2]|0x20 == 'b' && t[n-1]|0x20 == 'y' {
		t = strings.TrimRight(t[:n-2], " \t\n\f\r")
	}
	i := len(t)
	for i > 0 && isASCIILetter(t[i-1]) {
		i--
	}
	if i > 0 && t[i-1] >= 0x80 {
		return true
	}
	for _, w := range pictureLabelWords {
		if strings.EqualFold(t[i:], w) {
			return true
		}
	}
	return false
}

// mayBeViewCount reports whether s may match the views count's pattern,
// (?i)^(?:views?:? ?\d[\d ,.]*|\d[\d ,.]* views?|read: ?\d+)$: a run of
// digits, spaces, commas and full stops, then "view" or "views" in either
// case ("ſ" for its s); or "view" or "views", maybe a colon and a space,
// then a digit and such a run; or "read:", maybe a space, then digits. It
// answers as the pattern does.
func mayBeViewCount(s string) bool {
	switch {
	case s == "":
		return false
	case isDigit(s[0]):
		rest := strings.TrimLeft(s, "0123456789 ,.")
		return s[len(s)-len(rest)-1] == ' ' && hasPrefixFoldASCII(rest, "view") && oneS(rest[4:])
	case hasPrefixFoldASCII(s, "view"):
		r := s[4:]
		for _, s := range [...]string{"s", "S", "ſ"} {
			if t, ok := strings.CutPrefix(r, s); ok {
				r = t
				break
			}
		}
		r = strings.TrimPrefix(r, ":")
		r = strings.TrimPrefix(r, " ")
		return r != "" && isDigit(r[0]) && strings.TrimLeft(r, "0123456789 ,.") == ""
	case hasPrefixFoldASCII(s, "read:"):
		r := strings.TrimPrefix(s[5:], " ")
		return r != "" && strings.TrimLeft(r, "0123456789") == ""
	}
	return false
}

// oneS reports whether s is "", "s", "S" or "ſ".
func oneS(s string) bool { return s == "" || s == "s" || s == "S" || s == "ſ" }

// mayOpenThread reports whether s may match threadOpener: digits, a
// space, then "re" (responses, replies), "comment" or "thought" in
// either case.
func mayOpenThread(s string) bool {
	j := 0
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == 0 || j == len(s) || s[j] != ' ' {
		return false
	}
	r := s[j+1:]
	return hasPrefixFoldASCII(r, "re") || hasPrefixFoldASCII(r, "comment") || hasPrefixFoldASCII(r, "thought")
}
