package clean

import "fmt"

// Kind is the label a block gets: a part of the article, or a kind of clutter.
// The string values are stable: they appear in the JSON "removed" records and in
// rule files.
type Kind string

// Article parts.
const (
	Title    Kind = "title"    // the headline
	Kicker   Kind = "kicker"   // the topic line over the headline, "Eskalation im Nahen Osten"
	Deck     Kind = "deck"     // the standfirst under the headline
	Section  Kind = "section"  // the rubric, e.g. "CHRONICLE"
	Byline   Kind = "byline"   // "By Jane Doe"
	Date     Kind = "date"     // a line that holds only the publish date and time
	Dateline Kind = "dateline" // "BAKU, March 14. /TASS/." opening the body
	Body     Kind = "body"     // a paragraph of the article
	Caption  Kind = "caption"  // a photo caption
	Credit   Kind = "credit"   // a photo credit, "© EPA-EFE/..."
)

// Clutter: what belongs to the outlet, not to the story.
const (
	Nav           Kind = "nav"            // navigation words: "All news", "More"
	HeadlineList  Kind = "headline-list"  // runs of dated headlines from a sidebar
	Related       Kind = "related"        // "Read also" and the list under it
	Latest        Kind = "latest"         // "Latest news" and the list under it
	Subscribe     Kind = "subscribe"      // "Subscribe to our Telegram channel"
	CommentPrompt Kind = "comment-prompt" // "Please enter your comment!"
	Share         Kind = "share"          // share and font-size widgets
	Cookie        Kind = "cookie"         // cookie banners
	Ad            Kind = "ad"             // advertisements
	Signoff       Kind = "signoff"        // "-0-", "Editing by ..."
	ScrapeHeader  Kind = "scrape-header"  // the scraper's " date 2024-01-18 " prefix
	Metadata      Kind = "metadata"       // view counters, tags, language switchers
	Other         Kind = "other"          // anything else that is not text of the story
)

var kinds = map[Kind]bool{
	Title: false, Kicker: false, Deck: false, Section: false, Byline: false, Date: false,
	Dateline: false, Body: false, Caption: false, Credit: false,
	Nav: true, HeadlineList: true, Related: true, Latest: true, Subscribe: true,
	CommentPrompt: true, Share: true, Cookie: true, Ad: true, Signoff: true,
	ScrapeHeader: true, Metadata: true, Other: true,
}

// IsClutter reports whether blocks of kind k are removed from the article.
func (k Kind) IsClutter() bool { return kinds[k] }

// ParseKind returns the Kind named s, or an error if there is none.
func ParseKind(s string) (Kind, error) {
	k := Kind(s)
	if _, ok := kinds[k]; !ok {
		return "", fmt.Errorf("unknown kind %q", s)
	}
	return k, nil
}
