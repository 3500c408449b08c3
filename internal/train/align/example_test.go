package align_test

import (
	"fmt"

	"github.com/newsclean/newsclean/internal/train/align"
)

func ExampleBlocks() {
	blocks := []string{
		"Home",
		"Ferry line reopens",
		"May 4, 2025",
		"The ferry line reopened on Monday after repairs, the operator said.",
		"Advertisement",
		"Passengers queued from early morning for the first crossing home.",
		"Ferry line reopens",
	}
	gold := align.Gold{
		Main:  "The ferry line reopened on Monday after repairs, the operator said.\n\nPassengers queued from early morning for the first crossing home.",
		Title: "Ferry line reopens",
		Date:  "2025-05-04",
	}
	for i, b := range align.Blocks(blocks, gold) {
		fmt.Printf("%-5s %2d/%2d %s\n", b.Label, b.Matched, b.Words, blocks[i])
	}
	// Output:
	// other  0/ 1 Home
	// title  0/ 3 Ferry line reopens
	// date   0/ 3 May 4, 2025
	// story 11/11 The ferry line reopened on Monday after repairs, the operator said.
	// other  0/ 1 Advertisement
	// story 10/10 Passengers queued from early morning for the first crossing home.
	// other  0/ 3 Ferry line reopens
}
