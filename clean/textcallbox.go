package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// A call-to-act box (a widget inside or beside the story: a heading or a
// one-line pitch over a button, "Get the cash you need with a low-interest
// loan today" / "Apply now") reads, once the page is flattened, as a short
// line and a bare command under it. The HTML path sees the box (a page
// builder's widget, a cover block, a grid cell outside the story's
// element) and drops it; on text the story detector keeps the pitch, since
// a short line between paragraphs is what a story's own subheadings look
// like, and drops the button. What gives the box away is the button under
// it: a story's subheading is followed by its section's prose, not by a
// command to buy, book, apply or sign up. dropTextCallBoxes reads that pair.

// callBoxRule is the rule of the lines dropTextCallBoxes labels.
const callBoxRule = "model/text-callbox"

// Limits of a call-to-act box, in words.
const (
	maxCallPitchWords  = 15 // the longest kept line read as a box's heading or pitch
	maxCallButtonWords = 4  // the longest line read as its button
	maxCallButtonBytes = 40
)

// callButton matches a call-to-act button left on a line of its own: a
// command to apply, book, buy, shop, order, start, get or request a quote
// or a demo, contact the site, start a trial, sign up or join, explore or
// calculate something of the site's ("Explore QuickBooks", "Calculate
// project→"), with at most two marks around it (an arrow) and no closing
// full stop or colon (a sentence of a story's list of steps, "Book your
// photographer.", a contact card's label, "Contact us:"). "Learn more" and
// "Read more" are not calls: they follow a teaser or a product card, which
// a story's list of picks also prints. Only the commands fold case: the
// letter classes are closed under it, and folding them cost about half a
// million instructions of compiling in every process that met a button.
var callButton = lazyCompile(`^[^\p{L}\p{N}]{0,2}(?:(?i:apply (?:now|today)|book now|buy now|shop now|order now|get started|` +
	`get (?:a|your) (?:free )?(?:quote|demo|estimate)|request (?:a )?(?:quote|demo|estimate|call)|contact us|` +
	`start (?:your )?(?:free )?trial|try (?:it )?(?:for )?free|sign up(?: now| today| free)?|join (?:now|today))|` +
	`(?i:explore) [\p{L}\p{N} ]{1,25}|(?i:calculate) [\p{L}\p{N} ]{1,20})[^\p{L}\p{N}.:]{0,2}$`)

// isCallButton reports whether a line of words words is a call-to-act
// button (callButton; callButtonLead first, which spares the compile).
func isCallButton(s string, words int) bool {
	return words > 0 && words <= maxCallButtonWords && len(s) <= maxCallButtonBytes && callButtonLead(s) && callButton.MatchString(s)
}

// dropTextCallBoxes labels as ads, on flattened text, the kept lines of a
// call-to-act box: a kept line of at most maxCallPitchWords words whose
// next line is a button (isCallButton), kept or not, and a kept button
// itself. A longer line over a button stays (a story's paragraph may end a
// section whose next line is a site's button, and the golds keep such
// closing pitches). Boxes are read only below the first kept prose line
// (a landing page's hero above it is its head), and only on a page whose
// kept prose outside them weighs minCallBoxStory words or more: a service
// page is its pitches and buttons, as on HTML (dropCallBoxes).
func (p *Page) dropTextCallBoxes(drop []bool, shapes []blockfeat.Shape) {
	var boxes []int
	story, boxWords := 0, 0
	for i := range p.blocks {
		if !p.keptText(i, drop) {
			continue
		}
		w := shapes[i].Words
		if shapes[i].IsProse() {
			story += w
		}
		if story == 0 || w == 0 || w > maxCallPitchWords || shapes[i].SentEnd {
			continue
		}
		if isCallButton(p.blocks[i].Text, w) || i+1 < len(p.blocks) && isCallButton(p.blocks[i+1].Text, shapes[i+1].Words) {
			boxes = append(boxes, i)
			if shapes[i].IsProse() {
				boxWords += w
			}
		}
	}
	if story-boxWords < minCallBoxStory {
		return
	}
	for _, i := range boxes {
		p.labelAs(i, Ad, callBoxRule)
		drop[i] = true
	}
}
