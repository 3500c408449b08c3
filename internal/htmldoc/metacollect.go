package htmldoc

// This file gathers Meta during the walk (metaCollector) and settles it
// when the walk ends (finish): the tag names read for each field, the
// order of trust between sources, and the clean-up of names and keywords.

import (
	"cmp"
	"html"
	"slices"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Meta tag names, by field, in order of preference within their source.
var (
	ogTitle       = []string{"og:title", "twitter:title"}
	metaTitle     = []string{"title", "dc.title", "dcterms.title", "headline", "sailthru.title", "parsely-title"}
	ogDescription = []string{"og:description", "twitter:description"}
	metaDesc      = []string{"description", "dc.description", "dcterms.description", "sailthru.description"}
	ogSection     = []string{"article:section", "og:article:section"}
	metaSection   = []string{"section", "article.section", "parsely-section", "sailthru.section", "category"}
	ogPublished   = []string{"article:published_time", "og:article:published_time", "og:published_time", "article:published"}
	metaPublished = []string{
		"pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date",
		"dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
		"dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
		"article_date_original", "original-publish-date", "citation_publication_date",
		"citation_date", "release_date", "displaydate", "dat", "ptime", "pdate",
		"cxenseparse:recs:publishtime", "cxenseparse:publishtime", "datepublished", "published", "published-date", "published_date",
		"publication-date", "date.published", "article:published_date", "og:published_date",
		// Read after the names above: rarer CMS, analytics and RDFa names.
		"article:post_date", "article:publicationdate", "article.created", "bt:pubdate",
		"content_create_date", "date_created", "date_published", "datecreated", "dateposted",
		"dc.created", "dc.date.publication", "dc:created", "dc:date", "dcterms:created",
		"dcterms:issued", "dcterms:date", "schema:datepublished", "schema:datecreated", "dcsext.articlefirstpublished",
		"doc_date", "og:datepublished", "og:pubdate", "og:publish_date", "originalpublicationdate",
		"prism.publicationdate", "publish_time", "published_time", "publisheddate", "rbpubdate",
		"rnews:datepublished", "shareaholic:article_published_time", "created", "pub_date", "pub-date",
		// Weibo's share tags on Chinese pages, with the space they print
		"weibo: article:create_at", "weibo:article:create_at",
	}
	ogModified   = []string{"article:modified_time", "og:updated_time", "og:article:modified_time", "article:modified"}
	metaModified = []string{
		"lastmod", "last-modified", "dc.date.modified", "dcterms.modified", "article.updated",
		"utime", "sailthru.lastmodified", "datemodified", "updated date", "updated-date", "modified-date", "last-updated",
		"article:modified_date", "article:post_modified", "bt:moddate", "dc.modified", "dcterms:modified",
		"schema:datemodified", "lastmodified", "modified_time", "modificationdate", "og:modified_time",
		"updated_time", "revision_date",
	}
	metaAuthors = []string{
		"author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
		"dc.creator", "dcterms.creator", "citation_author", "byl",
		// Open Graph's book and cXense's analytics tag, rarer
		"book:author", "cxenseparse:author",
	}
	metaSiteName = []string{"og:site_name", "application-name", "publisher", "dc.publisher"}
	metaLanguage = []string{"content-language", "language", "dc.language", "dcterms.language", "og:locale"}
	metaURL      = []string{"og:url", "twitter:url"}
	metaImage    = []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"}
	metaKeywords = []string{"article:tag", "news_keywords", "keywords"}
)

// metaCollector gathers the raw material for Meta during the walk.
type metaCollector struct {
	tags        map[string][]string // <meta name|property|http-equiv> -> contents
	micro       map[string]string   // itemprop (lower-cased) -> first value
	jsonld      []string
	timePub     string // datetime of the first <time> marked published
	timeMod     string // datetime of the first <time> marked modified
	title       strings.Builder
	inTitle     bool
	titleDone   bool
	lang        string
	canonical   string
	authorItems []*xhtml.Node // the story's microdata author items (see microItem)
	microNames  []string      // and the name of each, "" where none read yet
	postAuthor  string        // an analytics plugin's author of the post (see scriptPost)
	postType    string        // and the post's type
	homeName    string        // the text of the first link to the site's root (see homeLink)
	homeLinks   int           // the links to the root read so far
	titled      string        // Meta.TitledAuthor (see authorTitleLink)
	titledLinks int           // the titled profile links read so far
}

// element records what n contributes to the metadata.
func (c *metaCollector) element(n *xhtml.Node) {
	switch n.Data {
	case "html":
		if c.lang == "" {
			c.lang = Attr(n, "lang")
			if c.lang == "" {
				c.lang = Attr(n, "xml:lang")
			}
		}
	case "meta":
		content := Attr(n, "content")
		if strings.TrimSpace(content) == "" {
			break
		}
		for _, k := range []string{"property", "name", "http-equiv"} {
			if key := strings.ToLower(strings.TrimSpace(Attr(n, k))); key != "" {
				if c.tags == nil {
					c.tags = make(map[string][]string)
				}
				if len(c.tags[key]) < 16 {
					c.tags[key] = append(c.tags[key], content)
				}
			}
		}
	case "a":
		c.homeLink(n)
		c.authorTitleLink(n)
	case "time":
		c.timeTag(n, Attr(n, "datetime"))
	case "abbr":
		c.timeTag(n, Attr(n, "title")) // hAtom: <abbr class="published" title="2019-03-04T10:00:00Z">
	case "link":
		if c.canonical == "" && hasToken(Attr(n, "rel"), "canonical") {
			c.canonical = strings.TrimSpace(Attr(n, "href"))
		}
	case "script":
		if typ := strings.ToLower(strings.TrimSpace(Attr(n, "type"))); strings.HasPrefix(typ, "application/ld+json") {
			var sb strings.Builder
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				if ch.Type == xhtml.TextNode {
					sb.WriteString(ch.Data)
				}
			}
			if len(c.jsonld) < 64 {
				c.jsonld = append(c.jsonld, sb.String())
			}
		} else if c.postAuthor == "" && Attr(n, "src") == "" {
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				if ch.Type == xhtml.TextNode {
					if a, t := scriptPost(ch.Data); a != "" {
						c.postAuthor, c.postType = a, t
						break
					}
				}
			}
		}
	}
	if prop := Attr(n, "itemprop"); prop != "" {
		c.microItem(n, prop)
		v := Attr(n, "content")
		if v == "" {
			v = Attr(n, "datetime")
		}
		if v = strings.TrimSpace(v); v != "" {
			if c.micro == nil {
				c.micro = make(map[string]string)
			}
			for _, p := range strings.Fields(strings.ToLower(prop)) {
				if p == "datecreated" && replyItem(itemOf(n)) {
					continue // a comment's or an answer's, never the page's
				}
				if heldReview(itemOf(n)) || p == "author" && productItem(itemOf(n)) {
					continue // a customer's review's author, day and text; an author in a product's item
				}
				if _, ok := c.micro[p]; !ok {
					c.micro[p] = v
				}
			}
		}
	}
}

