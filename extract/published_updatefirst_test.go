package extract

import (
	"strings"
	"testing"
)

// TestUpdateBeforePublished: a date line that prints the update first and
// the publication after it, with no separator, gives the publication as
// published, on text and on HTML, and the update as modified on HTML (the contract:
// an update is never published when the page gives a publish date).
func TestUpdateBeforePublished(t *testing.T) {
	const line = "Updated Dec 20, 2025 Published Dec 19, 2025"
	story := []string{
		"The first frost came early this year, and the beds were not ready for it at all.",
		"We covered the kale with fleece and hoped for the best over the long cold nights.",
	}
	text := "Garden beds in winter\n" + line + "\n" + strings.Join(story, "\n") + "\n"
	html := "<html><head><title>Garden beds in winter</title></head><body><article><h1>Garden beds in winter</h1><p>" +
		line + "</p><p>" + strings.Join(story, "</p><p>") + "</p></article></body></html>"
	fromText, err := Text([]byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	fromHTML, err := HTMLBytes([]byte(html), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	for path, a := range map[string]*Article{"text": fromText, "html": fromHTML} {
		if !strings.HasPrefix(a.Published, "2025-12-19") || a.PublishedFrom == FromModified {
			t.Errorf("%s: published %q from %q, want 2025-12-19 from the date line", path, a.Published, a.PublishedFrom)
		}
		// On text the line is one block with one stamp, the publication's
		// (as with a separator: "Updated ... / Posted ..."); HTML keeps both.
		if path == "html" && !strings.HasPrefix(a.Modified, "2025-12-20") {
			t.Errorf("%s: modified %q, want 2025-12-20", path, a.Modified)
		}
	}
}
