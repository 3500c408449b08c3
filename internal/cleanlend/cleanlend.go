// Package cleanlend holds the line tests and date-line readers that package
// clean lends to package extract, the CLI and the trainers without making
// them part of clean's API: heuristics such as "is this a person's name"
// or "is this line a date alone" are how clean reads a page, not what a
// library user asks of it, and they change as the detectors learn.
//
// Package clean sets every variable in its init, so a package that uses
// them imports clean (with a blank import where it calls nothing else of
// clean's) and finds them set. Dates come back as
// [htmldoc.Stamp], the same type as clean.Stamp (both alias
// internal/datestamp's).
package cleanlend

import (
	"time"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// Names and bylines.
var (
	PersonName      func(s string) bool                  // s has the shape of a person's name
	NotPersonWords  func(s string) bool                  // s holds a word no person's name holds
	KnownPlace      func(s string) bool                  // s is a place a dateline prints ("Hong Kong", "Rio de Janeiro")
	NotAuthorName   func(s string) bool                  // s names nobody ("Staff", "admin", an outlet)
	Credential      func(s string) bool                  // a part of a name after a comma is a degree ("PhD")
	JobTitle        func(s string) bool                  // a part of a name after a comma is a job's title ("Transport Correspondent")
	TeamByline      func(s string) bool                  // s is a team's byline ("Reuters staff")
	WireAlone       func(s string) bool                  // s is a wire agency's name alone
	SourceCut       func(name, site, host string) string // the person of a name that credits a source after it
	IsCommentHeader func(s string) bool                  // s heads a comment thread
	IsReplyButton   func(s string) bool                  // s is only a comment's "Reply" link
	CommenterLine   func(s string) bool                  // s names a comment's writer over its stamp
	CommentCount    func(s string) bool                  // s only counts a thread's comments ("3 comments")
)

// Titles.
var (
	Squash      func(s string) string                                   // s folded for comparing titles
	OwnerLabel  func(host string) string                                // a host's main label squashed, "" for a department's subdomain
	PageTitle   func(title, site, host string) string                   // a <title> without the site's name
	TitleInMeta func(title string, m *htmldoc.Meta, host string) string // the metadata's title for a headline holding it and more
	TextTitle   func(title, host string) string                         // a text page's title without the site's name
)

// CopyrightOwner returns the owner of a personal site whose blocks (a
// []clean.Block, as clean.Result gives an HTML page's) name a person in
// the header above the headline and in the copyright line ("© 2025 Jane
// Doe"), or "". Its argument is untyped because this package cannot name
// clean's Block; any other type gives "".
var CopyrightOwner func(blocks any) string

// ThreadStarter returns the poster a forum thread's page names as the
// thread's starter ("Thread starter" over "jdoe42") in its blocks (a
// []clean.Block), or ""; untyped as CopyrightOwner is.
var ThreadStarter func(blocks any) string

// Date lines of flattened text.
var (
	LabelledDate    func(line, lang string) (htmldoc.Stamp, bool)                     // "Published: 3 May 2024", on a page of language tag lang
	PublishedNote   func(line, lang string) (htmldoc.Stamp, bool)                     // "This article was first published on 3 May 2024.", on a page of language tag lang
	UpdateAfter     func(line string) (htmldoc.Stamp, bool)                           // "Published 3 May 2024. Last updated 5 May 2024."
	LabelledUpdate  func(line, lang string) (htmldoc.Stamp, bool)                     // "Updated: 3 May 2024", on a page of language tag lang
	LabelThenDate   func(line, next, lang string) (st htmldoc.Stamp, update, ok bool) // a label over its date, on a page of language tag lang
	BylineThenDate  func(line, next, lang string) (htmldoc.Stamp, bool)               // a byline over its date, on a page of language tag lang
	DateAlone       func(line, lang string) (htmldoc.Stamp, bool)                     // a date with nothing else, on a page of language tag lang
	DateNoYear      func(line string) (htmldoc.Stamp, bool)                           // a date line without its year
	DateNoYearClock func(line string) (htmldoc.Stamp, bool)                           // a date line without its year, with a time of day
	LeadWeekday     func(line string) (time.Weekday, bool)                            // the weekday a date line opens with
	DateStrip       func(line string) (htmldoc.Stamp, bool)                           // a date alone, then reading time or categories
	UpdatedInLine   func(line, lang string) (htmldoc.Stamp, bool)                     // the update's time of a published-and-updated line, on a page of language tag lang
	IsUpdate        func(before string) bool                                          // the words before a date call it an update's
	MemberLine      func(line string) bool                                            // a forum poster's card: "Joined: Jan 02, 2017", "Posts: 1,184"
	EventDateLabel  func(label string) bool                                           // the words before a date name an event's: "Date of the vote:"
)

// Month and weekday names, as date lines print them.
var (
	MonthName   func(word string) (time.Month, bool)   // a month's name in any case, in English ("Mar", "March", "Sept.") or another language the date parser knows ("mars", "März")
	WeekdayName func(word string) (time.Weekday, bool) // a weekday's name, in English ("Fri", "Friday", with or without a full stop) or another language the date parser knows ("vendredi", "piątek")
)

// TextDateLang returns the language tag the date readers read flattened
// text's blocks (a []clean.Block) in: "hr" for a head clean guesses
// Croatian (where "listopad" is October), else "" (untyped as
// CopyrightOwner is).
var TextDateLang func(blocks any) string

// CheckURL reports why raw cannot be a page's address, or nil.
var CheckURL func(raw string) error
