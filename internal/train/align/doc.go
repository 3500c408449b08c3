// Package align is the teacher of newsclean's learned story detector: it
// labels each block of a page (a line of flattened text, or the text of one
// block of the HTML front end) as story or not story by aligning the blocks
// to the page's gold main content, and marks the block that holds the gold
// title and the one that states the gold publish date.
//
// It works on plain strings, so the same code labels text lines and HTML
// blocks, and it knows nothing of newsclean's own labelling: the labels it
// gives are what the gold says, to train and to measure against.
//
// For a page whose blocks are
//
//	0 "Home"                          nav word that the story also uses
//	1 "Ferry line reopens"            the headline
//	2 "May 4, 2025"
//	3 "The ferry line reopened on Monday after repairs, the operator said."
//	4 "Advertisement"
//	5 "Passengers queued from early morning for the first crossing home."
//	6 "Ferry line reopens"            the headline again, in a related list
//
// and whose gold main content is paragraphs 3 and 5, title "Ferry line
// reopens" and date 2025-05-04, [Blocks] gives Other, Title, Date, Story,
// Other, Story, Other.
//
// # Method
//
// Blocks and gold become word tokens (lower-cased runs of letters, numbers
// and underscores, as the benchmark's metric counts words), so whitespace,
// punctuation and case never matter.
//
//  1. Placements. A block of three tokens or more is placed in the gold by
//     its shingles (runs of three tokens) found there: each hit has a
//     diagonal (gold position minus block position); the diagonals with the
//     most hits, at least a band apart, are peaks (at most 8), and the
//     longest chain of hits rising in both positions within a band of a peak
//     is one placement, the block tokens its shingles cover its matched
//     tokens. The band is 24 tokens or an eighth of the block, whichever is
//     more: a shift inside a block (an inserted caption) stays in one
//     placement, the next copy of a repeated passage does not. A shingle
//     found more than 64 times in the gold places nothing. A block of one or
//     two tokens is placed wherever the gold holds exactly its tokens.
//  2. Order. Of all placements, a chain that keeps both the page's block
//     order and the gold's token order, with no gold token used twice, and
//     covers the most gold tokens is chosen by dynamic programming; a tiny
//     cost per block skipped between two chained blocks decides ties for
//     the placement nearest the rest of the story. So a nav word, a repeated
//     headline or a teaser that repeats a sentence of the story loses to the
//     block that holds it in place, and a paragraph split over two blocks
//     is two placements side by side.
//  3. Short runs. Chained blocks whose gold spans touch (at most 2 gold
//     tokens apart) form runs; a run made only of one- and two-token blocks
//     and shorter than three tokens in all is dropped: a lone menu word
//     that happens to fit between two paragraphs is not story.
//  4. Out of order. A block of six tokens or more left out of the chain but
//     matching at least 80% of its tokens, where at least 80% of its gold
//     span is still unclaimed, is story too: content the page holds in
//     another order than the gold (in decreasing order of matched tokens).
//  5. Labels. A placed block is [Story] when at least [MinShare] of its
//     tokens are matched, so boilerplate glued to a story sentence in one
//     block goes with the larger part. Then the [Title], among the blocks
//     that are not story: one with the gold title's tokens, or a token F1 of
//     0.8 with them, or the title and a subtitle or site name of at most as
//     many tokens again plus two, or at least half of a longer gold title;
//     the exact one before a near one, then the one before the story's first
//     block before one after it, then the nearest. Then the [Date]: a block
//     of at most 25 tokens, neither story nor title, that writes the gold
//     day with its year (2025-09-04, 4 September 2025, Sep. 4th, 2025,
//     09/04/2025, "By Ann LeeSep 4, 2025" ...; English month names only),
//     the nearest to the title before or after it, or to the story's first
//     block when no title was found.
//
// [Block.Words] and [Block.Matched] give the counts behind each label, for a
// trainer that wants to weight or drop the doubtful blocks.
//
// # Concurrency
//
// [Blocks] keeps all its state in locals: it is safe to call from many
// goroutines at once.
package align
