package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// titleSeps separate a title from the site's name in <title> and og:title:
// "Foo | Site", "Foo - Site", "Foo – Site", "Foo — Site", "Foo • Site",
// "Foo › Site", "Foo ~ Site", "Foo // Site".
var titleSeps = []string{" | ", " - ", " – ", " — ", " • ", " · ", " :: ", " « ", " » ", " › ", " ~ ", " // "}

// withoutSite takes the site's name off a title: a short tag in square
// brackets that opens it ("[Site] Foo": [withoutBracketTag]); a last part
// after a separator that names the site (its name, or its domain's), that
// is a domain's name ("Foo - harbourtimes.co.uk": [domainTail]), or that
// is a site's name opened by a word for news ("| Noticias de El Diario":
// [newsWordTail]), with a section set off by the same dash before the
// site's name ("Foo — Local news — Site": [withoutDashSection]) and a page
// mark glued to the headline ("Foo Halaman all - Site": [withoutPageMark]),
// or is a short tag after a bar ("| Opinion"; after " // " only once the
// site's name came off after one, "Foo // Local // Site", for a headline's
// own double slash has short tails too: "why 7 // 2 gives 3", "Band //
// Album"), or after a dash a name in its
// language's capitals ("- El Correo del Sur", "— Городские вести":
// [particlePaperName], [sentenceCaseName]); a first part before ": ", a
// bar, a dash or "»" that names the site ("Site: Foo", "Site » Foo"), and
// with it a section or the site's motto set off by the same separator
// after it ("Site | Local | Foo", "Site - Motto - Foo": [sectionAfterSite]);
// a date before a separator ("03/03/2026 - Foo": [onlyDateWords]); the
// site's motto after its name, set off by the same separator ("Foo – Site
// – Motto": [siteBeforeMotto]). A short tail stays when the site's name
// opens the title ("Site › Local › Foo": [opensWithSite]); the name and
// the section after it go instead. Three passes at most, each taking one
// last part with what the rules above take beside it, and one first part
// ("Foo - Shop | Site", a template's "Foo - Category - Module - Site"), so
// that up to three last parts go. The site's name in
// brackets after the title comes off the ranker's choice only
// ([withoutSiteBracket]).
func withoutSite(title, site, host string) string {
	title = withoutBracketTag(strings.TrimSpace(title), site, host)
	slashSite := false // the site's name came off after " // "
	for range 3 {
		cut := false
		for _, sep := range titleSeps {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if wordCount(head) < 2 {
				continue
			}
			short := wordCount(tail) <= 4 && wordCount(head) >= 3
			bar := sep != " - " && sep != " – " && sep != " — "
			if named := namesSite(tail, site, host) || domainTail(head, tail); named || newsWordTail(head, tail) {
				if named {
					head = withoutDashSection(head, sep)
					slashSite = slashSite || sep == " // "
				}
				title, cut = withoutPageMark(head), true
				break
			}
			shortTag := bar && short || !bar && short && wordCount(tail) <= 2 && capitalised(tail) && !dottedName(tail)
			if shortTag && sep == " // " && !slashSite {
				shortTag = false // a headline's own "7 // 2", "Band // Album"
			}
			if shortTag && opensWithSite(title, site, host) {
				shortTag = false // "Site › Local › Foo": the short tail is the headline
			}
			if siteTagline(head, tail, site, host) || siteBeforeMotto(head, tail, sep, site, host) || brandTail(tail, host) || bylineTail(tail) || shortTag || !bar && caselessName(head, tail) || !bar && wordCount(head) >= 3 && (particlePaperName(tail) || sentenceCaseName(tail) || paperWordName(tail)) {
				title, cut = withoutPageMark(head), true
				break
			}
		}
		if !cut {
			title, cut = withoutSiteWorld(title, site, host)
		}
		if !cut {
			title, cut = withoutWorldTags(title)
		}
		if i, sep := siteOpening(title, site, host); i > 0 {
			title, cut = sectionAfterSite(strings.TrimSpace(title[i+len(sep):]), sep), true
		}
		if digitByteIn(title[:min(len(title), maxDatePrefix)]) { // a date opening a title holds a digit
			for _, sep := range dateSeps {
				if i := strings.Index(title, sep); i > 0 && i <= maxDatePrefix && onlyDateWords(title[:i]) && wordCount(title[i+len(sep):]) >= 3 {
					title, cut = strings.TrimSpace(title[i+len(sep):]), true // a date before the title
					break
				}
			}
		}
		if !cut {
			break
		}
	}
	return title
}

