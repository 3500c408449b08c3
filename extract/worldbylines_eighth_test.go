package extract_test

import "testing"

// An eighth census, written blind like the first seven and in forms they
// lack: more CMS shapes (Bitrix, DLE, uCoz, Tilda, Joomla, Drupal, Naver,
// Dzen, Substack, Ghost, WordPress blocks, Blogger), the author labels of
// Russian, Azerbaijani, Georgian, Armenian, Kazakh, Uzbek, Persian and
// Turkish, links to author pages, text-and-photo credits, and a meta
// author that is an email, a handle or a CMS account beside a printed
// byline.
func TestWorldBylinesEighth(t *testing.T) {
	runWorldBylines(t, "worldbylines8.tsv", 45, gapTable{list: "knownWorldBylineGaps8", known: knownWorldBylineGaps8})
}

// knownWorldBylineGaps8 are worldbylines8.tsv's rows the author code
// still reads wrong, as knownWorldBylineGaps. The table was written
// blind: 40 of its 48 rows read right then, 44 now (an author card's
// linked name and role span with no blank: markedName ungluing the role;
// "Jane Doe (text), John Roe (photos)", which the image detector cuts
// into a caption and a credit: roleCreditByline over captionCreditText;
// a lone link to a /profile/ page that spells the name: profileLinkName;
// uCoz's "Views: 312 | Author: Jane Doe | Rating" strip: barFieldByline).
// Left: Naver's byline_s printed only under the story (the tail readers
// want a label or a marked panel); Dzen's channel link, a channel's name
// that no head reader takes for a person's (and may be a publisher's);
// read since, the "Texto y fotos:" and "Текст и фото:" labels, which
// the world label list (clean/headauthorworld.go) now holds beside "Text
// and photos:".
var knownWorldBylineGaps8 = map[string]bool{
	"Naver, byline_s at the story's end with an email": true,
	"Dzen, channel link beside the date":               true,
}
