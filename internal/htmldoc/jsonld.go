package htmldoc

import (
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// ldArticle holds the fields taken from the page's JSON-LD article object.
type ldArticle struct {
	title, description, section, publisher, url, language string
	published, modified, body, image                      string
	authors, keywords                                     []string
	authorURLs                                            []string // the author's addresses where it has no name
	outletAuthors                                         []string // a news story's authors that may be the outlet (ldOutletAuthors)
	website                                               string   // the name of the first WebSite node
}

// maxLDNodes bounds the JSON values visited per page.
const maxLDNodes = 200_000

// readJSONLD parses the page's application/ld+json scripts and returns the
// fields of the best article object in them (own breaks a tie, see
// pickArticle). A script that does not parse, even after the usual
// repairs, is reported in warn and skipped.
func readJSONLD(scripts []string, warn *warnings, own ldOwn) ldArticle {
	roots := decodeScripts(scripts, warn)
	if len(roots) == 0 {
		return ldArticle{}
	}
	byID, articles, pages, website := walkJSONLD(roots)
	best := pickArticle(articles, own)
	if best == nil {
		best = pickArticle(pages, own)
	}
	if best == nil {
		return ldArticle{website: website}
	}
	a := ldFields(best, byID, articles, pages)
	a.website = website
	return a
}

// ldLists reports whether a JSON-LD script holds an ItemList's type or a
// liveBlogUpdate key (Meta.LDLists).
func ldLists(scripts []string) bool {
	for _, s := range scripts {
		if strings.Contains(s, `"ItemList"`) || strings.Contains(s, `"liveBlogUpdate"`) {
			return true
		}
	}
	return false
}

// decodeScripts decodes the JSON-LD scripts, repairing or salvaging what
// does not parse, with a warning for each.
func decodeScripts(scripts []string, warn *warnings) []any {
	var roots []any
	for i, s := range scripts {
		vals, err := decodeJSONLD(s)
		if err != nil {
			vals, err = decodeJSONLD(repairJSON(s))
		}
		if err != nil {
			if obj := salvageJSONLD(s); obj != nil {
				warn.addf(WarnJSONLD, "JSON-LD script %d does not parse (%v): fields read by pattern", i+1, err)
				vals = append(vals, obj)
			} else {
				warn.addf(WarnJSONLD, "JSON-LD script %d skipped: %v", i+1, err)
			}
		}
		roots = append(roots, vals...)
	}
	return roots
}

// walkJSONLD visits every object breadth first, so that top-level objects
// come before the ones nested in them, and returns them indexed by @id (for
// references) with the article and page objects in visiting order, and
// the name of the first WebSite object. An ItemList's items are other
// pages (a list of stories, a carousel), never the page's article nor
// the page itself: it is not entered. Nor is a live blog's
// liveBlogUpdate: its entries are the blog's posts, each with its own
// headline, body and later datePublished, not the page's article. A
// review a product holds under its review key (a customer's, with the
// customer as its author and the day she wrote it), or any holder's list
// of two reviews or more, is that object's, never the page: it is no page
// candidate ([reviewKey], [ldReviewsCustomers]). A Review at the top is
// (a critic's review page), and so is a critic's one review a Movie, a
// Book, a WebPage or a fact-check's Claim holds, alone or in a one-item
// list, and a ClaimReview or CriticReview wherever it sits
// ([editorsReviewType]); but not one a product's review key names by its
// @id, unless the page names it as its main entity ([dropHeld]).
func walkJSONLD(roots []any) (byID map[string]map[string]any, articles, pages []map[string]any, website string) {
	byID = make(map[string]map[string]any)
	type queued struct {
		v        any
		reviewed bool // reached through a review key: another object's review
	}
	queue := make([]queued, 0, len(roots))
	for _, r := range roots {
		queue = append(queue, queued{v: r})
	}
	var heldIDs map[string]bool // the @ids a product's review key names
	var mainIDs map[string]bool // the @ids an object names as its mainEntity
	for visited := 0; len(queue) > 0 && visited < maxLDNodes; visited++ {
		q := queue[0]
		queue = queue[1:]
		switch v := q.v.(type) {
		case []any:
			for _, x := range v {
				queue = append(queue, queued{x, q.reviewed})
			}
		case map[string]any:
			if q.reviewed && editorsReviewType(v["@type"]) {
				q.reviewed = false // a fact-check's or a critic's review is never a customer's
			}
			id, hasID := v["@id"].(string)
			if hasID && len(v) > 1 {
				if _, dup := byID[id]; !dup {
					byID[id] = v
				}
			}
			if hasID && q.reviewed {
				if heldIDs == nil {
					heldIDs = make(map[string]bool)
				}
				heldIDs[id] = true
			}
			if main := ldRefID(v["mainEntity"]); main != "" {
				if mainIDs == nil {
					mainIDs = make(map[string]bool)
				}
				mainIDs[main] = true
			}
			switch ldKind(v["@type"]) {
			case kindArticle:
				articles = append(articles, v)
			case kindPage:
				if !q.reviewed {
					pages = append(pages, v)
				}
			}
			if website == "" && v["@type"] == "WebSite" {
				website = strings.TrimSpace(ldString(v["name"]))
			}
			if v["@type"] == "ItemList" {
				continue
			}
			customers := ldReviewsCustomers(v)
			keys := make([]string, 0, len(v))
			for k, child := range v {
				if k == "liveBlogUpdate" {
					continue
				}
				switch child.(type) {
				case []any, map[string]any:
					keys = append(keys, k)
				}
			}
			sort.Strings(keys) // map order is random; the choice must not be
			for _, k := range keys {
				list, _ := v[k].([]any)
				queue = append(queue, queued{v[k], reviewKey(k) && (customers || len(list) > 1)})
			}
		}
	}
	return byID, articles, dropHeld(pages, heldIDs, mainIDs), website
}

// dropHeld returns the page candidates but those whose @id a product's
// review key names: a customer's Review at the top of a @graph that the
// Product's "review": [{"@id": ...}] points to is the product's, not the
// page. A review that an object names as its mainEntity (mainIDs: the
// WebPage's "mainEntity": {"@id": ...}) or that names its page
// (mainEntityOfPage) is the page's own, the editor's, and stays.
func dropHeld(pages []map[string]any, heldIDs, mainIDs map[string]bool) []map[string]any {
	if len(heldIDs) == 0 {
		return pages
	}
	kept := pages[:0]
	for _, p := range pages {
		id, ok := p["@id"].(string)
		if !ok || !heldIDs[id] || mainIDs[id] || ldRefID(p["mainEntityOfPage"]) != "" {
			kept = append(kept, p)
		}
	}
	return kept
}

// ldRefID returns the @id or address a JSON-LD reference gives: a string
// alone or an object's "@id"; "" for anything else.
func ldRefID(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		if id, ok := v["@id"].(string); ok {
			return strings.TrimSpace(id)
		}
	}
	return ""
}

