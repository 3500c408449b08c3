package clean

import "strings"

// sharedByline reports whether s is a byline of a name alone with the
// icons and links of its strip or its reading time flattened after it
// ("Jane Doe Email Twitter", "Jane Doe Facebook Twitter Email", "Jane Doe
// 3 min read"): the name the head's byline reader reads ([cutStripTail],
// [personShaped]), never the headline nor its deck. A byline that opens with its own word ("By Jane Doe Email
// Twitter") is the byline pattern's, which the byline readers cut.
func sharedByline(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 100 {
		return false
	}
	last := strings.ToLower(strings.Trim(s[strings.LastIndexByte(s, ' ')+1:], "·•|,"))
	if !stripTailWords[last] && !strings.HasPrefix(last, "@") && last != "read" && last != "link" {
		return false // the line ends in no word of a strip: most lines stop here
	}
	c := cutStripTail(s)
	return c != s && personShaped(c) && !byline.MatchString(s)
}
