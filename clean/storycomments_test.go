package clean

import (
	"reflect"
	"testing"
)

func TestDropCommentBoxes(t *testing.T) {
	thread := `<div id="comments" class="comments-area"><ol class="commentlist">
<li class="comment"><p>What a lovely garden, I will try the same with my roses this spring and let you know.</p></li>
<li class="comment"><p>Thanks for the tips on compost, it worked well for our allotment over the summer months.</p></li>
</ol></div>`
	cases := []struct {
		name, src string
		want      []string
	}{
		{"a thread below the story goes, however long",
			strayPage(thread), []string{"What", "Thanks"}},
		{"a story whose whole layout names comments stays",
			`<html><body><div class="has-comments"><article><p>One` + para + `</p><p>Two` + para + `</p></article></div></body></html>`,
			nil},
		{"a box among the story's paragraphs stays",
			`<html><body><article><p>One` + para + `</p><div class="comment-quote"><p>Quoted` + para + `</p></div><p>Two` + para + `</p></article></body></html>`,
			nil},
	}
	for _, c := range cases {
		p := htmlTestPage(t, c.src)
		drop := make([]bool, len(p.blocks))
		p.dropCommentBoxes(drop)
		if got := dropped(p, drop); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: dropped %q, want %q", c.name, got, c.want)
		}
		for i := range p.blocks {
			if drop[i] && p.blocks[i].Rule != commentsRule {
				t.Errorf("%s: block %q dropped with rule %q", c.name, p.blocks[i].Text, p.blocks[i].Rule)
			}
		}
	}
}
