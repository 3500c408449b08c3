package align

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

const (
	titleF1   = 0.8 // token F1 a block needs with the gold title
	dateWords = 25  // the most tokens a date block holds
)

// head labels the title block and the date block among the blocks that are
// not story.
func head(out []Block, blocks []string, g Gold) {
	first := -1 // the story's first block
	for i := range out {
		if out[i].Label == Story {
			first = i
			break
		}
	}
	anchor := first
	if t := words(g.Title); len(t) > 0 {
		best, bestRank := -1, rank{}
		for i, b := range blocks {
			if out[i].Label != Other || out[i].Words == 0 {
				continue
			}
			bt := words(b)
			if !titleLike(bt, t) {
				continue
			}
			r := near(i, first)
			r.inexact = !slices.Equal(bt, t)
			if best < 0 || r.less(bestRank) {
				best, bestRank = i, r
			}
		}
		if best >= 0 {
			out[best].Label = Title
			anchor = best
		}
	}
	forms := dayForms(g.Date)
	if len(forms) == 0 {
		return
	}
	best, bestRank := -1, rank{}
	for i, b := range blocks {
		if out[i].Label != Other || out[i].Words == 0 || out[i].Words > dateWords {
			continue
		}
		if !hasDay(dateTokens(b), forms) {
			continue
		}
		// Nearest the anchor, before or after it: a date line sits above
		// or below the headline alike.
		r := near(i, anchor)
		r.after = false
		if best < 0 || r.less(bestRank) {
			best, bestRank = i, r
		}
	}
	if best >= 0 {
		out[best].Label = Date
	}
}

// rank orders candidate head blocks: exact before near, before the anchor
// block before after it, then nearest.
type rank struct {
	inexact, after bool
	dist           int
}

func (r rank) less(s rank) bool {
	if r.inexact != s.inexact {
		return !r.inexact
	}
	if r.after != s.after {
		return !r.after
	}
	return r.dist < s.dist
}

// near ranks block i by its place relative to the anchor block (none when
// anchor < 0: then the first block wins).
func near(i, anchor int) rank {
	if anchor < 0 {
		return rank{dist: i}
	}
	if i > anchor {
		return rank{after: true, dist: i - anchor}
	}
	return rank{dist: anchor - i}
}

// words is the lower-cased word tokens of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWord(r) })
}

// titleLike reports whether the block's tokens bt make the title t: the
// same tokens, or a token F1 of titleF1 or more, or t inside bt with at
// most as many tokens again plus two ("Title – Subtitle | Site"), or bt
// inside t and at least half of it ("Title" for "Title (Long Form)").
func titleLike(bt, t []string) bool {
	switch {
	case tokenF1(bt, t) >= titleF1:
		return true
	case len(bt) >= len(t) && len(bt) <= 2*len(t)+2:
		return inside(t, bt)
	case len(bt) < len(t) && 2*len(bt) >= len(t) && len(bt) >= 2:
		return inside(bt, t)
	}
	return false
}

// inside reports whether a occurs in b as consecutive tokens.
func inside(a, b []string) bool {
	for i := 0; i+len(a) <= len(b); i++ {
		if slices.Equal(b[i:i+len(a)], a) {
			return true
		}
	}
	return false
}

// tokenF1 is the F1 of two token multisets.
func tokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range b {
		count[t]++
	}
	common := 0
	for _, t := range a {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

var months = [12][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
	{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
	{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
}

// dayForms lists the token sequences that write the day "YYYY-MM-DD" (as
// [dateTokens] splits them): year-month-day, day-month-year and
// month-day-year, with the month as a number (with or without a leading
// zero) or an English name or abbreviation, the day with or without a
// leading zero. None when date is not such a day.
func dayForms(date string) [][]string {
	if len(date) != 10 || date[4] != '-' || date[7] != '-' {
		return nil
	}
	y, m, d := date[:4], date[5:7], date[8:10]
	mi, err1 := strconv.Atoi(m)
	di, err2 := strconv.Atoi(d)
	if _, err := strconv.Atoi(y); err != nil || err1 != nil || err2 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return nil
	}
	var forms [][]string
	for _, dd := range []string{strconv.Itoa(di), d} {
		for _, mm := range []string{strconv.Itoa(mi), m} {
			forms = append(forms, []string{y, mm, dd}, []string{dd, mm, y}, []string{mm, dd, y})
		}
		for _, name := range months[mi-1] {
			forms = append(forms, []string{name, dd, y}, []string{dd, name, y})
		}
	}
	return slices.CompactFunc(forms, slices.Equal)
}

// dateTokens splits s into lower-cased runs of digits and runs of other
// word runes, also where a lower-case letter meets an upper-case one
// ("04T10:00" gives 04, t, 10, 00; "GiuffridaMar 5" gives giuffrida, mar,
// 5), and drops an ordinal suffix or "of" after a number ("4th of
// September" gives 4, september).
func dateTokens(s string) []string {
	var toks []string
	start, digits, lower := -1, false, false
	flush := func(end int) {
		if start < 0 {
			return
		}
		tok := strings.ToLower(s[start:end])
		prevNum := len(toks) > 0 && toks[len(toks)-1][0] >= '0' && toks[len(toks)-1][0] <= '9'
		switch {
		case prevNum && (tok == "st" || tok == "nd" || tok == "rd" || tok == "th" || tok == "of"):
		default:
			toks = append(toks, tok)
		}
		start = -1
	}
	for i, r := range s {
		d := r >= '0' && r <= '9'
		switch {
		case !isWord(r):
			flush(i)
		case start >= 0 && (d != digits || lower && unicode.IsUpper(r)):
			flush(i)
			start, digits = i, d
		case start < 0:
			start, digits = i, d
		}
		lower = unicode.IsLower(r)
	}
	flush(len(s))
	return toks
}

// hasDay reports whether toks holds one of forms as consecutive tokens.
func hasDay(toks []string, forms [][]string) bool {
	for i := range toks {
		for _, f := range forms {
			if len(toks)-i >= len(f) && slices.Equal(toks[i:i+len(f)], f) {
				return true
			}
		}
	}
	return false
}
