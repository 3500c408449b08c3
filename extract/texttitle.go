package extract

import "github.com/newsclean/newsclean/clean"

// textTitle takes the site's name, or a short tag after a bar, off the end
// of a headline found in flattened text ("Foo - CNX Software" on
// cnx-software.com, "Foo | Opinion"), as [clean.PageTitle] does for a
// visible HTML headline, and a date printed after it ("Foo / Dec 2025"):
// [clean.TextTitle]. The site's name is known from the address only.
func textTitle(a *Article, opts *Options) {
	if a == nil || a.Title == "" || opts == nil || opts.URL == "" {
		return
	}
	a.Title = clean.TextTitle(a.Title, outletDomain(opts.URL))
}
