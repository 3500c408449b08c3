package clean

import (
	"strings"
	"testing"
)

// TestTitleCaseHeadlineWithWireSuffixStaysHeadline shows headlineRead's new wireCreditLine refuse a Title Case
// headline with its wire's name after a bar ("Biden Signs Ferry Bill | Reuters"): the section label over it
// ("World News") becomes the title; before the change the headline was.
func TestTitleCaseHeadlineWithWireSuffixStaysHeadline(t *testing.T) {
	page := "World News\nBiden Signs Ferry Bill | Reuters\n" +
		"The harbour board agreed on Monday to run the morning ferry twenty minutes earlier, after commuters asked for a service that reaches the city before eight.\n" +
		"The later boats keep their times, the board said, and the change will be reviewed at the end of the summer once the new passenger counts are in.\n"
	res, err := String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	title := ""
	for _, b := range res.Blocks {
		if b.Kind == Title {
			title = b.Text
		}
	}
	if !strings.HasPrefix(title, "Biden Signs Ferry Bill") {
		t.Errorf("title %q, want the headline \"Biden Signs Ferry Bill\"", title)
	}
}
