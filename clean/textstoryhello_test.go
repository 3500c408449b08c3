package clean

import "testing"

// TestDropSelfIntro: a writer's greeting under the story is dropped as a
// note about the writer though it names no trade; above the story, or
// as a sentence that is not a greeting with a name, it stays.
func TestDropSelfIntro(t *testing.T) {
	hello := "Hi, I’m Jane Doe, and I look after every ferry and tide table we cover here. Welcome aboard!"
	for _, c := range []struct {
		name  string
		lines []string
		want  int // the line dropped, -1 for none
	}{
		{"a greeting under the story", append(longStoryLines(8), hello), 8},
		{"a greeting with an exclamation", append(longStoryLines(8), "Hey, I’m Jane! Welcome to Harbour Notes, where tide tables are made simple."), 8},
		{"a greeting above the story", append([]string{hello}, longStoryLines(8)...), -1},
		{"a reader's question, no name", append(longStoryLines(8), "Hello, I am planning my first crossing next spring and wonder about the tides."), -1},
		{"a quote in the story", append(longStoryLines(8), "“Hi, I said to the captain, and he waved back at the whole crowd on the pier.”"), -1},
	} {
		got, _ := bioDropped(c.lines)
		if got != c.want {
			t.Errorf("%s: dropped %d, want %d", c.name, got, c.want)
		}
	}
}
