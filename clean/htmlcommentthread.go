package clean

import (
	"net/url"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// threadBoxWords are the class and id words of a box of readers' comments
// ("comment-list", "comments", "disqus_thread").
var threadBoxWords = map[string]bool{"comment": true, "comments": true, "commentlist": true, "disqus": true}

// minThreadStory is the least the story's prose above a comment thread
// weighs, in words, outside any comment box: a forum's first post or a
// link aggregator's story line is shorter, and there the replies are the
// page. 250 rather than 300 keeps a short news story's thread out (AEB:
// one page, P 0.34 -> 0.95); 200 took a link aggregator's replies on
// WCXB's train split, 250 changes none of its pages.
const minThreadStory = 250

// maxCueWords is the longest block read as a comment's furniture: its
// "Reply" link, its "Name says" or its date.
const maxCueWords = 8

// forumPathWords are the address's path words of a forum's thread or a
// question's page, whose replies are the page's content, not comments on
// a story.
var forumPathWords = map[string]bool{"forum": true, "forums": true, "thread": true, "threads": true,
	"topic": true, "topics": true, "discussion": true, "discussions": true, "questions": true,
	"showthread.php": true, "viewtopic.php": true, "community": true, "t": true}

// commentCueWords are the words of a comment's own furniture: its reply
// link ("Reply", "ReplyDelete", "reply to comment"), its header ("Jane
// says", "3 days ago") and its votes.
var commentCueWords = map[string]bool{"reply": true, "replies": true, "replydelete": true, "says": true,
	"says:": true, "said:": true, "wrote:": true, "ago": true, "permalink": true, "likes": true}

// inThreadBox reports whether a walker block's element or an ancestor
// carries a class or id word of a comment box.
func inThreadBox(b *htmldoc.Block) bool {
	for _, w := range b.Words {
		if threadBoxWords[w] {
			return true
		}
	}
	return false
}

// dropCommentThread labels as comments, on an HTML page, the blocks the
// story detector keeps below the story that sit in a box of readers'
// comments: a reader's comment reads like the story's sentences, and the
// gold bodies leave the thread out. It fires only where the page reads
// as a story with a thread under it, not as a thread: the story's prose
// outside comment boxes, above the thread, holds at least minThreadStory
// words; the thread's boxes carry a comment's furniture (a "Reply" link,
// "Jane says", a date, "3 days ago"); and the address does not name a
// forum's thread or a question (forumPathWords), where the replies are
// the content; the page's canonical address stands in when the caller gave
// none.
func (p *Page) dropCommentThread(drop []bool) {
	if forumAddress(p.in.url) || forumAddress(p.in.doc.Meta.URL) {
		return
	}
	last, words := p.keptProse(drop, func(b *htmldoc.Block) bool { return !inThreadBox(b) })
	if last < 0 || words < minThreadStory {
		return
	}
	var thread []int
	cues := 0
	for i := last + 1; i < len(p.blocks); i++ {
		b := p.walkerBlock(i)
		if b == nil || !inThreadBox(b) {
			continue
		}
		if commentCue(p.blocks[i].Text) {
			cues++
		}
		if p.keptBlock(i, drop) != nil {
			thread = append(thread, i)
		}
	}
	if cues == 0 {
		return
	}
	for _, i := range thread {
		drop[i] = true
		p.labelAs(i, Other, "model/html-comments")
	}
}

// commentCue reports whether a short block is a comment's furniture: a
// reply link, a "Name says" header, a time ago, or a date.
func commentCue(t string) bool {
	if hasWords(t, maxCueWords+1) {
		return false
	}
	for _, w := range strings.Fields(t) {
		if commentCueWords[strings.ToLower(w)] {
			return true
		}
	}
	return isDateLine(t)
}

// forumAddress reports whether a page's address names a forum's thread or
// a question's page by a word of its path.
func forumAddress(addr string) bool {
	u, err := url.Parse(addr)
	if err != nil || u.Path == "" {
		return false
	}
	for _, w := range strings.Split(strings.ToLower(u.Path), "/") {
		if forumPathWords[w] {
			return true
		}
	}
	return false
}
