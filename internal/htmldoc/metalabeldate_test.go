package htmldoc

import "testing"

// A "twitter:dataN" tag labelled as the publish date by its
// "twitter:labelN" gives Published where no other publish tag does; the
// other labels (the author's, a reading time, a bare "Date") give none,
// and a publish tag comes first.
func TestLabelledPublished(t *testing.T) {
	pair := func(n, label, data string) string {
		return `<meta name="twitter:label` + n + `" content="` + label + `"><meta name="twitter:data` + n + `" content="` + data + `">`
	}
	for _, c := range []struct{ name, head, want string }{
		{"label1 Published", pair("1", "Published", "March 7, 2025"), "March 7, 2025"},
		{"label2, after the author's", pair("1", "Written by", "Jane Doe") + pair("2", "Veröffentlicht am", "7. März 2025"), "7. März 2025"},
		{"a reading time only", pair("1", "Est. reading time", "4 minutes"), ""},
		{"a bare Date (an event's)", pair("1", "Date", "June 14, 2025"), ""},
		{"a publish tag first", `<meta property="article:published_time" content="2025-03-06T10:00:00Z">` + pair("1", "Published", "March 7, 2025"), "2025-03-06T10:00:00Z"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, `<!doctype html><head>`+c.head+`</head><body><p>text</p></body>`)
			if got := doc.Meta.Published; got != c.want {
				t.Errorf("published %q, want %q", got, c.want)
			}
		})
	}
}
