//go:build !authortrace

package clean

// traceAuthor marks the path by which a hand rule found an author's
// names, with the kind and the rule of the block it read them from (""
// where none), for the census of which rule decides on which sites
// (built with the authortrace tag: authortrace_on.go). In the library it
// does nothing and costs nothing: an empty function the compiler drops.
func traceAuthor(path string, kind Kind, rule string, names []string) {}
