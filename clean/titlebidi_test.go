package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestWithoutBidiMarks checks that the direction marks come off a title
// and the spaces beside them close up, and that a title without them is
// returned as it is.
func TestWithoutBidiMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\u200fהמעבורת חוזרת לאי\u200f - ידיעות המפרץ", "המעבורת חוזרת לאי - ידיעות המפרץ"},
		{"عودة العبّارة إلى الجزيرة \u200e| صحيفة الخليج", "عودة العبّارة إلى الجزيرة | صحيفة الخليج"},
		{"\u2067Ferry returns\u2069 | Harbour Times", "Ferry returns | Harbour Times"},
		{"\u061cرئيس البلدية", "رئيس البلدية"},
		{"Ferry returns  to service", "Ferry returns  to service"},           // no mark: untouched
		{"“Worth it” — mayor’s  ferry \u2069", "“Worth it” — mayor’s ferry"}, // quotes and dashes pass, the last byte's mark found
		{"“Worth it” — mayor’s  ferry", "“Worth it” — mayor’s  ferry"},       // quotes and dashes alone: untouched
	} {
		if got := withoutBidiMarks(c.in); got != c.want {
			t.Errorf("withoutBidiMarks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMetaTitleBidiMarks checks that a site's name set off by a bar with
// a direction mark against it still comes off a metadata title.
func TestMetaTitleBidiMarks(t *testing.T) {
	m := htmldoc.Meta{SiteName: "صحيفة الخليج الشرقي", OGTitle: "عودة العبّارة إلى الجزيرة بعد شتاء من الإصلاحات \u200e| صحيفة الخليج الشرقي"}
	want := "عودة العبّارة إلى الجزيرة بعد شتاء من الإصلاحات"
	if got := metaTitle(m.OGTitle, &m, "news.example"); got != want {
		t.Errorf("metaTitle = %q, want %q", got, want)
	}
}
