package clean

import (
	"net/url"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
	xhtml "golang.org/x/net/html"
)

// More forms of the visible date line near the title than [findDateStamp]
// reads (which the story detector's features use as they are, so it is left
// alone): a timestamp printed as ISO 8601 ("2022-11-23T08:10+02:00"), and a
// labelled date at the end of a longer byline strip ("By Jane Doe ⋅ Review
// Editor ⋅ Updated November 18, 2025").

// labelBeforeDate ends the text before a date that the words in front of it
// label: "Updated", "Published:", "Posted on", "Date:".
var labelBeforeDate = lazyCompile(`(?i)\b(?:(?:updated|published|posted|modified)(?:\s+on)?|date)\s*:?\s*$`)

// bylineStrip opens a byline strip, whose date may follow the name, a role
// and a section ("By Jane Doe, Staff Writer · March 12, 2024", "by Jane Doe
// in Local News on Dec 17, 2025"): "By" and its like in the languages the
// pages come in.
var bylineStrip = lazyCompile(`(?i)^\W*(?:(?:written|words|posted|story)\s+)?(?:by|von|por|par|door|av|przez)\s`)

// stripDateStart ends the text before the date of a byline strip: a
// separator, or "on" and its like ("· March 12, 2024", "on Dec 17, 2025");
// a date after another word ("Sponsored May 2, 2024") is not the strip's.
var stripDateStart = lazyCompile(`(?i)(?:[|•·⋅,;\n–—]|\s-|\b(?:on|am|le|el|il|op|den|dnia))\s*$`)

// onDate opens a line that gives a date after "On" alone: "On 8 Oct 2022".
var onDate = lazyCompile(`(?i)^\W*on\s+`)

// headLineDate finds a date in a short line near the title that
// [findDateStamp] does not take: the line is an ISO 8601 timestamp alone,
// or a byline strip whose date, further in than four words, follows a
// label, or a separator in a strip that opens with "By" ([bylineStrip]). It returns the date and the byte offset where it starts.
func headLineDate(line string) (dateparse.Stamp, int, bool) {
	return headLineDateIn(line, dateparse.NoLang)
}

// headLineDateIn is headLineDate on a page in language lang: a month's
// name that clashes ("listopada": October in Croatian) is read as lang
// reads it ([findDateAfterLang]).
func headLineDateIn(line string, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	s := strings.TrimSpace(line)
	if isoStamp(s) {
		if st, ok := metaDate(s); ok {
			return st, strings.Index(line, s), true
		}
	}
	// Middle dots as separators, byte for byte (U+22C5 and U+2219 are three
	// bytes, as " | " is), so the offsets stay the line's.
	sep := strings.NewReplacer("⋅", " | ", "∙", " | ").Replace(line)
	if endsSentence(line) {
		return dateparse.Stamp{}, 0, false // a sentence of the story
	}
	st, pos, ok := findDateAfterLang(sep, 10, lang)
	if !ok || !labelBeforeDate.MatchString(sep[:pos]) && !(mayOpenBylineStrip(sep) && bylineStrip.MatchString(sep) && stripDateStart.MatchString(sep[:pos])) {
		return dateparse.Stamp{}, 0, false
	}
	return st, pos, true
}

// isoStamp reports whether s looks like an ISO 8601 date with a time:
// "2022-11-23T08:10+02:00", "2024-05-01 09:30".
func isoStamp(s string) bool {
	if len(s) < 16 || len(s) > 35 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[13] == ':'
}

// onDateLine reports whether a line holds only a date after "On": the
// date strip of a list of the page's own facts ("On 8 Oct 2022", "in
// News").
func onDateLine(line string) bool {
	loc := onDate.FindStringIndex(line)
	if loc == nil {
		return false
	}
	st, _, ok := dateparse.DateLine(line[loc[1]:])
	return ok && st.Year != 0 && st.Day != 0
}

// ownNavKind reports whether a block a detector took for navigation sits
// outside the page's navigation, asides, footer and hidden parts: a line
// there that labels its date ("Published On: 15 August 2025", over a list
// of latest articles) is still the page's own.
func ownNavKind(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	if b.Kind != Nav || hb == nil {
		return false
	}
	return !hb.InNav && !hb.InAside && !hb.InFooter && !hb.Hidden
}

// ambiguousDate opens a text with a numeric date whose day and month may be
// read either way: "09.10.2024", "3/4/2025".
var ambiguousDate = lazyCompile(`^(0?[1-9]|1[0-2])[./](0?[1-9]|1[0-2])[./]\d{4}\b`)

