package clean

import "strings"

// tailLabel matches a byline under the story in a form the tail detector
// does not read ([byline] takes "By Jane Doe" and "Written by Jane Doe"):
// a label naming what the person made ("Text by Jane Doe", "Words by",
// "Reporting by", "Text: Jane Doe"), "By" with a colon ("By: Jane Doe"), "This post was
// written by Jane Doe," or "Authors: Jane Doe and John Roe"; group 1 is
// the names, run to the line's end or to a comma and a role after them
// ("Authors: Jane Doe and John Roe, Extension educators"). "Compiled by"
// is no label of it: under a story it credits a table's or a map's
// source as often as a writer ("Compiled by Statistics Norway"), and no
// test tells an office's two capitalised words from a person's.
var tailLabel = guardedRegexp{mayOpenTailLabel, lazyCompile(`^` + tailLabelOpen + `\s*` + bylineNamesRE + `\s*(?:,[^,]{0,60})?$`)}

// tailLabelOpen is tailLabel's label.
const tailLabelOpen = `(?:(?i:text|words|story|article|reporting|report)\s+(?i:by)\s*:?|(?i:text|words)\s*:|(?i:by)\s*:|(?i:this\s+(?:post|article|story)\s+was\s+written\s+by)|(?i:authors?)\s*:)`

// tailLabelLead is the lead run of tailLabelOpen's words: a line under the
// story whose first word is none of them ("Read more", "Reply", "Related
// Articles") is no label's. [Page.tailLabelAt] asks tailLabel of the lines
// under nearly every story of flattened text, and its quick test, which
// reads the first two bytes only, keeps most short lines: one process per
// WCXB text page compiled it (about 3M instructions) on 526 pages and
// matched on 5. TestTailLabelWords checks the words against tailLabelOpen.
var tailLabelLead = wordLeadRun("twsarb", "text words story article reporting report by this author authors")

// mayOpenTailLabel reports whether s may open with tailLabelOpen: its
// first word, after any marks, is one of the label's (a word that goes on
// past ASCII, "ſtory", is left to the regexp).
func mayOpenTailLabel(s string) bool { return !tailLabelLead.rejects(s) }

// tailPosted matches a blog's post footer under the story ("Posted by
// Jane Doe at 8:00 AM", "Posted by Jane Doe on June 2, 2025", as Blogger
// prints it; "Posted by Jane at June 2, 2025 11:15 AM", as Movable Type
// does; "Posted by Jane Doe on 2025-06-02 in Travel. Tags: ferries", as
// Pelican's and WordPress's themes do, the post's categories after the
// date); group 1 is the names. The clock time or the date after them
// tells it from a forum's "Posted by" over a reply.
var tailPosted = lazyCompile(`^(?i:posted\s+by)\s+` + bylineNamesRE + `\s+(?i:at|on)\s+(?:` + postedClock +
	`|(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?i:at\s+)?` + postedClock +
	`)?)(?:\s+(?i:in)\s+\S.{0,200})?$`)

// postedClock is a clock time in a post footer: "8:00 AM", "11:15", "9:05 p.m.".
const postedClock = `\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?`

// tailLabelGap is how many blocks under the story's last paragraph such
// a byline may stand: an author's note, a link to their posts and the
// date line may come between.
const tailLabelGap = 6

