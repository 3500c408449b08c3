// Package bench holds the side-by-side speed benchmarks of newsclean and its
// Go peers (go-trafilatura, go-readability) on the article-extraction
// benchmark's pages. It is a module of its own, so that the peers stay out
// of newsclean's go.mod; see README.md for how to run it, and cmd/aeb for the
// quality run.
package bench
