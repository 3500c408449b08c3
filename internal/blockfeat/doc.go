// Package blockfeat computes the fixed feature vectors of newsclean's learned
// story detector: one vector per block of a page, for the blocks of the HTML
// front end ([HTML]) and for the lines of flattened text ([Text]). The
// trainer (internal/train) and the library (package clean) both call it, so
// the model sees at run time exactly the features it was trained on.
//
// A vector mixes three kinds of feature, each a float32 mostly in [0, 1]:
//
//   - the shape of the block's own text, read in one byte scan ([Shape]):
//     length, words, sentence ends, commas, separators, digits, case,
//     date and time shapes, bullets, addresses, a copyright sign;
//   - its place on the page: position, distance to the densest run of
//     prose (the best-scoring run of blocks, prose counting for and
//     furniture against, found in one pass) and to the nearest prose
//     block either side, repetition of its text elsewhere on the page,
//     and the shape of its neighbours;
//   - what it says of the site ([site]): whether it names the site (its
//     address's registrable label or, for HTML, its site name, words run
//     together: "Subscribe to Talk Android"), the share of its words in
//     the address's path and the title, and its first word hashed when it
//     is short (a call to act: "Join", "Download", "Share");
//   - for HTML, what the element is: tag, depth, flags (heading, list,
//     nav, header, footer, aside, form, figure, hidden), link density,
//     itemprop, a datetime, the class and id tokens and the tag path
//     hashed into small spaces, whether its text occurs in the page's
//     JSON-LD articleBody or description, the heading above it, and the
//     link density of its neighbours.
//
// The second pass of a [Model] reads the first pass's scores around each
// block ([SecondFeatures]): its neighbours', window means, and where it lies
// against the story the first pass sees (before its first strong block,
// after its last, how far from the nearest).
//
// Short blocks also hash their words into a small space, so "Share",
// "Read more" and "Subscribe" are features without a word list.
//
// Everything is linear in the page: no regular expressions, one map for
// the repeated texts. The names of the features are in [HTMLNames] and
// [TextNames], for reading a model.
//
// # Concurrency
//
// The functions keep their state in locals, or in buffers kept between
// pages in a sync.Pool (Model.Scores's, TextShapesInto's tables), each one
// goroutine's at a time, and are safe for concurrent use.
package blockfeat