// agreeing returns st read the other way round (day for month) when text,
// where st was read, opens with a numeric date that reads both ways and
// only the other reading falls on meta's day: the metadata settles the
// page's order of day and month.
func agreeing(st dateparse.Stamp, text string, meta htmldoc.Stamp) dateparse.Stamp {
	if meta.Year != st.Year || int(st.Month) == st.Day || !ambiguousDate.MatchString(text) {
		return st
	}
	if int(meta.Month) == st.Day && meta.Day == int(st.Month) {
		st.Month, st.Day = meta.Month, meta.Day
	}
	return st
}

// Two sources for pages that print their date away from the title: the
// page's own entry in a list of posts beside it ("Recent posts": a link to
// the page itself with its date), and a short block that holds only a
// date and whose element the page marks as a date (class="post-date").

// maxOwnLinks bounds the links to the page itself that ownEntryDate reads,
// and maxUp how far up from a link it looks for the block it stands in.
const (
	maxOwnLinks = 16
	maxUp       = 12
)

// ownEntryDate returns the date printed beside a link to the page's own
// address pageURL: in the link's block (a short one) or in the block just
// before or after it, alone ("December 02, 2025", or short text over a
// <time datetime>). A link with a fragment or a query (a comment's
// permalink, a reply link) or to the site's front page is not the page's
// entry, and hidden blocks are skipped. A month's name that clashes
// ("listopada") is read in the language of the page's tag.
func ownEntryDate(doc *htmldoc.Doc, pageURL string) htmldoc.Stamp {
	self, ok := pageKey(pageURL, nil)
	if !ok || doc == nil || len(doc.Blocks) == 0 {
		return htmldoc.Stamp{}
	}
	lang := dateparse.LangOf(doc.Meta.Language)
	base, _ := url.Parse(pageURL)
	at := make(map[*xhtml.Node]int, len(doc.Blocks))
	for i, b := range doc.Blocks {
		if b.Node != nil {
			at[b.Node] = i
		}
	}
	root := doc.Blocks[0].Node
	for root != nil && root.Parent != nil {
		root = root.Parent
	}
	last := self[strings.LastIndexByte(self, '/')+1:]
	seen := 0
	for n := range root.Descendants() {
		if n.Type != xhtml.ElementNode || n.Data != "a" {
			continue
		}
		href := htmldoc.Attr(n, "href")
		if !strings.Contains(href, last) {
			continue // cheap: the page's own address ends the same way
		}
		if k, ok := pageKey(href, base); !ok || k != self {
			continue
		}
		i, ok := blockAbove(n, at)
		if !ok {
			continue
		}
		if st, ok := entryDate(doc, i, lang); ok {
			return st
		}
		if seen++; seen >= maxOwnLinks {
			break
		}
	}
	return htmldoc.Stamp{}
}

// blockAbove returns the index of the block whose element is n or its
// nearest ancestor that is a block's, within maxUp levels.
func blockAbove(n *xhtml.Node, at map[*xhtml.Node]int) (int, bool) {
	for up := 0; n != nil && up <= maxUp; up++ {
		if i, ok := at[n]; ok {
			return i, true
		}
		n = n.Parent
	}
	return 0, false
}

// entryDate reads the date of a list entry whose link is in block i: the
// block's own date when it is short, else a block beside it that holds
// only a date, read in the page's language lang.
func entryDate(doc *htmldoc.Doc, i int, lang dateparse.Lang) (dateparse.Stamp, bool) {
	b := doc.Blocks[i]
	if b.Hidden {
		return dateparse.Stamp{}, false
	}
	if len(b.Text) <= maxDateLine && !isUpdate(b.Text) {
		if st, ok := metaDate(b.Datetime); ok {
			return st, true
		}
		if st, pos, ok := findDateStampLang(b.Text, lang); ok && !isUpdate(b.Text[:pos]) {
			return st, true
		}
	}
	for _, j := range [2]int{i + 1, i - 1} {
		if j < 0 || j >= len(doc.Blocks) || doc.Blocks[j].Hidden {
			continue
		}
		if st, ok := aloneDate(doc.Blocks[j], lang); ok {
			return st, true
		}
	}
	return dateparse.Stamp{}, false
}

// aloneDate returns the date a walker's block holds and nothing else: a
// date line (read in the page's language lang), or short text over a
// <time datetime>.
func aloneDate(b htmldoc.Block, lang dateparse.Lang) (dateparse.Stamp, bool) {
	if st, _, ok := dateLineLang(b.Text, lang); ok && st.Year != 0 && st.Day != 0 {
		return st, true
	}
	if len(b.Text) <= maxLabel {
		return metaDate(b.Datetime)
	}
	return dateparse.Stamp{}, false
}

