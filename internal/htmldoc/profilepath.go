package htmldoc

// ProfilePath reports whether an address is a writer's profile page by a
// path segment naming one ("/author/", "/profile/", "/people/", ...), for
// the byline readers that take a name from a link to such a page.
func ProfilePath(href string) bool { return profilePath(href) }
