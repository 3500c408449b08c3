package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// maxRelatedHeadWords is the longest line, in words, read as the heading of
// a list of other pages.
const maxRelatedHeadWords = 12

// relatedHead matches the heading of a list of the site's other pages set
// below a story ("Related articles", "More from Jane Doe", "You might also
// like", "Popular posts", "Explore more", "More videos", "You'll also
// love", "All reads on this topic", "Selected articles", "Most read",
// "Editor's picks", "More like this", "Top stories", "In case you missed
// it", "More on this topic", "Related reading"), in English and a few other
// languages. The whole line must be the heading. "Further reading" and
// "Related resources" are left out: writers put their own sources under
// them. "Up next" too: on WCXB's train split its one list was the story's.
// "Most popular" alone is left out (a comparison table's badge on a
// movers' guide, one per row), as are "Editor's pick" (a roundup's badge
// on one product), "Featured" alone and "Don't miss" (a guide's list of
// sights reads so).
// "Related" heads a list when a plural of the site's pages follows it,
// with at most one word between ("Related Insights", "related blog
// posts", "Related articles and links", "Related Articles from the X
// blog"); the rest stays: a single teaser set inside the story ("Related
// article"), a wiki's "Related to X", a course's "Related Documents", a
// tag list's "Related Topics" (on WCXB's train split, HTML, one
// encyclopedia's sidebar above its last paragraph).
var relatedHead = lazyCompile(`(?i)^\W{0,2}(?:` + relatedForms + `)\W{0,3}$`)

// relatedForms are relatedHead's headings, the alternatives of one group.
const relatedForms = "" +
	`related(?: [\p{L}\-]+)? (?:articles|posts|stories|reading|content|guides|reads|blogs|news|insights|papers|videos)(?: (?:and|&) (?:links|resources|news|insights))?(?: (?:from|on) [\p{L}\p{N} .'’]{1,30})?|recommended (?:for you|articles|posts|reading)|` +
	`more from [\p{L}\p{N} .'’]{1,30}|(?:if you liked this (?:post|article),? )?you (?:might|may) (?:also )?(?:like|enjoy)(?: to read| reading)?(?: some of (?:my|our) other (?:posts|articles|stories))?|` +
	`more (?:articles|posts|stories|reads) (?:from|by|on|about) [\p{L}\p{N} .'’]{1,30}|` +
	`other (?:related |interesting )?(?:articles|posts|stories)(?: you (?:may|might) (?:find interesting|like|enjoy))?|` +
	`you (?:may|might) (?:also )?be interested in(?: the following)?(?: topics| articles)?(?: as well)?|` +
	`read more (?:of our articles|articles|posts|stories)|explore more(?: articles| posts| stories)?|` +
	`more (?:articles|posts|stories)(?: like this)?|latest (?:articles|posts|news|stories)|popular (?:articles|posts|stories)|` +
	`keep reading|read next|what to read next|recent (?:blogs?|posts|articles|stories)|similar (?:articles|posts|stories)|` +
	`trending(?: now| stories| articles| posts)?(?: in [\p{L} ]{1,30})?|from our archives?|keep exploring(?: this topic)?|` +
	`more videos|more in this (?:category|section|region)|more to (?:explore|read)|(?:see|read) more (?:articles|posts|stories)|` +
	`you['’]ll (?:also )?(?:love|like|enjoy)|(?:all|more) (?:reads|articles|posts|stories) (?:on|about) this topic|also read|` +
	`(?:selected|featured|most popular) (?:articles|posts|stories)|most (?:read|viewed)(?: (?:articles|posts|stories))?|` +
	`editor['’]s picks|more like this|more news|top stories|in case you missed it|more on this topic|related reading|` +
	`ähnliche artikel|weitere artikel|das könnte sie auch interessieren|articles similaires|à lire aussi|` +
	`artículos relacionados|te puede interesar|articoli correlati|potrebbe interessarti|artigos relacionados|` +
	`gerelateerde artikelen`

// maxRelatedLead is the count of marks (\W) relatedHead lets stand before
// a heading.
const maxRelatedLead = 2