// microItem reads, from an element with an itemprop, the story's
// microdata author items ("<div itemprop=author itemscope
// itemtype=.../Person>") and each item's name, from its name property's
// content or, without one, its text ("<meta itemprop=name content='Jane
// Doe'>", "<span itemprop=name>Jane Doe</span>"). The story's items are
// the page's first and those of the item that holds it (or, outside any,
// of its parent element: "By <span itemprop=author ...>Jane Doe</span>
// and <span itemprop=author ...>John Roe</span>"); a later one elsewhere
// is a reply's or a comment's on a forum's page. An author item inside a
// Comment or an Answer item ([replyItem]) is never the story's, even
// the page's first: a forum thread whose opening post is unmarked (the
// thread starter's <article> has no itemscope) marks its replies as
// Comments, and their first author is a reply's.
func (c *metaCollector) microItem(n *xhtml.Node, prop string) {
	for _, p := range strings.Fields(strings.ToLower(prop)) {
		switch {
		case (p == "author" || p == "creator") && hasAttr(n, "itemscope") && (replyItem(itemOf(n)) || heldReview(itemOf(n)) || productItem(itemOf(n))):
			return // a reply's or a comment's author, a customer's review's
		case (p == "author" || p == "creator") && hasAttr(n, "itemscope") && len(c.authorItems) < maxMicroAuthors:
			if len(c.authorItems) == 0 || sameStory(n, c.authorItems[0]) {
				c.authorItems = append(c.authorItems, n)
				c.microNames = append(c.microNames, "")
			}
			return
		case p == "name" && len(c.authorItems) > 0:
			k := slices.Index(c.authorItems, itemOf(n))
			if k < 0 || c.microNames[k] != "" {
				continue
			}
			v := strings.TrimSpace(Attr(n, "content"))
			if v == "" {
				var sb strings.Builder
				linkText(n, &sb)
				if v = trimBy(clean(sb.String())); len(v) > maxMicroName || len(strings.Fields(v)) > 4 {
					v = "" // more than a name: an item that holds the story, its title the name
				}
			}
			if strings.Contains(strings.ToLower(v), "admin") {
				v = "" // the site's administrator's account ("jdadmin"), no one's name
			}
			c.microNames[k] = v
		}
	}
}

