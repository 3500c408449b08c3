package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestScriptPublishedOwnRecord checks that a script's date is read from the
// record naming the page (by URL, slug, path or title) over a related
// story's listed first, and that a createdAt or WordPress REST date is read
// only from such a record.
func TestScriptPublishedOwnRecord(t *testing.T) {
	const page = "https://bay.example/local/sea-wall-vote"
	for _, c := range []struct {
		name, url, title, src, want string
	}{
		{"related slug first, own slug second", page, "", `{"related":[{"slug":"old-pier","publishedAt":"2023-01-02T08:00:00Z"}],"item":{"slug":"sea-wall-vote","publishedAt":"2024-04-09T08:00:00Z"}}`, "2024-04-09"},
		{"escaped state, own url second", page, "", `{\"list\":[{\"url\":\"https:\/\/bay.example\/local\/old-pier\",\"datePublished\":\"2023-01-02\"}],\"page\":{\"url\":\"https:\/\/bay.example\/local\/sea-wall-vote\/\",\"datePublished\":\"2024-04-09\"}}`, "2024-04-09"},
		{"no record names the page: the first kept", page, "", `{"a":{"slug":"old-pier","publishedAt":"2023-01-02T08:00:00Z"},"b":{"slug":"new-pier","publishedAt":"2024-04-09T08:00:00Z"}}`, "2023-01-02"},
		{"a data layer's record naming nothing first: kept", page, "", `{"dl":{"publishedAt":"2023-01-02T08:00:00Z"},"item":{"slug":"sea-wall-vote","publishedAt":"2024-04-09T08:00:00Z"}}`, "2023-01-02"},
		{"own record by title", "", "Council backs the sea wall vote | Bay News", `{"more":[{"title":"Old pier shut","publishedAt":"2023-01-02T08:00:00Z"}],"post":{"title":"Council backs the sea wall vote","publishedAt":"2024-04-09T08:00:00Z"}}`, "2024-04-09"},
		{"createdAt of the page's record", page, "", `{"post":{"path":"/local/sea-wall-vote","createdAt":"2024-04-09T08:00:00Z"}}`, "2024-04-09"},
		{"createdAt of an author's record", page, "", `{"post":{"slug":"sea-wall-vote","author":{"name":"Ann Lee","createdAt":"2018-05-05T00:00:00Z"}}}`, ""},
		{"WordPress REST date with its zone from date_gmt", page, "", `{"id":3,"date":"2024-04-09T01:30:00","date_gmt":"2024-04-08T23:30:00","link":"https:\/\/bay.example\/local\/sea-wall-vote\/"}`, "2024-04-09T01:30:00+02:00"},
		{"WordPress REST record of another post", page, "", `{"id":4,"date_gmt":"2023-01-02T08:00:00","link":"https:\/\/bay.example\/local\/old-pier\/"}`, ""},
	} {
		m := htmldoc.Meta{Title: c.title}
		scriptPublished(&m, []byte(`<script>var s=`+c.src+`;</script>`), c.url)
		got := m.ScriptAt.ISO()
		if len(c.want) == 10 && len(got) >= 10 {
			got = got[:10]
		}
		if got != c.want {
			t.Errorf("%s: ScriptAt %q, want %q", c.name, got, c.want)
		}
	}
}

// TestRecordSpanBounded checks that a record's braces are looked for only
// within recordWindow bytes, and that a key in a list has no record.
func TestRecordSpanBounded(t *testing.T) {
	src := []byte(`{"a":1,"b":"` + string(make([]byte, recordWindow)) + `","k":2}`)
	if _, _, ok := recordSpan(src, len(src)-4); ok {
		t.Errorf("found a record's brace beyond the window")
	}
	src = []byte(`{"x":{"k":1},"y":2}`)
	if lo, hi, ok := recordSpan(src, 7); !ok || lo != 5 || hi != 11 {
		t.Errorf("recordSpan = %d, %d, %v, want 5, 11, true", lo, hi, ok)
	}
	if _, _, ok := recordSpan([]byte(`["k",1]`), 2); ok {
		t.Errorf("a list read as a record")
	}
}
