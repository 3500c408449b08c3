package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// maxTextCallWords is the longest line, in words, read as a bare call to
// act on text: a button or a heading over furniture, not a sentence ("You
// may be interested in the following topics as well" has ten words; the
// pattern matches the whole line, so a longer limit lets no sentence in).
const maxTextCallWords = 10

// textCall matches a short line that is a button or a heading of the page's
// furniture: a call to get in touch, ask for a quote or a demo, sign up or
// subscribe, leave a comment, share, read or buy more, a retailer's price
// button ("$49 at Harbour Store"), a reading time, and the headings of a
// table of contents and of "related" and "other articles" lists, a firm's
// buttons to book a demo or a call ("Book Your Free Demo", "Schedule a
// personalized demo") and to its case studies ("See all case studies",
// "Explore customer stories"), a web
// form's replies ("Thank you! Your submission has been received!"), the
// hook above a pitch ("Want more industry news?", "Looking for fresh
// content?": on WCXB's train split no such line was a gold story's), a
// page's widgets ("84% of people found this article helpful.", "Skip to
// table of contents", "Estimated reading time:", "Thanks for visiting!",
// "Product successfully added to the cart!", "Powered by WordPress",
// "Check Price on Amazon", a bare "Share:"), in English, German, French, Spanish, Italian,
// Portuguese and Dutch. The whole line must be the call (with a trailing
// arrow, "!" or ":" at most, and an emoji or a mark before it): a story's
// heading that starts with these words goes on. (isTextCall reads a row
// of two or three calls flattened onto a line.)
var textCall = lazyCompile(textCallLead + `(?:` + textCallForms + `)` + textCallTail)

// textCallAnywhere matches the calls of textCall whose words may come
// anywhere in the line ("Invite a friend: tell your friends and get
// rewards", "The Harbour Herald is a Trust Project member"), kept apart
// so that textCall's own alternatives all start with a word or mark and
// its matcher stops at the first word on most lines. It needs one of
// textCallAnywhereWords, which isTextCall tests for first.
var textCallAnywhere = lazyCompile(`(?i)^\W{0,4}(?:.{0,60}tell your friends and get rewards|.{1,40} is a trust project member)\W{0,3}$`)

// textCallAnywhereWords are the words one of which a line textCallAnywhere
// matches holds, in lower case.
var textCallAnywhereWords = []string{"tell your friends and get rewards", " is a trust project member"}

// callSeparators are the marks between the calls of one row flattened onto
// a line: an arrow, a bar, a bullet.
const callSeparators = "→|•·»"

// holdsCallSeparator reports whether s holds one of callSeparators, by
// package strings' byte searches: strings.ContainsAny, its set not ASCII,
// decoded every rune of every short line dropTextCalls read.
func holdsCallSeparator(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "→") || strings.Contains(s, "•") ||
		strings.Contains(s, "·") || strings.Contains(s, "»")
}

// isTextCall reports whether a line is a call to act (textCall), or a row
// of two or three of them with an arrow, a bar or a bullet after or between
// them ("Sign up for free →Contact Sales →").
func isTextCall(s string) bool {
	if isOneTextCall(s) {
		return true
	}
	if !holdsCallSeparator(s) {
		return false
	}
	parts := 0
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune(callSeparators, r) }) {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if parts++; parts > 3 || !isOneTextCall(part) {
			return false
		}
	}
	return parts >= 2
}

// isOneTextCall reports whether the whole of s is one call: textCall, or
// textCallAnywhere when s may hold one of its words.
func isOneTextCall(s string) bool {
	return mayStartTextCall(s) && textCallDispatch.MatchString(s) || mayHoldFoldWord(s, textCallAnywhereWords) && textCallAnywhere.MatchString(s)
}