// sameStory reports whether the author item n belongs where the first,
// first, does: to the same item, or, where first is in none, to the same
// parent element.
func sameStory(n, first *xhtml.Node) bool {
	if it := itemOf(first); it != nil {
		return itemOf(n) == it
	}
	return n.Parent == first.Parent
}

// replyItem reports whether a microdata item is a reply to the story, not
// the story: an item typed schema.org's Comment or Answer (a forum's
// reply, a reader's comment, a question's answer).
func replyItem(it *xhtml.Node) bool {
	if it == nil {
		return false
	}
	typ := strings.TrimRight(strings.TrimSpace(Attr(it, "itemtype")), "/")
	typ = typ[strings.LastIndexByte(typ, '/')+1:]
	return strings.EqualFold(typ, "Comment") || strings.EqualFold(typ, "Answer")
}

// heldReview reports whether a microdata item is a review a product's
// item holds ("<div itemprop=review itemscope itemtype=.../Review>" in a
// Product): a customer's, her name its author, her day its
// datePublished, never the story's. A Review item at the top, a critic's
// page, is the story, and so is a critic's review a Book, a Movie or the
// WebPage holds, or no item at all (a review plugin's markup), unless
// it is one of a list of reviews ([listedReview]), a shop's customers'
// as in JSON-LD.
func heldReview(it *xhtml.Node) bool {
	if it != nil && reviewProp(it) {
		return productItem(itemOf(it)) || listedReview(it)
	}
	return false
}

// reviewProp reports whether an element is marked itemprop=review (or
// the older reviews).
func reviewProp(n *xhtml.Node) bool {
	for _, p := range strings.Fields(strings.ToLower(Attr(n, "itemprop"))) {
		if p == "review" || p == "reviews" {
			return true
		}
	}
	return false
}

// listedReview reports whether a review item has another review item
// among its nearest element siblings, at most reviewSiblings each way:
// the reviews come as a list, a shop's customers', not one critic's.
func listedReview(it *xhtml.Node) bool {
	for _, next := range [2]func(*xhtml.Node) *xhtml.Node{
		func(n *xhtml.Node) *xhtml.Node { return n.PrevSibling },
		func(n *xhtml.Node) *xhtml.Node { return n.NextSibling },
	} {
		seen := 0
		for s := next(it); s != nil && seen < reviewSiblings; s = next(s) {
			if s.Type != xhtml.ElementNode {
				continue
			}
			seen++
			if hasAttr(s, "itemscope") && reviewProp(s) {
				return true
			}
		}
	}
	return false
}

// reviewSiblings is how many element siblings each way listedReview
// looks at.
const reviewSiblings = 3

// productItem reports whether a microdata item is a product, which
// schema.org gives no author: one of its itemtype's tokens is a product
// type ([productType]: "https://schema.org/IndividualProduct", or
// "https://schema.org/Product https://schema.org/Thing"). An author
// printed in one is a customer review's, leaked out of an unmarked review.
func productItem(it *xhtml.Node) bool {
	if it == nil {
		return false
	}
	for _, typ := range strings.Fields(Attr(it, "itemtype")) {
		if productType(typ) {
			return true
		}
	}
	return false
}

