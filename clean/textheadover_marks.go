package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two more marks of a headline above the line the rules took, each plain to
// a reader of the flattened page. A table of contents printed between the
// head and the story is a run of short headline-shaped lines (the
// story's section headings), and the one closest over the story is no
// headline: the headline stands over the table's label ("Table of
// Contents", "In this article"), with the byline or the date line under
// it. And a person's name, or a name with a degree or a role, is the
// author's, never the headline: the headline stands above the byline it
// belongs to.

// maxContentsRun is how many blocks a table of contents may run between its
// label and the line the rules took.
const maxContentsRun = 40

// contentsLabels are the labels printed over an article's table of
// contents, lower-cased, in the languages of the world's news sites.
var contentsLabels = map[string]bool{
	"contents": true, "table of contents": true, "table of content": true, "article contents": true,
	"in this article": true, "on this page": true, "jump to section": true, "jump to": true,
	"in this post": true, "in this guide": true, "what's inside": true, "what’s inside": true,
	"inhalt": true, "inhaltsverzeichnis": true, "sommaire": true, "table des matières": true,
	"índice": true, "indice": true, "contenido": true, "contenidos": true, "índice de contenidos": true,
	"indice dei contenuti": true, "conteúdo": true, "inhoud": true, "inhoudsopgave": true,
	"spis treści": true, "содержание": true, "оглавление": true, "içindekiler": true, "innehåll": true,
	"indholdsfortegnelse": true, "sisällys": true, "目次": true, "目录": true, "목차": true,
}

