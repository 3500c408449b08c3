package clean

import "strings"

// A company's blog prints its team over every post ("By Acme Team" under
// the headline) and the person who wrote the story under it ("Written by
// Jane Doe"): on flattened text as on HTML (extract's htmlAuthors), the
// person is the author. writerUnderTeam reads that pair.

// writerUnderTeam relabels, on flattened text, the byline by the headline
// that names a team only (isTeamByline: "By Acme Team") when one byline
// below the story's last paragraph, and one only, names people
// ("Written by Jane Doe"): that byline becomes the head's, and the team's
// line a removed one. Two such bylines below the story are other posts'
// cards, and a byline there that names no person is no writer's.
func (p *Page) writerUnderTeam() {
	head, teams := p.soleHeadByline()
	if head < 0 || !allTeams(teams) {
		return // no byline by the headline, two, or a person among its names
	}
	at := -1
	var names []string
	for i := head + 1; i < len(p.blocks); i++ {
		b := p.blocks[i]
		if b.Kind != Byline || !strings.HasPrefix(b.Rule, "generic/") {
			continue
		}
		ns := bylineNames(b.Text)
		if len(ns) == 0 || !allPersons(ns) {
			continue
		}
		if at >= 0 {
			return // other stories' cards sign their teasers too
		}
		at, names = i, ns
	}
	if at < 0 {
		return
	}
	p.blocks[head].Kind, p.blocks[head].Authors = Other, nil
	w := &p.blocks[at]
	w.Rule, w.Authors = HeadBylineRule, names
}

// allTeams reports whether every name is a team's (isTeamByline).
func allTeams(names []string) bool {
	for _, n := range names {
		if !isTeamByline(n) {
			return false
		}
	}
	return true
}

// allPersons reports whether every name has a person's shape
// (isPersonName) and none is a team's.
func allPersons(names []string) bool {
	for _, n := range names {
		if !isPersonName(n) || isTeamByline(n) {
			return false
		}
	}
	return true
}

// soleHeadByline returns the byline by the headline (HeadBylineRule) that
// names someone, and its names as readValues will read them; -1 and nil
// when there is none, or two (then neither is surely the page's).
func (p *Page) soleHeadByline() (int, []string) {
	head := -1
	var names []string
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Kind != Byline || b.Rule != HeadBylineRule {
			continue
		}
		ns := b.Authors
		if ns == nil {
			ns = splitAuthors(b.Text)
		}
		if len(ns) == 0 {
			continue
		}
		if head >= 0 {
			return -1, nil
		}
		head, names = i, ns
	}
	return head, names
}
