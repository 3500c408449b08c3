package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestSubscribeBoxEndsStory checks that a newsletter platform's subscribe
// box ends the story where at least as much of the story's prose stands
// above it as below (teasers ending in "?" below it or not), and that the
// same box after a post's first paragraphs, and a writer's own thanks,
// leave the story alone.
func TestSubscribeBoxEndsStory(t *testing.T) {
	box := "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work."
	public := "Thanks for reading Harbour Notes! This post is public so feel free to share it."
	thanks := "Thanks for reading, everyone. Take care of one another, and see you next week with more news from the pier."
	teasers := []string{"Which Ferry Runs Late Most Often?", "Is the Night Boat Worth It?", "Who Mends the Old Nets Now?"}
	pitch := "Order your copy of the Harbour Almanac today and get every tide table of the year on one page for your kitchen wall."
	story := longStoryLines(20)
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // the lines labelled as below the story's end
	}{
		{"under the story, teasers below", append(append(story[:8:8], public, box), append(teasers, pitch)...), []int{8, 9, 10, 11, 12, 13}},
		{"under the story, a pitch below", append(append(story[:8:8], box), pitch), []int{8, 9}},
		{"after the first paragraphs", append(append(story[:3:3], box), story[3:]...), nil},
		{"more story below than above", append(append(story[:8:8], box), story[8:]...), nil},
		{"a writer's thanks", append(append(story[:8:8], thanks), pitch), nil},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropStoryEnd(drop, shapes)
		checkStoryEnd(t, c.name, p, drop, c.want)
	}
}

func TestIsSubscribeBox(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.", true},
		{"Thanks for reading The Pier Letter! This post is public so feel free to share it.", true},
		{"👉 Thanks for reading Harbour Notes! Subscribe for free to receive new posts.", true},
		{"Thanks for reading! Subscribe for free to receive new posts.", false}, // no newsletter named
		{"Thanks for reading, and subscribe for free to receive new posts.", false},
		{"Thanks for reading Harbour Notes, the ferry story of the year.", false},
	} {
		if got := isSubscribeBox(c.line, blockfeat.ShapeOf(c.line).Words); got != c.want {
			t.Errorf("isSubscribeBox(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
