package extract

import (
	"strings"
	"testing"
)

// TestUpdateBeforePublished: a date line that prints the update first and
// the publication after it, with no separator, gives the publication as
// published and the update as modified, on text and on HTML (the contract:
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
		// On text the line is one block whose stamp is the publication's;
		// the update is read from the same line (cleanUpdatedInLine).
		if !strings.HasPrefix(a.Modified, "2025-12-20") {
			t.Errorf("%s: modified %q, want 2025-12-20", path, a.Modified)
		}
	}
}

// TestUpdateBeforePublishedSeparated: the same with a separator between
// the two stamps, and a line that gives only an update, which stays the
// modified time and, with no other date, the published one from it.
func TestUpdateBeforePublishedSeparated(t *testing.T) {
	for _, c := range []struct {
		line, published, from, modified string
	}{
		{"Updated March 9, 2025 / Posted March 4, 2025", "2025-03-04", FromTimestampLine, "2025-03-09"},
		{"Last Updated: Dec 20, 2025 | Originally Published: Dec 19, 2025", "2025-12-19", FromTimestampLine, "2025-12-20"},
		{"Updated March 9, 2025", "2025-03-09", FromModified, "2025-03-09"},
	} {
		text := "Garden beds in winter\n" + c.line + "\n" +
			"The first frost came early this year, and the beds were not ready for it at all.\n" +
			"We covered the kale with fleece and hoped for the best over the long cold nights.\n"
		a, err := Text([]byte(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Published, c.published) || a.PublishedFrom != c.from || !strings.HasPrefix(a.Modified, c.modified) {
			t.Errorf("%q: published %q from %q, modified %q; want %s from %q, modified %s",
				c.line, a.Published, a.PublishedFrom, a.Modified, c.published, c.from, c.modified)
		}
	}
}