// pageKey returns the address ref names, resolved against base when base
// is not nil, as host (without "www.") and path (without a trailing "/"):
// the key two links to the same page share. It fails for a link with a
// fragment or a query, and for a front page.
func pageKey(ref string, base *url.URL) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || base != nil && (u.Fragment != "" || u.RawQuery != "" || strings.HasSuffix(ref, "#")) {
		return "", false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	if u.Host == "" || path == "" {
		return "", false
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + path, true
}

// maxMarked is the longest text of a marked element markedDate reads, and
// maxMarkNodes how many elements of a block it reads the marks of.
const (
	maxMarked    = 80
	maxMarkNodes = 24
)

// markedDate returns the date of the first element of the page that the
// page marks as a date by its class, id or itemprop ("post-date",
// "entry-date", "published", "dateline"): its text holds a date, with at
// most four words before it ("Posted on"), or, failing that, its datetime
// or title attribute gives one as machine-readable (title="2025-12-18"
// over "2 days ago"). Such an element is looked for in the blocks of up
// to maxDateLine bytes, one a detector took for an ad or navigation too,
// but not in the page's navigation, asides, footer (an article's footer
// is the article's) or hidden parts, nor
// in a caption or a list of other pages (nor in an item of one that no
// list element holds, known by its siblings: listedItem). An element marked or labelled as
// an update's ("Page updated:" above it) or an event's ("Event date"
// above it, "Deadline: 30 June 2025": eventDateLabel), or as a comment's (by its
// class, or by a schema.org Comment or Answer item: replyTime), and the date
// of a card that shows another page (see cardDate and listWords), are
// skipped. A month's name that clashes ("listopada") is read in the
// page's language lang.
func markedDate(blocks []Block, doc *htmldoc.Doc, meta htmldoc.Stamp, lang dateparse.Lang) htmldoc.Stamp {
	firstBody := -2 // the story's first paragraph, found when first needed
	title := ""
	if t := titleIndex(blocks); t >= 0 {
		title = blocks[t].Text
	}
	for i, b := range blocks {
		if len(b.Text) > maxDateLine || !markedKind(b.Kind) {
			continue
		}
		hb := walkerOf(b, doc)
		if hb == nil || hb.Node == nil || hb.InNav || hb.InAside || hb.InFooter && !articleFooter(hb.Path) || hb.Hidden || listWords(hb.Words) {
			continue
		}
		el := dateMark(hb.Node)
		if el == nil || i > 0 && len(blocks[i-1].Text) <= maxLabel && (isUpdate(blocks[i-1].Text) || eventDateLabel(blocks[i-1].Text)) || cardDate(blocks, i, doc) ||
			inTeaserItem(hb.Node, title) || listedItem(hb.Node) || replyTime(blocks, doc, i, &firstBody) {
			continue
		}
		text := strings.Trim(nodeText(el, maxMarked), "[](){} ")
		if isUpdate(text) {
			continue
		}
		if st, pos, ok := findDateStampLang(text, lang); ok {
			if pos > 0 && eventDateLabel(text[:pos]) {
				continue // "Date of the vote: 12 March 2025"
			}
			return agreeing(st, text[pos:], meta)
		}
		for _, key := range [...]string{"datetime", "title"} {
			if v := strings.TrimSpace(htmldoc.Attr(el, key)); v != "" && v[0] >= '0' && v[0] <= '9' {
				if st, ok := metaDate(v); ok {
					return st // the text gave none ("2 days ago")
				}
			}
		}
	}
	return htmldoc.Stamp{}
}

// articleFooter reports whether an element path ("body>div>article>footer>p")
// runs through the footer of an <article>, where a theme prints the
// entry's date ("Posted on June 9, 2020"), not the page's footer.
func articleFooter(path string) bool {
	a := strings.LastIndex(path, "article>")
	return a >= 0 && strings.Index(path[a:], "footer") > 0
}

// nodeText returns the text inside n, whitespace collapsed, cut after
// about limit bytes.
func nodeText(n *xhtml.Node, limit int) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == xhtml.TextNode {
			sb.WriteString(d.Data)
			sb.WriteByte(' ')
			if sb.Len() > limit {
				break
			}
		}
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// markedKind reports whether a block of this kind may hold the page's
// marked date: not a caption, a credit or a list of other pages.
func markedKind(k Kind) bool {
	switch k {
	case Caption, Credit, Cookie:
		return false
	}
	return true
}

// cardDate reports whether block i follows, within three blocks, a linked
// headline (a heading, or a block that is one link, of more than 20 bytes
// and mostly link text; not a row of tag links): the date of a card that
// shows another page ("Read next", a grid of posts).
func cardDate(blocks []Block, i int, doc *htmldoc.Doc) bool {
	for j := max(0, i-3); j < i; j++ {
		hb := walkerOf(blocks[j], doc)
		if hb == nil || len(blocks[j].Text) <= 20 || hb.LinkDensity < 0.5 {
			continue
		}
		if hb.InHeading || hb.Node != nil && links(hb.Node, 2) == 1 {
			return true
		}
	}
	return false
}

// links counts the <a> elements in n, up to most.
func links(n *xhtml.Node, most int) int {
	c := 0
	for d := range withDescendants(n) {
		if d.Type == xhtml.ElementNode && d.Data == "a" {
			if c++; c >= most {
				break
			}
		}
	}
	return c
}

// listWordsNear is how many of a block's nearest class and id words
// listWords reads.
const listWordsNear = 8

// listWordSet are class and id words of an element that shows other pages
// (or comments): its dates are theirs.
var listWordSet = map[string]bool{
	"card": true, "cards": true, "related": true, "suggested": true, "recent": true, "latest": true,
	"teaser": true, "teasers": true, "popular": true, "trending": true,
	"carousel": true, "slider": true, "grid": true, "posts": true, "feed": true, "comment": true,
	"comments": true, "reply": true, "replies": true, "more": true, "next": true, "prev": true,
}

// listWords reports whether a block's element or a near ancestor has a
// class or id word in listWordSet: one of its nearest listWordsNear
// words (the page's outer wrappers, "grid" and the like, say nothing).
func listWords(words []string) bool {
	for _, w := range words[max(0, len(words)-listWordsNear):] {
		if listWordSet[w] {
			return true
		}
	}
	return false
}

// dateMark returns the first element, n or one inside it (of the first
// maxMarkNodes), whose class, id or itemprop marks a date; nil when none
// does, or when an element before it or it marks an update and not the
// publication too ("updated-published-date" is both), or a date that is
// not the page's (see otherDateToken).
func dateMark(n *xhtml.Node) *xhtml.Node {
	seen := 0
	for e := range withDescendants(n) {
		if e.Type != xhtml.ElementNode {
			continue
		}
		if seen++; seen > maxMarkNodes {
			break
		}
		date, update, publish := false, false, false
		for _, tok := range markTokens(htmldoc.Attr(e, "class") + " " + htmldoc.Attr(e, "id") + " " + htmldoc.Attr(e, "itemprop")) {
			if otherDateToken(tok) {
				return nil
			}
			update = update || strings.Contains(tok, "modif") || strings.Contains(tok, "updat")
			publish = publish || strings.HasPrefix(tok, "publi") || strings.HasPrefix(tok, "pubdate") || strings.HasPrefix(tok, "posted")
			date = date || publish || dateToken(tok)
		}
		if update && !publish {
			return nil
		}
		if date {
			return e
		}
	}
	return nil
}

// otherDateToken reports whether a class or id word marks a date that is
// not the page's: a comment's, an event's, today's, a deadline.
func otherDateToken(tok string) bool {
	for _, w := range [...]string{"comment", "reply", "event", "today", "expir", "deadline"} {
		if strings.Contains(tok, w) {
			return true
		}
	}
	return false
}

// otherDateWords reports whether a block's element or a near ancestor (of
// its nearest listWordsNear class and id words) marks its dates as not the
// page's (otherDateToken): a <time> in a comment thread ("comment-list",
// "reply") or an event box.
func otherDateWords(words []string) bool {
	for _, w := range words[max(0, len(words)-listWordsNear):] {
		if otherDateToken(w) {
			return true
		}
	}
	return false
}

// dateToken reports whether a class or id word names a date: "date",
// "post-date", "datepanel", "dateline", "datum", "timestamp", "byline",
// "entry-time";
// not "update" or "candidate".
func dateToken(tok string) bool {
	switch tok {
	case "datum", "byline", "timestamp", "entrytime", "posttime", "articletime", "pubtime":
		return true
	}
	return strings.Contains(tok, "date") && !strings.Contains(tok, "updat") && !strings.Contains(tok, "candidat") &&
		!strings.Contains(tok, "validat") && !strings.Contains(tok, "mandat")
}

// markTokens splits class, id and itemprop values into lower-case tokens
// on spaces, and joins the parts of hyphenated or underscored names too:
// "post-date" gives "post", "date" and "postdate".
func markTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		parts := strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '_' || r == ':' || r == '.' })
		out = append(out, parts...)
		if len(parts) > 1 {
			out = append(out, strings.Join(parts, ""))
		}
	}
	return out
}

// withDescendants yields n, then the nodes inside it in document order.
func withDescendants(n *xhtml.Node) func(func(*xhtml.Node) bool) {
	return func(yield func(*xhtml.Node) bool) {
		if !yield(n) {
			return
		}
		for d := range n.Descendants() {
			if !yield(d) {
				return
			}
		}
	}
}
