package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// A web form or a list of links flattened into text reads, line by line,
// like a story's short headings, and the story detector keeps some of
// them. What gives them away is the run, not the line: a form's field
// labels end with a submit button; a link list's items sit between the
// labels a screen reader speaks after each link. dropTextForms and
// dropLinkLists read those runs among the lines the detector keeps.

// formRule and linksRule are the rules of the lines the two label.
const (
	formRule  = "model/text-form"
	linksRule = "model/text-links"
)

// Limits of a form's run, in kept lines.
const (
	minFormFields  = 2  // field labels a form needs
	maxFieldGap    = 3  // most lines from one field label to the next (a select's options between)
	maxButtonGap   = 4  // most lines from the last field label to the submit button
	maxFormIntro   = 2  // lines above the first field taken as the form's heading and pitch
	maxIntroWords  = 25 // the longest such line, in words
	maxOptionWords = 8  // the longest line between two field labels (a select's option)
)

// formButton matches a form's submit button left on a line of its own.
var formButton = lazyCompile(`(?i)^\W{0,2}(?:submit|send(?: message)?|sign (?:me )?up|subscribe|download(?: now)?|get started|register|request info(?:rmation)?|get (?:the|my) [\p{L}-]+|send me [\p{L} -]{1,20})\W{0,2}$`)

// isFormField reports whether a kept line is a form's field label: at most
// six words, ending with the asterisk of a required field ("Your Preferred
// Bootcamp*", "Phone Number *"), or a label addressed to the reader ("Your
// Phone Number") that is not a sentence.
func isFormField(s string, sh *blockfeat.Shape) bool {
	if sh.Words == 0 || sh.Words > 6 || s == "" {
		return false
	}
	if strings.HasSuffix(s, "*") && !strings.HasPrefix(s, "*") {
		return true
	}
	return sh.Words <= 5 && !sh.SentEnd && (strings.HasPrefix(s, "Your ") || strings.HasPrefix(s, "YOUR ")) && !strings.ContainsAny(s, "?:")
}

// dropTextForms labels, on flattened text, a web form the story detector
// keeps: at least minFormFields field labels (isFormField), each within
// maxFieldGap kept lines of the last, the short lines between them (a
// select's options), and a submit button (formButton) within maxButtonGap
// lines after the last; with them up to maxFormIntro kept lines of at most
// maxIntroWords words just above the first field (the form's heading and
// its pitch, "Fill this form to download every syllabus"). A lone field
// label, or labels with no button after them, stay (a table's starred
// cells, a recipe's notes).
func (p *Page) dropTextForms(drop []bool, shapes []blockfeat.Shape) {
	kept := p.keptLines(drop)
	for k := 0; k < len(kept); k++ {
		i := kept[k]
		if !isFormField(p.blocks[i].Text, &shapes[i]) {
			continue
		}
		first, last, fields := k, k, 1
		button := -1
		for j := k + 1; j < len(kept) && j-last <= max(maxFieldGap, maxButtonGap); j++ {
			b := kept[j]
			t := p.blocks[b].Text
			if fields >= minFormFields && j-last <= maxButtonGap && shapes[b].Words <= 3 && formButton.MatchString(t) {
				button = j
				break
			}
			if isFormField(t, &shapes[b]) && j-last <= maxFieldGap {
				last = j
				fields++
				continue
			}
			if shapes[b].Words > maxOptionWords {
				break
			}
		}
		if button < 0 {
			continue
		}
		for n := 0; n < maxFormIntro && first > 0; n++ {
			if w := shapes[kept[first-1]].Words; w == 0 || w > maxIntroWords {
				break
			}
			first--
		}
		for j := first; j <= button; j++ {
			if p.labelAs(kept[j], Other, formRule) {
				drop[kept[j]] = true
			}
		}
		k = button
	}
}

