// Package wcxb reads the development split of WCXB, the Web Content
// eXtraction Benchmark (Foley, 2026; CC-BY-4.0), scores extracted text with
// the benchmark's own metric, and splits its pages into a training part and a
// held-out test part by registrable domain.
//
// The data is never part of the repository: [Open] takes the folder (in the
// project's work tree, ../shared/bench/wcxb-dev), and tests that need it skip
// without it. The bench module's evaluation command and the story-detector
// trainer both read the pages through this package, so that they agree on
// the pages, the gold and the split.
//
// # Getting started
//
//	ds, err := wcxb.Open("../shared/bench/wcxb-dev")
//	for i := range ds.Pages {
//		p := &ds.Pages[i] // ScorePage takes a *Page
//		if p.Side() != wcxb.Test {
//			continue
//		}
//		src, err := ds.HTML(p.ID) // or ds.Text(p.ID)
//		...
//		s := wcxb.ScorePage(p, extracted)
//	}
//
// # Metric
//
// [WordScore] is the benchmark's evaluate.py: tokens are the runs of word
// characters (Python's \w: letters, numbers, underscore) of the text
// lower-cased as Python's str.lower does it ([Tokens]); precision and recall
// are the shared tokens of the two multisets over the prediction's and the
// gold's token counts; a page scores 1, 1, 1 when both texts have no token
// and 0, 0, 0 when only one has none. A system's figure is the mean of the
// per-page figures. The snippet rates ([SnippetRate]) are the share of a
// page's must-appear or must-not-appear snippets found in the extraction as
// case-insensitive substrings.
//
// # Split
//
// [SideOf] puts a registrable domain ([Site]) on the [Test] side when the
// 64-bit FNV-1a hash of "wcxb-split-1/" + domain is a multiple of 4, which
// holds for about a quarter of the domains; every other domain is [Train].
// All pages of a site land on the same side, so test figures are for sites
// never trained on. The rule depends on nothing but the domain: it does not
// move when pages are added, and any program can recompute it.
//
// # Concurrency
//
// Every function is safe for concurrent use; a [Dataset] is only read after
// Open returns.
package wcxb