// tailLabelAt returns the index of the one byline in [tailLabel]'s form
// (or [tailPosted]'s)
// in the blocks after block last, up to tailLabelGap of them, and its
// names, each a person's (isPersonName), or a forename alone ([oneName])
// in a post footer's form, none of whose words the page writes in lower
// case; or -1 and nil. Two such lines, or a name that is
// no person's ("By: Editorial Team"), give none: a list of other
// stories signs its teasers too.
func (p *Page) tailLabelAt(last int, lw *lowerWords) (int, []string) {
	at := -1
	var names []string
	for i := last + 1; i < len(p.blocks) && i <= last+tailLabelGap; i++ {
		s := strings.TrimSpace(p.blocks[i].Text)
		m, posted := tailLabel.FindStringSubmatch(s), false
		if m == nil {
			m = tailPosted.FindStringSubmatch(s)
			posted = m != nil
		}
		if m == nil {
			if ns := p.tailSignoffNames(i, s); ns != "" {
				m = []string{s, ns}
			}
		}
		if m == nil {
			continue
		}
		if at >= 0 {
			return -1, nil
		}
		at, names = i, nil
		ns := splitNames(m[1])
		for _, n := range ns {
			// "Posted by David at December 16, 2025 11:15 AM": a forename
			forename := posted && len(ns) == 1 && oneName(trimName(n)) && !notAuthorName(trimName(n))
			// "（佐藤花子）", "/김민수 기자": a name in a script without
			// capitals, which has no lower case to tell it by
			signed := len(ns) == 1 && bracketSignoff(s) != "" || footScriptNames(s) != nil
			if n = trimName(n); !isPersonName(n) && !forename && !signed || !signed && p.writesLower(n, lw) {
				return -1, nil
			}
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return -1, nil
	}
	return at, names
}

// maxTailLabelLen bounds, in bytes, the label and its colon that open a
// labelled byline under the story ([Page.tailSignoffNames]).
const maxTailLabelLen = 40

// tailSignoffNames returns the names of a writer's sign-off in block i
// under the story of flattened text, s its text, in a form [tailLabel]
// does not read: a wire's credits ([wireCreditNames], [wireSignoff]:
// "Reporting by Jane Doe in Geneva; Editing by John Roe", the editors no
// authors), a dash and a
// name alone or with the writer's role ("— Jane Doe", "-- Jane Doe", ". .
// . Jane Doe" after a magazine's spaced dots; not under a
// quotation, whose speaker it names), or a labelled byline of another
// language whose label ends with a colon ("Автор: Ирина Волкова",
// "Müəllif: Günel Əliyeva": [worldBy]), or a credit in a script without
// capitals ([footScriptNames]: "/김민수 기자", "（文・佐藤花子）"); "" for
// any other line.
func (p *Page) tailSignoffNames(i int, s string) string {
	if len(s) > signoffMaxLen {
		return ""
	}
	if ns := wireCreditNames(s); ns != nil {
		return strings.Join(ns, " and ") // "Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe"
	}
	if ns := footScriptNames(s); ns != nil {
		return strings.Join(ns, " and ") // "/김민수 기자", "（文・佐藤花子）"
	}
	if rest, ok := strings.CutPrefix(s, "--"); ok && strings.HasPrefix(rest, " ") {
		s = "—" + rest // "-- Jane Doe": two hyphens, a typewriter's dash
	}
	if rest, ok := cutAny(s, ". . . ", "... ", "… "); ok {
		s = "— " + rest // ". . . Jane Doe": spaced dots, a magazine's sign-off mark
	}
	switch {
	case hasFoldPrefix(strings.TrimPrefix(s, "("), "reporting by "):
		if m := wireSignoff.FindStringSubmatch(s); m != nil {
			return m[1] // a looser line of credits: its reporters
		}
	case strings.HasPrefix(s, "（"):
		return bracketSignoff(s) // "（佐藤花子）"
	case strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–"):
		if i > 0 {
			if prev := strings.TrimSpace(p.blocks[i-1].Text); strings.HasSuffix(prev, "”") || strings.HasSuffix(prev, "\"") {
				return "" // a quotation's speaker
			}
		}
		if m := dashSignoff.FindStringSubmatch(s); m != nil {
			return m[1]
		}
		if name := strings.TrimLeft(strings.TrimLeft(strings.TrimLeft(s, "—"), "–"), " "); personShaped(name) {
			return name
		}
	default:
		// a label with its colon only, of two words at most ("Автор
		// материала:"): a headline's or a sentence's colon stands later
		k := strings.IndexAny(s[:min(len(s), maxTailLabelLen)], ":՝")
		if k <= 0 || strings.Count(s[:k], " ") > 1 {
			return ""
		}
		if by, ok := worldBy(s); ok {
			return strings.Join(bylineNames(by), " and ")
		}
	}
	return ""
}
