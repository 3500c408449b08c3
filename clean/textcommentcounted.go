package clean

import "github.com/newsclean/newsclean/internal/blockfeat"

// dropCountedComments drops, on flattened text, the comments under a
// count of them ("3 comments", isCommentCount) below the story's first
// kept prose block, too few for a thread of stamps (dropCommentTail wants
// minThreadStamps): each comment is the commenter's name (nameLine), a
// stamp with a time or an age under it (isCommentStamp), and the
// comment's text. A comment's text runs to the next comment's name, at
// most maxStampGap blocks on; the last comment's text is its first block
// and a "Reply" button under it. The count must head a comment at once:
// a story's paragraph after a count in a sidebar stays, as does one under
// a dated headline (no name and stamp pair). The story above must
// outweigh what follows the last comment.
func (p *Page) dropCountedComments(drop []bool, shapes []blockfeat.Shape) {
	firstProse := p.firstKeptProse(drop, shapes)
	if firstProse < 0 {
		return
	}
	for i := firstProse + 1; i+3 < len(p.blocks); i++ {
		if !isCommentCount(p.blocks[i].Text) || !p.countedHead(i+1, shapes) {
			continue
		}
		stop := p.countedCommentsEnd(i+1, shapes)
		before, after := p.keptProseAround(drop, shapes, i, stop)
		if before < after {
			return // a forum's first post: the replies are the page
		}
		for j := i; j < stop; j++ {
			if !drop[j] && p.labelAs(j, Other, commentsRule) {
				drop[j] = true
			}
		}
		return
	}
}

// countedHead reports whether block i is a commenter's name with the
// comment's stamp under it (a time or an age, isCommentStamp), and the
// comment's text under that.
func (p *Page) countedHead(i int, shapes []blockfeat.Shape) bool {
	if i+2 >= len(p.blocks) || !nameLine(p.blocks[i].Text, shapes[i]) {
		return false
	}
	sh := shapes[i+1]
	return (sh.Clock || sh.Ago) && isCommentStamp(p.blocks[i+1].Text, sh)
}

// countedCommentsEnd returns the block after the last comment of the run
// whose first comment's name is block i (dropCountedComments).
func (p *Page) countedCommentsEnd(i int, shapes []blockfeat.Shape) int {
	for {
		text := i + 2
		next := -1
		for j := text + 1; j < len(p.blocks) && j <= text+maxStampGap; j++ {
			if p.countedHead(j, shapes) {
				next = j
				break
			}
		}
		if next < 0 {
			end := text + 1
			if end < len(p.blocks) && isReplyButton(p.blocks[end].Text) {
				end++
			}
			return end
		}
		i = next
	}
}
