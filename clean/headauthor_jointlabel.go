package clean

// jointWriterLabel matches a byline's label that joins a writer's verb
// to an editor's, a photographer's or a translator's with "and" or "&":
// "Written and translated by", "Reported & edited by", "By and
// translated by", "Words and photographed by". The names after it wrote
// the story, whatever else they did to it.
var jointWriterLabel = guardedRegexp{mayEndCreditLabel, lazyCompile(`(?i)(?:^|\W)(?:by|written|wrote|reported|words|text|story|compiled|researched)\s*(?:and|&)\s*` +
	`(?:edited|photographed|updated|translated)\s*by\s*:?\s*$`)}

// creditOnlyLabel matches a byline's label whose only verb credits
// someone other than the writer: credit matches and joint does not.
type creditOnlyLabel struct {
	credit, joint guardedRegexp
}

// MatchString reports whether label credits only an editor, a
// photographer, an updater or a translator.
func (l creditOnlyLabel) MatchString(label string) bool {
	return l.credit.MatchString(label) && !l.joint.MatchString(label)
}