// contentsLabel reports whether a line is a table of contents' label:
// one of contentsLabels, its case, a closing colon and an arrow or a
// toggle's mark aside ("Table of Contents ▼").
func contentsLabel(s string) bool {
	s = strings.TrimRightFunc(strings.TrimSpace(s), func(r rune) bool {
		return r == ':' || r == '▼' || r == '▾' || r == '▲' || r == '+' || unicode.IsSpace(r)
	})
	if len(s) > 40 {
		return false
	}
	var buf [40]byte // an ASCII line lower-cased in place: no allocation per line
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return contentsLabels[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return contentsLabels[string(buf[:len(s)])]
}

// overContents returns the headline over a table of contents when block t,
// the line the rules took, stands in that table: a contents label above t
// within maxContentsRun blocks, only short lines between (the table's
// entries), no date line or byline under t (a headline's own), and
// above the label, within maxHeadOver blocks, a headline-shaped line of
// four words or more with a date line or a byline between it and the
// label. It returns -1 when there is none.
func (p *Page) overContents(t int) int {
	if p.dateOrBylineBelow(t) {
		return -1 // a headline with its own date line or byline: no entry of a table
	}
	label := -1
	for i := t - 1; i >= max(0, t-maxContentsRun); i-- {
		if p.storyProse(i) || outLen(p.blocks[i].Text, maxShort) > maxShort {
			return -1 // the table is a run of short lines
		}
		if contentsLabel(p.blocks[i].Text) {
			label = i
			break
		}
	}
	if label < 0 {
		return -1
	}
	meta := false
	for i := label - 1; i >= max(0, label-maxHeadOver); i-- {
		s := strings.TrimSpace(p.blocks[i].Text)
		if k := p.blocks[i].Kind; k == Date || k == Byline || isHeadMeta(s) {
			meta = true
			continue
		}
		if p.storyProse(i) {
			return -1
		}
		if nameShaped(s) || roleLine(s) {
			continue // the author's name or role, under the headline
		}
		if meta && p.overCandidate(i) && wordCount(s) >= minMarkWords && !strings.HasSuffix(s, ".") {
			return i
		}
	}
	return -1
}

// minMarkWords is the fewest words of a headline the marks of this file
// take over the line the rules took: a shorter line over a byline or a
// table of contents is as often a share row's or a section's ("Report
// this article", "Learn about our").
const minMarkWords = 4

// nameShaped reports whether a line reads as a person's name and nothing
// else a headline would say: a name alone, a name with a degree's letters
// ("Jane Doe, MS, RD") or with a role ("Jane Doe, Senior Editor"), or a
// list of names ("Jane Doe & John Roe", "Mario Rossi e Anna Bianchi").
func nameShaped(s string) bool { return nameOf(s) != "" }

// nameOf returns the person's name a [nameShaped] line gives, or "".
func nameOf(s string) string {
	s = strings.TrimSpace(s)
	if personShaped(s) {
		return s
	}
	if n := credentialedName(s); n != "" {
		return n
	}
	if names := nameList(s); names != nil {
		return strings.Join(names, " ") // "Jane Doe & John Roe", "Mario Rossi e Anna Bianchi"
	}
	return nameWithRole(s)
}

// overName returns the headline above block t when t, the line the rules
// took, reads as a person's name ([nameShaped]) or as the credentials
// printed right under one ([Page.underName]): walking up at most
// maxNameOver blocks past names, bylines, date lines and one standfirst,
// the first headline-shaped line of four words or more that is no name.
// It returns -1 when t is no name or none is found.
func (p *Page) overName(t int) int {
	name := nameOf(p.blocks[t].Text)
	if name == "" && t > 0 && p.underName(t) {
		t-- // the author's credentials, right under the name
		name = nameOf(p.blocks[t].Text)
	}
	if name == "" || !p.nameMarked(t) || p.writesLower(name, &lowerWords{memo: &p.lower}) {
		return -1 // no name, or a headline's words in a name's shape ("Exploring Sea Caves")
	}
	standfirst := false
	for i := t - 1; i >= max(0, t-maxNameOver); i-- {
		s := strings.TrimSpace(p.blocks[i].Text)
		if p.storyProse(i) {
			if standfirst {
				return -1
			}
			standfirst = true
			continue
		}
		if nameShaped(s) || roleLine(s) || isHeadMeta(s) {
			continue
		}
		if p.overCandidate(i) && wordCount(s) >= minMarkWords && !strings.HasSuffix(s, ".") {
			return i
		}
	}
	return -1
}

// maxNameOver is how many blocks above a name overName looks: more than
// maxHeadOver, as a byline's box may print each credit on a line of its
// own ("By", "The Newsroom Team", "Full Bio", "Reviewed by", "John Roe",
// "Fact checked by", "Mary Major"), and the walk takes only a line of
// four words or more: it passes names, roles, date lines, short lines and
// one standfirst. On WCXB train it mended one title (an author's box of
// thirteen lines) and lost none.
const maxNameOver = 18

// underName reports whether block t reads as the credentials printed
// right under an author's name: a line of eight words at most, parted by
// a comma, no question ("Licensed Coffee Grader, M.A. Journalism"), under a
// line that is a person's name alone. (A headline printed under its
// author's name stands over the story, with no name's marks around.)
func (p *Page) underName(t int) bool {
	s := strings.TrimSpace(p.blocks[t].Text)
	return strings.Contains(s, ", ") && wordCount(s) <= maxCredentialWords && !strings.HasSuffix(s, "?") && personShaped(strings.TrimSpace(p.blocks[t-1].Text))
}

// maxCredentialWords is the most words of the credentials line under an
// author's name that [Page.underName] reads.
const maxCredentialWords = 8

// nameMarked reports whether block t, a name, is marked as a byline's: a
// byline's label, a date line or a byline right above or under it (within
// three blocks), or its text printed again as near (an author's box
// repeats the name).
func (p *Page) nameMarked(t int) bool {
	for j := max(0, t-3); j <= min(len(p.blocks)-1, t+3); j++ {
		s := strings.TrimSpace(p.blocks[j].Text)
		if j != t && (p.blocks[j].Kind == Date || p.blocks[j].Kind == Byline || isHeadMeta(s) || p.repeatsLine(t, j)) {
			return true
		}
	}
	return false
}

// overMarks returns the headline above block t by one of this file's
// marks, or t.
func (p *Page) overMarks(t int) int {
	if t <= 0 || p.in.doc != nil {
		return t
	}
	if h := p.overContents(t); h >= 0 {
		return h
	}
	if h := p.overName(t); h >= 0 {
		return h
	}
	return t
}
