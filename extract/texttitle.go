package extract

import "github.com/newsclean/newsclean/clean"

// textTitle takes the site's name, or a short tag after a bar, off the end
// of a headline found in flattened text ("Foo - CNX Software" on
// cnx-software.com, "Foo | Opinion"), as [clean.PageTitle] does for a
// visible HTML headline; the site's name is then known from the address
// only.
func textTitle(a *Article, opts *Options) {
	if a == nil || a.Title == "" || opts == nil || opts.URL == "" {
		return
	}
	a.Title = clean.PageTitle(a.Title, "", outletDomain(opts.URL))
}
