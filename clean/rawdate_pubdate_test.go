package clean

import "testing"

// TestPubDateValue checks that the page's one pubDate key is read, quoted,
// bare or escaped, a Unix time's digits (seconds or milliseconds, no
// other length), and that a second key (a feed's items), a longer name
// and a value with no year leave the page without one.
func TestPubDateValue(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{"item":{"pubDate":"Thu, 04 Dec 2025 08:30:00 GMT"}}`, "Thu, 04 Dec 2025 08:30:00 GMT"},
		{`var m = {id: 4, pubDate: "2025-12-04T08:30:00+03:00"};`, "2025-12-04T08:30:00+03:00"},
		{`{\"pubDate\":\"2025-12-04\"}`, "2025-12-04"},
		{`{"items":[{"pubDate":"2025-12-04"},{"pubDate":"2025-12-01"}]}`, ""},
		{`{"rssPubDate":"2025-12-04"}`, ""},
		{`{"pubDate":"Thursday 08:30"}`, ""},
		{`<p>No dates here.</p>`, ""},
		{`window.__INITIAL_STATE__={"article":{"pubDate":1741169520}};`, "1741169520"},
		{`{pubDate:1741169520000,id:4}`, "1741169520000"},
		{`{"pubDate":17411695200}`, ""},
		{`{"pubDate":1741169520.5}`, ""},
	} {
		if got := pubDateValue([]byte(c.src)); got != c.want {
			t.Errorf("%s: %q, want %q", c.src, got, c.want)
		}
	}
}
