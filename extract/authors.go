package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// htmlAuthors chooses an HTML page's authors from the evidence, best first:
// the bylines an outlet's rule read; the poster a forum thread's page
// names as its starter ("Thread starter jdoe42": cleanlend.ThreadStarter),
// whose posts' own bylines and microdata name repliers too; the names the page's metadata gives
// (JSON-LD, meta tags) when they look like names, each cut to the
// person's name where it credits more ([creditCut]: "Jane Doe | Acme
// Media", "By JANE DOE, AP Writer"), and each person a name lists by
// commas without the degrees or roles after it ([personParts]: "Jane Roe,
// DVM", "Jane Roe, John Poe"); the byline printed near
// the title, unless it names a team only and a person signs the story
// elsewhere ("By Acme Team" over it, "Written by Jane Doe" under it); the
// bylines the generic detectors read, but for words no
// name has (a menu's "By Role", a form's "COMPANY TYPE") and the site's
// own name ([notOutlet]); the name a metadata profile address spells
// where the page prints it ([slugAuthors]); any other metadata
// name (an organisation's, by its words, comes only there); the author an
// analytics plugin's script data names ([pluginAuthor]); last, the owner
// of a personal site ([siteOwner]), by the site's name or else by the
// name its header links to the home page, or else, where no outlet rule
// knows the site, by the person its header and its copyright line name
// ([cleanCopyrightOwner]); then the site's own organisation where
// its metadata names it the author and no outlet rule knows the site
// ([ownOrgAuthor]) on a dated page (a post; a shop's or a product's page
// gives no date), or on an undated one whose story runs to a guide's
// length ([longRead]: a company's advice page), there by the metadata's
// word only. A news outlet's own name is never an author, unless it
// is a person's (a blog named after its author).
func htmlAuthors(res *clean.Result, fromBlocks []string, o *clean.Outlet, host string, dated bool) []string {
	srcs := authorSources(res, fromBlocks, o, host, dated, false)
	if len(srcs) == 0 || len(srcs[len(srcs)-1].names) == 0 {
		return nil
	}
	return capsNames(srcs[len(srcs)-1].names)
}

// authorSource is one source of evidence [htmlAuthors] weighs, by its
// name ("ruled", "meta", "head", ...), with the names it gives.
type authorSource struct {
	from  string
	names []string
}