// editorsReviewType reports whether a JSON-LD @type is a review that is
// never a customer's: a fact-check's ClaimReview or a CriticReview.
func editorsReviewType(t any) bool {
	each := func(s string) bool {
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		return s == "ClaimReview" || s == "CriticReview"
	}
	switch t := t.(type) {
	case string:
		return each(t)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && each(s) {
				return true
			}
		}
	}
	return false
}

// ldReviewsCustomers reports whether the reviews a JSON-LD object holds
// are its customers': the object is a product ([productType]) or beside
// them has an aggregateRating (the mean of its customers' stars).
func ldReviewsCustomers(v map[string]any) bool {
	if _, ok := v["aggregateRating"]; ok {
		return true
	}
	switch t := v["@type"].(type) {
	case string:
		return productType(t)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && productType(s) {
				return true
			}
		}
	}
	return false
}

// reviewKey reports whether a JSON-LD key holds the reviews of the object
// it belongs to (schema.org's "review", and the older "reviews").
func reviewKey(k string) bool { return k == "review" || k == "reviews" }

// ldFields reads the fields of the chosen object, taking the dates another
// article or page object has when it lacks them.
func ldFields(best map[string]any, byID map[string]map[string]any, articles, pages []map[string]any) ldArticle {
	a := ldArticle{
		title:       ldString(best["headline"]),
		description: ldString(best["description"]),
		section:     ldString(best["articleSection"]),
		url:         ldString(best["url"]),
		language:    ldString(best["inLanguage"]),
		published:   ldString(best["datePublished"]),
		modified:    ldString(best["dateModified"]),
		body:        ldString(best["articleBody"]),
		authors:     ldNames(best["author"], byID),
		authorURLs:  ldAuthorURLs(best["author"], byID),
		image:       ldImage(best["image"], byID),
		keywords:    ldKeywords(best["keywords"]),
	}
	if len(a.authors) == 0 && len(a.authorURLs) == 0 {
		// schema.org's creator stands for the author where the object
		// names none ("creator": {"@type": "Person", ...}); a person's
		// only, for a creator may as well be the tool or the firm
		if people := ldPersons(best["creator"], byID); len(people) > 0 {
			a.authors, a.authorURLs = ldNames(people, byID), ldAuthorURLs(people, byID)
		}
	}
	if a.title == "" {
		a.title = ldString(best["name"])
	}
	if a.url == "" {
		a.url = ldString(best["mainEntityOfPage"])
	}
	// The best object may lack the dates another one has: the WebPage
	// beside a NewsArticle, the article nested in mainEntityOfPage.
	for _, c := range [][]map[string]any{articles, pages} {
		for _, o := range c {
			if a.published == "" {
				a.published = ldString(o["datePublished"])
			}
			if a.modified == "" {
				a.modified = ldString(o["dateModified"])
			}
		}
	}
	if a.published == "" {
		a.published = ldString(best["dateCreated"])
	}
	if a.language == "" {
		if m, ok := best["inLanguage"].(map[string]any); ok {
			a.language = ldString(m["alternateName"])
		}
	}
	if names := ldNames(best["publisher"], byID); len(names) > 0 {
		a.publisher = names[0]
	}
	a.outletAuthors = ldOutletAuthors(best, byID)
	if len(a.authors) > 0 && len(a.outletAuthors) == len(a.authors) {
		if people, twin := ldTwinPersons(best, byID, articles); twin != nil {
			a.authors, a.authorURLs = ldNames(people, byID), ldAuthorURLs(people, byID)
			a.outletAuthors = ldOutletAuthors(twin, byID)
		}
	}
	return a
}

