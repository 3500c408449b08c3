package extract

import "github.com/newsclean/newsclean/clean"

// imageBlock is a caption or credit block with its index.
type imageBlock struct {
	i int
	b clean.Block
}

// images pairs captions with the credits that follow them and adds each
// photo to the article once; it returns the indexes of the blocks that only
// repeat a photo already added, for the removed list (as "generic/duplicate").
func (as *assembler) images(blocks []imageBlock) (repeats []int) {
	seen := map[Image]bool{}
	credits := map[string]bool{} // the credits of the photos added
	for k := 0; k < len(blocks); k++ {
		var img Image
		used := []int{blocks[k].i}
		if blocks[k].b.Kind == clean.Caption {
			img.Caption = blocks[k].b.Text
			if k+1 < len(blocks) && blocks[k+1].b.Kind == clean.Credit && blocks[k+1].i == blocks[k].i+1 {
				k++
				img.Credit = blocks[k].b.Credit
				used = append(used, blocks[k].i)
			}
		} else {
			img.Credit = blocks[k].b.Credit
		}
		if seen[img] || img.Caption == "" && credits[img.Credit] {
			repeats = append(repeats, used...)
			for _, i := range used {
				as.ruleOf[i] = "generic/duplicate"
			}
			continue
		}
		seen[img], credits[img.Credit] = true, true
		as.a.Images = append(as.a.Images, img)
		for _, i := range used {
			as.placed[i] = "images"
		}
	}
	return repeats
}
