// Package htmldoc is newsclean's HTML front end: it decodes a page's bytes
// to UTF-8 and turns the page into an ordered list of text blocks, each with
// the features the labelling stage uses to tell article text from clutter,
// plus the metadata the page gives about itself.
//
// A page like
//
//	<body><nav class="top-menu"><a href="/">Home</a> <a href="/world">World</a></nav>
//	<article class="articleBody">
//	  <h1 itemprop="headline">Talks resume</h1>
//	  <p>BAKU, March 14. Talks <b>resumed</b> today.<br>More follows.</p>
//	</article></body>
//
// becomes three blocks:
//
//	nav  "Home World"                       LinkDensity 1, InNav, Words [top menu]
//	h1   "Talks resume"                     InHeading, Itemprop "headline"
//	p    "BAKU, March 14. Talks resumed today.\nMore follows."   Words [article body]
//
// # Getting started
//
// Call [Parse] with the page's bytes, its HTTP Content-Type if known, and a
// zero [Limits] for the defaults. It returns a [Doc]: [Block]s in document
// order, [Meta], and a [Warning] for each best-effort decision taken (a
// charset decoded, invalid bytes replaced, deep nesting flattened), its
// [WarningKind] stable. [ParseNode] does the same for a tree already parsed
// by golang.org/x/net/html or goquery.
//
// # Blocks
//
// One block per block-level element (p, div, section, article, main, header,
// footer, nav, aside, h1-h6, ul, ol, li, dl, dt, dd, blockquote, pre, figure,
// figcaption, table, caption, td, th, form, fieldset, legend, address,
// details, summary, body ...). A block's text includes its inline
// descendants and excludes its block-level ones. Text an element holds
// between its block-level children becomes a block of its own, in document
// order, with the element's tag and features. Table cells are one block
// each (rows are not blocks), so a table of figures stays cell by cell. An
// inline element that is itself hidden (style display:none, hidden,
// aria-hidden) is split out as a block with Hidden set, so hidden text never
// mixes with visible text. Empty blocks are dropped. Nothing else is: every
// text run of the body outside script, style, noscript, template, svg,
// iframe, object, embed, canvas, frameset, noembed, the options of select
// and datalist, and title lands in exactly one block (the skipped elements
// are skipTags).
//
// # Bad input
//
// Empty input gives [ErrEmpty], binary data [ErrNotHTML], input longer than
// Limits.MaxBytes [ErrTooLarge]. Invalid UTF-8 becomes U+FFFD. Nesting
// deeper than Limits.MaxDepth is flattened (text kept). Time and memory are
// linear in the input size; the tree is walked with an explicit stack.
//
// # Concurrency
//
// Parse and ParseNode keep all state in locals: they are safe to call from
// many goroutines at once. A returned Doc is not shared with anything.
package htmldoc
