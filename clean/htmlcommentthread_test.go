package clean

import (
	"strings"
	"testing"
)

// threadStory is a story of eight paragraphs, over minThreadStory words.
func threadStory() string {
	return linkTailStory() + linkTailStory()
}

// threadComments is a thread of two readers' comments, each with its
// "Name says" header, its date and its reply link.
const threadComments = `<ol class="comment-list">
<li class="comment"><p class="comment-author">Marta says</p><p class="comment-meta">July 14, 2015 at 3:53 pm</p>
<p>What a lovely account of the harbour, I remember the old pier from when my grandfather fished there every morning before dawn.</p><a href="#r1">Reply</a></li>
<li class="comment"><p class="comment-author">Tomas says</p><p class="comment-meta">July 15, 2015 at 9:02 am</p>
<p>The waiting room is long overdue, we stood in the rain for forty minutes last November waiting for the late boat.</p><a href="#r2">Reply</a></li>
</ol>`

// TestDropCommentThread: the readers' comments the detector keeps under a
// story, in a comment box with a comment's furniture, are labelled; a
// forum's thread (its address says so), a short first post over its
// replies, a comment box with no reply link, name or date, and a story
// whose own wrapper is the comment box are left alone.
func TestDropCommentThread(t *testing.T) {
	quiet := strings.NewReplacer("says", "writes", "Reply", "Answer", "July 14, 2015 at 3:53 pm", "first", "July 15, 2015 at 9:02 am", "second").Replace(threadComments)
	cases := []struct {
		name, body, url string
		want            int // blocks labelled
	}{
		{"thread under a story", threadStory() + threadComments, "https://harbour.example/2015/07/pier", 2},
		{"forum address", threadStory() + threadComments, "https://harbour.example/forum/pier-memories", 0},
		{"short first post", linkTailStory() + threadComments, "", 0},
		{"no comment furniture", threadStory() + quiet, "", 0},
		{"story in the comment box", `<div class="comments-on">` + threadStory() + `</div>`, "", 0},
	}
	for _, c := range cases {
		p := htmlTestPage(t, `<html><body><article>`+c.body+`</article></body></html>`)
		p.in.url = c.url
		drop := make([]bool, len(p.blocks))
		for i, b := range p.blocks {
			// the detector drops the comments' furniture and keeps prose
			drop[i] = wordCount(b.Text) <= maxCueWords
		}
		p.dropCommentThread(drop)
		got := 0
		for i, b := range p.blocks {
			if b.Rule == "model/html-comments" {
				got++
				if !drop[i] || b.Kind != Other {
					t.Errorf("%s: %q labelled %s, drop %v", c.name, b.Text, b.Kind, drop[i])
				}
				if strings.Contains(b.Text, "paragraph:") {
					t.Errorf("%s: story labelled: %q", c.name, b.Text)
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: %d blocks labelled, want %d", c.name, got, c.want)
		}
	}
}

// TestForumAddress: a path word naming a forum's thread or a question
// says forum; a story's address and an address that does not parse do not.
func TestForumAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"https://harbour.example/forum/pier":            true,
		"https://ask.example/questions/12/why-ferries":  true,
		"https://harbour.example/2015/07/pier-memories": false,
		"/threads/pier.123/":                            true,
		"":                                              false,
		"http://[::1":                                   false,
	} {
		if got := forumAddress(addr); got != want {
			t.Errorf("forumAddress(%q) = %v, want %v", addr, got, want)
		}
	}
}
