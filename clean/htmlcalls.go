package clean

import (
	"strings"
	"unicode"
)

// furnitureLabels are the one-line labels of page furniture the story
// detector keeps between or after a story's paragraphs, lower-cased and
// without the marks around them ("Share this:", "Read Next »"), by the
// kind of furniture they are or head. Chosen from the blocks the detector
// keeps on the WCXB train split and on AEB: each is a label there, not a
// line of a story.
var furnitureLabels = map[string]Kind{
	// advertising
	"advertisement": Ad, "advertisements": Ad, "advert": Ad, "sponsored": Ad, "sponsored content": Ad,
	"paid content": Ad, "anzeige": Ad, "werbung": Ad, "publicité": Ad, "publicidad": Ad,
	"pubblicità": Ad, "reklama": Ad,
	// sharing
	"share": Share, "share this": Share, "share this article": Share, "share this post": Share,
	"share this story": Share, "share this page": Share, "share on": Share, "share via": Share,
	"sharing is caring": Share, "like this": Share, "teilen": Share, "partager": Share,
	"compartir": Share, "condividi": Share,
	// what to read next
	"related": Related, "related posts": Related, "related articles": Related, "related stories": Related,
	"related content": Related, "related reading": Related, "related coverage": Related,
	"read next": Related, "read more": Related, "read also": Related, "recommended reading": Related,
	"recommended for you": Related, "recommended articles": Related, "recommended posts": Related,
	"recommended stories": Related, "you may also like": Related, "you might also like": Related,
	"you may also enjoy": Related, "you might also enjoy": Related, "more stories": Related,
	"don't miss": Related, "dont miss": Related, "must watch": Related, "just watched": Related,
	"explore further": Related, "further reading": Related, "more on this topic": Related,
	"more on this story": Related, "related topics": Related, "related links": Related, "você pode gostar": Related, "voce pode gostar": Related,
	"lesen sie auch": Related, "lire aussi": Related, "lee también": Related, "leggi anche": Related,
	// taxonomy
	"tags": Metadata, "tag": Metadata, "topics": Metadata, "filed under": Metadata,
	"categories": Metadata, "posted in": Metadata,
	// page tools
	"table of contents": Nav, "table of contents show": Nav, "table of contents hide": Nav,
	"in this article": Nav, "back to top": Nav, "article continues below": Ad, "story continues below": Ad,
	"content continues below": Ad, "continue reading below": Ad, "read later": Nav, "caption": Other,
	"about the author": Other,
	// comments
	"leave a comment": CommentPrompt, "leave a reply": CommentPrompt, "top rated comments": CommentPrompt,
	"be the first to comment": CommentPrompt, "join the discussion": CommentPrompt, "join the conversation": CommentPrompt,
	// a sponsor's box in a newsletter or a post
	"in partnership with": Ad, "sponsor this newsletter": Ad, "brought to you by": Ad, "presented by": Ad,
	"in zusammenarbeit mit": Ad, "en partenariat avec": Ad, "en colaboración con": Ad, "in collaborazione con": Ad,
	"em parceria com": Ad,
}

// furnitureLabelForms are the labels with a name or a few words of
// their own in them ("More Great WIRED Stories", "Popular on IndieWire",
// "You may be interested in the following topics as well").
var furnitureLabelForms = lazyCompile(`^(?:more great \pL+ stories|popular on \pL+|you (?:may|might) (?:also )?be interested in(?: the following(?: \pL+)?(?: as well)?)?)$`)

// pageCount matches a pager's label, "Page 1 of 8", as labelKey gives it.
var pageCount = lazyCompile(`^page \d+ of \d+$`)

// readingTime matches a story's reading time, as labelKey gives it ("11
// min read", "5 Min. Lesezeit", "Temps de lecture : 4 min", "Tiempo de
// lectura: 3 minutos").
var readingTime = lazyCompile(`^(?:\d+ ?(?:min|mins|minutes?|minutos?|minuti)\.? (?:read|reading|reading time|lesezeit|de lectura|de leitura|di lettura|de lecture)|(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd)\W*\d+ ?(?:min|mins|minutes?|minuten|minutos?|minuti)|lecture \d+ ?min)$`)

// taggedLabel matches a furniture label followed by what it labels:
// "Tags: laptops, reviews", "Filed Under: health", "Related article\nThe
// Smart Thermostat Buying Guide", "Advertisement: New AI Book!". The
// submatch is the label.
var taggedLabel = lazyCompile(`(?i)^[^\pL\pN]*(tags?|filed under|categories|category|posted in|topics|related(?: articles?| posts?| stories| story| coverage| reading)?|read more|read also|read next|see also|also read|you (?:may|might) also like|advertisement|sponsored|leggi anche(?: su)?|lesen sie auch|lire aussi|lee tambi[ée]n|veja tamb[ée]m|タグ|标签|метки|теги)\s*(?:[:：|]|\n)\s*\S`)

