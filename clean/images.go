package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// creditLineExpr is the pattern of a photo credit on a line of its own:
// "© EPA-EFE/NAME", "Photo: Name", "Image Credit: Name", "Photo by Name",
// "(Getty Images)", "(AP Photo/Name)", "EPA-EFE/NAME/POOL". creditLine
// runs it branch by branch (images_line_quick.go): the line's opening
// tells the one branch that can match.
const creditLineExpr = `^(?:` + creditCopyLine + `|` + creditWordsLine + `|` + creditParenLine + `|` + agencyCredit + `)$`

// The branches of creditLineExpr, by how a credit line opens: with "©",
// with a word ("photo", "image", "picture", "video", "credit", "source",
// in any case), with "(", or with an agency's name and its slash
// (agencyCredit).
const (
	creditCopyLine  = `©.{1,120}`
	creditWordsLine = `(?i:photos?|images?|pictures?|video|(?:photo|image|picture) credits?|credits?|source)\s*(?i:by)?\s*:\s*\S.{0,100}` +
		`|(?i:photo|image|picture)s? by\s+\S.{0,100}`
	creditParenLine = `\((?i:photos?|images?)\b[^)]{0,100}\)` +
		`|\([^)]{0,60}\b(?:Images|Photo|Photos|AP|AFP|Reuters|REUTERS)\)` +
		`|\((?:AP Photo|AFP|EPA-EFE|EPA|Reuters|REUTERS)/[^)]{1,60}\)`
)

// agencyCredit is a photo agency's credit, "EPA-EFE/TATYANA ZENKOVICH/POOL",
// "AP Photo/John Smith", "REUTERS/Stringer". Only known photo agencies count,
// so that "YPG/PKK" in a headline is not taken for a credit. Its classes list
// \p{L} last, as bylineNamesRE's do (TestCreditClassesListedFirst).
const agencyCredit = `(?:EPA-EFE|EPA|AFP|AP Photo|AP|REUTERS|Reuters|Getty Images|ANADOLU|Anadolu|TASS|SPUTNIK|Sputnik|RIA Novosti|XINHUA|Xinhua|DPA|dpa|PAP)` +
	`/\p{Lu}['.\-’\p{L}]*(?: \p{Lu}['.\-’\p{L}]*){0,3}(?:/\p{Lu}\p{L}*)*`

// creditTailExpr matches a credit at the end of a caption line: "... Ilham
// Aliyev EPA-EFE/NAME/POOL", "... Cathedral (Photo: Armenian Unified
// Infocenter)", "... 2025. Photo: Azertaj"; its group is the credit.
// creditTailAt finds its match without running it unanchored.
const creditTailExpr = `(?:\s|^)(` + creditParenExpr + `|` + creditPhotoExpr + `|` + creditCopyExpr + `|` + agencyCredit + `)$`

// The branches of creditTailExpr, by how a credit opens: in parentheses
// ("(Photo: Name)", "(Getty Images)"), with "photo"/"image" and a colon,
// with "©", or with an agency's name and its slash (agencyCredit).
const (
	creditParenExpr = `\((?i:photo|image|source)s?\s*(?i:by)?\s*:?\s*[^)]{1,80}\)` + `|\([^)]{0,40}\b(?:Images|Photo)\)`
	creditPhotoExpr = `(?i:photo|image)\s*:\s*[\p{Lu}\p{Ll}][^.]{0,80}`
	creditCopyExpr  = `©\s*[^.]{1,80}`
)

// creditTailAt returns where in tail the credit that creditTail matches
// at its end opens (its group's start), or -1 when it matches none. The
// unanchored pattern was run from every position of the tail; a match's
// credit opens at the tail's start or after a white space, with one of a
// few heads (creditOpening), and the leftmost such position the
// anchored form (creditTailFrom's branch) matches is where creditTail's leftmost
// match puts it. Only those positions are tried.
func creditTailAt(tail string) int {
	paren := strings.HasSuffix(tail, ")")
	for g := 0; g < len(tail); g++ {
		if g > 0 && !isRESpace(tail[g-1]) {
			continue
		}
		if k := creditOpening(tail[g:], paren); k != creditNone && creditTailFrom[k](tail[g:]) {
			return g
		}
	}
	return -1
}