// linkLabel matches the words a screen reader speaks after a link, left on
// a line of their own when a page is flattened: "Opens in a new tab",
// "(opens in new window)", "External link", in English, German, French,
// Spanish, Italian and Dutch. No story's line is only these words.
var linkLabel = lazyCompile(`(?i)^\(?(?:(?:link )?opens? in (?:a )?new (?:tab|window)|external link|` +
	`öffnet (?:sich )?in (?:einem )?neuen (?:tab|fenster)|s'ouvre dans (?:un nouvel onglet|une nouvelle fenêtre)|` +
	`(?:se )?abre en (?:una )?nueva (?:pestaña|ventana)|si apre in una nuova (?:scheda|finestra)|opent in (?:een )?nieuw (?:tabblad|venster))\)?\.?$`)

// maxLinkItemWords is the longest kept line, in words, read as an item of
// a link list between two link labels.
const maxLinkItemWords = 6

// dropLinkLists labels, on flattened text, the link labels the story
// detector keeps (linkLabel) as navigation, and with them each run of
// short kept lines (at most maxLinkItemWords words each) that has a link label as the kept line just above it and just
// below it: the links' own words, a menu or a product list the labels
// were spoken after.
func (p *Page) dropLinkLists(drop []bool, shapes []blockfeat.Shape) {
	kept := p.keptLines(drop)
	isLabel := func(k int) bool {
		i := kept[k]
		return shapes[i].Words <= 6 && linkLabel.MatchString(p.blocks[i].Text)
	}
	prevLabel := -1 // the last label seen, as an index of kept
	for k := range kept {
		if !isLabel(k) {
			continue
		}
		if prevLabel >= 0 && k-prevLabel > 1 {
			items := true
			for j := prevLabel + 1; j < k; j++ {
				if shapes[kept[j]].Words > maxLinkItemWords {
					items = false
					break
				}
			}
			if items {
				for j := prevLabel + 1; j < k; j++ {
					if p.labelAs(kept[j], Nav, linksRule) {
						drop[kept[j]] = true
					}
				}
			}
		}
		if p.labelAs(kept[k], Nav, linksRule) {
			drop[kept[k]] = true
		}
		prevLabel = k
	}
}

// keptLines returns the blocks the story detector keeps and no stage has
// labelled yet, in order.
func (p *Page) keptLines(drop []bool) []int {
	var out []int
	for i := range p.blocks {
		if p.keptText(i, drop) {
			out = append(out, i)
		}
	}
	return out
}

// maxFormLineWords is the longest line, in words, read as a form's
// standing text (formLine).
const maxFormLineWords = 25

// formLine matches the standing text of a comment or sign-up form, which
// no story prints: the comment form's notice ("Your email address will not
// be published. Required fields are marked *"), the hidden field that
// catches robots ("Leave this field blank", "This field is for validation
// purposes and should be left unchanged."), an opt-in box ("Yes, add me
// to your mailing list", "Yes, I'd also like to subscribe to the ...
// newsletter") and the form's thanks ("Thanks for subscribing! Check your
// inbox ...").
var formLine = lazyCompile(`(?i)^\W{0,2}(?:your e-?mail(?: address)? will not be published|required fields are marked|` +
	`(?:please )?leave this field (?:empty|blank)|this field is for validation purposes|` +
	`yes,? (?:please )?(?:add me to|sign me up for|subscribe me to|i['’]?d (?:also )?like to (?:subscribe|receive|sign up))|` +
	`thanks? (?:you )?for (?:subscribing|signing up)[.!]? (?:please )?check your (?:inbox|e-?mail))`)

// maxConsentWords is the longest line, in words, read as a form's consent
// box (consentLine).
const maxConsentWords = 60