// labelKey returns text lower-cased, without the marks, symbols and
// spaces around it and with its inner spaces collapsed: the key of
// furnitureLabels. It returns "" for text too long to be a label.
func labelKey(text string) string {
	if len(text) > 60 {
		return ""
	}
	text = strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(strings.Join(strings.Fields(text), " "))
}

// furnitureLabel returns the kind of page furniture a short block is a
// label of, or "" when it is none.
func furnitureLabel(text string) Kind {
	if key := labelKey(text); key != "" {
		if k, ok := furnitureLabels[key]; ok {
			return k
		}
		if furnitureLabelForms.MatchString(key) {
			return Related
		}
		if pageCount.MatchString(key) {
			return Nav
		}
		if readingTime.MatchString(key) {
			return Metadata
		}
	}
	if strings.IndexByte(text, ':') < 0 && strings.IndexByte(text, '|') < 0 && strings.IndexByte(text, '\n') < 0 && !strings.Contains(text, "：") || !mayBeTaggedLabel(text) {
		return ""
	}
	if m := taggedLabel.FindStringSubmatch(text); m != nil {
		return taggedKind(strings.ToLower(m[1]))
	}
	return ""
}

// taggedKind returns the kind of furniture a taggedLabel label heads.
func taggedKind(label string) Kind {
	switch {
	case label == "advertisement" || label == "sponsored":
		return Ad
	case strings.HasPrefix(label, "tag") || strings.HasPrefix(label, "categor") || label == "filed under" ||
		label == "posted in" || label == "topics" || label == "タグ" || label == "标签" || label == "метки" || label == "теги":
		return Metadata
	}
	return Related
}

// shareHints and supportHints are the words (lower-cased) one of which
// every match of shareCall and of supportCall holds: a block without them
// is not read by the regexp, which tries each start in the block.
var (
	shareHints   = []string{"share", "friend", "spread", "?", "follow", "chat with", "if you"}
	supportHints = []string{"support", "donate", "funded", "here to", "clicking", "app", "want more", "free", "this "}
)

// hasAny reports whether s contains one of words.
func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// shareCall matches a call to share the story or follow its outlet or
// author ("Like this story? Share it with a friend!", "Follow us on
// Twitter @Spacedotcom", "Help me spread the word about this podcast!").
var shareCall = lazyCompile(`(?i)\bshare (?:it|this)(?: story| article| post)? with (?:a|your) friends?|\btell your friends\b|\bhelp (?:me|us) spread the word\b|^\W*(?:like|enjoy(?:ed)?|love) (?:this|what you)\b.{0,40}\?|^\W*follow (?:us|me) (?:on|at) \pL|\bfollow (?:him|her|them) (?:on (?:twitter|x|facebook|instagram)\b|@)|^\W*chat with us (?:in|on) \pL|\bif you (?:liked|enjoyed) this (?:article|post|story|piece|newsletter)\b`)

// supportCall matches a call to pay for, support or install the outlet
// ("Support Snopes and make a difference", "This story is funded by
// readers like you", "CLICK HERE TO GET THE FOX NEWS APP", "Get the FREE
// eBook!", "Want more stories like this?").
var supportCall = lazyCompile(`(?i)^\W*(?:please )?(?:support|donate to) \pL[\pL.]* (?:so|to|and|today)\b|\bfunded by readers like you\b|\b(?:click|tap) here to (?:get|download) (?:the|our) (?:\S+ ){0,3}app\b|\bon the go by clicking here\b|\bdownload (?:our|the) (?:\pL+ )?app\b|^\W*want more (?:stories|articles|posts) like this\b|^\W*get (?:the|our|your) free (?:e-?book|guide|checklist|download)\b|^\W*this (?:article|story|content|post) is (?:exclusive|only available|available only|reserved) (?:to|for)\b`)

// maxRelatedItems bounds the run of items read under a related-links
// heading.
const maxRelatedItems = 30

// minItemLinks is the least link density of an item under a related-links
// heading: a headline that is a link.
const minItemLinks = 0.5

