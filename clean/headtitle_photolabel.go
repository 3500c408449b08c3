package clean

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// photoLabelLine reports whether s is a photographer's or an editor's
// credit on a line of its own under a byline: a label of [photoCredits]
// that ends in its colon ("Kuvat:", "Foto:", "Photo:", "Фото:") and names
// who took or edited the pictures, not what they show ([mediaOpeners]), then one
// to maxNameWords words that each open with a capital, a credit's name,
// which may end in an agency after a slash ("Kuvat: Mikko Laine", "Photo:
// Jane Doe/Harbor Daily"). Such a line stands among the head's lines and
// is headline-shaped, and the text head's candidates leave it out
// ([labelLine]). A headline after such a label says more, in a sentence's
// lower case ("Photos: crowds line the harbour for the regatta").
func photoLabelLine(s string) bool {
	c := strings.IndexByte(s, ':')
	if c < 3 || c > 24 {
		return false
	}
	var buf [32]byte
	low := appendLower(buf[:0], s[:c+1])
	label := false
	for _, pc := range photoCredits {
		if strings.HasSuffix(pc, ":") && bytes.Equal(low, []byte(pc)) && !mediaOpener(pc) {
			label = true
			break
		}
	}
	if !label {
		return false
	}
	name := strings.TrimSpace(s[c+1:])
	if i := strings.IndexByte(name, '/'); i > 0 {
		name = strings.TrimSpace(name[:i]) // the agency after the slash
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxNameWords {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// mediaOpeners are the labels of [photoCredits] that open a headline of
// a gallery or a clip as often as a credit ("Video: Crash Closes I-95",
// "Photos: Storm Batters Harbour", "Pictures: Royal Regatta"): they name
// what the page shows, and a title-case headline after one reads like a
// name. A photographer's own label ("Photo:", "Foto:", "Kuvat:") and an
// editor's stay credits.
var mediaOpeners = [...]string{"photos:", "pictures:", "picture:", "images:", "image:",
	"illustration:", "illustrations:", "video:"}

// mediaOpener reports whether the label pc is one of [mediaOpeners].
func mediaOpener(pc string) bool {
	for _, m := range mediaOpeners {
		if pc == m {
			return true
		}
	}
	return false
}