// textCallForms are textCall's calls, one alternative each.
const textCallForms = `` +
	`contact us(?: today| now)?|get in touch(?: with us)?(?: today)?|talk to (?:us|an expert|sales|our \w+)|contact sales|` +
	`request a (?:quote|demo|call ?back|consultation)|get a (?:free )?(?:quote|demo|consultation)(?: today| now)?|(?:book|schedule) (?:a|your) (?:free )?(?:\w+ )?(?:demo|call|consultation|meeting)(?: today| now)?|` +
	`discuss your project|start (?:your )?free trial|try (?:it )?(?:for )?free|sign[- ]?up(?: for free| now| today)?|subscribe(?: now| today)?|` +
	`join (?:our|the) (?:newsletter|mailing list|community)|leave a (?:reply|comment)(?: cancel reply)?|post (?:a )?comment|add a comment|cancel reply|` +
	`share (?:this|on)(?: \w+)?|read more(?: articles)?|continue reading|you (?:might|may) (?:also )?(?:like|enjoy)|` +
	`related (?:articles|posts|stories|reading)|recommended for you|more from \p{L}+|buy now|shop now|see price at \p{L}+|` +
	`other (?:related |interesting )?(?:articles|posts|stories)(?: you (?:may|might) (?:find interesting|like|enjoy))?|` +
	`back to (?:blog|top|news|home|articles)|save this (?:story|article|post)|share (?:this )?(?:article|story|post|page)|` +
	`what do you think|recently by \p{L}+(?: \p{L}+){0,2}|reply by e-?mail|` +
	`take the next step|read more (?:in|of|from|on) (?:the |our )?[ .\p{L}\p{N}]{1,40}|get more \p{L}+ content|` +
	`keep up with the latest.{0,60}|sponsor this newsletter|want to advertise(?: in| with)? .{1,40}\?|more ways (?:i|we) can help(?: you)?|` +
	`view all .{1,40}|shop all .{1,60}|download (?:the|our) .{1,30} app(?: today| now)?|subscribe to get (?:full )?access|` +
	`access the (?:e-?book|report|guide|white ?paper)|jump to (?:the list|recipe|section)|explore (?:more|other)(?: .{1,60})?|` +
	`fact[- ]checked|copy(?: code| to clipboard)?|copied!?|in partnership with|sponsored by|presented by|advertisement|print recipe|` +
	`was this (?:page|article|post) helpful|how useful was this (?:post|article)|rate this (?:article|post)|like this|like loading|` +
	`no votes so far! be the first to rate this post|older posts?|newer posts?|` +
	`thank you!? your submission has been received!?|oops! something went wrong while submitting the form|` +
	`was this (?:content|information|guide|answer|review) (?:helpful|useful)|more (?:articles|posts|stories) (?:from|by) ` + properName + `|` +
	`share (?:it |this )?with a (?:friend|colleague)(?: or (?:a )?(?:friend|colleague))?|(?:want|looking for) [^.?!]{1,60}\?|` +
	`\d+% of (?:people|readers|users) found this (?:article|post|page|answer|review) helpful|\d+ (?:readers?|people|users) likes? this|` +
	`there was (?:an issue|a problem|an error) with (?:the|your) (?:form|submission)(?:\. please try again)?|` +
	`skip to (?:the )?(?:content|main content|table of contents|recipe|navigation)|estimated reading time:?(?: ?\d+ ?(?:min(?:ute)?s?)?)?|` +
	`thanks? (?:you )?for (?:visiting|reading|stopping by)|(?:you can also )?connect with (?:me|us)(?: here| on [ \p{L}]{1,30})?|` +
	`schedule a (?:free )?(?:introductory |discovery |strategy |consultation )?call|jump to|see more (?:rows|results)|` +
	`suggest (?:changes|an edit)\b.{0,60}|continue reading (?:this post )?for free.{0,60}|` +
	`view (?:it )?on \p{L}+|check (?:the )?price (?:at|on) \p{L}+(?: \([^)]{1,20}\))?|` + dealButtons + `|` +
	`visit (?:the )?(?:website|site)|view (?:image|photo|gallery) in full ?screen|discussion about this (?:post|article|episode)|would you like to receive notifications.{0,40}|` +
	`product successfully added to (?:the|your) cart|like what you see\? share (?:it )?with a friend|join ?/ ?sign in|scan the qr code|` +
	`more like this|join medium for free.{0,60}|substack is the home for great culture|` +
	`i have read (?:and agree to )?the privacy policy.{0,120}|powered by (?:wordpress|\p{L}+ (?:&|and) wordpress|ghost|substack|blogger|jekyll|hugo)|` +
	`help keep [ \p{L}]{1,30} free(?: and independent)?|(?:previous|next) post (?:previous|next) post|share|` +
	`add [ .\p{L}\p{N}]{1,30} (?:on|to) google|add (?:us )?as a preferred source on google|` +
	`\d+ (?:comments?|responses|replies)(?: [|·•] .{1,80})?|(?:prevprevious|nextnext|previous(?:post|article)|next(?:post|article))\pL.{0,100}|` +
	`you (?:may|might) (?:also )?be interested in(?: the following)?(?: topics| articles)?(?: as well)?|become a patron|` +
	`добавить комментарий(?: отменить ответ)?|отменить ответ|оставьте комментарий|` +
	`schreibe einen kommentar|kommentar (?:abschicken|schreiben)|antworten abbrechen|laisser un commentaire|annuler la réponse|` +
	`deja (?:una respuesta|un comentario)|cancelar (?:la )?respuesta|lascia un commento|annulla risposta|deixe (?:um comentário|uma resposta)|` +
	`geef een reactie|laat een reactie achter|` +
	`kontakt(?:ieren sie uns)?|jetzt abonnieren|newsletter abonnieren|weiterlesen|mehr lesen|das könnte sie auch interessieren|` +
	`contactez-nous|lire la suite|abonnez-vous|s'abonner|à lire aussi|lire aussi|` +
	`contáctanos|contacto|leer más|suscríbete|te puede interesar|` +
	`contattaci|leggi anche|iscriviti|` +
	`fale conosco|leia mais|leia também|assine|` +
	`neem contact op|lees meer|lees ook|abonneer|` +
	`(?:see|view|explore|read) (?:all )?(?:our )?(?:case studies|customer stories|success stories)|why (?:trust|choose) us|see (?:the )?(?:full |whole |complete )?list|buy (?:the )?(?:book|print|poster|tickets?)|` +
	`how (?:was|did you (?:like|find)|would you rate) this (?:issue|article|post|newsletter|e-?mail|edition)|` +
	`shop (?:all|online|` + properName + `)|` +
	`(?:view|see|read) (?:the )?(?:full |author'?s? )?(?:profile|bio(?:graphy)?)|` +
	`table of contents|inhaltsverzeichnis|sommaire|tabla de contenidos?|índice|sommario|inhoudsopgave|` +
	`\d+\s*(?:min(?:ute)?s?|m)\.? read|[$€£]\s?\d[\d,.]*\s+(?:at|from)\s+\p{L}['’.&\-\p{L}\p{N}]*(?: \p{L}['’.&\-\p{L}\p{N}]*){0,2}`

