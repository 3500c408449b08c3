package clean

import (
	"net/url"
	"strings"
	"unicode"
)

// slugWords returns the words of the last segment of a page's address that
// reads as a title, lower-cased ("/2025/09/04/top-nutrition-trends-for-
// fall-2025/" gives top, nutrition, trends, for, fall, 2025), or nil when
// no segment has three words or more: ids, dates and "index.html" are not
// titles.
func slugWords(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		seg := segs[i]
		if j := strings.LastIndexByte(seg, '.'); j > 0 && len(seg)-j <= 5 {
			seg = seg[:j] // ".html", ".php"
		}
		words := strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == ' ' })
		letters := 0
		for _, w := range words {
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				letters++
			}
		}
		if letters >= 3 {
			return words
		}
	}
	return nil
}

// lineWords returns the lower-cased runs of letters and digits of a line,
// apostrophes dropped ("Biden's" gives bidens), as a set.
func lineWords(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(apostrophes.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		set[w] = true
	}
	return set
}

// apostrophes drops apostrophes (built once: a Replacer is safe for
// concurrent use, and building one per line was half of lineWords' time).
var apostrophes = strings.NewReplacer("'", "", "’", "")

// slugMatch scores how well a line says what the address's slug says: the
// share of the slug's words the line has, plus half the share of the
// line's words the slug has (a slug drops words, rarely adds them). set
// holds the slug's words, made once per page.
func slugMatch(line string, slug []string, set map[string]bool) float64 {
	words := lineWords(line)
	if len(words) == 0 || len(slug) == 0 {
		return 0
	}
	in := 0
	for _, w := range slug {
		if words[w] {
			in++
		}
	}
	inLine := 0
	for w := range words {
		if set[w] {
			inLine++
		}
	}
	return float64(in)/float64(len(slug)) + float64(inLine)/float64(len(words))/2
}

// wordSet returns the words as a set.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// minSlugMatch is the least [slugMatch] that makes a line the headline:
// most of the slug's words, and a line that is mostly them.
const minSlugMatch = 0.7

// titleFromURL labels as the title the headline-shaped line, above the
// story's first paragraph at end or that paragraph itself, that best
// matches the page address's slug, and returns it; -1 when the address has
// no slug or no line matches it well enough. A line may be free or taken by
// the learned detector for not story (it scores a headline low, as it does
// a menu's line). Of equal matches the lowest wins: a breadcrumb or menu
// repeats the headline higher up.
func (p *Page) titleFromURL(end int) int {
	slug := slugWords(p.in.url)
	if slug == nil {
		return -1
	}
	set := wordSet(slug)
	best, score := -1, minSlugMatch
	for i := 0; i <= end && i < len(p.blocks); i++ {
		t := strings.TrimSpace(p.blocks[i].Text)
		if !p.free(i) && !byModel(p.blocks[i]) || len(t) > 250 || wordCount(t) < 2 || isTitleTrap(t) || isProse(t) {
			continue
		}
		if s := slugMatch(t, slug, set); s >= score {
			best, score = i, s
		}
	}
	if best >= 0 {
		p.blocks[best].Kind, p.blocks[best].Rule = Title, "generic/title"
	}
	return best
}

// byModel reports whether only the learned detector labelled b, as not
// story: a judgement later evidence may overrule.
func byModel(b Block) bool { return strings.HasPrefix(b.Rule, "model/") && b.Kind == Other }
