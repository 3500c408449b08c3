package wcxb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsWordRune reports whether r belongs to a token: the runes Python's
// Unicode \w matches, which are letters (L*), numbers (Nd, Nl, No) and the
// underscore. Combining marks are not word runes, in Python either.
func IsWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens is re.findall(r"\w+", s.lower()) in Python: the runs of word runes
// of s lower-cased as [Lower] does it.
func Tokens(s string) []string { return Words(Lower(s)) }

// Words is re.findall(r"\w+", s) in Python: the runs of word runes of s.
func Words(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// Lower is Python's str.lower: the simple lower-case mapping, except that
// İ (U+0130) becomes "i" and a combining dot above (U+0307), as in Unicode's
// full mapping, and a capital sigma ends a word as ς when a cased letter
// comes before it and none after it (the Final_Sigma rule).
func Lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case 'İ':
			b.WriteString("i\u0307")
		case 'Σ':
			if finalSigma(s, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at byte i of s is in the
// Final_Sigma context: a cased letter before it and none after it, skipping
// case-ignorable runes on both sides.
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !caseIgnorable(r) {
			before = cased(r)
			break
		}
	}
	if !before {
		return false
	}
	for _, r := range s[i+len("Σ"):] {
		if !caseIgnorable(r) {
			return !cased(r)
		}
	}
	return true
}

// cased is Unicode's Cased property: Lu, Ll, Lt, Other_Lowercase and
// Other_Uppercase.
func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is Unicode's Case_Ignorable property: Mn, Me, Cf, Lm, Sk and
// the Word_Break classes MidLetter, MidNumLet and Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', '\u0387', '\u055F', '\u05F4', '\u2018', '\u2019', '\u2024', '\u2027',
		'\uFE13', '\uFE52', '\uFE55', '\uFF07', '\uFF0E', '\uFF1A':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// Score is precision, recall and F1, for one page or averaged over pages.
type Score struct {
	Precision, Recall, F1 float64
}

// WordScore scores the extraction pred against the gold text as
// evaluate.py's word_f1 does: over the multisets of their [Tokens], shared
// tokens over the prediction's count (precision) and over the gold's
// (recall), F1 their harmonic mean; 1, 1, 1 when neither has a token, 0, 0,
// 0 when just one has none.
func WordScore(pred, gold string) Score {
	return wordScore(Tokens(pred), Tokens(gold))
}

// wordScore is the bag-of-words precision, recall and F1 of pred against
// gold (each word counted as often as it stands); both empty is a perfect
// score, one empty a zero.
func wordScore(pred, gold []string) Score {
	switch {
	case len(gold) == 0 && len(pred) == 0:
		return Score{1, 1, 1}
	case len(gold) == 0 || len(pred) == 0:
		return Score{}
	}
	count := make(map[string]int, len(gold))
	for _, t := range gold {
		count[t]++
	}
	overlap := 0
	for _, t := range pred {
		if count[t] > 0 {
			count[t]--
			overlap++
		}
	}
	var s Score
	s.Precision = float64(overlap) / float64(len(pred))
	s.Recall = float64(overlap) / float64(len(gold))
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// SnippetRate is the share of snippets found in text, each compared
// case-insensitively ([Lower]) as a substring. ok is false when there are
// no snippets; evaluate.py then counts the page as 1.0, this package leaves
// it out of the mean (see [Summary]).
func SnippetRate(text string, snippets []string) (rate float64, ok bool) {
	if len(snippets) == 0 {
		return 0, false
	}
	lt := Lower(text)
	found := 0
	for _, s := range snippets {
		if strings.Contains(lt, Lower(s)) {
			found++
		}
	}
	return float64(found) / float64(len(snippets)), true
}

// PageScore is one extraction's score on one page.
type PageScore struct {
	ID, Type string // the page's ID and page type, as in Page
	Score
	With, Without       float64 // snippet rates
	HasWith, HasWithout bool    // whether the page has such snippets
}

// ScorePage scores the extraction pred of page p.
func ScorePage(p *Page, pred string) PageScore {
	ps := PageScore{ID: p.ID, Type: p.Type, Score: WordScore(pred, p.Main)}
	ps.With, ps.HasWith = SnippetRate(pred, p.With)
	ps.Without, ps.HasWithout = SnippetRate(pred, p.Without)
	return ps
}

// Summary is a mean over pages.
type Summary struct {
	Pages int     // the pages averaged
	Score         // per-page figures averaged over Pages
	With  float64 // mean must-appear rate over the WithPages that have such snippets
	// Without is the mean must-not-appear rate over the WithoutPages that
	// have such snippets (lower is better).
	Without                 float64
	WithPages, WithoutPages int // the pages with must-appear, must-not-appear snippets
}

// Summarize averages page scores, keeping those for which keep returns true
// (all of them when keep is nil).
func Summarize(pages []PageScore, keep func(*PageScore) bool) Summary {
	var s Summary
	for i := range pages {
		p := &pages[i]
		if keep != nil && !keep(p) {
			continue
		}
		s.Pages++
		s.Precision += p.Precision
		s.Recall += p.Recall
		s.F1 += p.F1
		if p.HasWith {
			s.WithPages++
			s.With += p.With
		}
		if p.HasWithout {
			s.WithoutPages++
			s.Without += p.Without
		}
	}
	if s.Pages > 0 {
		n := float64(s.Pages)
		s.Precision /= n
		s.Recall /= n
		s.F1 /= n
	}
	if s.WithPages > 0 {
		s.With /= float64(s.WithPages)
	}
	if s.WithoutPages > 0 {
		s.Without /= float64(s.WithoutPages)
	}
	return s
}