// dealButtons are textCall's buttons of a review's or a shop's boxes,
// each chosen on WCXB's train split (articles, lines the text path kept:
// 353 words not in the gold against 11 in it): a deal or a product's
// details ("View Deal", "See Details & Buying Options", "Check their rates
// and availability", "Zum Angebot"), a store's button ("Buy on Amazon",
// "View this post on Instagram"), a shop's line ("Shop Harbour Coats @
// Harbour Store.", "Compare ferry deals with harbourdeals.com"), a link to the full review or story ("Read Review!",
// "Read full story"), and a link to the site's pages on a name ("More on
// Harbour Ferries:").
const dealButtons = `(?:view|see|get|check) (?:the )?(?:deals?|offers?|details(?: (?:&|and) buying options)?|more reviews|(?:their )?rates and availability)|` +
	`(?:buy|read|shop|watch|listen|view this post) on (?:amazon|ebay|walmart|etsy|imgur(?:\.com)?|instagram|youtube|spotify|apple music|google play|the app store)|` +
	`shop [^@.!?]{1,40} @ [^.!?]{1,40}|compare [ \p{L}\p{N}]{1,30} (?:deals|prices|quotes|rates|offers) (?:with|at|on) [\-\p{L}\p{N}]+\.\p{L}{2,6}(?:\.\p{L}{2})?|read (?:the )?(?:full )?(?:story|article|post|reviews?)|more on (?-i:[\p{Lu}\p{N}])[&'’. \-\p{L}\p{N}]{0,40}|` +
	`zum angebot|angebot ansehen|voir l'offre|ver (?:la )?oferta|vedi (?:l'|l’)?offerta|bekijk (?:de )?aanbieding`