// authorSources returns the sources of [htmlAuthors] in its order, each
// with the names it gives (none where it gives nobody). Unless all is
// set it stops at the first that gives a name, the one htmlAuthors takes
// (its names then unique); with all set it lists every source, for the
// benchmark's listing of what each source offers.
func authorSources(res *clean.Result, fromBlocks []string, o *clean.Outlet, host string, dated, all bool) []authorSource {
	m := res.Meta
	printed := headTidy(printedNames(m.BylineAuthors)) // "By Jane Doe. Updated ...", "By Jane Doe, Art by John Roe", "By Jane Doe Last updated"
	var ruled []string
	for _, b := range res.Blocks {
		if b.Kind == clean.Byline && !genericRule(b.Rule) {
			ruled = append(ruled, b.Authors...)
		}
	}
	meta := notAtHandles(notOutlet(printedPair(personParts(forenameFirst(sourceCut(creditCut(barPeople(notEmails(printedNames(m.Authors)), printed, m.SiteName, o, host)), m.SiteName, o, host))), printed), m.SiteName, o))
	var named []string
	for _, n := range meta {
		if nameLike(n) && !cleanNotPersonWords(n) {
			named = append(named, n)
		}
	}
	named = deskGivesWay(named) // ["Newsroom", "Jane Doe"]: the writer
	if len(printed) > 0 && cleanPersonName(printed[0]) && weakMeta(named, m.SiteName, host, o) {
		named = nil // the byline's full name over a handle or the site's own name
	}
	profile := slugAuthors(m.AuthorSlugs, res.Blocks, m.Authors)
	if len(profile) == 0 && cleanPersonName(m.TitledAuthor) {
		profile = []string{m.TitledAuthor} // a profile link's title over an avatar or "View profile"
	}
	if len(named) == 1 && len(profile) > 0 && handle(named[0]) && cleanSquash(named[0]) == cleanSquash(profile[0]) {
		named = nil // "janedoe" in the metadata, "/author/jane-doe/" its profile: the name, not the handle
	}
	// "SECTIONS" in the byline strip: a menu's label, no byline
	head := notCapsWord(sourceCut(printed, m.SiteName, o, host))
	signed := notOutlet(sourceCut(printedNames(bylineNames(fromBlocks)), m.SiteName, o, host), m.SiteName, o) // "By The Daily Post" under the story
	if len(head) == 1 && cleanTeamByline(head[0]) {
		if people := persons(signed); len(people) > 0 {
			head, signed = nil, people // "By Acme Team" by the title, "Written by Jane Doe" under the story
		}
	}
	var out []authorSource
	add := func(from string, names []string) bool {
		if out = append(out, authorSource{from, names}); len(names) > 0 && !all {
			out[len(out)-1].names = uniqueNames(names)
			return true
		}
		return false
	}
	for _, c := range []authorSource{{"ruled", ruled}, {"starter", one(cleanThreadStarter(res.Blocks))}, {"meta-named", named}, {"head", head}, {"signed", signed}, {"profile", profile}, {"meta", meta}, {"plugin", pluginAuthor(m, o, dated)}} {
		if add(c.from, someone(c.names)) {
			return out
		}
	}
	if slices.ContainsFunc(m.Authors, cleanWireAlone) || slices.ContainsFunc(m.BylineAuthors, cleanWireAlone) {
		return out // a wire's copy ("Reuters" as its author): no person named, and not the site's own
	}
	forename := ""
	if len(m.Authors) == 1 && !strings.ContainsAny(strings.TrimSpace(m.Authors[0]), " .") {
		forename = strings.TrimSpace(m.Authors[0]) // "Mara": the metadata's author by a first name alone
	}
	if add("owner-site", one(siteOwner(m.SiteName, m.TitleTag, host, forename, res.Blocks))) {
		return out
	}
	if add("owner-home", one(siteOwner(m.HomeName, "", host, forename, res.Blocks))) {
		return out // the name the header links to the home page
	}
	if !knownOutlet(o) && add("owner-copy", one(cleanCopyrightOwner(res.Blocks))) {
		return out // "Jane Doe" over the menu, "© 2025 Jane Doe" at the foot
	}
	byline := m.BylineSite
	if !dated {
		if !longRead(res.Blocks) {
			return out // a shop's or a product's page: no author
		}
		byline = "" // an undated guide: the metadata's own word only
	}
	add("own-org", one(ownOrgAuthor(m.Authors, byline, m.SiteName, host, o)))
	return out
}

// one is a name as a list: none for "".
func one(n string) []string {
	if n == "" {
		return nil
	}
	return []string{n}
}

// longRead reports whether a page's story is a guide's or an article's
// length, not a product's or a service's blurb: at least longReadWords
// words in its story blocks.
func longRead(blocks []clean.Block) bool {
	n := 0
	for _, b := range blocks {
		if b.Kind == clean.Body {
			if n += len(strings.Fields(b.Text)); n >= longReadWords {
				return true
			}
		}
	}
	return false
}

// longReadWords is the story's length, in words, from which an undated
// page reads as a guide or an article.
const longReadWords = 300

// persons keeps the names that have a person's shape and are no team's
// ([cleanTeamByline]).
func persons(names []string) []string {
	var out []string
	for _, n := range names {
		if cleanPersonName(n) && !cleanTeamByline(n) {
			out = append(out, n)
		}
	}
	return out
}

// someone drops the names that name nobody ([cleanNotAuthorName]: a
// tool's "undefined", a site's "admin" account, a role alone such as
// "Staff Writer").
func someone(names []string) []string {
	var out []string
	for _, n := range names {
		if !cleanNotAuthorName(n) {
			out = append(out, n)
		}
	}
	return out
}

// weakMeta reports whether the metadata's names are only the site's own
// (a company's name that reads as a person's, "One Tree Planted"; the
// words its host spells, "Northfield Gazette" on northfieldgazette.com),
// a team's or a desk's credit ([cleanTeamByline]: "Acme Team",
// "Redacción") or user handles of one word with a capital inside
// ("KatieS", "JaneD"), weaker evidence than a person's name in the byline
// by the title; a first name alone ("Sarah") is not weak.
func weakMeta(names []string, site, host string, o *clean.Outlet) bool {
	if len(names) == 0 {
		return false
	}
	label := cleanOwnerLabel(host)
	for _, n := range names {
		k := cleanSquash(n)
		own := k == cleanSquash(site) || o != nil && k == cleanSquash(o.Name) || len(label) >= 4 && k == label
		if !own && !handle(n) && !cleanTeamByline(n) {
			return false
		}
	}
	return true
}