// isRESpace reports whether c is one of the bytes \s stands for in a
// regexp: tab, newline, form feed, carriage return and space.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// creditOpening tells how s, which runs to the tail's end, opens the way
// one of creditTail's credits does: "(" when the tail ends with ")",
// "photo" or "image" in any case, "©", or a photo agency's name and its
// slash; creditNone when it opens none of these ways. Only the branch of
// that opening can match s: each of the others needs another first byte
// or word ("photo"/"image" opens no agency's name).
func creditOpening(s string, paren bool) int {
	if s == "" {
		return creditNone
	}
	switch c := s[0]; {
	case c == '(':
		if paren {
			return creditInParens
		}
		return creditNone
	case c == 0xc2:
		if strings.HasPrefix(s, "©") {
			return creditCopy
		}
		return creditNone
	case c == 'p' || c == 'P' || c == 'i' || c == 'I':
		if len(s) >= 5 && (strings.EqualFold(s[:5], "photo") || strings.EqualFold(s[:5], "image")) {
			return creditPhoto
		}
	}
	if agencyOpening(s) {
		return creditAgency
	}
	return creditNone
}

// creditAgencies are the names agencyCredit opens with, each followed by
// a slash in a credit.
var creditAgencies = []string{"EPA-EFE", "EPA", "AFP", "AP Photo", "AP", "REUTERS", "Reuters", "Getty Images",
	"ANADOLU", "Anadolu", "TASS", "SPUTNIK", "Sputnik", "RIA Novosti", "XINHUA", "Xinhua", "DPA", "dpa", "PAP"}

// creditTailFrom holds creditTail's credit anchored at both ends (a text
// that is one credit and nothing more), one test per way a credit opens
// (creditOpening): the branch that can match is known from the text's head,
// so only it is compiled and run, a program of a fraction of the size (the
// backtracker clears a bit per instruction and byte for each run). The
// agency's branch is a scan (agencyCreditWhole): its regexp cost 0.6M
// instructions to compile, \p{L}'s ranges parsed twice.
var creditTailFrom = [...]func(string) bool{
	creditInParens: gatedCredit(mayBeParenCredit, anchoredCredit(creditParenExpr)),
	creditPhoto:    anchoredCredit(creditPhotoExpr),
	creditCopy:     anchoredCredit(creditCopyExpr),
	creditAgency:   agencyCreditWhole,
}

// anchoredCredit returns the test of expr anchored at both ends, its
// regexp compiled on first use.
func anchoredCredit(expr string) func(string) bool {
	re := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + expr + `)$`) })
	return func(s string) bool { return re().MatchString(s) }
}

// The ways a credit opens, creditTailFrom's indexes; creditNone when the
// text cannot open one.
const (
	creditNone = iota - 1
	creditInParens
	creditPhoto
	creditCopy
	creditAgency
)

// detectImages labels photo captions and credits. A credit line makes the
// short line before it a caption; a caption with a credit glued to its end is
// split in two. A line that repeats an earlier caption is a caption too.
func (p *Page) detectImages() {
	captions := map[string]bool{} // the captions found so far, for their repeats
	for i := 0; i < len(p.blocks); i++ {
		if !p.free(i) || len(p.blocks[i].Text) > maxShort {
			continue
		}
		t := p.blocks[i].Text
		mark := mayCredit(t)
		switch {
		case mark && isWireCredit(t):
			// The story's source, not a photo's: the line before it is
			// the story's last line, not a caption.
			if p.labelAs(i, Signoff, "generic/wire-credit") {
				p.blocks[i].Credit, _ = dateparse.WireCredit(t)
			}
		case mark && p.rightsFooter(i):
			// A footer's notice of rights, not a photo's credit.
			p.labelAs(i, Other, "generic/rights")
		case mark && startsCredit(t) && creditLine().MatchString(t) && !sourceSentence(t):
			p.labelAs(i, Credit, "generic/image")
			if j := i - 1; j >= 0 && p.free(j) && isCaption(p.blocks[j].Text) && !isStamp(p.blocks[j].Text) && !p.firstText(j) {
				p.labelAs(j, Caption, "generic/image")
				captions[p.blocks[j].Text] = true
			}
		case mark && isCaption(t) && p.gluedCredit(i):
			captions[p.blocks[i].Text] = true
		case captions[t]:
			p.labelAs(i, Caption, "generic/image")
		}
	}
}