// textByline matches a line that signs the story, "Published by Jane Doe",
// "Written by Jane Doe", which the story detector keeps as a subheading.
// It is labelled a byline, as the head and tail detectors label one, so
// that its names are the story's authors.
var textByline = lazyCompile(`(?i)^(?:posted|published|written) by ` + properName + `$`)

// properName is one to four capitalised words, "of", "the" or "&" between
// them ("Bells of Steel", "FOLIAGE HOUSEPLANTS", "Jane Doe"): what a shop
// link or a byline names, where a story's heading goes on in
// lower case ("Shop for a winter coat", "Written by hand").
const properName = `(?-i:\p{Lu}[&'’.\-\p{L}\p{N}]*(?: (?:of |the |& )?\p{Lu}[&'’.\-\p{L}\p{N}]*){0,3})`

// commentForm matches the lines of a comment form flattened into text: a
// field's label with its asterisk ("Name *", "E-mail *"; the common
// fields only: "Avoid SELECT *" and "Score*" are a story's words) and the consent
// to keep the commenter's details ("Save my name, email, and website in
// this browser for the next time I comment.") in the languages of
// textCall and Russian.
var commentForm = lazyCompile(`(?i)^(?:(?:(?:first |last |full |your )?name|e-?mail(?: address)?|website|url|comment|message|` +
	`имя|комментарий|сайт|kommentar|e-mail-adresse|commentaire|nom|courriel|comentario|nombre|correo electrónico|` +
	`commento|nome|sito web|comentário|naam|reactie|e-mailadres) ?\*$|` +
	`save my name,? email|сохранить моё имя|meinen namen,? (?:meine )?e-mail|enregistrer mon nom|guardar? mi nombre|` +
	`salva il mio nome|salvar (?:meus dados|meu nome)|mijn naam,? e-?mail)`)

// maxTextCreditWords is the longest line, in words, read as a photo's
// credit (textCredit).
const maxTextCreditWords = 12

// textCredit matches a line that credits a photo, which the generic image
// detector (creditLine) leaves to the story detector: "Image Credit: Sixt",
// "Image source: Harbour Museum", "Photo courtesy of Jane Doe",
// "(Image credit: Harbour Weekly)", "Foto: Max Muster", "Crédit photo : ...".
// A line that is only the label ("Photo Credit:") is a caption's heading,
// and a label without its colon opens a story's sentence ("Photo sources
// and display controls"), so the colon or "courtesy" is required.
var textCredit = lazyCompile(`(?i)^\(?(?:(?:featured? |cover |header |hero |top )?(?:image|photo|picture|photograph|illustration)s? ` +
	`(?:(?:source|credit)s?\s*:|courtesy(?: of)?\s*:?|via\s*:?)|bildquelle\s*:|fotos?\s*:|фото\s*:|crédits? photos?\s*:|` +
	`créditos?\s*(?:de (?:la )?)?(?:imagen|foto)\s*:)\s*[©@\p{L}\p{N}][^!?]{0,100}$`)

// maxTextTeaserWords is the longest line, in words, read as a teaser: its
// label and another page's headline.
const maxTextTeaserWords = 16

