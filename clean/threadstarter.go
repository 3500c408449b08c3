package clean

import (
	"strings"
	"unicode"
)

// A forum thread's page prints who opened the thread under a label of its
// own: "Thread starter" over "jdoe42" (or "Thread starter jdoe42" on one
// line, as the HTML reader joins the header's parts), "Topic author",
// "Topic starter", "Started by". The label says plainly whose thread it
// is, where the posts' bylines name the repliers as much as the starter,
// and where the page's microdata marks the replies (schema.org Comments)
// and not the opening post. A poster's name is a handle as often as a
// person's ("lulug30", "b.scherer"), so it is read by its shape alone:
// a short line of one to three words, no date, no label, no sentence.

// starterLabel matches a thread starter's label at the start of a line,
// the rest of the line (after a colon or a space) in group 1.
var starterLabel = lazyCompile(`(?i)^(?:(?:thread|topic)\s+(?:starter|author)|started\s+by)\b\s*:?\s*(.*)$`)

// starterHeads are the words a starter's label opens with, tested before
// [starterLabel] runs: most lines open with none of them.
var starterHeads = []string{"thread", "topic", "started"}

// startsLabelByte reports whether s's first byte other than a space could
// open one of [starterHeads]: t or s in either case.
func startsLabelByte(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
			continue
		case 't', 'T', 's', 'S':
			return true
		}
		return false
	}
	return false
}

// maxStarterName is the longest poster's name, in bytes, threadStarter
// reads.
const maxStarterName = 40

// threadStarter returns the index of the block that names the poster who
// opened the thread and that name: the first block that is a starter's
// label ([starterLabel]) with the name after it, or alone with the name
// in the next block; -1 and "" when the first such label names nobody
// ([starterName]) or the page has none. Only the first label counts: a
// later one is a badge on the starter's replies or a row of a list of
// other threads.
func threadStarter(blocks []Block) (int, string) {
	const maxLine = len("Thread starter: ") + maxStarterName
	for i := range blocks {
		s := blocks[i].Text
		if len(s) > 4*maxLine || !startsLabelByte(s) {
			continue // too long even with room for spaces around it, or no label's first letter
		}
		s = strings.TrimSpace(s)
		if len(s) > maxLine || !startsFold(s, starterHeads) {
			continue
		}
		m := starterLabel.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		if m[1] != "" {
			if n := starterName(m[1]); n != "" {
				return i, n
			}
			return -1, ""
		}
		if i+1 < len(blocks) {
			if n := starterName(blocks[i+1].Text); n != "" {
				return i + 1, n
			}
		}
		return -1, ""
	}
	return -1, ""
}

// starterName returns s as a poster's name, trimmed, or "" where it reads
// as no one's: longer than [maxStarterName], more than three words, a
// label or a list (a colon, a comma, a bar), a date or a count, a
// sentence, or no letter at all.
func starterName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxStarterName || len(strings.Fields(s)) > 3 || strings.ContainsAny(s, ":,|") ||
		!strings.ContainsFunc(s, unicode.IsLetter) || isProse(s) {
		return ""
	}
	if _, ok := dateAloneLine(s); ok {
		return ""
	}
	return s
}

// textThreadStarter labels, on flattened text, the poster a thread's
// starter label names ([threadStarter]) as the page's byline, and takes
// the names off every other block that gives some (a post's "by jdoe42",
// a date line signed by a replier): the label says whose thread it is, the
// others are the posts'. Those blocks keep their kind and go to the
// removed list; their names, emptied, are not read again (readValues reads
// a byline's names only where none were set). It reports whether it
// labelled one. Only a name line the story does not keep is taken (a
// second cleaning of the output must find the same body).
func (p *Page) textThreadStarter() bool {
	i, name := threadStarter(p.blocks)
	if i < 0 || !p.dropped(i) {
		return false
	}
	for k := range p.blocks {
		if b := &p.blocks[k]; k != i && (len(b.Authors) > 0 || b.Kind == Byline && b.Authors == nil) {
			b.Authors = []string{}
		}
	}
	b := &p.blocks[i]
	b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{name}
	return true
}
