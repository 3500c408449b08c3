package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// gluedEarlier reads a date line whose first date, at pos, runs straight
// into a second one, the page's two time elements flattened with nothing
// between ("May 21, 2025April 24, 2025 by Jane Doe", "Posted on June 29,
// 2020November 12, 2021"): themes print the publish and the update time
// side by side, some the update first. A story is not updated before it
// is published, so the earlier of the two is the publish date: it returns
// the second date when it is a full date earlier than first, and false
// when the line holds no such pair (first is then the line's publish
// date as before).
func gluedEarlier(line string, first dateparse.Stamp, pos int) (dateparse.Stamp, bool) {
	at := gluedYearEnd(line, pos)
	if at < 0 {
		return dateparse.Stamp{}, false
	}
	if st, _, ok := dateparse.DateLine(line[pos:at]); !ok || st.DayBefore(first) || first.DayBefore(st) {
		return dateparse.Stamp{}, false // the year ends another date than the first
	}
	second, off, ok := findDateAfter(line[at:], 0)
	if !ok || off != 0 || second.Year == 0 || second.Day == 0 || !second.DayBefore(first) {
		return dateparse.Stamp{}, false
	}
	return second, true
}

// gluedYearEnd returns the end of the first year (19xx or 20xx) at or
// after pos in line that a capital letter follows with no space
// ("2025April"), or -1.
func gluedYearEnd(line string, pos int) int {
	for i := pos; i+4 < len(line); i++ {
		y := line[i : i+4]
		if (y[:2] != "19" && y[:2] != "20") || strings.Trim(y[2:], "0123456789") != "" {
			continue
		}
		if i > 0 && isDigitByte(line[i-1]) {
			continue // inside a longer number
		}
		r, _ := utf8.DecodeRuneInString(line[i+4:])
		if unicode.IsUpper(r) {
			return i + 4
		}
	}
	return -1
}

// creditedDateLine reports whether block i is a date line the image
// detector took for a photo's caption because a credit stands under it:
// a byline over it, the credit under it ("By Jane Doe" / "Contributor,
// Acme Jul 24, 2025 9:00 am PDT" / "Image: John Roe"). A caption that
// names a day has no byline over it.
func (p *Page) creditedDateLine(i int) bool {
	b := p.blocks[i]
	if b.Kind != Caption || b.Rule != "generic/image" || i == 0 || i+1 >= len(p.blocks) || p.blocks[i+1].Kind != Credit {
		return false
	}
	above := p.blocks[i-1]
	return (above.Kind == "" || above.Kind == Byline) && mayBeByline(above.Text) && len(bylineNames(above.Text)) > 0
}