// dropRelatedItems drops, under block i, a heading of what to read next
// ("More Great WIRED Stories", "Read Next"), the run of short blocks that
// are links, which the story detector keeps as it keeps headlines; the run
// ends at the first block that is not (a story paragraph, a subheading).
// The blocks the detector drops already do not end it.
func (p *Page) dropRelatedItems(i int, drop []bool) {
	for j := i + 1; j < len(p.blocks) && j <= i+maxRelatedItems; j++ {
		if drop[j] {
			continue
		}
		hb := p.walkerBlock(j)
		if !p.free(j) || hb == nil || hb.LinkDensity < minItemLinks ||
			len(strings.Fields(p.blocks[j].Text)) > maxCallWords {
			return
		}
		p.labelAs(j, Related, "model/html-related")
		drop[j] = true
	}
}

// businessHints are the words (lower-cased) one of which every
// businessCall match holds: a block without them is not read by the
// regexp.
var businessHints = []string{"quote", "estimate", "consult", "demo", "proposal", "in touch", "contact", "talk to", "kontakt", "cont\u00e1ct", "contatt", "conosco", "angebot", "devis"}

// maxBusinessCallWords is the longest block, in words, read as a
// business's call (see businessCall): its button or its card's line. A
// sentence that closes a post with the business's pitch ("Want to see it
// in action? Request a demo today and ...") is longer, and the gold keeps
// it about as often as not (on WCXB's train articles, six of eight).
const maxBusinessCallWords = 8

// businessCall matches a business's call to become its customer, at the
// start of a block or of one of its sentences ("Get a Quote", "Get in
// touch today to see how we can help you!", "To get started, request a
// quote here", "Talk To Our Social Media Marketing Experts", "Kontaktieren
// Sie uns", "Demandez un devis gratuit"): a line of a service's landing
// box or of its listing card, which the detector keeps among a guide's
// paragraphs.
var businessCall = lazyCompile(`(?i)(?:^|[.!?]\s+)\W*(?:to get started,? )?(?:(?:get|request) (?:a|an|your|my) (?:free |instant |custom |personali[sz]ed )?(?:quote|estimate|consultation|proposal|demo)\b|(?:book|schedule) (?:a|an|your) (?:free )?(?:call|demo|consultation)\b|get in touch (?:today|now|with us|with our team)\b|contact us (?:today|now)\b|talk to (?:our|an?) (?:\pL+ ){0,4}experts?\b|kontaktieren sie uns\b|(?:jetzt )?(?:kostenloses )?angebot anfordern\b|contactez-nous\b|demandez (?:un|votre) devis\b|cont[aá]ct(?:enos|anos)\b|solicite? (?:un|uma|su|sua) (?:presupuesto|or[cç]amento|cotizaci[oó]n)\b|contattaci\b|fale conosco\b)`)

// formHints are the words (lower-cased) one of which every formCall match
// holds: a block without them is not read by the regexp.
var formHints = []string{"thank", "updates", "notification", "privacy", "sign up for", "subscribe to", "share it", "please share"}

// formCall matches the other lines of a sign-up or a share box that
// newsletterCall and shareCall leave, each a form a platform prints under
// every post: the thanks before the call ("Thanks for reading! Subscribe
// for free to receive new posts"), a call to follow a writer ("Join Medium
// for free to get updates from this writer"), a browser's notification
// prompt, a form's privacy note ("Your information will be processed
// according to our Privacy Policy"), a call after a clause of its own
// ("For daily tips, sign up for the Almanac newsletter") and a plea to
// share ("If you like it, please share it!"). Chosen from the blocks the
// detector keeps held out (internal/train -cvdump) that hold a must-not
// snippet: six such lines on WCXB's train articles (about 70 words), and
// one line of a train page's gold matches, a Medium page's call to follow
// its writer (9 words; "By clicking submit, you agree to ..." matched a
// service page's gold too, and was left out). On the train split itself
// the detector, fitted there, keeps none of them.
var formCall = lazyCompile(`(?i)^\W*(?:thanks? (?:you )?for reading\b.{0,60}?[.!]\s*(?:subscribe|sign up)\b|(?:join|subscribe|sign up|follow)\b.{0,60}?\bto (?:get|receive) (?:email )?updates\b|(?:would you like|do you want) to (?:receive|get|enable) (?:push |browser )?notifications\b|your (?:information|data|personal data|email(?: address)?) will be (?:processed|used|handled)\b.{0,80}\bprivacy (?:policy|notice|statement)\b|[^.!?]{3,40}, (?:sign up for|subscribe to) (?:the|our) .{0,40}\bnewsletter\b|if you (?:like|liked|enjoy|enjoyed) (?:it|this)\b.{0,20}?\bplease share\b)`)