// decodeJSONLD decodes every JSON value in s.
func decodeJSONLD(s string) ([]any, error) {
	s = strings.TrimSpace(s)
	for _, wrap := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"/*<![CDATA[*/", "/*]]>*/"}, {"<![CDATA[", "]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, wrap[0]), wrap[1]))
	}
	dec := json.NewDecoder(strings.NewReader(s))
	var out []any
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
}

// repairJSON fixes the faults real pages' JSON-LD most often has: raw
// control characters inside strings (line breaks in articleBody), comments,
// and trailing commas. It reads strings as JSON does, so that what looks
// like a comment or comma inside a string is left alone.
func repairJSON(s string) string {
	out := make([]byte, 0, len(s))
	inString := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inString {
			switch {
			case c == '\\' && i+1 < len(s):
				out = append(out, c, s[i+1])
				i++
			case c == '"':
				inString = false
				out = append(out, c)
			case c < 0x20:
				out = append(out, ' ')
			default:
				out = append(out, c)
			}
			continue
		}
		switch {
		case c == '"':
			inString = true
			out = append(out, c)
		case c == '/' && strings.HasPrefix(s[i:], "//"):
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 3
			}
		case c == ',':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

// ldPatterns read the main article fields out of JSON-LD too broken to
// parse (unescaped quotes, single-quoted strings): the first
// "key": "value" pair for each key.
var ldPatterns = sync.OnceValue(func() map[string]*regexp.Regexp {
	m := make(map[string]*regexp.Regexp)
	for _, k := range []string{"headline", "datePublished", "dateModified", "articleSection", "inLanguage", "@type"} {
		m[k] = regexp.MustCompile(`"` + k + `"\s*:\s*"((?:[^"\\\n]|\\.)*)"`)
	}
	m["author"] = regexp.MustCompile(`"author"\s*:\s*\[?\s*\{[^{}]{0,500}?"name"\s*:\s*"((?:[^"\\\n]|\\.)*)"`)
	return m
})

// salvageJSONLD builds an object from the fields ldPatterns find in s, or
// returns nil.
func salvageJSONLD(s string) map[string]any {
	obj := make(map[string]any)
	for k, re := range ldPatterns() {
		if m := re.FindStringSubmatch(s); m != nil {
			var v string
			if json.Unmarshal([]byte(`"`+m[1]+`"`), &v) != nil {
				v = m[1]
			}
			obj[k] = v
		}
	}
	if ldKind(obj["@type"]) != kindArticle || obj["headline"] == nil && obj["datePublished"] == nil {
		return nil
	}
	if a, ok := obj["author"]; ok {
		obj["author"] = map[string]any{"name": a}
	}
	return obj
}

const (
	kindOther = iota
	kindArticle
	kindPage
)

// ldKind classifies a JSON-LD @type (a string or an array of them).
func ldKind(t any) int {
	kind := kindOther
	each := func(s string) {
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		switch {
		case strings.HasSuffix(s, "Article"), strings.HasSuffix(s, "BlogPosting"), s == "Report":
			kind = kindArticle
		case kind == kindOther && (strings.HasSuffix(s, "Page") || strings.HasSuffix(s, "Review") ||
			s == "CreativeWork"):
			// WebPage, MedicalWebPage, ClaimReview ...: used when the page
			// has no article object.
			kind = kindPage
		}
	}
	switch t := t.(type) {
	case string:
		each(t)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				each(s)
			}
		}
	}
	return kind
}

