package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// maxBarCoAuthors bounds the co-authors [barCoAuthors] reads after bars.
const maxBarCoAuthors = 3

// barCoAuthors returns the names a byline adds after its names' match
// behind a bar (rest in "By Ann Lee | Bo Kim"), where [bylineNamesRE]
// stops: each part between bars must be a person's name alone
// ([personShaped]), no job's title ([jobTitle]: "Staff Writer"), no wire
// ("Reuters"), no place a dateline prints ("New York"), no paper ("The
// Daily Post") and no credit that names nobody ([notAuthorName]). The
// first part that is none ends the list: "By Ann Lee | March 4, 2025 | 5
// min read" adds no one. At most [maxBarCoAuthors] parts are read.
func barCoAuthors(rest string) []string {
	var out []string
	for range maxBarCoAuthors {
		r, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "|")
		if !ok {
			break
		}
		part := r
		if k := strings.IndexByte(r, '|'); k >= 0 {
			part, r = r[:k], r[k:]
		} else {
			r = ""
		}
		n := strings.TrimSpace(part)
		if !barCoAuthor(n) {
			break
		}
		out = append(out, n)
		rest = r
	}
	return out
}

// barCoAuthor reports whether n, one part of a byline after a bar, is a
// writer's name and nothing else (see [barCoAuthors]), with no role's
// word before it ([barRoleFirst]: "Editor Bo Kim") and no section or
// place ([barSectionOrPlace]: "Real Estate", "Las Vegas").
func barCoAuthor(n string) bool {
	return personShaped(n) && !jobTitle(n) && !barRoleFirst(n) && !barSectionOrPlace(n) && !notAuthorName(n) && !dateparse.IsWire(n) &&
		!placeAfterComma(n) && !strings.HasPrefix(n, "The ") && !isTitleTrap(n)
}

// barNamed reports whether the last of a byline's names, read by
// [bylineNames], is printed after a bar in the byline's text s: a
// co-author [barCoAuthors] read, whom [splitAuthors] would cut off
// ("By Ann Lee | Bo Kim").
func barNamed(s string, names []string) bool {
	if len(names) < 2 {
		return false
	}
	last := names[len(names)-1]
	return strings.Contains(s, "| "+last) || strings.Contains(s, "|"+last)
}

// wireCreditNames returns the names of a line by the headline that
// credits its writers and then the wire they write for ([wireAuthor]:
// "Jane Doe, Reuters", "Jane Doe and John Roe | AP"), with no byline's
// word before them; nil when the line is otherwise or a name is no
// person's ([isPersonName]) or holds a word the page writes in lower case
// elsewhere ("Oil Prices Slide, Reuters": a headline's words).
func (p *Page) wireCreditNames(s string, lw *lowerWords) []string {
	m := findWireAuthor(strings.TrimSpace(s))
	if m == nil {
		return nil
	}
	names := splitNames(m[1])
	for _, n := range names {
		if !isPersonName(n) || p.writesLower(n, lw) {
			return nil
		}
	}
	return names
}

// wireCreditLine reports whether line t is a writer's credit to a wire
// and nothing else ("Jane Doe and John Roe / AFP": [wireAuthor], each name
// a person's, [isPersonName]): a byline, never the headline.
func wireCreditLine(t string) bool {
	m := findWireAuthor(t)
	if m == nil {
		return false
	}
	for _, n := range splitNames(m[1]) {
		if !isPersonName(n) {
			return false
		}
	}
	return true
}

// pictureTrades are, in lower case, the trades of a picture's maker that
// may stand before a name: no writer's.
var pictureTrades = map[string]bool{"photographer": true, "photo": true, "photos": true, "illustrator": true, "video": true, "graphics": true}

// barRoleFirst reports whether the first word of n is a job's title's
// ([roleWords]) or a picture maker's trade ([pictureTrades]): "Editor Bo
// Kim" and "Photographer Bo Kim" name an editor and a photographer, no
// co-author.
func barRoleFirst(n string) bool {
	w, _, _ := strings.Cut(n, " ")
	w = strings.ToLower(w)
	return roleWords[w] || pictureTrades[w]
}

// wireCreditAt reports whether line i, by headline t, is where a writer's
// credit to a wire ([Page.wireCreditNames]) is read: a free line just
// under the headline; two under it only when the line between is a date
// or a byline ("Ann Lee / AFP" under a caption credits the photographer);
// just over it only in the "," and "/" forms ("Musk Unveils Optimus |
// Reuters" over the headline is the page's title with the site's name).
func (p *Page) wireCreditAt(i, t int) bool {
	if !p.free(i) {
		return false
	}
	switch i {
	case t + 1:
		return true
	case t + 2:
		k := p.blocks[t+1].Kind
		return k == Date || k == Byline || len(bylineNames(p.blocks[t+1].Text)) > 0
	case t - 1:
		return strings.IndexByte(p.blocks[i].Text, '|') < 0
	}
	return false
}
