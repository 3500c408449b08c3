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
// [Text], [String] and [Read] take flattened text, [HTML] takes an HTML page,
// and [FromBlocks] takes blocks that package clean has labelled. [Options]
// works as its zero value (or nil): the built-in outlet rules and the default
// normaliser.
//
//	a, err := extract.Text(page, &extract.Options{URL: url})
//	fmt.Print(a.PlainText())
//
// # Dates
//
// Article.Published is ISO 8601 at the precision the page supports, and
// Article.PublishedFrom says where it came from. The sources, in order of
// trust: a date line above the story, the scraper's header, a dateline that
// prints its year, a dateline whose year the story settles (the latest year
// it tells of, checked against the dated events and the weekday it names),
// the URL, and for HTML the page's metadata. Dates in sidebars, captions and
// background paragraphs are never taken.
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
