// Package dateparse recognises and parses the date-bearing pieces of a scraped
// news page: agency datelines that open a paragraph ([ParseDateline]),
// lines that hold only a publish date or time ([DateLine], [TimeOnly]), the
// scraper's " date YYYY-MM-DD " header ([ScraperHeader]), dates in URLs
// ([FromURL]) and dates captured by outlet rules ([FromGroups],
// [DatelineFromGroups]). [InferYear] settles the year a dateline leaves out
// when the article's own text allows it. A page's language ([Lang],
// [LangOf]) settles the month names two languages give two months
// ("listopada": October in Croatian, November in Polish) where a caller
// knows it ([DateLineIn], [FullDateLineIn]); without one, they read as the
// month lists give them.
//
// Every function is safe for concurrent use, keeps no state, never panics
// and works in time bounded by its input: whole-line date parsing ignores
// lines longer than [MaxLineLen] bytes, and dateline parsing looks only at
// the first bytes of a paragraph. Lines that cannot hold a date are
// rejected by cheap byte checks before any real parsing, and the
// non-matching paths allocate nothing.
package dateparse
