// Package authorcand is a hook through which the benchmark reads, for an
// HTML page, every source of author evidence package extract weighs, in
// the order it weighs them, with the names each gives: for sorting the
// author misses by the source that has the right name.
package authorcand

// Source is one source of author evidence and the names it gives.
type Source struct {
	From  string   // "ruled", "meta-named", "head", "signed", "profile", "meta", "plugin", "owner-site", "owner-home", "owner-copy", "own-org"
	Names []string // none where the source gives nobody
}

// Sources, set by package extract, returns an HTML page's author sources
// as extract weighs them, every one of them, and the authors extract
// gives; url is the page's address, or "".
var Sources func(src []byte, url string) (sources []Source, authors []string, err error)