// pickArticle returns the candidate with the most of headline, datePublished
// and articleBody; on a tie, the first that own names as the page's (a
// related story may come first in a list), else the first.
func pickArticle(cands []map[string]any, own ldOwn) map[string]any {
	var best map[string]any
	bestScore, bestOwn := -1, false
	for _, c := range cands {
		score := 0
		for _, k := range []string{"headline", "datePublished", "articleBody"} {
			if ldString(c[k]) != "" {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, bestOwn = c, score, false
		case score < bestScore || bestOwn:
			continue
		}
		if len(cands) > 1 && own.names(c) {
			best, bestOwn = c, true
		}
	}
	return best
}

// ldString returns v as a string: a string itself, a number, the @value or
// @id of an object, or the first such element of an array.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case map[string]any:
		if s := ldString(v["@value"]); s != "" {
			return s
		}
		if s, ok := v["@id"].(string); ok {
			return strings.TrimSpace(s)
		}
	case []any:
		for _, x := range v {
			if _, nested := x.([]any); nested {
				continue
			}
			if s := ldString(x); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldNames returns the names in an author or publisher value: a string, a
// Person or Organization object (resolved through byID when it is only an
// @id reference; a Person without a name by its givenName and familyName),
// or an array of those.
func ldNames(v any, byID map[string]map[string]any) []string {
	var out []string
	add := func(x any) {
		switch x := x.(type) {
		case string:
			out = append(out, x)
		case map[string]any:
			if _, named := x["name"]; !named {
				if id, ok := x["@id"].(string); ok && byID[id] != nil {
					x = byID[id]
				}
			}
			if s := ldString(x["name"]); s != "" {
				out = append(out, s)
			} else if g, f := ldString(x["givenName"]), ldString(x["familyName"]); g != "" && f != "" {
				out = append(out, g+" "+f) // a Person named by its parts only
			}
		}
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if len(out) >= 64 {
				break
			}
			add(x)
		}
	default:
		add(v)
	}
	return out
}

// ldPersons returns, of a value that lists authors or creators (an
// object, a reference by @id, or an array of them), the objects typed
// Person, each resolved through byID when only referred to; nil when
// there are none.
func ldPersons(v any, byID map[string]map[string]any) []any {
	var out []any
	add := func(x any) {
		o := ldResolved(x, byID)
		if o == nil {
			return
		}
		if ldIsPerson(o["@type"]) {
			out = append(out, o)
		}
	}
	if list, ok := v.([]any); ok {
		for _, x := range list[:min(len(list), 64)] {
			add(x)
		}
	} else {
		add(v)
	}
	return out
}

// ldIsPerson reports whether an @type value is, or lists, "Person".
func ldIsPerson(t any) bool {
	switch t := t.(type) {
	case string:
		return t == "Person" || strings.HasSuffix(t, "/Person")
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && (s == "Person" || strings.HasSuffix(s, "/Person")) {
				return true
			}
		}
	}
	return false
}

// ldImage returns the address of an image value: a URL string, an
// ImageObject (url or contentUrl, resolved through byID when only an @id
// reference), or the first such element of an array.
func ldImage(v any, byID map[string]map[string]any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		if _, ok := v["url"]; !ok {
			if id, ok := v["@id"].(string); ok && byID[id] != nil {
				v = byID[id]
			}
		}
		for _, k := range []string{"url", "contentUrl"} {
			if s := ldString(v[k]); s != "" {
				return s
			}
		}
	case []any:
		for _, x := range v {
			if _, nested := x.([]any); nested {
				continue
			}
			if s := ldImage(x, byID); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldKeywords returns the keywords value as a list: a comma-separated
// string, or an array of strings (each may hold commas too).
func ldKeywords(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok && len(out) < maxKeywords {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldResolved returns x as an object, the one byID holds for it where x
// only refers to it by @id; nil where x is no object.
func ldResolved(x any, byID map[string]map[string]any) map[string]any {
	o, ok := x.(map[string]any)
	if !ok {
		return nil
	}
	if id, ok := o["@id"].(string); ok && o["@type"] == nil && byID[id] != nil {
		return byID[id]
	}
	return o
}
