package htmldoc

// Meta is what a page says about itself, for the extraction stage; package
// clean gives it to its callers as clean.Meta (an alias), so a change here
// is a change to clean's API and its field list in clean/html.go. Each
// field holds the first value found in order of trust: JSON-LD (an Article,
// NewsArticle, ReportageNewsArticle, BlogPosting or other *Article type,
// inside arrays and @graph included; failing one, a WebPage-like or
// ClaimReview object), then OpenGraph and article:* tags,
// then plain <meta name> tags and microdata, then <title>, <html lang> and
// <link rel=canonical> (which, for URL and Language, come first). Values are
// as found apart from HTML entities decoded and whitespace collapsed; dates
// are not parsed here: package clean parses them into the Stamp fields.
type Meta struct {
	// Title is the headline: JSON-LD headline, og:title, twitter:title, or
	// the <title> element (which often carries the site name too).
	Title string
	// HeadlineLD, OGTitle and TitleTag are the title's sources one by
	// one: the JSON-LD headline, og:title (or twitter:title) and the
	// <title> element.
	HeadlineLD, OGTitle, TitleTag string
	// TwitterTitle is twitter:title where og:title is given too and says
	// something else: the card's own title, which package clean reads in
	// og:title's place when og:title is the site's own (its name, or its
	// name and slogan).
	TwitterTitle string
	// TitleNoSite is the best of them with the site's name taken off
	// ("Foo | Site", "Foo - Site", "Site: Foo" give "Foo"); filled by
	// package clean, which knows the outlet.
	TitleNoSite string
	// Description is the summary the page gives of itself.
	Description string
	// Section is the site section: JSON-LD articleSection, article:section.
	Section string
	// SiteName is the outlet: og:site_name or the JSON-LD publisher's name.
	SiteName string
	// URL is the canonical address: <link rel=canonical>, og:url or JSON-LD
	// url. It may be relative, as found.
	URL string
	// Language is the page's language tag: <html lang>, JSON-LD inLanguage,
	// Content-Language, og:locale (with "_" turned into "-"); a later
	// tag's region is added to a first that names none ("en" and og:locale
	// "en_US": "en-US").
	Language string
	// Published is the publication time as found, usually ISO 8601.
	Published string
	// PublishedSource says where Published came from: "json-ld",
	// "opengraph", "meta" (a <meta name> tag) or "microdata" (an itemprop
	// attribute); "" when Published is "".
	PublishedSource string
	// Modified is the last-modification time as found.
	Modified string
	// TimePublished is the datetime attribute of the first <time> element
	// (or the title of an hAtom <abbr>) marked as the publication time (itemprop datePublished, the pubdate
	// attribute, or a class such as "published", "entry-date",
	// "post-date"); TimeModified that of the first one marked as an update
	// ("updated", "modified", itemprop dateModified). Raw, as found.
	TimePublished, TimeModified string

	// The dates above, parsed by package clean where the page is read
	// (zero when absent or not understood): PublishedAt from Published,
	// ModifiedAt from Modified (or TimeModified), TimeAt from TimePublished.
	// LineAt is the visible date line near the title ("March 3, 2025",
	// "Published 03.03.2025 10:15") and LineUpdatedAt a visible "Updated
	// ..." line there. Each is a clean.Stamp (the same type as [Stamp]).
	// FirstTimeAt is the first <time datetime> of the page's content
	// (outside navigation, asides, footers and hidden elements) that is
	// not an update's, for pages that mark no other date.
	// LabelledAt is the first line of the content, anywhere, that labels
	// its date as the publication's ("Posted by Jane Doe on 2025-12-18"),
	// or the date alone under a byline; failing those, the date of a box
	// of facts beside the story ("Published" over "15 November 2018").
	// ScriptAt is a datePublished written into a script's data (a
	// framework's state, JSON in an attribute) rather than a JSON-LD block.
	// MarkedAt is the first block of the content that holds only a date
	// and that the page marks as one by its class, id or itemprop
	// (class="post-date"), not an update's or a comment's. ListedAt is the
	// date beside a link to the page itself, as a list of recent posts
	// beside the story prints it. ImageAt is the day the address of the
	// lead image (Image) gives ("/uploads/2025/12/19/photo.jpg"), the day
	// it was uploaded.
	PublishedAt, ModifiedAt, TimeAt, LineAt, LineUpdatedAt, FirstTimeAt, LabelledAt, ScriptAt, MarkedAt, ListedAt, ImageAt Stamp
	// LDLists reports whether a JSON-LD script holds an ItemList or a live
	// blog's liveBlogUpdate: their datePublished values are other pages'
	// or the blog's posts', which the JSON-LD reader passes over and
	// package clean's scan of script data for a publish date must too.
	LDLists bool
	// Authors are the author names, in page order, each once. Profile URLs
	// (as article:author often holds) are left out.
	Authors []string
	// AuthorSlugs are the names an author field spells only in a profile
	// address's last segment ("https://acme.test/author/jane-doe/" gives
	// "jane doe"), lower case, each once: from the JSON-LD author's URL or
	// its object's url or @id when it has no name, and from the author
	// meta tags' addresses. Weak evidence: package extract takes one only
	// where the page prints the name.
	AuthorSlugs []string
	// TitledAuthor is the name the first profile link that prints no
	// name gives in its title attribute, where it is the name the link's
	// address spells (<a href="/author/jane-doe/" title="Posts by Jane
	// Doe"> around an avatar or over "View profile"): "Jane Doe", as the
	// attribute prints it; "" when no link does. See authorTitleLink.
	TitledAuthor string
	// BylineAuthors are the names the byline near the title gives ("By
	// Jane Doe", a block marked as the author's); filled by package clean.
	BylineAuthors []string
	// BylineSite is the site's own name where the byline near the title
	// gives it ("By ServiceTitan" on servicetitan.com), left out of
	// BylineAuthors; filled by package clean.
	BylineSite string
	// Body is the JSON-LD articleBody, when the page has one.
	Body string
	// Image is the page's lead image as it names it: the JSON-LD image,
	// og:image or twitter:image; it may be relative, as found.
	Image string
	// Keywords are the page's tags: JSON-LD keywords, article:tag,
	// news_keywords or keywords, each once, in the order found.
	Keywords []string
	// PostAuthor is the author's name an analytics plugin writes into an
	// inline script's data ("pagePostAuthor"), and PostType the kind of
	// post it says the page shows ("post", "page", "product"); "" when no
	// script gives them. They are evidence apart from Authors: the plugin
	// names a post's author on a shop's product page too.
	PostAuthor, PostType string
	// HomeName is the text of the page's first link to its site's root
	// whose text has more than one word: the site's name as its header
	// prints it ("Jane Doe" on a personal site).
	HomeName string
	// WebSiteName is the name the JSON-LD WebSite object gives the site
	// (the same on every page of it), or "".
	WebSiteName string
}

// isZero reports whether m holds none of the fields that can make an
// article of a page with no visible text (a title, a description, a
// section, the site's name or address, a language, a date, an author, a
// JSON-LD body): Parse calls such a page empty. A picture or keywords
// alone do not count.
func (m *Meta) isZero() bool {
	return m.Title == "" && m.Description == "" && m.Section == "" && m.SiteName == "" &&
		m.URL == "" && m.Language == "" && m.Published == "" && m.Modified == "" &&
		len(m.Authors) == 0 && m.Body == "" && m.PublishedSource == "" &&
		m.TimePublished == "" && m.TimeModified == ""
}