// teaser matches a line that points to another page, a label and a colon
// before its headline: "Related: How the tide tables work", "Previous post:
// ...", "Read also: ...", in the languages of textCall.
var teaser = lazyCompile(`(?i)^\W{0,2}(?:related(?: articles?| posts?| stories| reading)?|you (?:might|may) also like|` +
	`(?:read|see) (?:also|next|more)|also read|previous(?: post| article| story)?|next(?: post| article| story)?|` +
	`lesen sie auch|auch interessant|lire aussi|à lire aussi|lea también|lee también|leggi anche|leia também|lees ook)\s*:`)

// adLabel matches a line that a label marks as an advertisement, the label
// and a colon before the ad's words ("Advertisement: New Tide Tables
// Book!", "Sponsored: ...", "Anzeige: ..."), in the languages of textCall.
var adLabel = lazyCompile(`(?i)^\W{0,2}(?:advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie)\s*:`)

// maxPitchWords is the longest line, in words, read as a pitch (textPitch):
// an appeal of two or three sentences after the story.
const maxPitchWords = 60

// textPitch matches a line that promotes the site or its owner's business
// in sentences, as the page's furniture does: a call to talk to the firm's
// team or experts ("If you need help with X, connect with one of our
// experts."), to try, order or join what the writer sells ("Order my Yoga
// Life book..."), to sign up for the firm's news, a firm's promise to the
// reader ("We can improve your MBA profile..."), and appeals for the
// readers' support ("If you liked this article, please consider sharing
// ...", "Help me spread the word"), a shop's banner ("Free standard
// shipping on orders $60 or more. ..."), and the lead-in of the page's own
// web form ("Fill out the form below and our team ...", "Fill this form to
// download the brochure", "Fill out the form for a free quote": the form
// named with "this", "the" or "our", then where it stands or what it gets
// the reader; a guide's step that names a form goes on otherwise, "Fill in
// the form at the town hall"). Every form opens the line; textPitchIn
// has the forms found inside it. Each form was read on WCXB's train split,
// where it matched no line of a gold story.
var textPitch = lazyCompile(`(?i)^(?:` +
	`(?:if you [^,]{0,100}, )?(?:please )?(?:contact|connect with|reach out to|talk to|call|get in touch with|speak (?:to|with)) ` +
	`(?:one of our|our (?:team|experts?|specialists?|advisors?|sales team)\b)|` +
	`\W{0,2}(?:reach out to us|get in touch with (?:one of )?our experts?)\W{0,3}$|` +
	`(?:if you [^,]{0,100}, )?(?:try out|order|join) (?:our|my) |` +
	`(?:sign up|subscribe) (?:for|to) (?:the latest|our|my)\b|` +
	`we (?:can|will|'ll) (?:help (?:you )?)?(?:improve|boost|grow|build|transform|optimi[sz]e|scale|streamline) your\b|` +
	`if you (?:liked|enjoyed|found|like|enjoy) (?:this|the|my|our) (?:article|post|story|piece|newsletter|issue|content)\b|` +
	`help (?:me|us) spread the word|(?:score )?free (?:standard |express )?shipping on (?:all |qualifying )?orders (?:over |of |above )?[\p{Sc}\p{Lu}]{0,3}\s?\d|` +
	`(?:please )?fill (?:out |in )?(?:this|the|our) (?:short |quick |simple |brief )?form(?: (?:below|above|here)\b| to (?:get|receive|download|request|schedule|book|claim|access|speak|talk|hear|start|join)\b| for (?:a|an|your|more|our)\b))`)

