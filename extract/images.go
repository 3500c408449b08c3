package extract

import (
	"net/url"

	"github.com/newsclean/newsclean/clean"
)

// imageBlock is a caption or credit block with its index.
type imageBlock struct {
	i int
	b clean.Block
}

// minPicture is the smallest side, in pixels, of a picture the page sizes
// that is taken for the story's: smaller ones are icons, avatars, trackers.
const minPicture = 100

// images pairs captions with the credits that follow them and adds each
// photo to the article once, with the address of the HTML picture it
// captions; then the HTML pictures that stand among the story's paragraphs
// without a caption, and the page's lead picture when the story does not
// show it. It returns the indexes of the blocks that only repeat a photo
// already added, for the removed list (as "generic/duplicate").
func (as *assembler) images(blocks []imageBlock, opts *Options) (repeats []int) {
	pics := as.res.Images
	if opts.NoImages {
		pics = nil
	}
	base := pageBase(as.a.URL)
	used := make([]bool, len(pics))
	as.leadImage(base, opts)
	seen := map[Image]bool{}
	credits := map[string]bool{} // the credits of the photos added
	for k := 0; k < len(blocks); k++ {
		var img Image
		held := []int{blocks[k].i}
		if blocks[k].b.Kind == clean.Caption {
			img.Caption = blocks[k].b.Text
			if k+1 < len(blocks) && blocks[k+1].b.Kind == clean.Credit && blocks[k+1].i == blocks[k].i+1 {
				k++
				img.Credit = blocks[k].b.Credit
				held = append(held, blocks[k].i)
			}
		} else {
			img.Credit = blocks[k].b.Credit
		}
		if p := captioned(pics, used, blocks[k].b, blocks[k].i); p >= 0 {
			used[p] = true
			setPicture(&img, pics[p], base)
		}
		if seen[img] || img.Caption == "" && img.Src == "" && credits[img.Credit] {
			repeats = append(repeats, held...)
			for _, i := range held {
				as.setRule(i, "generic/duplicate")
			}
			continue
		}
		seen[img], credits[img.Credit] = true, true
		as.addImage(img, held[0])
		for _, i := range held {
			as.placed[i] = "images"
		}
	}
	as.storyPictures(pics, used, base)
	as.dropRepeatedLead()
	return repeats
}

// dropRepeatedLead takes the lead picture out again when the story shows it.
func (as *assembler) dropRepeatedLead() {
	imgs := as.a.Images
	if len(imgs) == 0 || !imgs[0].Lead {
		return
	}
	for _, im := range imgs[1:] {
		if im.Src == imgs[0].Src {
			as.a.Images, as.imageAt = imgs[1:], as.imageAt[1:]
			return
		}
	}
}

// addImage adds a picture standing at input block at.
func (as *assembler) addImage(img Image, at int) {
	as.a.Images = append(as.a.Images, img)
	as.imageAt = append(as.imageAt, at)
}

// setPicture gives img the address, text and sizes of the HTML picture p.
func setPicture(img *Image, p clean.Image, base *url.URL) {
	img.Src = resolveURL(base, p.Src)
	img.Alt, img.Width, img.Height = p.Alt, p.Width, p.Height
}

// captioned returns the unused picture that caption or credit block b (at
// index i) belongs to: one in the same <figure>, else the one right before
// the block; -1 when there is none.
func captioned(pics []clean.Image, used []bool, b clean.Block, i int) int {
	fig := 0
	if b.HTML != nil && b.HTML.Role != nil {
		fig = b.HTML.Role.Figure
	}
	for p := range pics {
		if !used[p] && (fig != 0 && pics[p].Figure == fig || pics[p].Before == i) {
			return p
		}
	}
	return -1
}

// storyPictures adds the pictures without a caption that stand among the
// story's paragraphs: after the first body block and no later than right
// after the last, next to a body block, and not sized as an icon.
func (as *assembler) storyPictures(pics []clean.Image, used []bool, base *url.URL) {
	first, last := -1, -1
	for i, f := range as.placed {
		if f == "body" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for p, pic := range pics {
		if used[p] || first < 0 || pic.Before <= first || pic.Before > last+1 ||
			pic.Width > 0 && pic.Width < minPicture || pic.Height > 0 && pic.Height < minPicture {
			continue
		}
		if as.placed[pic.Before-1] != "body" && (pic.Before >= len(as.placed) || as.placed[pic.Before] != "body") {
			continue
		}
		var img Image
		setPicture(&img, pic, base)
		if img.Src == "" || as.hasPicture(img.Src) {
			continue
		}
		as.addImage(img, pic.Before)
	}
}

// leadImage adds the page's lead picture (JSON-LD image, og:image) first,
// with Lead set; the story's own pictures that repeat it are added later.
func (as *assembler) leadImage(base *url.URL, opts *Options) {
	m := as.res.Meta
	if m == nil || m.Image == "" || opts.NoImages {
		return
	}
	if src := resolveURL(base, m.Image); src != "" {
		as.addImage(Image{Src: src, Lead: true}, -1)
	}
}

// hasPicture reports whether a picture with address src is in the story.
func (as *assembler) hasPicture(src string) bool {
	for _, im := range as.a.Images {
		if im.Src == src && !im.Lead {
			return true
		}
	}
	return false
}