// dateSeps set a date off the title after it.
var dateSeps = []string{" | ", " - ", " – ", " — ", " · ", " • ", " :: "}

// maxDatePrefix is the most bytes of a date before a title's separator
// ("Wednesday, 3 September 2026, 10:32 am").
const maxDatePrefix = 48

// sectionAfterSite returns rest, a title after the site's name and sep,
// without a section that opens it set off by the same sep ("Local |
// Foo" after "Site | "): after a bar a part of at most three words, after
// a dash one of at most two capitalised words or the site's motto
// ([mottoBeforeHeadline]; a headline's own dash keeps its first part:
// "Ferry fares - what islanders will pay"), never after a colon; the
// headline must keep three words.
func sectionAfterSite(rest, sep string) string {
	if sep == ": " {
		return rest
	}
	i := strings.Index(rest, sep)
	if i <= 0 {
		return rest
	}
	part, after := rest[:i], strings.TrimSpace(rest[i+len(sep):])
	n := wordCount(part)
	dash := sep == " - " || sep == " – " || sep == " — "
	if wordCount(after) < 3 || n > 3 && !dash || dash && (n > 2 || !capitalised(part)) && !mottoBeforeHeadline(part, after) {
		return rest
	}
	return after
}

// mottoBeforeHeadline reports whether part, set off by a dash after the
// site's name that opens a title, is the site's motto before the headline
// after ("Flour Notes - Stories from small bakeries - Why the village
// bakery ...", as a theme prints "%site – %tagline – %title"): at most
// maxMottoWords words, fewer than the headline's, which opens as a
// headline does, with a capital or a letter of a script without case. A
// headline's own dash sets a lower-case part off ("Ferry fares rise again
// - what islanders will pay") and keeps its head.
func mottoBeforeHeadline(part, after string) bool {
	n := wordCount(part)
	if n > maxMottoWords || wordCount(after) <= n {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// domainTail reports whether tail, the part of a title after a separator,
// is a domain's name ("harbourtimes.co.uk", "DiarioDelPuerto.com.ar"):
// one word of dotted labels of letters, digits and hyphens, the first of
// three characters or more, the last of two to six letters and a
// top-level domain the Public Suffix List's ICANN section knows; a site
// printed by its address, whatever the page's own host. A product's name
// with a dot ("Node.js", "Vue.js": ".js" is no domain) is none. head must
// keep three words.
func domainTail(head, tail string) bool {
	if wordCount(head) < 3 || !dottedLabels(tail) {
		return false
	}
	_, icann := publicsuffix.PublicSuffix(strings.ToLower(tail))
	return icann
}

// dottedName reports whether tail is one word of dotted labels that names
// no domain ([domainTail]): a product's name ("Node.js", "Vue.js"), a
// title's own word that a dash sets off ("Streams explained - Node.js" on
// a blog); on the product's own site its name names the site
// ([namesSite]) and goes.
func dottedName(tail string) bool {
	if !dottedLabels(tail) {
		return false
	}
	_, icann := publicsuffix.PublicSuffix(strings.ToLower(tail))
	return !icann
}

// dottedLabels reports whether s is one word of dotted labels of letters,
// digits and hyphens, the first of three characters or more, the last of
// two to six letters: a domain's shape.
func dottedLabels(s string) bool {
	if strings.ContainsAny(s, " \u00a0") {
		return false
	}
	labels := strings.Split(s, ".")
	if len(labels) < 2 || len(labels[0]) < 3 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
		for _, r := range l {
			if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-') {
				return false
			}
		}
	}
	top := labels[len(labels)-1]
	return len(top) >= 2 && len(top) <= 6 && strings.IndexFunc(top, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// withoutBracketTag returns a title without a short tag in square
// brackets that opens it ("[Harbour Times] Foo"): a site's name, of two to
// four words, or of one that names the site ([namesSite]: "[Tidewire]" on
// tidewire.example); the rest holds at least three words. A one-word
// label is the title's own ("[Video] Foo", a forum's "[SOLVED] Foo": the
// title a reader is given, often the only one the page has). A bracket
// elsewhere stays ("Foo [Video]", "Foo [updated]" are the title's tail,
// read as such by the steps after).
func withoutBracketTag(title, site, host string) string {
	rest, ok := strings.CutPrefix(title, "[")
	if !ok {
		return title
	}
	tag, after, ok := strings.Cut(rest, "]")
	if !ok || strings.TrimSpace(tag) == "" || wordCount(tag) > 4 || strings.ContainsAny(tag, "[") || wordCount(tag) == 1 && !namesSite(tag, site, host) {
		return title
	}
	after = strings.TrimSpace(after)
	if wordCount(after) < 3 {
		return title
	}
	return after
}

// capitalised reports whether every word of s starts with a capital or a
// digit, as a brand's name does.
func capitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// namesSite reports whether part names the site: the same letters and
// digits as its name, or as its domain's main label ("The Software Report"
// on thesoftwarereport.com), or that label and a few more ("Example.com"
// on example.com), or the whole host ("news.example"), letters with
// marks meeting the label's bare ones ("Le Progrès" on leprogres.fr:
// [latinKey]); never more than six words, but for the site's own name.
func namesSite(part, site, host string) bool {
	k := squash(part)
	if k == "" {
		return false
	}
	s := squash(site)
	if k == s {
		return true // the name itself, however many words or characters ("日本経済新聞電子版")
	}
	if wordCount(part) > 6 {
		return false // a site's name is short; a headline that opens with it is no name
	}
	if s != "" && (len(k) >= 4 && strings.Contains(s, k) || len(s) >= 4 && strings.Contains(k, s)) {
		return true
	}
	if host == "" {
		return false
	}
	if strings.Contains(part, ".") && k == squash(strings.TrimPrefix(strings.ToLower(host), "www.")) {
		return true // the host itself ("news.example | Foo")
	}
	if lk, ok := latinKey(part); ok && lk != k {
		k = lk // "Le Progrès" meets leprogres.fr
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	bare := withoutThe(part, k) // "The Harbor Ledger" on harborledger.com
	for j, l := range labels {
		if l = squash(l); len(l) >= 3 && (labelNames(k, l) || bare != "" && labelNames(bare, l)) {
			return true
		}
		if j < len(labels)-1 && initialsName(part, l) { // not the top-level domain
			return true
		}
	}
	return false
}

// labelNames reports whether key k (a part of a title, squashed) names a
// site whose domain label is l (squashed): the label itself, the label and
// a few letters more ("examplecom"), or a run of five letters or more of
// it.
func labelNames(k, l string) bool {
	return k == l || len(l) >= 5 && strings.HasPrefix(k, l) && len(k) <= len(l)+6 || len(k) >= 5 && strings.Contains(l, k)
}

// withoutThe returns key k (part squashed) without the leading article of
// a part that opens with the word "The" ("The Harbor Ledger" gives
// "harborledger"), which a domain often leaves out; "" when part opens
// with any other word ("Theatre News").
func withoutThe(part, k string) string {
	f := strings.Fields(part)
	if len(f) < 2 || !strings.EqualFold(f[0], "the") || !strings.HasPrefix(k, "the") {
		return ""
	}
	return k[len("the"):]
}

// squash keeps the letters and digits of s, lower-cased: the key under which
// a name is compared with a site's name, its domain's labels or another name
// ("Al-Jazeera English" and "aljazeera.english" meet as "aljazeeraenglish").
// extract compares bylines with outlets by it too, so both packages agree.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// trapWords open lines that are never a headline: navigation and
// accessibility labels, share widgets, bylines, labelled date lines
// ("Posted on ...", "Last updated ..."), breadcrumbs ("You are here: ...").
var trapWords = []string{
	"skip to", "skip navigation", "accessibility", "jump to", "you are signed out", "select an option",
	"kopiere", "copy link", "link copied", "by ", "von ", "story by", "written by", "{{", "subscribe to",
	"posted on", "posted by", "published on", "published:", "updated on", "updated:", "last updated",
	"fact checked", "reviewed by", "medically reviewed", "you are here",
	"by:", "author:", "authors:", "date:", "published in ", "copyright", "©", "http://", "https://", "www.", "visit:",
	"words by", "words:", "text by", "text:", "writer:", "byline:", "article by", "reporting by", "reported by", "authored by",
	"contributed by", "compiled by", "guest post by", "opinion by", "interview by",
}

// linkArrows end the label of a link or button that points onward ("Event
// Management >", "All guides ›", "Read more →"); a headline ends with no
// arrow.
var linkArrows = []string{" >", " ›", " »", " →", "\u00a0>", "\u00a0›", "\u00a0»", "\u00a0→"}

// readTimes end a reading-time label ("13 min read", "5 minutes read").
var readTimes = []string{" min read", " mins read", " minute read", " minutes read"}

// trapLabels are widget and menu labels: a trap when the line is no
// longer than a label ("Share this article"), not when a headline starts
// with the word ("Share prices fall").
var trapLabels = []string{"menu", "search", "sign in", "log in", "recent articles", "related", "share", "advertisement"}

// isTitleTrap reports whether a short line looks like something other than
// a headline: a navigation or share label, a byline ("von Laura
// Eßlinger"), a timestamp ("02/02/2025 KL. 09:00"), a strip that opens
// with a date ("Dec 19, 2025 | 5 min read"), a sidebar item's age ("- 6
// mins ago"), the page's age in another language ("2 hari yang lalu",
// [ageLineTrap]), a live page's update time ("Updated 10:05 GMT",
// [timeOnlyLine]) or a link's label with its arrow ("Event Management >").
func isTitleTrap(s string) bool {
	trimmed := strings.TrimSpace(s)
	var buf [2 * trapEndRunes]byte
	head, tail := lowerEnds(trimmed, trapEndRunes, buf[:0]) // of ToLower(trimmed)
	for _, w := range trapWords {
		if hasPrefixBytes(head, w) {
			return true
		}
	}
	for _, w := range trapLabels {
		if hasPrefixBytes(head, w) && wordCount(strings.ToLower(trimmed)) <= 3 {
			return true
		}
	}
	for _, w := range readTimes {
		if hasSuffixBytes(tail, w) {
			return true
		}
	}
	if labelledReadTimeHead(head) {
		return true // "Lesezeit: 4 Min.", "Tempo de leitura: 5 min | 03/03/2025"
	}
	if hasSuffixBytes(tail, " ago") || hasSuffixBytes(tail, " ago)") || ageLineTrap(trimmed) || isNoticeTrap(trimmed) || textHeadTrap(trimmed) || timeOnlyLine(trimmed) {
		return true
	}
	for _, w := range linkArrows {
		if hasSuffixBytes(tail, w) {
			return true // a link's label: "Event Management >", "Read more →"
		}
	}
	if _, _, ok := dateparse.DateLine(s); ok || gluedDatesOpen(trimmed) {
		return true
	}
	if _, pos, ok := findDateStamp(s); ok && (wordCount(s) <= 6 && wordCount(s[:pos]) <= 1 || pos == 0 && strings.ContainsAny(s, "|•·") ||
		dateLabel().MatchString(s) || stripBefore(s[:pos]) || nameBefore(s, pos) || readTimeBefore(s[:pos])) {
		// A timestamp ("02/02/2025 KL. 09:00", "Am 02.02.2025"), a
		// date strip: "Dec 19, 2025 | Updated Dec 20, 2025 | 5 min
		// read", "Jane Doe | Senior Writer | July 2, 2025", a labelled
		// date ("Publication date: 4 March 2025") or a byline with its
		// date ("Jane Doe - 4 March 2025"); not a short headline with its
		// date ("Weekly Wrap-Up 12/19/2025").
		return true
	}
	if _, _, ok := nameLabelledDate(trimmed); ok {
		return true // "Jane Doe | Publié le 5 mars 2025": a byline and its labelled date
	}
	return false
}

// gluedDatesOpen reports whether line s opens with a date that runs
// straight into a second one, with no space between ("May 21, 2025April
// 24, 2025 by Jane Doe"): a theme's publish and update times flattened
// (see gluedEarlier). Such a line is a date line, whatever follows the
// dates, though the line as a whole reads as no date.
func gluedDatesOpen(s string) bool {
	at := gluedYearEnd(s, 0)
	if at < 0 {
		return false
	}
	if _, _, ok := dateparse.DateLine(s[:at]); !ok {
		return false // the line does not open with a whole date
	}
	_, off, ok := findDateAfter(s[at:], 0)
	return ok && off == 0
}

// nameBefore reports whether the date found at pos in s has a person's
// name before it and a separator between: "Jane Doe - 4 March 2025",
// "Jane Doe | 4 March 2025". A name glued to a date with no mark between
// may be a headline's words ("Metasploit Wrap-Up 12/19/2025").
//
// The name may carry its role ("Jane Doe, Staff Writer • May 3, 2025":
// [nameWithRole]), and a name glued to a date that opens with a capital
// ("Jane DoeMay 3, 2025", a byline's two elements flattened with nothing
// between) is one as well: a headline's words are set apart from its
// date by a space ("Weekly Wrap-Up 12/19/2025").
func nameBefore(s string, pos int) bool {
	if pos == 0 {
		return false
	}
	before := strings.TrimRight(s[:pos], " \u00a0")
	r, _ := utf8.DecodeLastRuneInString(before)
	d, _ := utf8.DecodeRuneInString(s[pos:]) // the date read may open with the dash
	glued := len(before) == pos && unicode.IsLower(r) && unicode.IsUpper(d)
	if before == "" || !glued && !strings.ContainsRune(nameDateSeps, r) && !strings.ContainsRune(nameDateSeps, d) {
		return false
	}
	return nameWithRole(strings.Trim(before, " \u00a0"+nameDateSeps)) != ""
}

// nameDateSeps are the marks a byline prints between a name and its date.
const nameDateSeps = "-–—|•·,/"

// readTimeBefore reports whether the words before a date are a reading
// time and its separator ("5 min read · May 3, 2025"): a date strip
// printed the other way round from "May 3, 2025 · 5 min read".
func readTimeBefore(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"+nameDateSeps))
	if len(b) == len(strings.TrimRight(before, " \u00a0")) {
		return false // no separator between
	}
	for _, w := range readTimes {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// stripBefore reports whether the words before a date are two parts of a
// strip or more, each ended by its separator ("Jane Doe | Senior Writer |
// "): a byline strip's date. One part is a headline's ("Harbour board
// notes | 18.12.2025").
func stripBefore(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	if !strings.HasSuffix(b, "|") && !strings.HasSuffix(b, "•") && !strings.HasSuffix(b, "·") {
		return false
	}
	return strings.Count(b, "|")+strings.Count(b, "•")+strings.Count(b, "·") >= 2
}

// metaTitles returns the page's own titles with the site's name taken off,
// most trusted first. A title that is only the site's name (a <title> the
// site prints on every page) is left out when another of them names more:
// a heading that prints the site's name does not agree with the article
// by it. A page whose titles are all the site's name (a home or listing
// page) keeps them.
func metaTitles(m *htmldoc.Meta, host string) []string {
	var out []string
	site := titleSite(m)
	named := 0
	for _, t := range []string{m.HeadlineLD, cardTitle(m, host), m.TitleTag} {
		if t = metaTitle(t, m, host); t != "" && !isTitleTrap(t) {
			out = append(out, t)
			if onlySiteName(t, site, host) {
				named++
			}
		}
	}
	if named == 0 || named == len(out) {
		return out
	}
	kept := out[:0]
	for _, t := range out {
		if !onlySiteName(t, site, host) {
			kept = append(kept, t)
		}
	}
	return kept
}

// onlySiteName reports whether title t is the site's name alone: its
// og:site_name (or link home's) letters, or its domain's main label.
func onlySiteName(t, site, host string) bool {
	return wordCount(t) <= 6 && namesSite(t, site, host)
}

// agrees reports whether a visible headline and a title from the metadata
// are the same headline: equal letters, or one holds the other and most of
// it ("Recent Trends in Photography" in "8 Recent Trends in Photography").
func agrees(a, b string) bool {
	x, y := squash(a), squash(b)
	if x == "" || y == "" {
		return false
	}
	if x == y {
		return true
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	return len(x) >= 12 && strings.Contains(y, x) && len(x)*10 >= len(y)*6
}

// agreement reports whether a visible headline agrees with one of the
// page's own titles ([agrees]), and whether one of them has exactly its
// letters.
func agreement(text string, metas []string) (agree, exact bool) {
	for _, m := range metas {
		if agrees(text, m) {
			agree = true
			if squash(text) == squash(m) {
				return true, true
			}
		}
	}
	return agree, false
}

// labelHTMLTitle labels the page's headline among its <h1> (and, failing
// those, <h2>) elements: the one that agrees with the page's own titles
// (JSON-LD headline, og:title, <title> without the site's name), an <h2>
// only when it agrees exactly or no <h1> is left; failing agreement, a
// smaller heading the metadata names under a short <h1>
// ([Page.minorHeadTitle]), then the first <h1> outside navigation, asides,
// footers and cookie banners ([cookieBannerHeading]) that is not a trap. A caption, nav label, byline, share
// widget or timestamp is never the title.
func (p *Page) labelHTMLTitle() {
	doc := p.in.doc
	metas := metaTitles(&doc.Meta, hostOf(p.pageURL()))
	first, shunned := -1, false
	for _, tag := range []string{"h1", "h2"} {
		for i := range p.blocks {
			b := p.blocks[i]
			if b.HTML == nil || b.HTML.Tag != tag || !p.free(i) || len(b.Text) > 300 {
				continue
			}
			if hb := doc.Blocks[b.Line-1]; hb.Hidden || hb.InNav || hb.InAside || hb.InFooter || hb.InFigure || cookieBannerHeading(&hb) {
				continue
			}
			if isTitleTrap(b.Text) || wordCount(b.Text) < 1 || siteDateStrip(b.Text, titleSite(&doc.Meta), hostOf(p.pageURL())) {
				continue
			}
			// An <h2> that agrees in part only (a section's heading that
			// holds the title's words) does not outrank the first <h1>.
			if agree, exact := agreement(b.Text, metas); agree && (exact || tag == "h1" || first < 0) {
				p.labelAs(i, Title, "html/title")
				p.htmlKicker(i)
				p.htmlDeck(i)
				return
			}
			if first >= 0 || shunned || tag != "h1" {
				continue
			}
			if len(metas) > 0 && notHeadline(b.Text, titleSite(&doc.Meta), hostOf(p.pageURL())) {
				p.labelAs(i, Other, "html/not-headline") // no later stage takes it for the title
				// The page sets its name or its file's in the largest type:
				// the <h1>s after it are its text's own headings, which
				// are the title only when the metadata says so.
				shunned = true
				continue
			}
			first = i
		}
	}
	if j := p.minorHeadTitle(metas, first); j >= 0 {
		p.labelAs(j, Title, "html/minor-heading")
		p.htmlDeck(j)
		return
	}
	if first >= 0 {
		p.labelAs(first, Title, "html/h1")
		p.htmlKicker(first)
		p.htmlDeck(first)
	}
}

// notHeadline reports whether an <h1> that agrees with none of the page's
// own titles is something else set in the largest type: the site's name
// ("davidbau.com"), a file's name ("hackermondev/writeup.md"), or a
// standfirst of several sentences. The metadata's title is then the
// better headline.
func notHeadline(s, site, host string) bool {
	if wordCount(s) <= 3 && namesSite(s, site, host) || !strings.Contains(strings.TrimSpace(s), " ") && strings.ContainsAny(s, "/.") {
		return true
	}
	if len(s) > 200 {
		return true
	}
	inner := strings.TrimSpace(s)
	inner = inner[:max(0, len(inner)-1)]
	return endsSentence(s) && (strings.Contains(inner, ". ") || strings.Contains(inner, "? ") || strings.Contains(inner, "! "))
}

// htmlDeck labels the standfirst under the headline t: a block among the
// next few that says what the page's meta description says, failing that
// a short block right under it the page vouches for (shortHTMLDeck).
func (p *Page) htmlDeck(t int) {
	desc := p.in.doc.Meta.Description
	for k := t + 1; k < len(p.blocks) && k <= t+4 && wordCount(desc) >= 5; k++ {
		// Many pages give the story's lede as the description: the block
		// must also be marked as a standfirst.
		if p.free(k) && wordCount(p.blocks[k].Text) >= 5 && agrees(p.blocks[k].Text, desc) && markedDeck(p.blocks[k].HTML) {
			p.labelAs(k, Deck, "html/deck")
			return
		}
	}
	p.shortHTMLDeck(t)
}

// deckWords mark an element as the standfirst.
// ("summary", "intro", "lead", "abstract" and "description" mark story
// text as often as a standfirst, and are not enough.)
// The words of Spanish ("entradilla", "bajada", "subtitulo"), French
// ("chapeau"), Italian ("sottotitolo"), Dutch and Russian ("lid") and
// Russian ("podzagolovok") pages are among them.
var deckWords = []string{"deck", "dek", "standfirst", "subtitle", "subheadline", "subhead", "strapline", "sapo", "chapo", "kurztext",
	"entradilla", "bajada", "subtitulo", "chapeau", "sottotitolo", "lid", "podzagolovok"}

// markedDeck reports whether the element's class or id words mark it as a
// standfirst.
func markedDeck(f *Features) bool {
	if f == nil {
		return false
	}
	n := len(f.Words)
	for _, w := range f.Words[max(0, n-6):] {
		if slices.Contains(deckWords, w) {
			return true
		}
	}
	return false
}

// kickerWords mark an element as the kicker over a headline, in the
// class names of English, German, French ("surtitre"), Spanish and
// Portuguese ("antetitulo", "sobretitulo") and Italian ("occhiello") pages.
var kickerWords = []string{"kicker", "overline", "eyebrow", "topline", "dachzeile", "roofline", "supertitle", "pretitle", "spitzmarke", "surtitre", "antetitulo", "sobretitulo", "occhiello"}

// htmlKicker labels the block right over the headline t as its kicker when
// its element is marked as one ("kicker", "overline", "eyebrow" ...) and
// it is a short topic line.
func (p *Page) htmlKicker(t int) {
	k := t - 1
	if k < 0 || !p.free(k) || p.blocks[k].HTML == nil {
		return
	}
	s := strings.TrimSpace(p.blocks[k].Text)
	if n := wordCount(s); n < 1 || n > 8 || len(s) > 80 || isTitleTrap(s) {
		return
	}
	for _, w := range p.blocks[k].HTML.Words {
		if slices.Contains(kickerWords, w) {
			p.labelAs(k, Kicker, "html/kicker")
			return
		}
	}
}

// pageURL is the page's address: the caller's, else the canonical one.
func (p *Page) pageURL() string {
	if p.in.url != "" {
		return p.in.url
	}
	return p.in.doc.Meta.URL
}
