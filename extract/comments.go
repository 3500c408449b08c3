package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// commentsRule is the detector that labels a thread of readers' comments
// in text.
const commentsRule = "generic/comments"

// minCommentWords tells a comment in an HTML comment section (labelled
// comment-prompt with the section) from the section's prompts and buttons.
const minCommentWords = 8

// isComment reports whether removed block b is a reader's comment that
// the comments detector, or an HTML comment section, gave away as such.
func isComment(b clean.Block) bool {
	return b.Rule == commentsRule ||
		b.HTML != nil && b.Kind == clean.CommentPrompt && len(strings.Fields(b.Text)) >= minCommentWords
}

// threadStart returns the first removed block after the story that opens a
// thread of at least two comment headers, or -1: an earlier stage (the
// learned one) may have removed the thread as other clutter.
func (as *assembler) threadStart() int {
	lastBody := -1
	for i, f := range as.placed {
		if f == "body" {
			lastBody = i
		}
	}
	first, n := -1, 0
	for _, i := range as.removed {
		if i > lastBody && cleanIsCommentHeader(as.res.Blocks[i].Text) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// keepComments moves the readers' comments from the removed blocks into
// Article.Comments, one entry per block, when Options.Comments asks for them:
// the thread of comments after the story (from its first header on, the
// blocks removed as comments or as other clutter), and in HTML the blocks of
// a comment section long enough to be comments, not its prompts.
func (as *assembler) keepComments() {
	if !as.opts.Comments {
		return
	}
	start := as.threadStart()
	kept := as.removed[:0]
	for _, i := range as.removed {
		b := as.res.Blocks[i]
		inThread := start >= 0 && i >= start && (b.Kind == clean.Other || b.Kind == clean.CommentPrompt)
		if (isComment(b) || inThread) && as.ruleOf[i] == "" {
			as.a.Comments = append(as.a.Comments, b.Text)
			as.placed[i] = "comments"
			continue
		}
		kept = append(kept, i)
	}
	as.removed = kept
}
