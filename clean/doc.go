// Package clean labels every piece of a scraped news page: the parts of the
// article (title, deck, section, byline, date, dateline, body, captions and
// credits) and the clutter that belongs to the outlet (navigation, sidebar
// headline lists, "Read also" and "Latest news" lists, subscribe lines,
// comment prompts, share widgets, sign-offs, scraper headers).
//
// Flattened text as a scraper saved it:
//
//	All news
//	Baku ready to open communications between Azerbaijan and Armenia, says Aliyev
//	According to the Azerbaijani leader, opening of communications will be ...
//	Azerbaijani President Ilham Aliyev EPA-EFE/TATYANA ZENKOVICH/POOL
//	BAKU, March 14. /TASS/. Baku is ready to open communications with Yerevan, ...
//
// is labelled, block by block:
//
//	nav       All news                                   (rule tass.com)
//	title     Baku ready to open communications ...
//	deck      According to the Azerbaijani leader, ...   (rule tass.com)
//	caption   Azerbaijani President Ilham Aliyev
//	credit    EPA-EFE/TATYANA ZENKOVICH/POOL
//	dateline  BAKU, March 14. /TASS/.
//	body      Baku is ready to open communications with Yerevan, ...
//
// Nothing is dropped: every non-blank line of the input is held by exactly
// one block (a line that holds two things, such as a dateline and the first
// sentence, is split into two blocks that keep its line number and their
// columns). The package extract assembles the blocks into an Article.
//
// # Getting started
//
// [Text], [String] and [Read] label flattened text; [HTML] labels an HTML
// page. Each takes an [Options], whose zero value (or nil) works:
//
//	res, err := clean.Text(page, &clean.Options{URL: "https://tass.com/world/1265855"})
//	for _, b := range res.Blocks {
//		fmt.Println(b.Line, b.Kind, b.Rule, b.Text)
//	}
//
// Bad input gets an error, never a panic: [ErrEmpty], [ErrBinary] and
// [ErrTooLarge] (the limit is [Options].MaxBytes). Flattened text in UTF-16
// or UTF-32 (with or without a byte-order mark), a single-byte charset
// (windows-1251, KOI8-R, ISO-8859-x, windows-125x, windows-874, Mac
// Cyrillic, ARMSCII-8, Georgian-PS and Georgian-Academy, PT154 and
// KZ-1048, ...) or an East Asian double-byte one (Shift_JIS, EUC-JP, GBK,
// Big5, EUC-KR) is decoded, with a "charset" warning naming the guess; what
// remains invalid UTF-8 is replaced by U+FFFD and reported in
// [Result].Warnings.
//
// # Stages
//
// Labelling is a list of [Stage]s run in the order of their priorities:
// on text, hard-wrapped lines marked; outlet detection; on text, a date
// glued to the headline, a repeated headline and a head printed on one
// line ("Headline / March 14, 2024 / Section") split off; on HTML, the
// outlet rule's selectors, the title and the element features; the
// dateline, the rules' clutter patterns, the learned story detector
// ("model"), then the generic detectors (comment threads, lists, phrases,
// images, date lines, the head, the tail, what lies outside the story);
// last, on text, the head settled as a second cleaning of the output would
// read it and the writer's card's byline, and on HTML the headline ranked
// among its candidates. Each labels only blocks that no earlier stage
// labelled, but for the settling of the text's head, which may label the
// head's blocks again (the ranker sets the headline and changes no label);
// what none labels is body text.
//
// The story detector is gradient-boosted trees over each block's features
// (its text's shape, its place on the page and, for HTML, its element),
// fitted on WCXB's development pages by internal/train and shipped as
// generated Go. It labels the blocks it does not take for story, title or
// date line (rule "model/html" or "model/text"; the passes that follow it
// on the same page, "model/text-end", "model/text-bio" and the like), on
// pages of at least eight blocks whose outlet has no rule (on text, nor
// the wire its dateline credits, and not a hard-wrapped feed); where it
// labels an HTML page, the "html-elements", "html-main" and "outside-story"
// stages leave the page to it. When it keeps no prose, [Result].Warnings
// gets a "not-an-article" warning with the evidence: the page is a
// listing, a product, a forum thread or holds no story, and its body is not
// to be trusted. A page of links (every block that could hold the story
// mostly link text) gets it at any length, its links left as its body.
//
// [Stages] lists the built-in stages; [Options].Stages adds stages of your
// own (a learned classifier, a house rule) at any priority, and
// [Options].Disable switches stages off by name ("model" for the story
// detector).
//
// A stage that parses what it labels attaches the value to the block:
// [Block].Stamp for a date line or the scraper header (a time printed
// without a zone takes the zone of the publishing outlet's rule, else the
// wire's), [Block].Dateline for a dateline (with the year the story settles
// when the dateline prints none), [Block].Authors for a byline and
// [Block].Credit for a photo credit, or for the wire a "SOURCE: AA" line
// credits. [Result].URLDate is the date in the
// page's URL. Package extract assembles the article from these values and
// never parses the text again.
//
// # Rules
//
// Outlet rules label first; generic detectors label what the rules leave. A
// rule is a TOML file: the outlet's name, domains and wire agencies, text
// fingerprints, clutter patterns (with the kind to label, where on the page
// they apply, and the kind of the list under a header), section patterns,
// heading patterns (lines that head a part of the story, kept in its body),
// dateline and date formats, and HTML selectors; a rule's urltitle takes
// the title from the page's address where the text prints none. An agency's own dateline
// forms and aliases live in its rule, not in Go: a form marked anywhere is
// read on every page (sites that reprint the copy keep it), and a reprint
// form credits the agency without naming the outlet. [BuiltinRules] are the rules
// in the module's clean/rules directory; [LoadRules] loads a caller's own,
// and [RuleSet.Merge] combines sets. A rule that does not compile is a
// [RuleError] that names the file, the line, the rule and the field, and
// says what the field takes (the clutter kinds for a misspelt kind, the
// field meant for a misspelt one, the TOML type wanted).
//
// The outlet of a page is found, in order, from the URL's host, from
// fingerprints in the text, and from the dateline: a rule's form that names
// a republisher (MENAFN's credit), else the agency it credits. A page that
// only quotes an agency ("..., Trend reports") names no outlet.
//
// # Concurrency
//
// A [RuleSet] is immutable once built and safe for concurrent use; so is the
// set [BuiltinRules] returns. Each call keeps its state in locals: one
// [Options] value may serve any number of goroutines.
package clean
