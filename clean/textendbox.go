package clean

// maxSubscribeBoxWords is the longest line, in words, read as a newsletter
// platform's subscribe box (isSubscribeBox).
const maxSubscribeBoxWords = 30

// subscribeBox matches the line a newsletter platform sets in a post's
// subscribe box, a stock sentence after the newsletter's name ("Thanks for
// reading Harbour Notes! Subscribe for free to receive new posts and
// support my work.", "... This post is public so feel free to share
// it."): a writer's closing "Thanks for reading, take care" goes on. The
// platform prints the box under the story and, the same, after a post's
// first paragraphs, where dropStoryEnd's guards (the story's prose above
// it, four times what is below) leave it.
var subscribeBox = lazyCompile(`(?i)^\W{0,3}thanks for reading [^.!?]{1,60}[!.] ?(?:subscribe for free to receive new posts|this post is public so feel free to share it)`)

// subscribeBoxWords are the words every line subscribeBox matches holds,
// in lower case.
var subscribeBoxWords = []string{"thanks for reading "}

// isSubscribeBox reports whether a line of w words is a newsletter
// platform's subscribe box (subscribeBox), a mark of the story's end.
func isSubscribeBox(s string, w int) bool {
	return w <= maxSubscribeBoxWords && mayHoldFoldWord(s, subscribeBoxWords) && subscribeBox.MatchString(s)
}
