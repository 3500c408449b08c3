package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// contributedEnds are the closings, longest first, of a note under a wire
// story that names who contributed to it ("Jane Doe contributed.", "Jane
// Doe and John Roe contributed to this report.").
var contributedEnds = []string{
	" contributed to this report", " contributed to this story", " contributed to this article",
	" contributed reporting", " contributed",
}

// contributorsRole matches the wire's and the role's words before the
// contributors' names ("Associated Press writers ", "The Associated Press
// writer ", "Staff reporter ").
var contributorsRole = lazyCompile(`^(?:(?:The\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3})?(?i:staff\s+)?(?i:writers?|reporters?|correspondents?)\s+`)

// contributorsPlace matches the place a contributor filed from after her
// name ("Jane Doe in New York and John Roe in Paris").
var contributorsPlace = lazyCompile(`\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`)

// contributedNames returns the names of a contributors' note that closes
// a wire story ("Associated Press writers Jane Doe in Denver and John Roe
// in Boise contributed to this report."): every name a person's, none the
// wire's ("Reuters contributed to this report." names no writer), none
// a word the page writes in lower case; nil for any other line ("Local
// charities also contributed.").
func (p *Page) contributedNames(s string, lw *lowerWords) []string {
	if len(s) > signoffMaxLen || !strings.Contains(s, " contributed") {
		return nil
	}
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	cut := false
	for _, e := range contributedEnds {
		if s, cut = strings.CutSuffix(s, e); cut {
			break
		}
	}
	if !cut || dateparse.IsWire(s) {
		return nil
	}
	if m := contributorsRole.FindStringIndex(s); m != nil {
		s = s[m[1]:]
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return nil
	}
	s = contributorsPlace.ReplaceAllString(s, "")
	var names []string
	for _, n := range splitNames(s) {
		if n = trimName(n); !isPersonName(n) || dateparse.IsWire(n) || p.writesLower(n, lw) {
			return nil
		}
		names = append(names, n)
	}
	return names
}

// wireContributed reports whether line s is a wire's note that it
// contributed to the story ("The Associated Press contributed to this
// report.", "Reuters contributed."): a contributors' note whose subject
// is a news agency's name, with or without "The".
func wireContributed(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	for _, e := range contributedEnds {
		if who, ok := strings.CutSuffix(s, e); ok {
			return dateparse.IsWire(strings.TrimPrefix(who, "The "))
		}
	}
	return false
}

// footCreditRule is the rule recorded for a wire's credits or a
// contributors' note taken off the foot of a flattened story
// ([Page.keptFootCredit]) where a byline names the writer.
const footCreditRule = "generic/foot-credit"

// keptFootCredit returns, on flattened text, the story's last paragraph
// the story detector kept when it is the wire's credits or its
// contributors' note ("Reporting by Jane Doe in Oslo; Writing by John
// Roe; Editing by Ann Poe", "Jane Doe contributed to this report."), or a
// credit in a script without capitals ([footScriptNames]: "（文・佐藤花子）"), and
// the writers it names: the reporters and writers, never the editors; a
// wire's own note ([wireContributed]) names none. It
// returns -1 and nil where that paragraph is none of these. The line
// leaves the story either way (a second cleaning of the output, which
// prints no byline, must find the same body); its names are the byline
// only where no other line names a writer: under a printed byline such a
// line credits helpers, not the writer.
func (p *Page) keptFootCredit(lw *lowerWords) (int, []string) {
	i := -1
	for k := max(p.last, 0); k < len(p.blocks); k++ {
		if p.storyKept(k) {
			i = k // the last kept block: the story's last paragraph, or a short line under it
		}
	}
	if p.last < 0 || i < 0 || !p.proseAbove(i) {
		return -1, nil
	}
	s := strings.TrimSpace(p.blocks[i].Text)
	if len(s) > signoffMaxLen {
		return -1, nil
	}
	if ns := footScriptNames(s); ns != nil {
		return i, ns // "（取材・文／佐藤花子、写真／田中一郎）" kept as the story's last line
	}
	var ns []string
	if strings.Contains(s, " contributed") {
		if ns = p.contributedNames(s, lw); ns == nil && wireContributed(s) {
			return i, nil // "The Associated Press contributed to this report.": out of the story, no writer named
		}
	} else if ns = wireCreditNames(s); !p.allPersons(ns, lw) {
		return -1, nil
	}
	if ns == nil {
		return -1, nil
	}
	return i, ns
}

// allPersons reports whether every name of ns reads as a person's
// ([isPersonName]) the page does not write in lower case; contributedNames
// asks it of its own names.
func (p *Page) allPersons(ns []string, lw *lowerWords) bool {
	for _, n := range ns {
		if !isPersonName(n) || p.writesLower(n, lw) {
			return false
		}
	}
	return true
}

// bracketSignoff returns the writer's name of a Japanese paper's sign-off
// under its story, the name alone in full-width round brackets
// ("（佐藤花子）"): three or four Han characters, never a wire's name
// ("（共同）", "（時事通信）") nor a paper's or a desk's; "" for any other
// line.
func bracketSignoff(s string) string {
	inner, ok := strings.CutPrefix(s, "（")
	if !ok {
		return ""
	}
	if inner, ok = strings.CutSuffix(inner, "）"); !ok || dateparse.IsWire(inner) {
		return ""
	}
	for _, org := range [...]string{"通信", "新聞", "社", "局", "部"} {
		if strings.HasSuffix(inner, org) {
			return "" // an agency's, a paper's or a desk's name ("時事通信", "編集部")
		}
	}
	if n := utf8.RuneCountInString(inner); n < 3 || n > 4 {
		return ""
	}
	if ns := scriptNames(inner, unicode.Han); len(ns) == 1 && ns[0] == inner {
		return inner
	}
	return ""
}
