package clean

// selfIntro matches a writer's greeting that opens a note about themselves
// set under a story ("Hi, I'm Jane Doe, and I cover ferries for Harbour
// Weekly.", "Hey, I’m Jane! Welcome to Harbour Notes", "Hello there, my
// name is Jane"): the note need not name a trade (bioRole), the greeting
// and the name say who it is. A story that opens so stands above the
// story's prose, where dropAuthorBio does not look for it.
var selfIntro = lazyCompile(`^(?:Hi|Hey|Hello|Howdy)(?: there| everyone| all| friends)?[,!.]? (?:I['’]m|I am|[Mm]y name is) \p{Lu}[\p{L}'’.-]+`)

// isSelfIntro reports whether a line opens with a writer's greeting and
// name (selfIntro).
func isSelfIntro(s string) bool {
	return len(s) > 8 && s[0] == 'H' && selfIntro.MatchString(s)
}
