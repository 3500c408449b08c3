package clean

import "testing"

// TestScriptPublishedBoxesAndVideos checks the weakest sources of a page
// without publish metadata: a date box's bare data-date (a class naming a
// date, not an update, not a calendar's cell or link), no attribute date
// past an aside or a box of related stories, and a video page's upload
// time (og:type video.*), never an embedded clip's on another page.
func TestScriptPublishedBoxesAndVideos(t *testing.T) {
	const video = `<script type="application/ld+json">{"@type":"VideoObject","name":"Pier","uploadDate":"2025-12-04T17:20:00+01:00"}</script>`
	cases := []struct{ src, want string }{
		{`<h1>Pier</h1><div class="byline-date" data-date="2025-11-05T14:30:00Z"></div>`, "2025-11-05T14:30:00+00:00"},
		{`<h1>Pier</h1><span class="post-date" data-date="2025-11-05">5 Nov</span>`, "2025-11-05"},
		{`<h1>Pier</h1><div class="date updated" data-date="2025-11-05"></div>`, ""},
		{`<h1>Pier</h1><div class="widget" data-date="2025-11-05"></div>`, ""},
		{`<h1>Pier</h1><td class="cal-date" data-date="2025-11-05">5</td>`, ""},
		{`<h1>Pier</h1><a class="day-date" data-date="2025-11-05" href="/2025/11/05/">5</a>`, ""},
		{`<h1>Pier</h1><div class="byline-date" data-date="2025-11-05x"></div>`, ""},
		{`<h1>Pier</h1><aside><span class="date" data-date="2025-11-05"></span></aside>`, ""},
		{`<h1>Pier</h1><div class="related"><div class="card" data-timestamp="1763630000"></div></div>`, ""},
		{`<h1>Pier</h1><div class="related"><span data-published="2025-11-05">x</span></div>`, ""},
		{`<meta property="og:type" content="video.other">` + video, "2025-12-04T17:20:00+01:00"},
		{`<meta content="video.episode" property="og:type"><div itemprop="uploadDate" content="2025-12-04">x</div>`, "2025-12-04"},
		{`<meta property="og:type" content="article">` + video, ""},
		{video, ""},
		{`<meta property="og:type" content="video.other"><script>{"uploadDate":"soon"}</script>`, ""},
	}
	for _, c := range cases {
		if got := scriptDay(t, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.src, got, c.want)
		}
	}
}
