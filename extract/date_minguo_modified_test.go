package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A story sentence under the date, "Update now to Firefox 115.3.1 today.", is no update line: the Minguo reader takes no version number on an English page (revB75 point 1).
func TestModifiedMinguoVersionNotDate(t *testing.T) {
	top := `<p class="byline">By Jane Doe</p><p class="date">March 4, 2025</p><p>Update now to Firefox 115.3.1 today.</p>`
	a, err := extract.HTMLBytes(censusPage("en", "", top, ""), "text/html; charset=utf-8", &extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Modified != "" || a.Published[:min(len(a.Published), 10)] != "2025-03-04" {
		t.Errorf("published %q, modified %q; want 2025-03-04 and no modified date", a.Published, a.Modified)
	}
}