// textPitchIn matches the pitches of textPitch's kind that a line holds
// anywhere: "...to see how we can help you!", a cloud's free credits or
// trial, "Your support is greatly appreciated!", "This story is funded by
// readers like you", "...please consider liking, sharing...", "All
// comments are moderated", a newsletter's "... is a reader-supported
// publication" and "Love X? Tell your friends and get rewards.", a sponsor note's "Advertising on our site helps support
// our mission", and a call to follow the writer on a social
// network ("Follow me on Instagram for new recipes!", "Be sure to follow
// me on social media HERE ..."). mayBePitchIn is its cheap first test.
var textPitchIn = lazyCompile(`(?i)\b(?:see|learn|find out|discover) how we can help(?: you)?\W{0,3}$|` +
	`\$\d+ in free credits|\bstart (?:your|a) free trial\b|` +
	`\byour support is (?:greatly |much |very much )?appreciated|\b(?:funded|supported|made possible) by readers like you\b|` +
	`please consider (?:liking|sharing|subscribing)|\bcomments are moderated\b|` +
	`\bis a reader-supported publication\b|\btell your friends and get rewards\b|\badvertising on (?:our|this) (?:web)?site helps (?:to )?support our mission\b|` +
	`\bfollow (?:me|us|along)\b.{0,40}\b(?:on|at|via) (?:instagram|pinterest|facebook|twitter|tiktok|youtube|linkedin|threads|bluesky|mastodon|social(?: media)?)\b`)

// mayBePitchIn is textPitchIn's cheap first test: the line holds a word
// every form of the pattern has (without its first letter, for case).
func mayBePitchIn(s string) bool { return pitchInWords.holdsAny(s) }

var pitchInWords = newLiteralSet("can help", "ree credits", "ree trial", "upport is", "eaders like you", "onsider",
	"oderated", "ollow ", "eader-supported", "et rewards", "elps support", "elps to support")

// isTextPitch reports whether a line is a pitch: textPitch or textPitchIn
// (each after its cheap first test, mayBePitch and mayBePitchIn), and not
// a story's report of someone's words (isSaying: "Follow us on Instagram,
// the organisers urged visitors").
func isTextPitch(s string) bool {
	return (mayBePitch(s) && textPitch.MatchString(s) || mayBePitchIn(s) && pitchInMatch(s)) && !isSaying(s)
}

