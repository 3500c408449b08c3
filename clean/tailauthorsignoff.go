package clean

import "strings"

// wireSignoff matches a wire's credits under its story, the reporters
// first ("Reporting by Jane Doe and John Roe in Geneva; Editing by Ann
// Poe", in brackets or not): group 1 is the reporters' names, which the
// place they filed from and the later credits (additional reporting,
// writing, editing) follow; the editors are no authors. A line whose
// every credit [wireCreditNames] reads gives its writers too; this
// pattern is the looser reading of the rest.
var wireSignoff = lazyCompile(`^\(?(?i:reporting\s+by)\s+` + bylineNamesRE +
	`(?:\s+in\s+\p{Lu}[\p{L}.'’ ,-]{0,60}?)?\s*(?:;\s*(?i:additional\s+reporting|writing|written|editing|edited|compiled|graphics|photos?|video)\b[^()]{0,300}?)?\)?\.?$`)

// dashSignoff matches a writer's sign-off under the story: a dash, the
// name, a comma and the writer's role ("— Jane Doe, Staff Writer",
// "– Jane Doe, Metro Reporter"); group 1 is the name.
var dashSignoff = lazyCompile(`^[—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}(?i:writer|reporter|correspondent|columnist)$`)

// contactSignoff matches the line that closes a local paper's story with
// its reporter's address ("Contact reporter Jane Doe at jdoe@example.org
// or 555-0100."); group 1 is the name.
var contactSignoff = lazyCompile(`^(?i:contact)\s+(?i:(?:staff\s+)?(?:reporter|writer))\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?i:at|via)\s+\S+@\S+`)

// signoffGap is how many blocks under the story's last paragraph a
// sign-off may stand (an agency's note or a correction may come between).
const signoffGap = 4

// signoffMaxLen bounds a sign-off's line, in bytes: a wire's credits run
// longer than a byline.
const signoffMaxLen = 400

// labelSignoff labels as the byline, on an HTML page, the one sign-off
// under the story ([wireSignoff], [wireCreditNames], [dashSignoff],
// [contactSignoff]) in the blocks after block last, up to signoffGap of
// them, with its names, each a person's; two such lines, or a name that
// is no person's, give none.
// It is read only where nothing else names the writer: no block is a
// byline yet and the page's metadata names no author; elsewhere the
// sign-off stays among the removed lines, as the wire's credits.
func (p *Page) labelSignoff(last int) {
	if len(p.in.doc.Meta.Authors) > 0 {
		return
	}
	for i := range p.blocks {
		if p.blocks[i].Kind == Byline {
			return
		}
	}
	at := -1
	var names []string
	for i := last + 1; i < len(p.blocks) && i <= last+signoffGap; i++ {
		s := strings.TrimSpace(p.blocks[i].Text)
		if !p.free(i) && !p.tailCredit(i) || len(s) > signoffMaxLen || s == "" {
			continue
		}
		// the patterns' openings tested first, so that a page with no
		// sign-off never compiles them (their names' classes are costly)
		var m []string
		switch ns := wireCreditNames(s); {
		case ns != nil:
			m = []string{s, strings.Join(ns, " and ")} // "Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe"
		case hasFoldPrefix(strings.TrimPrefix(s, "("), "reporting by "):
			m = wireSignoff.FindStringSubmatch(s) // a looser line of credits: its reporters
		case strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–"):
			m = dashSignoff.FindStringSubmatch(s)
		case hasFoldPrefix(s, "contact "):
			m = contactSignoff.FindStringSubmatch(s)
		}
		if m == nil {
			continue
		}
		if at >= 0 {
			return // two sign-offs: a list of stories
		}
		at, names = i, nil
		for _, n := range splitNames(m[1]) {
			if n = trimName(n); !isPersonName(n) {
				return
			}
			names = append(names, n)
		}
	}
	if at < 0 || len(names) == 0 {
		return
	}
	if p.tailCredit(at) {
		p.blocks[at].Kind, p.blocks[at].Rule = "", "" // the credit is the byline
	}
	if p.labelAs(at, Byline, "generic/byline") {
		p.blocks[at].Authors = names
	}
}
