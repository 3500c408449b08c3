package clean

// textCallStart is textCall's calls with neither the marks around them nor
// the line's end: it is never run, only its quick test (the first bytes
// and byte pairs its matches start with) is read by mayStartTextCall.
var textCallStart = lazyCompile(`(?i)^(?:` + textCallForms + `)`)

// maxTextCallLead is the count of marks (\W) textCall lets stand before a
// call.
const maxTextCallLead = 4

// mayStartTextCall reports whether a call of textCall may start s after
// none to maxTextCallLead of its leading marks (mayStartAfterMarks):
// textCall's own quick test knows nothing, since \W{0,4} opens it, so its
// matcher started on every short line. It never turns down a line textCall
// matches. At each start the quick test's first bytes and pairs are tried,
// then the first four bytes (textCallQuads): of the 442,659 lines of ten
// words or fewer in AEB's and WCXB-dev's text and the seeds, 273,866 open
// with a call's pair, 77,796 with a call's first four bytes, and 9,370
// are calls.
func mayStartTextCall(s string) bool {
	q, q4 := textCallStart.quick(), textCallQuads()
	return mayStartAfterMarks(s, maxTextCallLead, func(s string) bool { return !q.rejects(s) && (q4 == nil || q4.allows(s)) })
}

// textCallQuads is the start quads of textCallStart (see startQuads), or
// nil when they cannot be told.
var textCallQuads = startQuadsOf(textCallStart.expr)

// textCallLead and textCallTail are what textCall holds around its calls.
const (
	textCallLead = `(?i)^\W{0,4}`
	textCallTail = `\W{0,3}$`
)

// textCallDispatch runs textCall as the smaller patterns of the calls that
// may start with the line's first letter (see altDispatch).
var textCallDispatch = newAltDispatch(textCallLead, maxTextCallLead, textCallForms, textCallTail, textCall).withOpens(textCallOpens)

// textCallOpens gives, for textCallDispatch's c and s groups (~4M to
// compile each), the words their calls open with ("Copyright ..." ,
// "Comments", "Categories", "Save a life", "See also", "Start with ..."
// open none): see altDispatch.opens.
func textCallOpens(c byte) []string {
	switch c {
	case 'c':
		return []string{"contact", "cancel reply", "cancelar ", "continue reading", "copy$", "copied",
			"connect with ", "check ", "compare ", "cont\u00e1ctanos", "cont\u00c1ctanos", "contattaci"}
	case 's':
		return []string{"sign up", "sign-up", "signup", "start free ", "start your free", "subscribe", "share$", "shop ",
			"see price at ", "see more rows", "see more results", "see the ", "see deal", "see offer", "see detail", "see more reviews",
			"see rates", "see their rates", "see all ", "see our ", "see case studies", "see customer", "see success",
			"see full ", "see whole ", "see complete ", "see list", "see author", "see profile", "see bio",
			"save this ", "sponsor", "skip to ", "schedule a ", "schedule your ", "suggest changes", "suggest an edit", "scan the ",
			"substack is", "schreibe einen", "s'abonner", "suscr", "sommaire", "sommario"}
	}
	return nil
}
