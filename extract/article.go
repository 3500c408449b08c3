package extract

import (
	"encoding/json"

	"github.com/newsclean/newsclean/clean"
)

// Article is a cleaned, structured news article. Its JSON form is a stable
// contract: field names do not change, and empty fields are omitted.
type Article struct {
	ID            string        `json:"id,omitempty"`             // the input's name, or the id given in JSONL input
	URL           string        `json:"url,omitempty"`            // the page's address, when known
	Canonical     string        `json:"canonical,omitempty"`      // the address the page names as its own (<link rel=canonical>, og:url), resolved against URL
	Title         string        `json:"title,omitempty"`          // the headline; empty when the text has none (for an outlet whose rule says urltitle, the URL's slug: clean.Result.URLTitle)
	Kicker        string        `json:"kicker,omitempty"`         // the topic line printed over the headline
	Deck          string        `json:"deck,omitempty"`           // the standfirst under the headline
	Description   string        `json:"description,omitempty"`    // the summary the page gives of itself (JSON-LD, og:description, meta description)
	Section       string        `json:"section,omitempty"`        // the rubric, as printed
	Authors       []string      `json:"authors,omitempty"`        // from bylines
	Outlet        *clean.Outlet `json:"outlet,omitempty"`         // the site that published the page
	Dateline      *Dateline     `json:"dateline,omitempty"`       // the agency dateline that opens the story
	Published     string        `json:"published,omitempty"`      // ISO 8601 at the precision the page gives
	PublishedFrom string        `json:"published_from,omitempty"` // where Published came from: FromHeader, FromJSONLD ...
	Modified      string        `json:"modified,omitempty"`       // when the page says it was last updated, ISO 8601; never before Published
	Source        string        `json:"source,omitempty"`         // the wire a credit line names ("SOURCE: AA" gives "Anadolu"), for copy republished from it
	Language      string        `json:"language,omitempty"`       // BCP 47 code of the body's language, when recognised
	Tags          []string      `json:"tags,omitempty"`           // the page's keywords and tags (JSON-LD keywords, article:tag, keywords)
	Body          []string      `json:"body,omitempty"`           // the story's paragraphs, without the dateline
	Blocks        []Block       `json:"blocks,omitempty"`         // the same paragraphs typed: headings, lists, quotes, tables, pictures
	Images        []Image       `json:"images,omitempty"`         // the pictures: addresses, captions and credits, once each
	Comments      []string      `json:"comments,omitempty"`       // readers' comments, one per block, with Options.Comments (else in Removed)
	Removed       []Removed     `json:"removed,omitempty"`        // every piece of clutter taken out
	Replacements  []Replacement `json:"replacements,omitempty"`   // every rewrite of the text
	Warnings      []Warning     `json:"warnings,omitempty"`       // what may be wrong with the result

	// Rule and Hits are the rules' health, for batch reports (the -stats
	// flag of cmd/newsclean); they are not part of the JSON form. Rule is
	// the ID of the outlet rule that claimed the page (Outlet.From says
	// how), Hits the rule patterns that fired on it: see [clean.Result].
	Rule string          `json:"-"`
	Hits []clean.RuleHit `json:"-"`

	// Taken lists the input lines taken into the fields other than Body
	// (title, deck, bylines, date lines, dateline, captions ...), each
	// with its field. See [Taken].
	//
	// It is not part of the JSON form, on purpose: the JSON accounts for
	// every input line without it. A line (from HTML, a block) is either in
	// Removed, with its kind, rule, line numbers and text, or kept: in Body
	// (Replacements records each rewrite of it) or read into a head field
	// (Title, Deck, Kicker, Section, Authors, Dateline, Published, Modified,
	// Images' captions, Comments). Removed's line numbers and the kept
	// fields are the whole of it, so nothing is dropped unseen. What Taken
	// adds is which line fed which head field and the wording of lines
	// read into values (a byline's role, a date line's weekday): a
	// diagnosis, which -explain prints for people, that would repeat the
	// head fields in every article. A consumer that needs it has this
	// field in the library.
	Taken []Taken `json:"-"`

	// PublishedTime and ModifiedTime are Published and Modified parsed, with
	// the precision the page gives; zero when the string is empty. They are
	// not part of the JSON form, which holds the strings.
	PublishedTime Time `json:"-"`
	ModifiedTime  Time `json:"-"`
}

