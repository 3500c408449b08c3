package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestScriptPostDate checks the script and attribute dates read when no
// "publi" key gives one: Substack's post_date, Parse.ly's pub_date in an
// attribute, a data attribute's Unix time under the headline; and leaves
// alone such a time far below the headline, after a comment thread's
// mark, and a key that only ends in "_date".
func TestScriptPostDate(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`<script>window._preloads = JSON.parse("{\"post\":{\"id\":1,\"post_date\":\"2024-03-14T09:12:00.000Z\"}}")</script>`, "2024-03-14T09:12:00+00:00"},
		{`<meta name="parsely-page" content="{&quot;title&quot;:&quot;x&quot;,&quot;pub_date&quot;:&quot;2024-03-14T09:12:00Z&quot;}">`, "2024-03-14T09:12:00+00:00"},
		{`<script>{"post":{"datePublished":"2024-03-10","post_date":"2024-03-14"}}</script>`, "2024-03-10"},
		{`<script>{"event":{"start_date":"2024-03-14","end_date":"2024-03-15"}}</script>`, ""},
		{`<h1>Pier</h1><div class="byline">Jane <span data-timestamp="1710407520"></span></div>`, "2024-03-14T09:12:00+00:00"},
		{`<h1>Pier</h1><div class="byline">Jane <span data-time='1710407520000'>x</span></div>`, "2024-03-14T09:12:00+00:00"},
		{`<h1>Pier</h1><a href="#comments">3 comments</a><span data-timestamp="1710407520"></span>`, ""},
		{`<h1>Pier</h1><p>` + strings.Repeat("x", attrEpochWindow) + `</p><span data-timestamp="1710407520"></span>`, ""},
		{`<span data-timestamp="1710407520"></span><h1>Pier</h1>`, ""},
		{`<h1>Pier</h1><span data-timestamp="17104075201"></span>`, ""},
	} {
		doc, err := htmldoc.Parse([]byte(c.src+"<p>Text.</p>"), "text/html; charset=utf-8", htmldoc.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		m := doc.Meta
		parseDates(&m, nil, doc)
		scriptPublished(&m, []byte(c.src))
		if got := dateparse.Stamp(m.ScriptAt).ISO(); got != c.want {
			t.Errorf("%.90s: got %q, want %q", c.src, got, c.want)
		}
	}
}
