package extract

import "github.com/newsclean/newsclean/clean"

// mastheadDate replaces the date line taken as the story's when it stands
// well above the headline ([assembler.isHeadline]) (more than headAbove blocks) and a date line
// stands under the headline, in the story's head (at most a standfirst
// between): the first is the masthead's date of the day ("Friday, December
// 19, 2025" in the site's top bar), the second the story's. The masthead's
// goes to the removed list, the story's takes its place.
func (as *assembler) mastheadDate() {
	old := as.stampLineAt
	if old < 0 {
		return
	}
	title := -1
	for i := old + 1; i < len(as.placed); i++ {
		if as.isHeadline(i) {
			title = i
			break
		}
	}
	if title < 0 || title-old <= headAbove {
		return
	}
	bs := as.res.Blocks
	body := 0
	for i := title + 1; i < len(bs) && body <= headStandfirst; i++ {
		b := bs[i]
		if as.placed[i] == "body" && !b.Wrapped {
			body++
			continue
		}
		if b.Kind != clean.Date || b.Stamp == nil || b.Stamp.ISO() == "" || as.placed[i] != "removed" {
			continue
		}
		for k, r := range as.removed {
			if r == i {
				as.removed[k] = old
				break
			}
		}
		as.placed[old], as.placed[i] = "removed", "published"
		as.stampLine, as.stampLineAt = b.Stamp, i
		return
	}
}

// isHeadline reports whether block i is the page's headline: placed as the
// title, or a headline the title ranker passed over for another title
// (removed under rankedOutTitleRule), which marks the page's head all the
// same.
func (as *assembler) isHeadline(i int) bool {
	return as.placed[i] == "title" || as.placed[i] == "removed" && as.ruleOf[i] == rankedOutTitleRule
}

// headAbove is how many blocks above the headline its date line may stand.
const headAbove = 4
