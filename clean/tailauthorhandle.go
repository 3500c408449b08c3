package clean

import (
	"strings"
	"unicode"
)

// A blog's byline by the headline may print the writer's account
// ("Written by TurboJane") and its author box under the story the
// writer's full name under a byline's label ("Written by" over "Jane
// Doe"). Where the account holds the person's forename or surname, the two
// name one writer, and the full name is the one a reader knows: on
// flattened text as on HTML (extract prefers the byline's full name to a
// handle in the metadata), the full name is the author.

// writerOverHandle relabels, on flattened text, the byline by the headline
// whose one name is an account's handle ([accountHandle]) when a name
// line under a byline's label elsewhere ([Page.labelledNameAt]) gives
// one person's full name whose forename or surname, of three letters or
// more, the handle holds ("TurboJane", "Jane Doe"): that line becomes the
// head's byline and the handle's line a removed one. A full name the
// handle does not hold is another person's (an editor's box, another
// post's card).
func (p *Page) writerOverHandle(lw *lowerWords) {
	head, names := p.soleHeadByline()
	if head < 0 || len(names) != 1 || !accountHandle(names[0]) {
		return // no byline by the headline, two, or no handle alone
	}
	at, names := p.labelledNameAt(lw)
	if at < 0 || at == head || len(names) != 1 || !isPersonName(names[0]) || !p.dropped(at) {
		return
	}
	handle := strings.ToLower(splitAuthorsOne(p.blocks[head]))
	held := false
	for _, w := range strings.Fields(names[0]) {
		if w = strings.ToLower(strings.Trim(w, ".")); len([]rune(w)) >= 3 && strings.Contains(handle, w) {
			held = true
		}
	}
	if !held {
		return
	}
	p.blocks[head].Kind, p.blocks[head].Authors = Other, nil
	w := &p.blocks[at]
	w.Kind, w.Rule, w.Authors = Byline, HeadBylineRule, names
}

// splitAuthorsOne is the one name a byline block gives, read or still to
// be read.
func splitAuthorsOne(b Block) string {
	names := b.Authors
	if names == nil {
		names = splitAuthors(b.Text)
	}
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// accountHandle reports whether a name is an account's handle: one word of
// four letters or more with a capital after its first letter
// ("TurboJane", "JaneD") or a digit ("jane42").
func accountHandle(n string) bool {
	n = strings.TrimSpace(n)
	if strings.ContainsAny(n, " ") || len(n) < 4 {
		return false
	}
	for k, r := range n {
		if k > 0 && unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
