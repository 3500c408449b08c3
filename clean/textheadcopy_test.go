package clean

import (
	"slices"
	"strings"
	"testing"
)

// copyPage prints its headline twice: at the post's head, with the team's
// byline and the date under it, then past a block of links at the end of
// a breadcrumb trail right over the story.
const copyPage = `Wrenfield Community
Search
Health & Wellness
Healthy Living
Recipe Book
Tablet Basics for New Users: A Gentle Start
Wrenfield Connect Team
December 12, 2024
4 minute read time
Find Care
Search for a clinic in your network.
Stay Connected
Sign up now
Options
Posts RSS
Home
»
Blogs
»
Tablet Basics for New Users: A Gentle Start
If you are new to tablets, the first week can feel like a lot to take in, but a few habits make the screen feel familiar quickly and calmly.
Start with the home screen: each small picture is an app, and a single tap opens it, while a press held a little longer lets you move it around.
Charging is simple too, and most tablets last a full day of reading and video calls before they need the cable again in the evening.
Share this post
`

// TestHeadCopySigned checks that the byline under the upper copy of a
// headline printed twice is read when the story's own copy has none, and
// that a copy with no date line or byline under it gives no author.
func TestHeadCopySigned(t *testing.T) {
	if got := headAuthors(t, copyPage); !slices.Equal(got, []string{"Wrenfield Connect Team"}) {
		t.Errorf("headline printed twice: authors %q, want [Wrenfield Connect Team]", got)
	}
	unsigned := strings.Replace(copyPage, "Wrenfield Connect Team\nDecember 12, 2024\n4 minute read time\n", "Related posts\n", 1)
	if got := headAuthors(t, unsigned); len(got) > 0 {
		t.Errorf("upper copy unsigned: authors %q, want none", got)
	}
}
