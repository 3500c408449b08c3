package clean

import "testing"

// TestWidgetLineReaders asks each widget reader about lines it must take
// and story lines, or near misses, it must leave.
func TestWidgetLineReaders(t *testing.T) {
	for _, c := range []struct {
		read func(string) bool
		name string
		line string
		want bool
	}{
		{isListenLine, "listen", "Listen to this article", true},
		{isListenLine, "listen", "Listen to this article (03:12)", true},
		{isListenLine, "listen", "Artikel anhören · 4 Min.", true},
		{isListenLine, "listen", "Слушать статью 5 мин", true},
		{isListenLine, "listen", "Listen to this article from the minister's speech", false},
		{isListenLine, "listen", "Listen to the article's authors on our podcast", false},
		{isGalleryCounter, "counter", "Image 1 of 12", true},
		{isGalleryCounter, "counter", "Photo 3/12", true},
		{isGalleryCounter, "counter", "Fotoğraf: 1 / 12", true},
		{isGalleryCounter, "counter", "Chapter 1 of 12", false},
		{isGalleryCounter, "counter", "Photo taken in 2012", false},
		{isBrowserNotice, "notice", "Your browser does not support the video tag.", true},
		{isBrowserNotice, "notice", "Ihr Browser unterstützt kein HTML5-Video.", true},
		{isBrowserNotice, "notice", "Please enable JavaScript to view the comments.", true},
		{isBrowserNotice, "notice", "We and our partners use cookies to store and access personal data on your device.", true},
		{isBrowserNotice, "notice", "We and our partners store and/or access information on a device, such as cookies.", true},
		{isBrowserNotice, "notice", "The company said its browser does not support older phones, a decision that angered some users.", false},
		{isBrowserNotice, "notice", "Engineers at the firm said JavaScript is required for the new tool to work offline.", false},
	} {
		if got := c.read(c.line); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.line, got, c.want)
		}
	}
}
