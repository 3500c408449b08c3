package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// credentialNames reads a byline printed without "By" right under the
// title whose every name carries its degrees' or titles' letters, as
// health and veterinary sites print their authors ("Jane Doe, DVM,
// DACVB; John Roe, BA, LVT, VTS (Behavior) & Ann Poe, MD"): one to six
// names, separated by ";", "&" or "and", each a person's
// ([personShaped]) followed by one or more credentials ([credential]; a
// speciality in brackets after one is left out), nothing else on the
// line, in the block just under the title (block t) or the one after,
// outside navigation, asides and footers. The letters are what make it a
// byline: a line of bare names under a title may be a list of anything.
// It returns nil when block i is none.
func credentialNames(blocks []Block, i, t int, doc *htmldoc.Doc) []string {
	text := strings.TrimSpace(blocks[i].Text)
	if i <= t || i > t+2 || len(text) > 200 || !strings.Contains(text, ",") || !ownHeadBlock(blocks[i], doc) {
		return nil
	}
	names, bare := credentialParts(text)
	if bare > 0 || len(names) > 6 {
		return nil
	}
	return names
}

// credentialParts parts a line of names separated by ";", "&" or "and",
// each a person's ([personShaped]) with or without credentials after
// commas ([credential]; a speciality in brackets after one is left out:
// "VTS (Behavior)"), and returns the names and how many of them carry no
// credential; nil when a part is no name or has a part after a comma that
// is no credential. [credentialNames] (HTML) and [semicolonNames] (text)
// read their lines with it.
func credentialParts(text string) (names []string, bare int) {
	for _, sep := range []string{" & ", " and "} {
		text = strings.ReplaceAll(text, sep, ";")
	}
	for _, part := range strings.Split(text, ";") {
		fields := strings.Split(part, ",")
		name := strings.TrimSpace(fields[0])
		if !personShaped(name) {
			return nil, 0
		}
		if len(fields) < 2 {
			bare++
		}
		for _, c := range fields[1:] {
			c = strings.TrimSpace(c)
			if k := strings.Index(c, " ("); k > 0 && strings.HasSuffix(c, ")") {
				c = c[:k] // "VTS (Behavior)"
			}
			if !credential(c) {
				return nil, 0
			}
		}
		names = append(names, name)
	}
	return names, bare
}

// isCredential reports whether a part of a name after a comma is a degree's
// or a title's letters, not a name ("DVM", "M.D.", "PhD"): [credential],
// for package extract's reading of metadata names.
func isCredential(s string) bool { return credential(strings.TrimSpace(s)) }
