package clean

import "strings"

// reviewerOnly reports whether a head line credits a reviewer and no
// writer ("Reviewed By: Ruth Amsel", "Medically reviewed by Dr. Ilse Lind,
// MD"): a line [writerAfterReviewer] finds no writer's label on.
func reviewerOnly(s string) bool {
	s = strings.TrimSpace(s)
	return reviewerFirst.MatchString(s) && writerAfterReviewer(s) == s
}

// writerUnderReviewer returns the index of the line under line i, a
// reviewer's credit alone, that names the writer ("Reviewed By: Ruth
// Amsel" over "Written by Gideon Park"), and the writer's names; -1 when
// neither of the two lines under it, up to hi, is a writer's byline. The
// reviewer checked the story; the writer wrote it.
func (p *Page) writerUnderReviewer(i, hi int) (int, []string) {
	for j := i + 1; j <= hi && j <= i+2; j++ {
		b := p.blocks[j]
		if len(b.Text) > maxDateLine || isProse(b.Text) || !p.free(j) && !byModel(b) && b.Kind != Byline {
			return -1, nil
		}
		if reviewerFirst.MatchString(strings.TrimSpace(b.Text)) {
			continue // a second reviewer's credit ("Fact checked by ...")
		}
		if names := bylineNames(b.Text); len(names) > 0 {
			return j, names
		}
	}
	return -1, nil
}

// takeHeadByline labels line i, which reads as a byline with names, the
// head's byline; where it credits a reviewer alone and a writer's byline
// follows it ([Page.writerUnderReviewer]), the writer's line is the byline
// and line i a credit read with it that names no author.
func (p *Page) takeHeadByline(i, t, hi int, names []string) {
	b := &p.blocks[i]
	if reviewerOnly(b.Text) {
		if j, w := p.writerUnderReviewer(i, hi); j >= 0 {
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{} // read: the reviewer is no author
			nb := &p.blocks[j]
			nb.Kind, nb.Rule, nb.Authors = Byline, HeadBylineRule, p.fullNameAbove(w, j, t)
			return
		}
	}
	b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, p.fullNameAbove(names, i, t)
}

// gluedWrittenBy returns s with a blank between a "Written by" and the
// name a scraper glued to it ("Written byGideon Park", "Posted byJane
// Doe"); s as it is otherwise.
func gluedWrittenBy(s string) string {
	k := strings.Index(s, "by")
	if k < 0 || k+2 >= len(s) || s[k+2] < 'A' || s[k+2] > 'Z' {
		return s
	}
	before := strings.ToLower(s[:k])
	if !strings.HasSuffix(before, "written ") && !strings.HasSuffix(before, "posted ") {
		return s
	}
	return s[:k+2] + " " + s[k+2:]
}
