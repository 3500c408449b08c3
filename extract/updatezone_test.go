package extract

import (
	"fmt"
	"testing"
)

// TestUpdateInDateLineZone checks that an update printed on the date line
// without a zone takes the zone the line states for the publication, and
// keeps its own when it states one.
func TestUpdateInDateLineZone(t *testing.T) {
	const story = "Minister resigns over rail contract\n%s\n" +
		"The transport minister resigned on Tuesday after an audit found irregularities in the award of a rail contract, the government said.\n" +
		"His deputy will take over until a successor is named, officials said in a statement on Tuesday evening.\n"
	for _, c := range []struct{ line, published, modified string }{
		{"Published: 4 March 2025 14:05 CET, updated: 5 March 2025 08:30", "2025-03-04T14:05:00+01:00", "2025-03-05T08:30:00+01:00"},
		{"4 March 2025 14:05 GMT | Updated 5 March 2025 08:30", "2025-03-04T14:05:00+00:00", "2025-03-05T08:30:00+00:00"},
		{"4 March 2025 14:05 | Updated 5 March 2025 08:30", "2025-03-04T14:05:00", "2025-03-05T08:30:00"},
	} {
		a, err := String(fmt.Sprintf(story, c.line), nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.published || a.Modified != c.modified {
			t.Errorf("%q: published %q modified %q, want %q and %q", c.line, a.Published, a.Modified, c.published, c.modified)
		}
	}
}
