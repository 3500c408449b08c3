// Package aeb scores article bodies the way the public article-extraction
// benchmark (AEB) does, and reads its data folder.
//
// The metric, as ../shared/tools/aebscore.py computes it: each text becomes
// the multiset of its 4-token shingles, tokens being runs of word characters
// in Python's sense (letters, numbers, underscore; see [IsWordRune]). For each
// page, TP is the shingles both texts share, FP the predicted-only ones, FN
// the gold-only ones; precision and recall are 1 and 1 when FP = FN = 0, 0
// and 0 when TP = 0. [Score] averages them over the gold pages and takes the
// F1 of the two averages; a page is exact when its token sequence equals the
// gold's.
package aeb
