package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// maxTextCallWords is the longest line, in words, read as a bare call to
// act on text: a button or a heading over furniture, not a sentence.
const maxTextCallWords = 7

// textCall matches a short line that is a button or a heading of the page's
// furniture: a call to get in touch, ask for a quote or a demo, sign up or
// subscribe, leave a comment, share, read or buy more, and the headings
// of "related" and "other articles" lists, in English, German, French, Spanish, Italian,
// Portuguese and Dutch. The whole line must be the call (with a trailing
// arrow, "!" or ":" at most): a story's heading that starts with these
// words goes on.
var textCall = lazyCompile(`(?i)^\W{0,2}(?:` +
	`contact us(?: today| now)?|get in touch(?: with us)?(?: today)?|talk to (?:us|an expert|sales|our \w+)|contact sales|` +
	`request a (?:quote|demo|call ?back|consultation)|get a (?:free )?(?:quote|demo|consultation)|book a (?:demo|call|consultation|meeting)|` +
	`discuss your project|start (?:your )?free trial|try (?:it )?(?:for )?free|sign[- ]?up(?: for free| now| today)?|subscribe(?: now| today)?|` +
	`join (?:our|the) (?:newsletter|mailing list|community)|leave a (?:reply|comment)(?: cancel reply)?|post (?:a )?comment|add a comment|cancel reply|` +
	`share (?:this|on)(?: \w+)?|read more(?: articles)?|continue reading|you (?:might|may) (?:also )?(?:like|enjoy)|` +
	`related (?:articles|posts|stories|reading)|recommended for you|more from \p{L}+|buy now|shop now|see price at \p{L}+|` +
	`other (?:related |interesting )?(?:articles|posts|stories)(?: you (?:may|might) (?:find interesting|like|enjoy))?|` +
	`back to (?:blog|top|news|home|articles)|save this (?:story|article|post)|share (?:this )?(?:article|story|post|page)|` +
	`what do you think|recently by \p{L}+(?: \p{L}+){0,2}|reply by e-?mail|` +
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
	`neem contact op|lees meer|lees ook|abonneer` +
	`)\W{0,3}$`)

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

// maxTextTeaserWords is the longest line, in words, read as a teaser: its
// label and another page's headline.
const maxTextTeaserWords = 16

// teaser matches a line that points to another page, a label and a colon
// before its headline: "Related: How the tide tables work", "Previous post:
// ...", "Read also: ...", in the languages of textCall.
var teaser = lazyCompile(`(?i)^\W{0,2}(?:related(?: articles?| posts?| stories| reading)?|you (?:might|may) also like|` +
	`(?:read|see) (?:also|next|more)|also read|previous(?: post| article| story)?|next(?: post| article| story)?|` +
	`lesen sie auch|auch interessant|lire aussi|à lire aussi|lea también|lee también|leggi anche|leia também|lees ook)\s*:`)

// dropTextCalls drops, on flattened text, the short lines the story
// detector keeps that are a bare call to act or the heading of a related
// list (textCall): furniture at the story's edges that reads to the
// detector like a story's subheading; and, as the HTML path does, calls to
// sign up for a newsletter and affiliate disclosures written as sentences
// (newsletterCall, disclosure; at most maxCallWords words), and the lines
// of a comment form (commentForm), and teasers of other pages (teaser).
func (p *Page) dropTextCalls(drop []bool, shapes []blockfeat.Shape) {
	for i := range p.blocks {
		w := shapes[i].Words
		if drop[i] || !p.free(i) || w > maxCallWords || w == 0 {
			continue
		}
		text := p.blocks[i].Text
		switch {
		case w <= maxTextCallWords && textCall.MatchString(text):
			p.labelAs(i, Other, "model/text-call")
		case w <= maxTextTeaserWords && teaser.MatchString(text):
			p.labelAs(i, Related, "model/text-call")
		case mayBeCommentForm(text) && commentForm.MatchString(text):
			p.labelAs(i, CommentPrompt, "model/text-call")
		case len(text) <= 400 && mayBeNewsletterCall(text) && newsletterCall.MatchString(text):
			p.labelAs(i, Subscribe, "model/text-call")
		case len(text) <= 400 && mayBeDisclosure(text) && disclosure.MatchString(text):
			p.labelAs(i, Other, "model/text-disclosure")
		default:
			continue
		}
		drop[i] = true
	}
}

// mayBeNewsletterCall is newsletterCall's cheap first test: the line holds
// one of the words the pattern ends with (without its first letter, for
// case).
func mayBeNewsletterCall(s string) bool {
	return strings.Contains(s, "ewsletter") || strings.Contains(s, "ailing list") || strings.Contains(s, "nbox") || strings.Contains(s, "mail")
}

// mayBeDisclosure is disclosure's cheap first test: the line holds one of
// the words every form of the pattern has (without its first letter).
func mayBeDisclosure(s string) bool {
	return strings.Contains(s, "ffiliate") || strings.Contains(s, "ommission") || strings.Contains(s, "ualifying") ||
		strings.Contains(s, "ompensated") || strings.Contains(s, "ndependently")
}

// mayBeCommentForm is commentForm's cheap first test: a field's label ends
// with its asterisk, and every consent line names the commenter's name
// ("name", "Namen", "nom", "nome", "nombre", "naam", "имя") or data
// ("dados").
func mayBeCommentForm(s string) bool {
	return strings.HasSuffix(s, "*") || strings.Contains(s, "ame") || strings.Contains(s, "nom") ||
		strings.Contains(s, "naam") || strings.Contains(s, "имя") || strings.Contains(s, "dados")
}