// consentLine matches the consent box of a sign-up or contact form, which
// no story prints: the reader, in the first person, has read or agrees to
// the site's policy or to its mail ("I have read and agree to the Privacy
// Policy", "I agree to receive marketing emails from ...", "I consent to
// ... handling my data"), or the form tells what sending it agrees to ("By
// clicking "Sign up", you agree to our Terms of Use", "By submitting this
// form, you consent to receive ..."). The line must name a policy, terms,
// data or the mail, calls or texts agreed to.
var consentLine = lazyCompile(`(?i)^\W{0,2}(?:` +
	`i (?:have read|hereby|acknowledge|agree|accept|consent|confirm)\b|` +
	`by (?:checking|ticking|clicking|submitting|signing up|subscribing|continuing|providing)\b[^.]{0,80}?,? (?:you|i) (?:(?:hereby|also) )?(?:agree|accept|consent|acknowledge|confirm|are consenting)\b` +
	`).{0,400}?\b(?:privacy|terms|policy|policies|personal data|my data|e-?mails?|newsletters?|marketing|text messages|texts|contacted)\b`)

// mayBeConsent is consentLine's cheap first test: the line opens with "I"
// or "By" (after a mark or two) and holds one of the verbs every form of
// the pattern has (without their first letters, for case).
func mayBeConsent(s string) bool {
	for k := 0; k < len(s) && k < 3; k++ {
		switch s[k] {
		case 'I', 'i', 'B', 'b':
			return consentVerbs.holdsAny(s)
		}
	}
	return false
}

var consentVerbs = newLiteralSet("ave read", "ereby", "cknowledge", "gree", "ccept", "onsent", "onfirm")

// mayBeFormLine is formLine's cheap first test: after at most two marks
// (runes that are no ASCII word byte, as \W reads them) the line opens
// with the first words of one of the pattern's forms, in any case. A
// false means formLine matches no prefix of the line. (The words the forms
// hold, the test before, let through nearly every line: "es" among them;
// the pattern was compiled in 123 of AEB's 181 one-page processes.)
func mayBeFormLine(s string) bool { return mayStartAfterMarks(s, 2, opensFormLine) }

// formLineOpens are the words formLine's forms open with, in lower case as
// opensWithFold reads them (its s and k also match ſ and the Kelvin sign,
// as under (?i)).
var formLineOpens = [...]string{"your e", "required fields", "please leave", "leave this", "this field", "yes", "thank"}

// opensFormLine reports whether s opens with one of formLineOpens.
func opensFormLine(s string) bool {
	for _, w := range formLineOpens {
		if opensWithFold(s, w) {
			return true
		}
	}
	return false
}

// minConfigKeys is the fewest quoted keys of a line read as a widget's
// settings (isWidgetConfig).
const minConfigKeys = 12

// isWidgetConfig reports whether a line is a page widget's settings left as
// a JSON object on one line when the page was flattened
// ({"layoutMobile":2,"buttonText":"Buy now",...}): it opens with `{"` or
// `[{"` and holds at least minConfigKeys quoted keys. A story's JSON
// example is short or spread over many lines.
func isWidgetConfig(s string) bool {
	if !strings.HasPrefix(s, `{"`) && !strings.HasPrefix(s, `[{"`) {
		return false
	}
	return strings.Count(s, `":`) >= minConfigKeys
}

// dropFormLines labels, on flattened text, the kept lines that are a
// form's standing text (formLine, at most maxFormLineWords words), its
// consent box (consentLine, consentLineWorld, at most maxConsentWords) or a widget's
// settings (isWidgetConfig).
func (p *Page) dropFormLines(drop []bool, shapes []blockfeat.Shape) {
	p.formLines(drop, shapes, formRule)
}

// formLines is dropFormLines over blocks whose shapes are shapes
// (shapes[i] is block i's), labelling by rule: the text path's stage, and
// the HTML path's (dropStoryNotesHTML).
func (p *Page) formLines(drop []bool, shapes []blockfeat.Shape, rule string) {
	for i := range p.blocks {
		if !p.keptText(i, drop) {
			continue
		}
		t := p.blocks[i].Text
		w := shapes[i].Words
		if isWidgetConfig(t) || w <= maxFormLineWords && mayBeFormLine(t) && formLine.MatchString(t) ||
			w <= maxConsentWords && (mayBeConsent(t) && consentLine.MatchString(t) || mayBeConsentWorld(t) && consentLineWorld.MatchString(t)) {
			p.labelAs(i, Other, rule)
			drop[i] = true
		}
	}
}
