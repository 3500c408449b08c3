package clean

import "testing"

// TestHeadCount checks that a count of comments printed inside a
// headline's element comes off its end, and that a number of the
// headline's own stays.
func TestHeadCount(t *testing.T) {
	for _, c := range []struct{ src, text, want string }{
		{`<h1>Ferry returns to the islands <a class="comments-count" href="#comments">12</a></h1>`, "Ferry returns to the islands 12", "Ferry returns to the islands"},
		{`<h1>Ferry returns to the islands <a href="/2026/03/ferry#respond">3</a></h1>`, "Ferry returns to the islands 3", "Ferry returns to the islands"},
		{`<h2>Ferry returns to the islands <span id="post-views">1048</span></h2>`, "Ferry returns to the islands 1048", "Ferry returns to the islands"},
		// A number of the headline's own, unmarked or marked otherwise.
		{`<h1>Best ferries of <span class="year">2026</span></h1>`, "Best ferries of 2026", "Best ferries of 2026"},
		{`<h1>Ferry returns to the islands <span>12</span></h1>`, "Ferry returns to the islands 12", "Ferry returns to the islands 12"},
		{`<h2>Ferry returns to the islands <span class="postViewCount">87</span></h2>`, "Ferry returns to the islands 87", "Ferry returns to the islands"},
		{`<h1>Ferry returns to the islands <a class="num" href="#Comment-4">7</a></h1>`, "Ferry returns to the islands 7", "Ferry returns to the islands"},
		// A figure of the headline's set in a counter that counts no
		// comments, replies or views.
		{`<h1>Flood toll rises to <span class="counter">45</span></h1>`, "Flood toll rises to 45", "Flood toll rises to 45"},
		{`<h1>Ferries sailing tonight: <span class="count">9</span></h1>`, "Ferries sailing tonight: 9", "Ferries sailing tonight: 9"},
		{`<h1>Tickets sold so far <span class="js-counter" id="tally">3120</span></h1>`, "Tickets sold so far 3120", "Tickets sold so far 3120"},
		// A marked count that is not digits alone is words.
		{`<h1>Ferry returns to the islands <span class="count">twelve</span></h1>`, "Ferry returns to the islands twelve", "Ferry returns to the islands twelve"},
		// A count opening the headline stays: it counts nothing printed after.
		{`<h1><span class="count">10</span> ferries that sail at night</h1>`, "10 ferries that sail at night", "10 ferries that sail at night"},
	} {
		if got := withoutBadges(headingNode(t, c.src), c.text); got != c.want {
			t.Errorf("withoutBadges(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}