// handle reports whether a name is a user's handle: one word with a
// capital after its first letter ("KatieS", "JDoe"), or one word in lower
// case only ("kevin-r", "jdoe"). (A surname such as "McDonald" alone is
// taken for one too: a byline's full name beats it.)
func handle(n string) bool {
	n = strings.TrimSpace(n)
	if n != "" && !strings.Contains(n, " ") && strings.ToLower(n) == n {
		return true
	}
	if n == "" || strings.ContainsAny(n, " -'’.") {
		return false
	}
	for _, r := range n[1:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// forenameFirst turns names given surname first, as scholarly metadata
// gives them ("Roy, Aniruddha", "Patel, Jyoti K."; citation_author), into
// the order a byline prints ("Aniruddha Roy"); only when every name has
// that form, one surname then a forename and perhaps an initial, so that
// a credential ("Jane Doe, MD") or a list ("Jane Doe, John Roe") is left
// alone.
func forenameFirst(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		last, first, ok := strings.Cut(n, ",")
		last, first = strings.TrimSpace(last), strings.TrimSpace(first)
		fw := strings.Fields(first)
		if !ok || strings.Contains(first, ",") || len(strings.Fields(last)) != 1 || len(fw) == 0 || len(fw) > 2 ||
			len(fw) == 2 && !strings.HasSuffix(fw[1], ".") || !cleanPersonName(first+" "+last) || strings.ToUpper(first) == first {
			return names
		}
		out = append(out, first+" "+last)
	}
	return out
}

// bylineNames keeps the names the generic byline detectors read but for
// a form's or a menu's labels: "COMPANY TYPE" in capitals (a person's
// name in capitals stays: [capsPerson]), "By:" with its colon, a menu
// filter's one word ("By Role", "By Industry").
func bylineNames(names []string) []string {
	var out []string
	for _, n := range names {
		// a name in capitals must read as a person's ("JANE DOE"); a name
		// in a script without case ("김민수", "张三") has none to judge
		caps := strings.ToUpper(n) == n && strings.ToLower(n) != n
		if strings.HasSuffix(n, ":") || caps && !capsPerson(n) || len(strings.Fields(n)) == 1 && cleanNotPersonWords(n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// nameLike reports whether a metadata author reads as a name, not a user
// handle, a number or a list of credits ("content: Site, design: Jane
// Doe"): no digits, "@", "_" or ":", no dot inside a word (an
// initial's dot is fine), and not a site administrator's account.
func nameLike(s string) bool {
	if strings.ContainsAny(s, "0123456789@_:") || strings.Contains(strings.ToLower(s), "admin") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if i := strings.IndexByte(w, '.'); i >= 0 && i < len(w)-1 {
			return false // "andrew.keaveney"
		}
	}
	return true
}

// uniqueNames drops repeated names, keeping the first of each.
func uniqueNames(names []string) []string {
	seen := make(map[string]bool, len(names))
	out := make([]string, 0, len(names))
	for _, n := range names {
		if k := cleanSquash(n); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// personName reports whether a name has a person's shape: the one test
// that HTML and text bylines share ([cleanPersonName]).
func personName(s string) bool { return cleanPersonName(s) }

// creditCut keeps, of a metadata name that credits a person with more
// than her name, the person's name: the part before a bar ("Jane Doe |
// Acme Media for Acme.com") or before a dash and a job's title
// ([roleDashCut]: "Jane Doe - Staff Writer"), or, after a byline's word,
// the part before a comma or a bar ([creditHead]: "By JANE DOE, AP Auto
// Writer", "Analysis by Jane Doe, Acme Editor-at-large"), or all of it, or
// that part, where it lists several people as [personParts] reads them
// ("By Jane Doe and John Roe", "By Jane Doe, John Roe and Ann Lee", "BY
// JANE DOE AND JOHN ROE", "By Jane Doe & John Roe, Staff Writers";
// [capsFold] reads the wire's capitals). A first part with no person's shape leaves the name
// whole, and so does a comma in a name without a byline's word ("Jane
// Doe, MD").
func creditCut(names []string) []string {
	var out []string
	for i, n := range names {
		name, ok, list := "", false, false
		if rest, by := afterBy(n); by {
			name = creditHead(rest)
			ok = true
			for _, l := range [...]string{capsFold(rest), capsFold(name)} {
				if len(personParts([]string{l})) > 1 {
					name, list = l, true // "By Jane Doe and John Roe": the people, parted later by personParts
					break
				}
			}
		} else if name, _, ok = strings.Cut(n, " | "); !ok {
			name, ok = roleDashCut(n)
		}
		name = strings.TrimSpace(name)
		if !ok || !list && !cleanPersonName(name) && !cleanPersonName(titleCase(name)) {
			continue
		}
		if strings.ToUpper(name) == name {
			name = titleCase(name) // "By JANE DOE, AP Writer": the wire's capitals
		}
		if out == nil {
			out = slices.Clone(names)
		}
		out[i] = name
	}
	if out == nil {
		return names
	}
	return out
}

// creditHead returns a byline's part before its first comma or bar, where
// a credit after the names begins ("Jane Doe and John Roe, Staff
// Writers", "Jane Doe & John Roe | Acme News").
func creditHead(s string) string {
	if i := strings.Index(s, ","); i >= 0 {
		s = s[:i]
	}
	s, _, _ = strings.Cut(s, " | ")
	return s
}

// capsFold writes a byline's words in capitals ("MARA QUILL AND TOMAS
// REED", the wire's form) as a name's, and its "and" in lower case, so
// that [personParts] can part the people it lists.
func capsFold(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		switch {
		case strings.EqualFold(x, "and"):
			w[i] = "and"
		case utf8.RuneCountInString(x) > 1 && strings.ToUpper(x) == x && strings.ToLower(x) != x:
			w[i] = titleCase(x)
		}
	}
	return strings.Join(w, " ")
}

// roleDashCut returns the name before a spaced dash after which a job's
// title follows ([dashRole]: "Jane Doe - Staff Writer", "Jane Doe –
// Transport Correspondent, Acme News", "Jane Doe – Journaliste"), and whether there was one; a dash before
// anything else ("Jane Doe - Harbour Lights") or a hyphen inside a name
// ("Jean-Luc Roe") is no such credit.
func roleDashCut(n string) (string, bool) {
	for _, dash := range [...]string{" - ", " – ", " — "} {
		if name, role, ok := strings.Cut(n, dash); ok && dashRole(role) {
			return name, true
		}
	}
	return "", false
}

// afterBy returns what follows a byline's word that opens a name, first
// word ("By JANE DOE, AP Writer") or second after a word for writing
// ([writingWord]: "Analysis by Jane Doe", "Words by Jane Doe"), and
// whether there was one. Another word before "by" credits someone else
// ("Photos by", "Edited by", "Illustration by"): no byline.
func afterBy(n string) (string, bool) {
	w := strings.Fields(n)
	for k := 0; k < 2 && k+1 < len(w); k++ {
		if strings.EqualFold(strings.TrimSuffix(w[k], ":"), "by") && (k == 0 || writingWord(w[0])) {
			return strings.Join(w[k+1:], " "), true
		}
	}
	return "", false
}

// writingWord reports whether w, before "by", names the writing of a
// story ("Story by", "Reporting by", "Analysis by"), not a photo's or an
// edit's credit.
func writingWord(w string) bool {
	switch strings.ToLower(w) {
	case "story", "words", "text", "written", "writing", "reporting", "reported", "report",
		"analysis", "article", "column", "commentary", "opinion", "essay", "review", "interview", "feature":
		return true
	}
	return false
}

// sourceCut cuts, from each name, the wire's or the site's name credited
// after the person's ([cleanSourceCut]: "Jane Doe, Reuters", "Jane Doe.
// Acme International" on Acme's site); the outlet's name stands for the
// site's where the metadata gives none.
func sourceCut(names []string, site string, o *clean.Outlet, host string) []string {
	if site == "" && o != nil {
		site = o.Name
	}
	var out []string
	for i, n := range names {
		c := cleanSourceCut(n, site, host)
		if c == n {
			continue
		}
		if out == nil {
			out = slices.Clone(names)
		}
		out[i] = c
	}
	if out == nil {
		return names
	}
	return out
}

// titleCase writes each word of a name in capitals ("JANE DOE") with its
// first letter alone in capital, for the shape tests.
func titleCase(s string) string {
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		r, size := utf8.DecodeRuneInString(x)
		w[i] = string(unicode.ToUpper(r)) + x[size:]
	}
	return strings.Join(w, " ")
}
