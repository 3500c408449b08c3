// Package datecand is the vocabulary shared by the publish-date ranker of
// package extract and its trainer (internal/traindate): the features a
// candidate day has, and a hook through which the trainer reads a page's
// candidates as extract computes them. The model itself is a logistic
// model of internal/headline, fitted by the trainer and compiled into
// extract as generated source.
package datecand

// Candidate is one day an HTML page offers as its publish date, with the
// evidence for it: X holds one value per entry of [Names].
type Candidate struct {
	Day string // "2025-11-17" (or "2025-11" when the page gives no day)
	Mod bool   // only the update time gives it: never ranked when a publish source gives a day
	X   []float64
}

// The features, by index into Candidate.X. The source features are 1 when
// that source gives the candidate's day, else 0.
const (
	JSONLD     = iota // the JSON-LD article's datePublished
	OpenGraph         // article:published_time and the other og: tags
	MetaName          // a <meta name> publish tag (Dublin Core, parsely, sailthru, ...)
	Microdata         // itemprop="datePublished"
	TimeMarked        // a <time> marked as the publication's
	Line              // the visible date line near the headline
	FirstTime         // the first <time datetime> of the content
	Labelled          // a line of the content labelling its date as the publication's
	Script            // a datePublished in a script's data
	URL               // a date in the page's address
	StampLine         // a block above the story labelled as its date
	Header            // a scraper's date header
	Dateline          // the agency dateline (its year printed or inferred)
	ModMeta           // the metadata's update time (dateModified, article:modified_time)
	ModLine           // a visible "Updated ..." line
	Sources           // how many of the publish sources above give the day
	Partial           // the candidate is a month, not a day (a URL's "/2025/11/")
	URLAgrees         // the URL's date (a day or a month) falls on or holds the day
	BeforeMeta        // the date line's day, before the metadata's publish day
	AfterMeta         // the date line's day, more than a day after the metadata's publish day
	LineIsMod         // the date line's day, the metadata's update day too, not its publish day
	NearMod           // within a day of the update time, without being its day
	HandPick          // the day the fixed order of sources picks
	Marked            // a block holding only a date that the page marks as one (class="post-date")
	OwnEntry          // the date beside a link to the page itself (its entry in a list of posts)
	ImageDay          // the lead image's address gives the day too (its upload day: "/2025/12/19/a.jpg")
	EntryStrip        // a date strip under the story or over its first paragraph ("June 9, 2020 · 6 Comments")
	NumFeatures
)

// Names names the features, for the generated model's comments.
var Names = []string{
	"json-ld", "opengraph", "meta-name", "microdata", "time-marked", "date-line",
	"first-time", "labelled", "script", "url", "stamp-line", "header", "dateline",
	"modified-meta", "modified-line", "sources", "partial", "url-agrees", "before-meta",
	"after-meta", "line-is-modified", "near-modified", "hand-pick",
	"marked", "own-entry", "image-day", "entry-strip",
}

// Candidates, set by package extract, returns an HTML page's candidate
// days as extract's ranker sees them (no crawl date); url is the page's
// address, or "".
var Candidates func(src []byte, url string) ([]Candidate, error)