// dropTextCalls drops, on flattened text, the short lines the story
// detector keeps that are a bare call to act or the heading of a related
// list (textCall): furniture at the story's edges that reads to the
// detector like a story's subheading; and, as the HTML path does, calls to
// sign up for a newsletter and affiliate disclosures written as sentences
// (newsletterCall, isTextDisclosure; at most maxCallWords words, or
// maxDisclosureWords when they name the links and the commission
// together), and the lines of a comment form (commentForm), teasers of
// other pages (teaser), ads under their label (adLabel), photo credits
// (textCredit) and captions with their credit (isCaptionCredit), a
// post's date line and tags (isTextMeta), notes on whose views a post
// gives (viewsDisclaimer), the site's pitches written as sentences
// (isTextPitch, at most maxPitchWords words), and, longer, a site's notice
// of its cookies (isCookieNotice, up to maxCookieNoticeWords words), and a
// firm's standing notice of any length (isStandingNotice). A
// line that signs the story (textByline) becomes a byline. Then a form's
// standing text and a widget's settings (dropFormLines), a widget's own
// words and a poll box (dropWidgetLines), and the runs of a
// web form, of a call-to-act box and of a link list (dropTextForms,
// dropTextCallBoxes, dropLinkLists), and a site's list of its pages made
// from one template (dropTemplateLists).
func (p *Page) dropTextCalls(drop []bool, shapes []blockfeat.Shape) {
	var bylines bylinesAbove
	for i := range p.blocks {
		w := shapes[i].Words
		if drop[i] || !p.free(i) || w == 0 {
			continue
		}
		text := p.blocks[i].Text
		if w >= minNoticeWords && isStandingNotice(text) {
			p.labelAs(i, Other, "model/text-disclosure")
			drop[i] = true
			continue
		}
		if w > maxPitchWords {
			if w <= maxCookieNoticeWords && isCookieNotice(text) {
				p.labelAs(i, Cookie, "model/text-call")
				drop[i] = true
			}
			continue
		}
		switch {
		case w <= maxTextMetaWords && isTextMeta(text, shapes[i]):
			p.labelAs(i, postMetaKind(text), "model/text-meta")
		case w <= maxTextMetaWords && isBreadcrumb(text):
			p.labelAs(i, Other, "model/text-nav") // Other: the head detectors may take it back (byModel)
		case w <= maxTextPointerWords && mayBeMorePosts(text) && morePosts.MatchString(text):
			p.labelAs(i, Related, "model/text-call")
		case w <= maxPitchWords && strings.Contains(text, "xpressed") && viewsDisclaimer.MatchString(text):
			p.labelAs(i, Other, "model/text-disclosure")
		case w <= maxCaptionCreditWords && isCaptionCredit(text):
			p.labelAs(i, Credit, "model/text-credit")
		case w > maxCallWords:
			switch {
			case len(text) <= maxDisclosureBytes && isTextDisclosure(text) && disclosureLink.MatchString(text):
				p.labelAs(i, Other, "model/text-disclosure")
			case isTextPitch(text):
				p.labelAs(i, Other, "model/text-pitch")
			default:
				continue
			}
		case w <= maxTextCallWords && isTextCall(text):
			p.labelAs(i, Other, "model/text-call")
		case w <= maxBylineWords && mayBeTextByline(text) && textByline.MatchString(text):
			p.labelTextByline(i, &bylines)
		case w <= maxTextCreditWords && mayBeTextCredit(text) && textCredit.MatchString(text):
			p.labelAs(i, Credit, "model/text-credit")
		case w <= maxTextTeaserWords && strings.IndexByte(text, ':') >= 0 && adLabel.MatchString(text): // the label's colon
			p.labelAs(i, Ad, "model/text-call")
		case w <= maxTextTeaserWords && mayBeTeaser(text) && teaser.MatchString(text):
			p.labelAs(i, Related, "model/text-call")
		case mayBeCommentForm(text) && commentForm.MatchString(text):
			p.labelAs(i, CommentPrompt, "model/text-call")
		case len(text) <= 400 && mayBeNewsletterCall(text) && newsletterCall.MatchString(text):
			p.labelAs(i, Subscribe, "model/text-call")
		case len(text) <= 400 && isTextDisclosure(text):
			p.labelAs(i, Other, "model/text-disclosure")
		case isTextPitch(text):
			p.labelAs(i, Other, "model/text-pitch")
		default:
			continue
		}
		drop[i] = true
	}
	p.dropFormLines(drop, shapes)
	p.dropWidgetLines(drop, shapes)
	p.dropTextForms(drop, shapes)
	p.dropTextCallBoxes(drop, shapes)
	p.dropLinkLists(drop, shapes)
	p.dropTemplateLists(drop, shapes)
}

// mayBeNewsletterCall is newsletterCall's cheap first test: the line holds
// one of the words the pattern ends with (without its first letter, for
// case).
func mayBeNewsletterCall(s string) bool { return newsletterCallStems.holdsAny(s) }

// newsletterCallStems are mayBeNewsletterCall's words, searched in one
// pass (four strings.Contains stopped at most of a line's e's, a's and
// n's).
var newsletterCallStems = newLiteralSet("ewsletter", "ailing list", "nbox", "mail")

// mayBeDisclosure is disclosure's cheap first test: the line holds one of
// the words every form of the pattern has (without its first letter).
func mayBeDisclosure(s string) bool { return disclosureWords.holdsAny(s) }

var disclosureWords = newLiteralSet("ffiliate", "ommission", "ualifying", "ompensated", "ndependently")

// mayBeCommentForm is commentForm's cheap first test: a field's label ends
// with its asterisk, and every consent line names the commenter's name
// ("name", "Namen", "nom", "nome", "nombre", "naam", "имя") or data
// ("dados").
func mayBeCommentForm(s string) bool {
	return strings.HasSuffix(s, "*") || commentFormWords.holdsAny(s)
}

// commentFormWords are the words of mayBeCommentForm's consent lines,
// searched in one pass.
var commentFormWords = newLiteralSet("ame", "nom", "naam", "имя", "dados")
