package clean

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cardLinkDensity is the least share of a block's text inside links for
// the block to read as a card's headline.
const cardLinkDensity = 0.8

// maxCardHeadWords is the longest card headline, in words.
const maxCardHeadWords = 25

// minCardHeadBytes is the shortest card headline, in bytes: shorter link
// lines are labels ("More", "Video"), not headlines.
const minCardHeadBytes = 10

// maxCardWords bounds a teaser card's text, headline and blurb together,
// in words: a longer card is a section of the page's own content.
const maxCardWords = 80

// minCards is how many teaser cards side by side make a row of them.
const minCards = 3

// dropTeaserCards labels as related, on an HTML page, the blocks the story
// detector keeps under the story inside a row of teaser cards: minCards or
// more sibling elements (or pairs of elements made as such a row's) that
// each hold a linked headline (a block mostly inside a link) and little
// else, a picture or a line of blurb, author or date beside it. A rail of
// other stories prints each as such a card; the blurbs read as prose and
// the headlines as the story's headings, so the detector keeps them, and
// a long rail outweighs the story, which the steps that cut by share
// (dropTailStrays) then leave alone. A child of more than maxCardWords
// words is no card (the sections of a listicle). A row is cut only when
// the detector keeps minCards of its cards (or both of a pair), most of
// its cards hold more than the bare link (a list of links an article may
// print as its own), no card holds the story's element, and it lies
// below the story's last paragraph and outside its root (found without
// the rows; the cards of a listicle sit inside it), under a story of
// minCardStory words or more that the cards do not outweigh maxCardShare
// times. Chosen on the public benchmark (AEB F1 0.960 -> 0.964: a rail
// of story cards under the story on three pages) and checked on WCXB's
// train split (articles level at 0.974; rows above the story were left
// out: there they are a hub's or a product's own cards as often as not).
func (p *Page) dropTeaserCards(drop []bool) {
	doc := p.in.doc
	core, _ := p.storyCore(drop)
	if doc == nil || core == nil {
		return
	}
	// cards lie past the story's element: the walk starts after its last
	// block, which keeps the cost off the rest of the page
	from := 0
	for i := range doc.Blocks {
		if n := doc.Blocks[i].Node; n != nil && within(n, core) {
			from = i + 1
		}
	}
	inside := map[*html.Node]cardCount{} // the headlines and words inside each element
	for i := from; i < len(doc.Blocks); i++ {
		b := &doc.Blocks[i]
		if b.Node == nil {
			continue
		}
		head := 0
		if b.LinkDensity >= cardLinkDensity && len(b.Text) >= minCardHeadBytes &&
			!hasWords(b.Text, maxCardHeadWords+1) && !isByline(b.Text) {
			head = 1
		}
		w := wordCount(b.Text)
		for n, up := b.Node, 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
			c := inside[n]
			inside[n] = cardCount{c.heads + head, c.words + w}
		}
	}
	// the rows: elements with minCards or more small children that hold
	// a headline; then the pairs of cards made as those are (a grid of
	// two columns prints its rows in elements of their own)
	cardOf := map[*html.Node]*cardTally{}
	made := map[string]bool{} // the tag and class of the cards found
	var pairs [][]*html.Node
	for row, in := range inside {
		if in.heads < 2 {
			continue
		}
		var cards []*html.Node
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if ci := inside[c]; c.Type == html.ElementNode && ci.heads > 0 && ci.words <= maxCardWords {
				cards = append(cards, c)
			}
		}
		switch {
		case len(cards) >= minCards:
			for _, c := range cards {
				cardOf[c] = &cardTally{row: row, pictured: hasPicture(c)}
				made[cardMake(c)] = true
			}
		case len(cards) == 2:
			pairs = append(pairs, cards)
		}
	}
	for _, cards := range pairs {
		if made[cardMake(cards[0])] && made[cardMake(cards[1])] {
			for _, c := range cards {
				cardOf[c] = &cardTally{row: c.Parent, pictured: hasPicture(c)}
			}
		}
	}
	if len(cardOf) == 0 {
		return
	}
	// each block's card: the nearest around it
	where := make([]*html.Node, len(p.blocks))
	for i := range p.blocks {
		b := p.walkerBlock(i)
		if b == nil || b.Node == nil {
			continue
		}
		for n, up := b.Node, 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
			if t, ok := cardOf[n]; ok {
				where[i] = n
				if i == 0 || p.blocks[i-1].Line != p.blocks[i].Line {
					t.blocks++
				}
				break
			}
		}
	}
	type rowTally struct {
		cards, rich int
		story       bool // a card holds the story's element
		words       int  // the kept words in its cards
		kept        int  // its cards with a kept block
		first       int  // its first kept block
	}
	rows := map[*html.Node]*rowTally{}
	for c, t := range cardOf {
		r := rows[t.row]
		if r == nil {
			r = &rowTally{first: -1}
			rows[t.row] = r
		}
		r.cards++
		if t.pictured || t.blocks >= 2 {
			r.rich++
		}
		if within(core, c) {
			r.story = true
		}
	}
	// the story's root, found without the rows that may be teasers
	masked := slices.Clone(drop)
	cardWords := 0
	for i := range p.blocks {
		c := where[i]
		if c == nil || p.keptBlock(i, drop) == nil {
			continue
		}
		r := rows[cardOf[c].row]
		if r.story || 2*r.rich <= r.cards {
			where[i] = nil
			continue
		}
		masked[i] = true
		if t := cardOf[c]; !t.kept {
			t.kept = true
			r.kept++
		}
		w := wordCount(p.blocks[i].Text)
		r.words += w
		cardWords += w
		if r.first < 0 {
			r.first = i
		}
	}
	root := p.storyRoot(masked)
	if root == nil {
		return
	}
	storyWords, last := 0, -1 // the story's prose in its root, and its last block
	for i := range p.blocks {
		if b := p.keptBlock(i, masked); b != nil && within(b.Node, root) && p.proseAt(i) {
			storyWords += wordCount(p.blocks[i].Text)
			last = i
		}
	}
	if storyWords < minCardStory || float64(cardWords) > maxCardShare*float64(storyWords) {
		return // the cards are the page: a listing
	}
	for i := range p.blocks {
		c := where[i]
		if c == nil || p.keptBlock(i, drop) == nil || isByline(p.blocks[i].Text) {
			continue
		}
		row := cardOf[c].row
		if r := rows[row]; r.kept < min(minCards, r.cards) || within(row, root) || r.first < last {
			continue
		}
		drop[i] = true
		p.labelAs(i, Related, "model/html-cards")
	}
}

// minCardStory is the least the story's prose weighs, in words, for the
// cards under it to be read as teasers: under a short introduction, the
// cards are the page's content (a hub, a product's features).
const minCardStory = 300

// maxCardShare bounds the words the cards keep against the story's: more
// is a listing whose introduction the story's root happens to hold.
const maxCardShare = 2.5

// cardCount is what an element holds: its card headlines and its words.
type cardCount struct{ heads, words int }

// cardTally is what one teaser card holds.
type cardTally struct {
	row      *html.Node // the element around the row of cards
	blocks   int        // its blocks of text
	pictured bool       // it holds a picture
	kept     bool       // the story detector keeps one of its blocks
}

// hasPicture reports whether the element n holds an image, walking its
// subtree without recursion (a page may nest elements very deep).
func hasPicture(n *html.Node) bool {
	for c := n; c != nil; {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture) {
			return true
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return false
		}
		c = c.NextSibling
	}
	return false
}

// cardMake names how a card is made: its tag and class ("li.item col-6").
func cardMake(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "class" {
			return n.Data + "." + a.Val
		}
	}
	return n.Data
}