// relatedQuads is the start quads of relatedForms (see startQuads), or nil
// when they cannot be told.
var relatedQuads = startQuadsOf(`(?i)^(?:` + relatedForms + `)`)

// isRelatedHead reports whether line is the heading of a list of other
// pages (relatedHead), its first four bytes read before the expression
// runs: most short lines of a page open with none of its headings'.
func isRelatedHead(line string) bool {
	return mayStartAfterMarks(line, maxRelatedLead, allowedBy(relatedQuads())) && relatedDispatch.MatchString(line)
}

// minRelatedStoryWords is the least kept prose, in words, above a related
// list's heading for the list to be read as set below a story.
const minRelatedStoryWords = 100

// minTextProseWords is the fewest words of a line counted as prose when
// dropRelatedTail weighs the kept text above and below a heading.
const minTextProseWords = 30

// storyResumeWords: two kept lines in a row of at least this many words
// each are the story again, not a list's headlines and blurbs (a blurb
// stands under a short headline).
const storyResumeWords = 30

// dropRelatedTail labels as related, on flattened text, the lines the story
// detector keeps under the heading of a list of the site's other pages
// (relatedHead): their headlines and blurbs read to it as the story's
// subheadings and paragraphs. The heading is the first one, kept or not,
// with at least minRelatedStoryWords words of kept prose above it and at
// least as many above as below; the list runs from it to the end of the
// page, or to two long kept lines in a row, where the story resumes (a box
// of related links set inside the story). Date lines and bylines in the
// list stay for the date and author detectors, as the story detector leaves
// them (a teaser's date may be the only one the page prints).
func (p *Page) dropRelatedTail(drop []bool, shapes []blockfeat.Shape) {
	p.relatedTail(drop, shapes, "model/text-related")
}

// relatedTail is dropRelatedTail over blocks whose shapes are shapes
// (shapes[i] is block i's), labelling by rule: the text path's stage, and
// the HTML path's (dropStoryNotesHTML).
func (p *Page) relatedTail(drop []bool, shapes []blockfeat.Shape, rule string) {
	total := p.keptProseWords(drop, shapes, minTextProseWords)
	if total < 2*minRelatedStoryWords {
		return
	}
	head, above := -1, 0 // the heading, and the kept prose words above it
	for i := range p.blocks {
		w := shapes[i].Words
		if w > 0 && w <= maxRelatedHeadWords && above >= minRelatedStoryWords && 2*above >= total &&
			isRelatedHead(p.blocks[i].Text) {
			head = i
			break
		}
		if p.keptText(i, drop) && w >= minTextProseWords {
			above += w
		}
	}
	if head < 0 {
		return
	}
	if p.keptText(head, drop) && p.labelAs(head, Related, rule) {
		drop[head] = true
	}
	end, prevLong := len(p.blocks), -1 // where the story resumes; the last long kept line
	for i := head + 1; i < len(p.blocks); i++ {
		if !p.keptText(i, drop) {
			continue
		}
		if shapes[i].Words < storyResumeWords {
			prevLong = -1
			continue
		}
		if prevLong >= 0 {
			end = prevLong
			break
		}
		prevLong = i
	}
	for i := head + 1; i < end; i++ {
		if p.keptText(i, drop) && !isDateLine(p.blocks[i].Text) && !isByline(p.blocks[i].Text) && p.labelAs(i, Related, rule) {
			drop[i] = true
		}
	}
}

// keptText reports whether the story detector and the stages before keep
// line i of a text page.
func (p *Page) keptText(i int, drop []bool) bool { return !drop[i] && p.free(i) }

// keptProseWords returns the words of the kept lines of a text page
// (keptText) that hold least words or more: the story's prose, whose
// weight the steps that cut at the story's end (dropStoryEnd, authorBio,
// the related list's) set against what stands above a line.
func (p *Page) keptProseWords(drop []bool, shapes []blockfeat.Shape, least int) int {
	total := 0
	for i := range p.blocks {
		if p.keptText(i, drop) && shapes[i].Words >= least {
			total += shapes[i].Words
		}
	}
	return total
}
