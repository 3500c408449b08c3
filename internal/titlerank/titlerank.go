// Package titlerank describes the candidate titles of an HTML page for the
// learned title ranker: the features package clean computes for each
// distinct title the page offers (its <h1> and <h2> headings, its JSON-LD
// headline, og:title and <title> without the site's name, the title the
// hand rules chose), and the hook through which internal/traintitle reads
// them. The model is a [headline.Model] fitted by [headline.Fit].
package titlerank

// Candidate is one distinct title a page offers: its text as the article
// would print it and its features ([Names] order).
type Candidate struct {
	Text string
	X    []float64
}

// Candidates returns the title candidates of HTML page src at address url
// as package clean computes them; package clean sets it when it is linked
// in. It is for the trainer: the features it fits on are the ones the
// ranker reads.
var Candidates func(src []byte, url string) ([]Candidate, error)

// Names are the features of a candidate, in the order of [Candidate].X
// and of the model's weights. Package clean computes them
// (clean/titlerank.go says how); changing them means refitting.
var Names = []string{
	"rules",       // the title the hand rules chose (labelHTMLTitle, PageTitle, TitleInMeta)
	"h1",          // the text of a visible <h1>
	"first-h1",    // the text of the page's first visible <h1>
	"h2",          // the text of a visible <h2> above the story
	"ld",          // the JSON-LD headline without the site's name
	"og",          // og:title without the site's name
	"title",       // <title> without the site's name
	"sources",     // log(1+the sources above that give exactly this text)
	"part",        // holds, or is held by, another source's title ([agrees]) without equalling it
	"visible",     // printed on the page
	"above",       // printed above the story's first paragraph
	"gap",         // log(1+blocks from the printed title to the story's first paragraph)
	"furniture",   // printed only in navigation, an aside, a header, a footer or a figure
	"link",        // printed only as a link
	"model-other", // the story detector took every print for not story
	"words",       // log(1+words)
	"short",       // at most three words
	"long",        // over twenty words
	"all-caps",    // no lower-case letter
	"capitals",    // share of words that start with a capital letter
	"site",        // names the site, or holds its name after a separator
	"trap",        // a nav label, byline, timestamp ([isTitleTrap]), a date alone or a masthead strip ([siteDateStrip])
	"sentences",   // several sentences, or ends with a full stop
	"slug",        // how well it matches the address's slug
	"has-slug",    // the address has a slug
	"date",        // holds a date
	"h1s",         // log(1+the page's visible <h1> headings)
	"year",        // holds a year ("2025")
	"most-words",  // no candidate of the page has more words
	"unprinted",   // not printed while the hand rules chose a printed title
}