// ReplyItem returns the schema.org Comment or Answer item (see
// replyItem) that holds n, the nearest of its ancestors marked as one, or
// nil: a reader's comment or a forum's reply, whose times are its own, not
// the page's.
func ReplyItem(n *xhtml.Node) *xhtml.Node {
	for a := n; a != nil; a = a.Parent {
		if a.Type == xhtml.ElementNode && hasAttr(a, "itemscope") && replyItem(a) {
			return a
		}
	}
	return nil
}

// maxMicroAuthors bounds the author items microItem reads.
const maxMicroAuthors = 16

// maxMicroName is the longest text, in bytes, microItem reads as an
// author item's name.
const maxMicroName = 60

// itemOf returns the microdata item a property belongs to: n's nearest
// ancestor with itemscope, at most microDepth levels up, or nil.
func itemOf(n *xhtml.Node) *xhtml.Node {
	for k, a := 0, n.Parent; a != nil && k < microDepth; k, a = k+1, a.Parent {
		if a.Type == xhtml.ElementNode && hasAttr(a, "itemscope") {
			return a
		}
	}
	return nil
}

// microDepth is how far up itemOf looks for the item a property belongs
// to.
const microDepth = 8

// timeTag records the time dt of a <time datetime>, or of an <abbr
// title> as the hAtom microformat writes it, marked as the publication or
// the update time. An <abbr> counts only when its title opens with a digit
// (a date, not the expansion of an abbreviation).
func (c *metaCollector) timeTag(n *xhtml.Node, dt string) {
	dt = strings.TrimSpace(dt)
	if dt == "" || len(dt) > 64 || n.Data == "abbr" && (dt[0] < '0' || dt[0] > '9') || otherStoryTime(n) {
		return
	}
	marks := strings.ToLower(Attr(n, "class") + " " + Attr(n, "itemprop") + " " + Attr(n, "id"))
	switch {
	case strings.Contains(marks, "entry-date") && strings.Contains(marks, "published"):
		// WordPress's themes print a post never edited as one <time
		// class="entry-date published updated">: its publication
		if c.timePub == "" {
			c.timePub = dt
		}
	case strings.Contains(marks, "modif") || strings.Contains(marks, "updat"):
		if c.timeMod == "" {
			c.timeMod = dt
		}
	case hasAttr(n, "pubdate") || strings.Contains(marks, "publish") || strings.Contains(marks, "entry-date") ||
		strings.Contains(marks, "post-date") || strings.Contains(marks, "pubdate") || strings.Contains(marks, "posted"):
		if c.timePub == "" {
			c.timePub = dt
		}
	}
}

// otherStoryTime reports whether a marked time stands in an aside or in
// an element (of its nearest otherStoryDepth ancestors) whose class names
// related stories or comments: a card's or a comment's "published" stamp,
// not the page's.
func otherStoryTime(n *xhtml.Node) bool {
	d := 0
	for p := n.Parent; p != nil && d < otherStoryDepth; p, d = p.Parent, d+1 {
		if p.Type != xhtml.ElementNode {
			continue
		}
		if p.Data == "aside" {
			return true
		}
		cls := strings.ToLower(Attr(p, "class"))
		if strings.Contains(cls, "related") || strings.Contains(cls, "comment") {
			return true
		}
	}
	return false
}

// otherStoryDepth is how many ancestors otherStoryTime reads.
const otherStoryDepth = 8

