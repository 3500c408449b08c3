package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// The owner of a personal site whose address spells the owner's name
// ("janedoe.com", "jane-doe.net"), on flattened text: a blog that signs no
// post under its headline still prints its owner's name somewhere the
// article does not keep (the header, an "About Jane Doe" link, a credit,
// the copyright line). The address and a line that print the same name,
// as a person's, name the writer, where the story is written as one
// person's ("I", "my"), not a firm's ("we", "our"): a shop or a firm
// named after its words ("Acme Stove", "Smith Hanley") prints its name
// as a person's is printed.

// ownerLabel is the main label of a host (the one before its public
// suffix), squashed ([squash]): "janedoe" for "www.jane-doe.com"; "" for a
// host under another subdomain than "www" or "blog" ("legal.firm.com": a
// person's own site has no departments) or one whose suffix is not known.
func ownerLabel(host string) string {
	host = strings.ToLower(host)
	site, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return ""
	}
	if sub := strings.TrimSuffix(host, site); sub != "" && sub != "www." && sub != "blog." {
		return ""
	}
	label, _, _ := strings.Cut(site, ".")
	return squash(label)
}

// minOwnerLabel is the shortest host label read as a whole name: two words
// of four letters.
const minOwnerLabel = 8

// maxOwnerLine is the longest block searched for the owner's name: a
// header's, a credit's or a copyright line, not a paragraph.
const maxOwnerLine = 200

// hostOwnerAt returns the first block the article does not keep
// ([Page.dropped]) that prints, as two or three words each opening with a
// capital, the name the page's host spells whole ("Jane Doe" on
// janedoe.com: "© 2025 Jane Doe", "About Jane Doe", "Image: Jane Doe"),
// with the name; or -1 and "". The name must have a person's shape
// ([personShaped]), no word in capitals only ([capsWord]: a brand's), no
// organisation's word, in it or right after it ("Jane Doe Associates"),
// and no word the page writes in lower case (a firm's "Dental Care"); it
// must stand in the line as a name does, its words with no mark between
// them (a brand's "SoundStage! Xperience" is none); and
// the story must be written in the first person singular ([writesAsI]).
func (p *Page) hostOwnerAt(lw *lowerWords) (int, string) {
	label := ownerLabel(hostOf(p.in.url))
	if len(label) < minOwnerLabel || !writesAsI(p.blocks) {
		return -1, ""
	}
	for i, b := range p.blocks {
		if len(b.Text) > maxOwnerLine || !p.dropped(i) {
			continue
		}
		n, next := spelledName(b.Text, label)
		if n == "" || !strings.Contains(b.Text, n) || !personShaped(n) || capsWord(n) || notPersonWords(n+" "+next) || notAuthorName(n) || p.writesLower(n, lw) {
			continue
		}
		return i, n
	}
	return -1, ""
}

// spelledName returns the first run of two or three words of s, each
// opening with a capital, whose letters squashed are label, and the word
// after the run ("" at the line's end); or "" and "". Words are cut at
// white space and trimmed of punctuation around them and of a
// possessive's "'s".
func spelledName(s, label string) (name, next string) {
	words := strings.Fields(s)
	for k := range words {
		words[k] = nameWord(words[k])
	}
	for k, w := range words {
		if !opensCapital(w) {
			continue
		}
		key := ""
		for j := k; j < len(words) && j < k+3 && len(key) < len(label); j++ {
			if !opensCapital(words[j]) {
				break
			}
			key += squash(words[j])
			if key != label || j == k {
				continue
			}
			if j+1 < len(words) {
				next = words[j+1]
			}
			return strings.Join(words[k:j+1], " "), next
		}
	}
	return "", ""
}

// nameWord is a word of a line trimmed of the punctuation around it and
// of a possessive's "'s" ("Doe's" gives "Doe").
func nameWord(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	w = strings.TrimRight(w, ".")
	if s, ok := strings.CutSuffix(w, "'s"); ok {
		return s
	}
	if s, ok := strings.CutSuffix(w, "’s"); ok {
		return s
	}
	return w
}

// opensCapital reports whether a word opens with a capital letter.
func opensCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// writesAsI reports whether the story's paragraphs (blocks of kind Body,
// or none yet)
// speak as one person: at least minI words of the first person singular
// ("I", "I'm", "my", "me"), and at least iOverWe times as many as of the
// plural ("we", "our", "us"), the voice of a firm's pages.
func writesAsI(blocks []Block) bool {
	i, we := 0, 0
	for _, b := range blocks {
		if b.Kind != Body && b.Kind != "" {
			continue // not the story's: a sidebar's "our newsletter"
		}
		for _, f := range strings.Fields(b.Text) {
			switch pronoun(f) {
			case 1:
				i++
			case 2:
				we++
			}
		}
	}
	return i >= minI && i >= iOverWe*we
}

// minI and iOverWe are writesAsI's bounds.
const (
	minI    = 10
	iOverWe = 3
)

// pronoun tells a word of English prose (a field of white-space-cut text,
// punctuation around it) of the first person: 1 singular ("I", "I'm",
// "my", "me"), 2 plural ("we", "We're", "our", "us"), 0 neither.
func pronoun(f string) int {
	f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
	if k := strings.IndexAny(f, "'’"); k > 0 {
		f = f[:k] // "I'm", "we're"
	}
	switch f {
	case "I", "my", "My", "me":
		return 1
	case "we", "We", "our", "Our", "us":
		return 2
	}
	return 0
}