// isWireCredit reports whether a line credits the whole story to a wire
// ("SOURCE:AA", "Source: Reuters"): cheap byte tests first.
func isWireCredit(s string) bool {
	if len(s) < 8 || len(s) > 60 || s[0]|0x20 != 's' && s[0]|0x20 != 'k' {
		return false
	}
	_, ok := dateparse.WireCredit(s)
	return ok
}

// sourceSentence reports whether a line that opens with "Source:" is a
// sentence ("Source: officials said the talks would go on.") rather than
// a credit.
func sourceSentence(s string) bool {
	return startsFold(s, []string{"source"}) && endsSentence(s) && wordCount(s) >= 6
}

// firstText reports whether block j is the page's first text that is not
// clutter: the title, not a caption, even with a photo credit under it.
func (p *Page) firstText(j int) bool {
	for i := 0; i < j; i++ {
		if !p.blocks[i].Kind.IsClutter() {
			return false
		}
	}
	return true
}

// mayCredit is a cheap test that lets through every line a credit pattern
// could match: one with a credit's punctuation, or opening with a credit word.
// Each mark is looked for with strings.IndexByte (vectorised), which on a
// line without them beats one loop over its bytes testing four.
func mayCredit(s string) bool {
	if strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '(') >= 0 ||
		strings.Contains(s, "\u00a9") {
		return true
	}
	// The first byte first: a line opening with a byte that cannot fold to
	// "p" or "i" is passed over without the three EqualFolds.
	return len(s) > 5 && (!foldByteDiffers(s[0], 'p') || !foldByteDiffers(s[0], 'i')) &&
		(strings.EqualFold(s[:5], "photo") || strings.EqualFold(s[:5], "image") || strings.EqualFold(s[:5], "pictu"))
}

// creditStarts are the ways a credit line can open (compared without case).
var creditStarts = []string{"©", "(", "photo", "image", "picture", "video", "credit", "source",
	"epa", "afp", "ap ", "ap/", "reuters", "getty", "anadolu", "tass", "sputnik", "ria ", "xinhua", "dpa", "pap/"}

// startsCredit reports whether s opens the way a credit line does.
func startsCredit(s string) bool { return startsFold(s, creditStarts) }

// gluedCredit cuts block i into caption and credit when it ends with a
// credit (the credit joins the page when the cuts are flushed), labels both
// and reports whether it did.
func (p *Page) gluedCredit(i int) bool {
	head, at, ok := gluedCreditAt(p.blocks[i].Text)
	if !ok || writerBeforeCredit(p.blocks[i].Text[:head]) {
		return false // "Text: Jane Doe / Photo: John Roe": a byline, for the byline readers
	}
	credit := p.cut(i, head, at)
	credit.Kind, credit.Rule = Credit, "generic/image"
	p.labelAs(i, Caption, "generic/image")
	return true
}

// gluedCreditAt finds a credit glued to the end of line t: the caption is
// t[:head], the credit t[at:]; ok is false when t ends with none, or the
// caption before it has fewer than two words.
func gluedCreditAt(t string) (head, at int, ok bool) {
	// A credit is short: look at the end of the line only, so that the
	// unanchored pattern does not scan the whole line from every position.
	from := max(0, len(t)-160)
	for from > 0 && from < len(t) && !utf8.RuneStart(t[from]) {
		from++
	}
	tail := t[from:]
	if !strings.Contains(tail, "©") && !strings.HasSuffix(tail, ")") && !strings.Contains(tail, "/") &&
		!strings.Contains(tail, "hoto") && !strings.Contains(tail, "mage") {
		return 0, 0, false // none of the marks a glued credit has
	}
	at = creditTailAt(tail)
	if at < 0 {
		return 0, 0, false
	}
	at += from
	if at == 0 {
		return 0, 0, false
	}
	h := strings.TrimRight(t[:at], " \t\u00a0")
	if wordCount(h) < 2 {
		return 0, 0, false
	}
	return len(h), at, true
}

// isCaption reports whether a line is short enough, and plain enough, to be
// a photo caption: a paragraph of prose above a credit stays in the story.
func isCaption(s string) bool {
	return len(s) <= 250 && wordCount(s) >= 2 && !isProse(s)
}
