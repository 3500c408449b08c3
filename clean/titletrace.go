//go:build !titletrace

package clean

// traceTitle marks the path by which a hand rule or the headline model
// took block i of a flattened page for its headline, for the census of
// which rule decides the text path's titles (built with the titletrace
// tag: titletrace_on.go). In the library it does nothing and costs
// nothing: an empty function the compiler drops.
func traceTitle(p *Page, path string, i int) {}
