// Package extract turns a scraped news page into an [Article]: title, deck,
// section, outlet, dateline (place, date, wire agency), publish date,
// authors, body paragraphs and images, with every removed piece of clutter
// and every rewrite of the text on record.
//
// From the flattened page
//
//	All news
//	Baku ready to open communications between Azerbaijan and Armenia, says Aliyev
//	...
//	BAKU, March 14. /TASS/. Baku is ready to open communications with Yerevan, ...
//	... along the Lachinsky corridor ...
//
// it makes an Article whose JSON form begins
//
//	{"title": "Baku ready to open communications ...",
//	 "outlet": {"name": "TASS", "domain": "tass.com", "from": "dateline"},
//	 "dateline": {"text": "BAKU, March 14. /TASS/.", "place": "Baku", "date": "March 14", "agency": "TASS"},
//	 "published": "2021-03-14", "published_from": "dateline+year-from-text",
//	 "body": ["Baku is ready to open communications with Yerevan, ...", ...],
//	 "removed": [{"kind": "nav", "rule": "tass.com", "line": 1, "text": "All news"}],
//	 "replacements": [{"field": "body", "index": 5, "offset": 422,
//	                   "from": "Lachinsky corridor", "to": "Lachin corridor", "kind": "spelling"}]}
//
// # Getting started
//
// [Text], [String] and [Read] take flattened text, [HTML] (from an
// io.Reader) and [HTMLBytes] take an HTML page, [Auto] takes either and
// tells which it is as [Sniff] does, and [FromBlocks] takes blocks that
// package clean has labelled. [Options] works as its zero value (or nil):
// the built-in outlet rules and the default normaliser, pictures, tables
// and links kept, readers' comments removed.
//
//	a, err := extract.Text(page, &extract.Options{URL: url})
//	if err != nil {
//		return err // an empty, binary or too large page, or unusable Options
//	}
//	fmt.Print(a.PlainText())
//
// The entry points fail only on a page they cannot read ([clean.ErrEmpty],
// [clean.ErrBinary], [clean.ErrTooLarge], or the io.Reader's own error)
// and on Options a program got wrong ([clean.ErrOptions]: a nil stage, a
// Disable name no stage has). An Options.URL that does not parse is not an
// error, the page being good: it is cleaned without the address, and
// Article.Warnings names it ("bad-url"), as it names what else was
// repaired or doubted.
//
// # Output
//
// The Article is its own JSON form (encoding/json). [Article.PlainText]
// prints it as people read it, [Article.Markdown] as CommonMark with
// front matter and GitHub tables, [Article.HTML] as a minimal, safe HTML
// document; WriteMarkdown and WriteHTML write to an io.Writer.
//
// # The typed body
//
// Article.Body holds the story's paragraphs as plain strings; Article.Blocks
// holds the same paragraphs typed ([Block]): headings with their level,
// lists (ordered or not, nested), quotes, tables of rows and cells,
// preformatted text, and the places of the pictures (indexes into
// Article.Images), with links and emphasis as byte offsets into the
// normalised text ([Inline]). From HTML the structure is the page's
// elements'; from flattened text, runs of bulleted or numbered lines are
// lists and short title-case lines between paragraphs are headings. Each
// paragraph of Body is in exactly one block.
//
// # Dates
//
// Article.Published is ISO 8601 at the precision the page supports, and
// Article.PublishedFrom says where it came from. The sources, in order of
// trust: for HTML the JSON-LD article's datePublished ("json-ld"),
// article:published_time and the other meta tags ("meta"), a <time
// datetime> marked as the publication time ("time"), unless the date line
// printed under the headline gives another day that is not the metadata's
// update time ("date-line"); then a date line
// above the story, the scraper's header, a dateline that prints its year, a
// dateline whose year the story settles (the latest year it tells of,
// checked against the dated events and the weekday it names); for HTML the
// visible date line near the title, the first <time> of the content, a
// line that labels its date as the publication's, the date strip under
// the story and a datePublished in a script's data; for text a line that
// labels its date as the publication's; the URL; for text, the line
// holding only a date nearest the headline, else the date lines found
// elsewhere when they name one day, else a strip under the headline that
// prints the date among a name, a category or a reading time, else the
// date strip under the story;
// last, the update time when the page gives no other date ("modified").
// Where nothing else gives a date, or
// only the update time does, a relative date under the headline ("3 days
// ago") is read against [Options].CrawlDate. For HTML that order is not final: every day the
// sources give is a candidate, scored by a small logistic model learned
// from labelled pages (internal/traindate writes it) on which sources
// give the day, how they agree, and whether the order above picks it; the
// best-scored day wins, named by its most trusted source. Article.Modified
// holds the update time apart and is never taken as the publish date when
// the page gives one, whatever the model says; an update earlier than
// the publish time is a contradiction, refused with a
// "modified-before-published" warning. A date after
// the day that follows [Options].CrawlDate is rejected. Dates in sidebars,
// captions and background paragraphs are never taken.
//
// # The head
//
// On HTML the title is the candidate a small learned ranker scores highest
// among the page's titles (the hand rules' pick, which wins ties, each
// visible <h1>, the <h2> headings above the story, the JSON-LD headline,
// og:title and <title> without the site's name), never a caption,
// navigation label, byline, share widget or timestamp; the topic line
// marked over it is Article.Kicker. On flattened text the title is
// the headline-shaped line the story follows. On both, a wire desk's slugs
// at the title's head ("UPDATE 2-", "REFILE-", "EXCLUSIVE-") come off it, a
// genre's ("EXCLUSIVE", "ANALYSIS") becoming the kicker when none is marked. Authors come from bylines
// ("By X", "X, Reuters", "Story by X", "von X"), then the JSON-LD and meta
// authors, never the outlet's own name; og:site_name or the JSON-LD
// publisher names the outlet when no rule does. From HTML the article also
// gets the page's description, canonical address, tags (JSON-LD keywords,
// article:tag, keywords) and lead picture (JSON-LD image, og:image, when
// the story does not show it); Article.PublishedTime and ModifiedTime give
// the dates as [Time] values, with their [Precision].
//
// # Normalisation
//
// The text fields are normalised with package normalize: Unicode clean-up
// for every page, and name spellings for English text only. Each change is
// an entry of Article.Replacements; a term the gazetteer flags without
// changing it is an Article.Warnings entry. [Options].NoNormalize keeps the
// text exactly as found.
//
// # Concurrency
//
// The functions keep their state in locals; one [Options] value may serve
// any number of goroutines.
package extract
