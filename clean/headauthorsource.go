package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// sourceCut returns, of a byline's or the metadata's name that credits the
// story's source after the person, the person's name: a wire's name after
// a comma, a full stop, a bar or a slash, or glued after a space ("Jane
// Doe, Reuters", "Tom Berg Associated Press", "Jane Doe AFP"), or the
// site's own name so printed ("Jane Doe, Harbour Times" on
// harbourtimes.example, "Jane Doe. Harbour International" on
// harbournews.example; see [siteTail] for the space). The wire is the
// story's source, never a second author. A name whose first part has no
// person's shape is left whole ("Reuters" alone, "Acme, Reuters"), as is
// anything after the separator that is neither ("Jane Doe, MD").
func sourceCut(name, site, host string) string {
	name = strings.TrimSpace(name)
	if k := strings.LastIndexAny(name, ",.|/"); k > 0 && k+1 < len(name) && name[k+1] == ' ' {
		head, tail := strings.TrimSpace(name[:k]), strings.TrimSpace(name[k+1:])
		if personOrCaps(head) && (dateparse.IsWire(tail) || namesSite(tail, site, host) || hostOpens(tail, host)) {
			return head
		}
	}
	w := strings.Fields(name)
	for k := 2; k < len(w); k++ {
		if head := strings.Join(w[:k], " "); dateparse.IsWire(strings.Join(w[k:], " ")) && personOrCaps(head) {
			return head
		}
	}
	return siteTail(name, site, host)
}

// personOrCaps reports whether s has a person's shape, as written or, in
// the wire's capitals, in Title Case ("JANE DOE").
func personOrCaps(s string) bool {
	if isPersonName(s) {
		return true
	}
	if strings.ToUpper(s) != s {
		return false
	}
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		if x != "" {
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return isPersonName(strings.Join(w, " "))
}

// hostOpens reports whether the first word of a name, of five letters or
// more, opens a label of the host ("Sputnik International" on
// sputniknews.example): the outlet's name in another edition's form.
func hostOpens(name, host string) bool {
	first, _, _ := strings.Cut(name, " ")
	k := squash(first)
	if len(k) < 5 || host == "" {
		return false
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	for j := 0; j+1 < len(labels); j++ {
		if strings.HasPrefix(squash(labels[j]), k) {
			return true
		}
	}
	return false
}

// creditFirst matches a line that opens by crediting someone other than
// the writer: a tester, a reviewer, a checker, a photographer ("Tested
// by: Jane Doe", "Medically reviewed by", "Photography by", "Photos by").
// Such a line near the title is no byline while the head prints the
// writer's byline after it (the credit names who helped, the byline who
// wrote); a head that names no writer gives the credited tester or
// reviewer, then the one the page says made the piece (a review site's
// tester is its writer), but never a picture's maker ([pictureCredit]).
// A line that goes on to a writer's "by" ("Reviewed by Tom Berg. Written
// by Ana Lind") is a byline as [bylineMatch] reads it.
var creditFirst = lazyCompile(`(?i)^(?:(?:medically\s+|fact[\s-])?(?:` + reviewerVerbs + `)|tested|photography|photos?|photographs|pictures|images|illustrations?)\s*by\b`)

// pictureCredit matches a [creditFirst] credit to the maker of the
// pictures ("Photography by", "Illustration by"): she made none of the
// story's words, and is never its author, even where the page credits no
// one else.
var pictureCredit = lazyCompile(`(?i)^(?:photography|photos?|photographs|pictures|images|illustrations?)\s*by\b`)
