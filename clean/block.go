package clean

// Block is one piece of the input with its label. For text input a block is a
// non-blank line, or a part of one where a line holds two things (the scraper
// header before the first sentence, a dateline before the body, a caption with
// its credit glued on). For HTML input a block is the text of one block-level
// element.
type Block struct {
	Text string // the text, without leading and trailing white space
	Line int    // 1-based line number in the input (text); the block's index + 1 (HTML)
	Col  int    // byte offset of Text within its input line (text input)
	Kind Kind   // the label
	Rule string // what labelled it: an outlet rule's name, or "generic/<detector>"

	// Wrapped is set when the line continues the paragraph of the block
	// before it: the text was hard-wrapped at a fixed width, inside
	// sentences. Package extract joins such lines back into paragraphs.
	Wrapped bool

	HTML *Features // the element's features; nil for text input

	// What the stage that labelled the block read from it; zero where it
	// read nothing. Package extract assembles the article from these
	// values and never parses a block's text again.
	Stamp    *Stamp         // scrape-header, date: the date and time it gives; metadata: the update time, where it gives one
	Dateline *DatelineParts // dateline: the place, date and agency
	Authors  []string       // byline: the names it gives
	Credit   string         // credit: the credit without its marks ("© ", "Photo: ", brackets); signoff: the wire a "SOURCE: AA" line credits
}

// Features describe the HTML element a block came from.
type Features struct {
	Tag         string   // "p", "h1", "li" ...
	Path        string   // ancestor tags from body, "body>div>article>p"
	Words       []string // lower-cased class and id tokens of the element and its ancestors
	LinkDensity float64  // link text runes / text runes
	Role        *Role    // the structure around the element; set for body, caption and credit blocks
}

// Outlet names the site that published a page.
type Outlet struct {
	Name   string `json:"name"`             // as the outlet rule, the page's metadata or the dateline names it ("TASS"), else the URL's host
	Domain string `json:"domain,omitempty"` // the site's domain, when a rule or the URL gives it ("tass.com")
	From   string `json:"from"`             // "url", "fingerprint", "dateline", or "meta" (og:site_name or the JSON-LD publisher, when no rule names the outlet)
}

// titleIndex returns the index of the first block labelled Title, or -1.
func titleIndex(blocks []Block) int {
	for i := range blocks {
		if blocks[i].Kind == Title {
			return i
		}
	}
	return -1
}
