package clean

import (
	"strings"
)

// maxCallWords is the longest block, in words, read as a call to act or a
// disclosure: a story's paragraph that mentions a newsletter is longer.
const maxCallWords = 30

// disclosure matches an affiliate or sponsorship disclosure ("We may earn a
// commission when you buy through links on our site").
var disclosure = lazyCompile(`(?i)\b(?:affiliate (?:commissions?|partners?|programs?)|(?:contains?|through|via|uses?) (?:our )?affiliate links|earns? (?:a |an )?(?:small )?(?:affiliate )?commissions?|from qualifying purchases|may be compensated|chosen independently by our editors)\b`)

// newsletterHints are the words (lower-cased) one of which every
// newsletterCall match holds: a block without them is not read by the
// regexp.
var newsletterHints = []string{"subscri", "sign", "join", "get", "receiv", "want", "abonn", "inscr", "suscr", "iscriv", "assine", "meld", "bestell"}

// disclosureHints are the words one of which every disclosure match holds
// (lower-cased): a block without them is not read by the regexp.
var disclosureHints = []string{"affiliate", "commission", "qualifying", "compensated", "independently"}

// maxDisclosureWords is the longest block, in words, read as a
// disclosure that says how the outlet earns from its links; longer than a
// call to act, as such notes explain themselves ("This means that if you
// click through them to make a purchase, ...").
const maxDisclosureWords = 60

// maxDisclosureBytes bounds the text of a block read as a disclosure,
// before its words are counted: sixty words, long ones.
const maxDisclosureBytes = 1000

// disclosureLink matches the links and the commission a disclosure of more
// than maxCallWords words names together: a story's paragraph about
// affiliate programmes names them apart, or not both.
var disclosureLink = lazyCompile(`(?i)\blinks?\b.{0,160}\b(?:commissions?|compensated|qualifying purchases)\b|\b(?:commissions?|compensated)\b.{0,160}\blinks?\b`)

// newsletterCall matches a call to sign up for a newsletter or updates by
// email ("Subscribe to get the latest posts sent to your email", "Join our
// mailing list!"). The verbs and nouns of a few other languages come along ("Abonnez-vous
// à notre newsletter", "Melden Sie sich für unseren Newsletter an"), and
// a bare "Subscribe now" or a "Subscribe to WIRED and ..." line.
var newsletterCall = lazyCompile(`(?i)^\W*(?:(?:click here to |click to )?(?:subscribe|sign up|signup|join|get|receive|want|abonn\pL*|inscr[ií]\pL*|suscr[ií]b\pL*|iscriviti|assine|melden? (?:dich|sie)|bestellen? sie)\b.{0,100}\b(?:newsletters?|nieuwsbrief|bolet[ií]n|infolettre|mailing list|inbox|e-?mail updates|to your e-?mail|posteingang)\b|subscribe(?: now| today| here)?\W*$|(?:click (?:here )?to )?subscribe to \pL)`)

// dropCallsToAct drops, on an HTML page, the short blocks the story
// detector keeps that are an affiliate disclosure, a call to sign up for
// a newsletter, to share, follow or support the outlet, or a one-line
// label of furniture ("Like this:", "Table of Contents", "Tags: ..."; see
// furnitureLabel): furniture written as a sentence or a heading, which the
// detector's prose features read as story, at the story's head or tail or
// between its paragraphs; and the blocks of an author's bio or a
// disclaimer box its element's class names (see nearBox).
func (p *Page) dropCallsToAct(drop []bool) {
	for i := range p.blocks {
		// Blocks the detector dropped are read for their text too, those
		// fillStoryGaps may take back as a gap between kept blocks:
		// labelled, they stay out. Where the element says what it is, the
		// label is the element's kind (the one the detector would give).
		if !p.free(i) {
			continue
		}
		kept := !drop[i]
		var ek Kind // the kind a dropped block's element names
		if !kept {
			hb := p.walkerBlock(i)
			if hb == nil || hb.Node == nil || !gapText(hb, hb.Node.Parent) {
				continue
			}
			ek, _ = elementKind(hb)
		}
		label := func(k Kind, rule string) {
			if ek != "" {
				k = ek
			}
			p.labelAs(i, k, rule)
		}
		text := p.blocks[i].Text
		if kept && p.dropNearBox(i) {
			drop[i] = true
			continue
		}
		if len(text) > maxDisclosureBytes {
			continue
		}
		words := wordCount(text)
		if words > maxCallWords {
			if words <= maxDisclosureWords && holdsLowerWord(text, disclosureHints) &&
				disclosure.MatchString(text) && disclosureLink.MatchString(text) {
				label(Other, "model/html-disclosure")
				drop[i] = true
			}
			continue
		}
		if len(text) > 400 {
			continue
		}
		lt := strings.ToLower(text)
		switch {
		case hasAny(lt, newsletterHints) && mayHoldFoldWord(text, newsletterCallWords) && newsletterCall.MatchString(text),
			hasAny(lt, formHints) && formCall.MatchString(text):
			label(Subscribe, "model/html-call")
		case hasAny(lt, disclosureHints) && disclosure.MatchString(text):
			label(Other, "model/html-disclosure")
		case hasAny(lt, shareHints) && mayHoldFoldWord(text, shareCallWords) && shareCall.MatchString(text):
			label(Share, "model/html-call")
		case hasAny(lt, supportHints) && mayHoldFoldWord(text, supportCallWords) && supportCall.MatchString(text),
			words <= maxBusinessCallWords && hasAny(lt, businessHints) && businessCall.MatchString(text):
			label(Other, "model/html-call")
		default:
			k := furnitureLabel(text)
			if k == "" {
				continue
			}
			label(k, "model/html-label")
			if k == Related && kept && labelKey(text) != "" {
				drop[i] = true
				p.dropRelatedItems(i, drop)
				continue
			}
		}
		drop[i] = true
	}
}
