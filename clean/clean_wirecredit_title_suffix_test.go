package clean

import (
	"slices"
	"testing"
)

// TestWireCreditNotTitleWithSiteSuffix shows a page title line with a wire's site name after a bar over the
// headline ("Musk Unveils Optimus | Reuters") read as a writer's credit: author "Musk Unveils Optimus".
func TestWireCreditNotTitleWithSiteSuffix(t *testing.T) {
	page := "Musk Unveils Optimus | Reuters\nTesla shows humanoid robot at factory event\n" +
		"The harbour board agreed on Monday to run the morning ferry twenty minutes earlier, after commuters asked for a service that reaches the city before eight.\n" +
		"The later boats keep their times, the board said, and the change will be reviewed at the end of the summer once the new passenger counts are in.\n"
	if got := pageAuthors(t, "%s", page); slices.Contains(got, "Musk Unveils Optimus") {
		t.Errorf("authors %q: a headline with the wire's site name is read as a writer", got)
	}
}
