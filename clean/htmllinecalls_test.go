package clean

import (
	"strings"
	"testing"
)

func TestLineFurniture(t *testing.T) {
	for _, c := range []struct {
		text string
		want Kind
	}{
		{"Contact Us Today", Other},
		{"Sign up for free → Contact Sales →", Other},
		{"Related: How the tide tables are made", Related},
		{"Sponsored: The Harbour Ferry Card", Ad},
		{"Explore more posts on ferries and tides", Other},
		{"The views expressed by the authors of this blog are their own.", Other},
		{"Save my name, email, and website in this browser for the next time I comment.", CommentPrompt},
		{"If you need help planning a crossing, connect with one of our experts.", Other},
		{"We use cookies to improve your experience on our site and to show you relevant offers.", Cookie},
		// story lines that open with the same words
		{"Contact us today, the harbour master told the crews, if the fog comes back.", ""},
		{"Related products sold well in the harbour's shops over the summer.", ""},
		{"The views from the ferry's upper deck are the best in the bay.", ""},
		{"We use cookies from the harbour bakery in every lunch box we pack.", ""},
		{"", ""},
	} {
		if got := lineFurniture(c.text, wordCount(c.text)); got != c.want {
			t.Errorf("lineFurniture(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestDropLineFurniture(t *testing.T) {
	src := `<html><body><div class="story">
<p>One` + para + `</p>
<p>Contact us today, the harbour master told the crews, if the fog comes back over the bay.</p>
<p>Two` + para + `</p>
<p>Get in touch with our experts</p>
<p>Posted by Jane Doe</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropLineFurniture(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Get" {
		t.Errorf("dropped %q, want the call only", got)
	}
	for i := range p.blocks {
		if drop[i] && p.blocks[i].Kind == "" {
			t.Errorf("block %q dropped without a label", p.blocks[i].Text)
		}
	}
}