// Where Article.Published came from.
const (
	FromHeader        = "header"                  // the scraper's " date YYYY-MM-DD " header
	FromTimestampLine = "date-line"               // a line that holds only the publish date and time
	FromDateline      = "dateline"                // the agency dateline, which printed the year
	FromDatelineYear  = "dateline+year-from-text" // the dateline, with the year the story settles
	FromDatelineCrawl = "dateline+crawl-date"     // the dateline's month and day (or day alone), with the year (and month) the URL's date or the crawl date settles
	FromURL           = "url"                     // a date in the page's URL
	FromMeta          = "meta"                    // HTML meta tags: article:published_time, og:, itemprop, Dublin Core, parsely, sailthru
	FromJSONLD        = "json-ld"                 // the JSON-LD article's (or page's) datePublished
	FromTime          = "time"                    // a <time datetime> marked as the publication time
	FromModified      = "modified"                // the page gives only an update time (JSON-LD dateModified, article:modified_time, "Updated ...")
)

// Dateline is the agency dateline that opens a story, "BAKU, March 14. /TASS/.".
type Dateline struct {
	Text   string `json:"text"`             // as printed, normalised like the body (its changes recorded under "dateline.text")
	Place  string `json:"place,omitempty"`  // "Baku"
	Date   string `json:"date,omitempty"`   // the day it prints, in English month-first form whatever its language: "March 14", "March 14, 2025" when it prints the year
	Agency string `json:"agency,omitempty"` // the wire credited, "TASS"

	Alone bool `json:"alone,omitempty"` // printed alone on its line, the only way the outlet's form reads it: the text output keeps it on a line of its own
}

// Image is a picture of the article: its address, when the input is HTML,
// and its caption and credit, when the page gives them.
type Image struct {
	Src     string `json:"src,omitempty"`     // the address, resolved against the page's URL
	Alt     string `json:"alt,omitempty"`     // the alternative text
	Caption string `json:"caption,omitempty"` // the caption, as printed
	Credit  string `json:"credit,omitempty"`  // the photographer or agency, without "Photo:" and such
	Width   int    `json:"width,omitempty"`   // in pixels, when the page gives it
	Height  int    `json:"height,omitempty"`  // in pixels, when the page gives it
	Lead    bool   `json:"lead,omitempty"`    // the page's lead picture (og:image, JSON-LD image), not in the story's text
}

// Removed is a run of input taken out of the article as clutter (or as a
// repeat of something the article already holds).
type Removed struct {
	Kind    clean.Kind `json:"kind"`               // the blocks' label: a clutter kind, or the label of a block dropped as a repeat
	Rule    string     `json:"rule,omitempty"`     // the rule or detector that decided
	Line    int        `json:"line"`               // first input line (1-based); from HTML, the first block's number in page order
	EndLine int        `json:"end_line,omitempty"` // last input line (or block number), when the run spans several
	Text    string     `json:"text"`               // the removed text, one input line per line
}

// Replacement is one rewrite of the article's text by normalisation.
type Replacement struct {
	Field  string `json:"field"`  // "title", "deck", "body", "images.caption", "dateline.text", "dateline.place" ...
	Index  int    `json:"index"`  // the paragraph or list item; 0 for single-valued fields
	Offset int    `json:"offset"` // byte offset in the field's text before normalisation
	From   string `json:"from"`   // the text as found
	To     string `json:"to"`     // the text written in its place
	Layer  string `json:"kind"`   // the normalize.Layer that made it: "unicode", "spelling" or "exonym"
}

// Warning flags a doubt about the result.
type Warning struct {
	Kind  string `json:"kind"`            // stable: "truncated", "flagged-term", "future-date", "modified-before-published", a clean.Warning kind ("invalid-utf8", "charset", "not-an-article", ...), or a batch reader's ("duplicate-id", "ignored-field", "not-gzip")
	Field string `json:"field,omitempty"` // the field concerned, if any
	Index int    `json:"index"`           // the paragraph or item of Field; written only with Field
	Text  string `json:"text,omitempty"`  // the term concerned, or what happened, for people
}

// MarshalJSON writes the index only when the warning names a field, so that
// body[0] keeps its index and a warning about the whole input has none.
func (w Warning) MarshalJSON() ([]byte, error) {
	if w.Field != "" {
		type plain Warning
		return json.Marshal(plain(w))
	}
	return json.Marshal(struct {
		Kind string `json:"kind"`
		Text string `json:"text,omitempty"`
	}{w.Kind, w.Text})
}