// hasAttr reports whether n has the attribute key.
func hasAttr(n *xhtml.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// startTitle, endTitle and titleText gather the text of the page's first
// <title> outside the body (taking no more text past 4 KB); the walk calls
// them at its start, its end and for each text node inside it.
func (c *metaCollector) startTitle() { c.inTitle = !c.titleDone }

func (c *metaCollector) endTitle() {
	if c.inTitle {
		c.titleDone = true
	}
	c.inTitle = false
}

func (c *metaCollector) titleText(s string) {
	if c.inTitle && c.title.Len() < 4096 {
		c.title.WriteString(s)
	}
}

// finish combines the collected material into a Meta; pageURL is the
// page's address as the caller knows it, or "".
func (c *metaCollector) finish(warn *warnings, pageURL string) Meta {
	var m Meta
	own := ldOwn{titles: append([]string{c.title.String()}, c.tags["og:title"]...), urls: ownURLs(c.canonical, c.tags["og:url"], pageURL)}
	ld := readJSONLD(c.jsonld, warn, own)
	first := func(dst *string, vals ...string) {
		if *dst != "" {
			return
		}
		for _, v := range vals {
			if v = clean(v); v != "" {
				*dst = v
				return
			}
		}
	}
	tag := func(names []string) string {
		for _, n := range names {
			for _, v := range c.tags[n] {
				if v = clean(v); v != "" {
					return v
				}
			}
		}
		return ""
	}

	m.HeadlineLD, m.OGTitle, m.TitleTag = clean(ld.title), tag(ogTitle), clean(c.title.String())
	if tw := tag(ogTitle[1:]); tw != m.OGTitle {
		m.TwitterTitle = tw
	}
	first(&m.Title, ld.title, tag(ogTitle), tag(metaTitle), c.micro["headline"], c.title.String())
	first(&m.Description, ld.description, tag(ogDescription), tag(metaDesc), c.micro["description"])
	first(&m.Section, ld.section, tag(ogSection), tag(metaSection), c.micro["articlesection"])
	first(&m.SiteName, tag(metaSiteName[:1]), ld.publisher, tag(metaSiteName[1:]))
	first(&m.URL, c.canonical, tag(metaURL), ld.url)
	first(&m.Language, c.lang, ld.language, strings.ReplaceAll(tag(metaLanguage), "_", "-"))
	m.Language = withHostRegion(withRegion(m.Language, ld.language, tag(metaLanguage)), cmp.Or(m.URL, pageURL))

	for _, s := range []struct{ value, source string }{
		{ld.published, "json-ld"},
		{tag(ogPublished), "opengraph"},
		{tag(metaPublished), "meta"},
		{c.micro["datepublished"], "microdata"},
		{c.micro["datecreated"], "microdata"}, // schema.org's creation date, as JSON-LD's dateCreated is read
		{c.labelledPublished(), "meta"},       // last: a label's "Published" over a printed day
	} {
		if v := clean(s.value); v != "" {
			m.Published, m.PublishedSource = v, s.source
			break
		}
	}
	first(&m.Modified, ld.modified, tag(ogModified), tag(metaModified), c.micro["datemodified"])
	m.TimePublished, m.TimeModified = clean(c.timePub), clean(c.timeMod)

	// Each source counts only with a name left once profile URLs are
	// dropped: article:author's Facebook page falls through to
	// sailthru.author's name.
	authors := cleanNames(withoutOutlet(ld.authors, ld.outletAuthors, m.SiteName, ld.publisher))
	for _, n := range metaAuthors {
		if len(authors) > 0 {
			break
		}
		for _, v := range c.tags[n] {
			if n == "byl" {
				v = trimBy(v)
			}
			authors = append(authors, v)
		}
		authors = cleanNames(authors)
	}
	if len(authors) == 0 {
		authors = c.labelledAuthor()
	}
	if v := c.micro["author"]; len(authors) == 0 && v != "" {
		authors = []string{v} // <meta itemprop="author" content="Jane Doe"> in the story's microdata
	}
	if len(authors) == 0 {
		authors = cleanNames(c.microNames) // <div itemprop="author" itemscope><meta itemprop="name" content="Jane Doe"></div>
	}
	m.Authors = cleanNames(authors)
	m.AuthorSlugs = c.authorSlugs(ld.authorURLs)
	m.TitledAuthor = c.titled
	m.Body = strings.TrimSpace(html.UnescapeString(ld.body))
	first(&m.Image, ld.image, tag(metaImage), c.micro["image"])
	m.Keywords = c.keywords(ld.keywords)
	m.PostAuthor, m.PostType, m.HomeName, m.WebSiteName = c.postAuthor, c.postType, c.homeName, ld.website
	m.LDLists = ldLists(c.jsonld)
	return m
}

// maxKeywords bounds Meta.Keywords.
const maxKeywords = 64

// keywords combines the JSON-LD keywords with the first keyword tag the
// page has (article:tag, one tag each; news_keywords and keywords, comma
// separated), each keyword once, case ignored.
func (c *metaCollector) keywords(ld []string) []string {
	vals := ld
	if len(vals) == 0 {
		for _, k := range metaKeywords {
			if vs := c.tags[k]; len(vs) > 0 {
				vals = vs
				break
			}
		}
	}
	var out []string
	seen := make(map[string]bool)
	for _, v := range vals {
		for _, kw := range strings.Split(v, ",") {
			kw = clean(kw)
			low := strings.ToLower(kw)
			if kw == "" || len(kw) > 100 || seen[low] || len(out) >= maxKeywords {
				continue
			}
			seen[low] = true
			out = append(out, kw)
		}
	}
	return out
}

// cleanNames cleans names, dropping empty ones, URLs and repeats.
func cleanNames(in []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, v := range in {
		v = clean(v)
		low := strings.ToLower(v)
		if v == "" || seen[low] || strings.Contains(low, "://") || strings.HasPrefix(low, "www.") {
			continue
		}
		seen[low] = true
		out = append(out, v)
	}
	return out
}

// authorLabels are, in lower case, the labels of the "twitter:labelN"
// meta tags that say their "twitter:dataN" is the author (as SEO plugins
// print them: label1 "Written by", data1 "Jane Doe").
var authorLabels = map[string]bool{
	"written by": true, "author": true, "by": true, "geschrieben von": true, "verfasst von": true,
	"autor": true, "escrito por": true, "écrit par": true, "scritto da": true, "geschreven door": true,
}

// labelledAuthor returns the name a "twitter:dataN" meta tag gives where
// its "twitter:labelN" says it is the author's ([authorLabels]), N from 1
// to 4; nil where none does, or where it names an administrator's
// account ("admin"). finish reads it after JSON-LD's authors and the
// author meta tags, before the story's microdata.
func (c *metaCollector) labelledAuthor() []string {
	for k := '1'; k <= '4'; k++ {
		labels, data := c.tags["twitter:label"+string(k)], c.tags["twitter:data"+string(k)]
		if len(labels) == 1 && len(data) == 1 && authorLabels[strings.ToLower(clean(labels[0]))] {
			if strings.Contains(strings.ToLower(data[0]), "admin") {
				return nil // the site's account, no one's name
			}
			return data
		}
	}
	return nil
}

// publishedLabels are, in lower case, the labels of the "twitter:labelN"
// meta tags that say their "twitter:dataN" is the publish date (label1
// "Published", data1 "March 7, 2025"). A bare "Date" is left out: an
// event's page labels its event's day so.
var publishedLabels = map[string]bool{
	"published": true, "published on": true, "date published": true, "publish date": true,
	"publication date": true, "posted on": true, "veröffentlicht": true, "veröffentlicht am": true,
	"publicado": true, "publicado el": true, "publié le": true, "publié": true, "pubblicato": true,
	"gepubliceerd": true, "gepubliceerd op": true,
}

// labelledPublished returns the date a "twitter:dataN" meta tag gives
// where its "twitter:labelN" says it is the publish date's
// ([publishedLabels]), N from 1 to 4, as printed; "" where none does.
// finish reads it after every other publish tag.
func (c *metaCollector) labelledPublished() string {
	for _, k := range twitterLabelKeys {
		labels, data := c.tags[k.label], c.tags[k.data]
		if len(labels) == 1 && len(data) == 1 && publishedLabels[strings.ToLower(clean(labels[0]))] {
			return data[0]
		}
	}
	return ""
}

// twitterLabelKeys are the names of the "twitter:labelN" meta tags and
// of the "twitter:dataN" tags they label, N from 1 to 4.
var twitterLabelKeys = [...]struct{ label, data string }{
	{"twitter:label1", "twitter:data1"}, {"twitter:label2", "twitter:data2"},
	{"twitter:label3", "twitter:data3"}, {"twitter:label4", "twitter:data4"},
}

// trimBy removes a leading "By " from a byline.
func trimBy(s string) string {
	t := strings.TrimSpace(s)
	if len(t) > 3 && strings.EqualFold(t[:3], "by ") {
		return t[3:]
	}
	return t
}

// clean decodes HTML entities (some sites encode them twice) and
// collapses whitespace.
func clean(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// Attr returns the value of n's attribute key (no namespace), or "".
func Attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list (a rel or class
// attribute) holds tok, case ignored.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
