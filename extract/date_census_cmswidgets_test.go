package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// cmsWidgetGaps are the census rows of TestDateCensusCMSWidgets still read
// wrong, each with its cause: the test fails when one of them starts
// reading right (move it out of the map) or a row outside it breaks.
var cmsWidgetGaps = map[string]string{}

// TestDateCensusCMSWidgets covers the visible date widgets of publishing
// systems the earlier censuses lack: Drupal 7's weekday dates
// (date-display-single, field-name-post-date, "Submitted by"), Joomla's
// published and create rows, Bitrix's news-detail dates, Blogger's
// abbr and time with a title, DLE's date span (its "today" and
// "yesterday" read only against a crawl date), Tilda's feed date,
// Squarespace's blog-meta time, Wix's time-ago with an absolute title,
// and Medium's story date (with no year when it is the crawl's). Pages
// carry no metadata date: the widget is the only source. The pages'
// text is invented.
func TestDateCensusCMSWidgets(t *testing.T) {
	related := func(rows ...string) string {
		s := `<aside class="view-related"><h2>More from Coast News</h2><ul>`
		for _, r := range rows {
			s += `<li><a href="/local/other">Council reviews bus timetable for the summer</a> ` + r + `</li>`
		}
		return s + `</ul></aside>`
	}
	rows := []struct {
		name, lang, crawl, top, after, want string
	}{
		// Drupal 7
		{"Drupal 7: date-display-single weekday and m/d/Y", "en", "2025-03-20", `<div class="submitted"><span class="username">Jane Doe</span> <span class="date-display-single">Wed, 03/05/2025 - 10:12</span></div>`, ``, "2025-03-05T10:12:00"},
		{"Drupal 7: field-name-post-date", "en", "2025-03-20", `<div class="field field-name-post-date field-type-ds field-label-hidden"><div class="field-items"><div class="field-item even">Wed, 03/05/2025 - 10:12</div></div></div>`, ``, "2025-03-05T10:12:00"},
		{"Drupal 7: Submitted by ... on", "en", "2025-03-20", `<div class="submitted">Submitted by <a href="/users/jdoe" class="username">jdoe</a> on Wed, 03/05/2025 - 10:12</div>`, ``, "2025-03-05T10:12:00"},
		{"Drupal 7: long format with a dash and a time", "en", "2025-03-20", `<span class="date-display-single">Wednesday, March 5, 2025 - 10:12</span>`, ``, "2025-03-05T10:12:00"},
		{"Drupal 7: day-first numbers the weekday settles", "en-GB", "2025-03-20", `<div class="submitted"><span class="date-display-single">Wed, 05/03/2025 - 10:12</span></div>`, ``, "2025-03-05T10:12:00"},
		{"Drupal 7: no time, weekday and m/d/Y", "en", "2025-03-20", `<span class="date-display-single">Wed, 03/05/2025</span>`, ``, "2025-03-05"},
		{"Drupal 7: related view's dates under the story", "en", "2025-03-20", `<div class="submitted"><span class="date-display-single">Wed, 03/05/2025 - 10:12</span></div>`, related(`<span class="date-display-single">Mon, 02/10/2025 - 09:00</span>`, `<span class="date-display-single">Thu, 03/13/2025 - 08:30</span>`), "2025-03-05T10:12:00"},
		{"Drupal 7: a comment's Submitted by under the story", "en", "2025-03-20", `<div class="submitted">Submitted by <span class="username">jdoe</span> on Wed, 03/05/2025 - 10:12</div>`, `<div id="comments"><h2 class="title">Comments</h2><div class="comment"><div class="submitted">Submitted by <span class="username">harbourfan</span> on Thu, 03/13/2025 - 09:00</div><div class="content"><p>About time they fixed it.</p></div></div></div>`, "2025-03-05T10:12:00"},
		// Joomla
		{"Joomla 4: published dd with a time, no itemprop", "en", "2025-03-20", `<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-03-05T10:12:00+00:00">Published: 05 March 2025</time></dd></dl>`, ``, "2025-03-05T10:12:00+00:00"},
		{"Joomla 3: published dd, text only", "en", "2025-03-20", `<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span> Published: 05 March 2025</dd></dl>`, ``, "2025-03-05"},
		{"Joomla: create and modified rows", "en", "2025-03-20", `<dl class="article-info"><dd class="create">Created: 05 March 2025</dd><dd class="modified">Last Updated: 12 March 2025</dd></dl>`, ``, "2025-03-05"},
		{"Joomla: Russian published row", "ru", "2025-03-20", `<dl class="article-info"><dd class="published">Опубликовано: 05 марта 2025</dd></dl>`, ``, "2025-03-05"},
		{"Joomla: hits and published, time in the text", "en", "2025-03-20", `<dl class="article-info"><dd class="published">Published: Wednesday, 05 March 2025 10:12</dd><dd class="hits">Hits: 412</dd></dl>`, ``, "2025-03-05T10:12:00"},
		// Bitrix
		{"Bitrix: news-date-time in the detail", "ru", "2025-03-20", `<div class="news-detail"><span class="news-date-time">05.03.2025</span></div>`, ``, "2025-03-05"},
		{"Bitrix: news-detail-date in words", "ru", "2025-03-20", `<div class="news-detail-date">5 марта 2025</div>`, ``, "2025-03-05"},
		{"Bitrix: news-detail-date with a time", "ru", "2025-03-20", `<div class="news-detail-date">05.03.2025 10:12</div>`, ``, "2025-03-05T10:12:00"},
		{"Bitrix: a news list's dates under the story", "ru", "2025-03-20", `<div class="news-detail-date">05.03.2025</div>`, `<div class="news-list"><p class="news-item"><span class="news-date-time">01.03.2025</span> <a href="/news/1/">Другая новость о порте</a></p><p class="news-item"><span class="news-date-time">28.02.2025</span> <a href="/news/2/">Ещё одна новость</a></p></div>`, "2025-03-05"},
		{"leave alone: Bitrix news list only", "ru", "2025-03-20", ``, `<div class="news-list"><p class="news-item"><span class="news-date-time">01.03.2025</span> <a href="/news/1/">Другая новость о порте</a></p><p class="news-item"><span class="news-date-time">28.02.2025</span> <a href="/news/2/">Ещё одна новость</a></p></div>`, ""},
		// Blogger
		{"Blogger: abbr published in the header, long text", "en", "2025-03-20", `<div class="post-header"><div class="post-header-line-1"><abbr class="published" title="2025-03-05T10:12:00-08:00">Wednesday, March 05, 2025</abbr></div></div>`, ``, "2025-03-05T10:12:00-08:00"},
		{"Blogger: abbr published updated, time as text", "en", "2025-03-20", `<div class="post-header"><span class="post-timestamp">at <abbr class="published updated" title="2025-03-05T10:12:00+03:00">10:12</abbr></span></div>`, ``, "2025-03-05T10:12:00+03:00"},
		{"Blogger: newer theme's time published with a title", "en", "2025-03-20", `<div class="post-header"><span class="byline post-timestamp"><a class="timestamp-link" href="/2025/03/pier.html" rel="bookmark"><time class="published" datetime="2025-03-05T10:12:00-08:00" title="2025-03-05T10:12:00-08:00">March 05, 2025</time></a></span></div>`, ``, "2025-03-05T10:12:00-08:00"},
		// DLE
		{"DLE: today with a crawl date", "ru", "2025-03-20", `<div class="story_info"><span class="date"><i class="icon-calendar"></i>Сегодня, 10:12</span></div>`, ``, "2025-03-20T10:12:00"},
		{"DLE: yesterday with a crawl date", "ru", "2025-03-20", `<div class="story_info"><span class="date"><i class="icon-calendar"></i>Вчера, 18:40</span></div>`, ``, "2025-03-19T18:40:00"},
		{"leave alone: DLE today without a crawl date", "ru", "", `<div class="story_info"><span class="date"><i class="icon-calendar"></i>Сегодня, 10:12</span></div>`, ``, ""},
		{"DLE: the default j-m-Y, H:i", "ru", "2025-03-20", `<div class="story_info"><span class="date"><i class="icon-calendar"></i>5-03-2025, 10:12</span></div>`, ``, "2025-03-05T10:12:00"},
		{"DLE: Ukrainian today with a crawl date", "uk", "2025-03-20", `<div class="story_info"><span class="date">Сьогодні, 10:12</span></div>`, ``, "2025-03-20T10:12:00"},
		// Tilda
		{"Tilda: feed popup date, numeric", "ru", "2025-03-20", `<div class="t-feed__post-popup__date-parts-wrapper"><span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">05.03.2025</span></span></div>`, ``, "2025-03-05"},
		{"Tilda: feed date in English words", "en", "2025-03-20", `<div class="t-feed__post-popup__date-parts-wrapper"><span class="t-feed__post-popup__date t-uptitle">March 5, 2025</span></div>`, ``, "2025-03-05"},
		{"Tilda: a text block's date under the headline", "ru", "2025-03-20", `<div class="t-text t-text_md">5 марта 2025</div>`, ``, "2025-03-05"},
		// Squarespace
		{"Squarespace 7.1: blog-meta-item time with datetime", "en", "2025-03-20", `<div class="blog-item-meta-wrapper"><span class="blog-author">Jane Doe</span><time class="blog-meta-item blog-meta-item--date" datetime="2025-03-05">March 5, 2025</time></div>`, ``, "2025-03-05"},
		{"Squarespace 7.0: dt-published with pubdate", "en", "2025-03-20", `<div class="entry-dateline"><a href="/blog/pier" class="entry-dateline-link"><time class="dt-published date-highlight" datetime="2025-03-05" pubdate>March 5</time></a></div>`, ``, "2025-03-05"},
		{"Squarespace: blog-meta-item time, no year, no datetime", "en", "2025-03-20", `<div class="blog-item-meta-wrapper"><time class="blog-meta-item blog-meta-item--date">Mar 5</time></div>`, ``, "2025-03-05"},
		// Wix
		{"Wix: time-ago text relative, title absolute", "en", "2025-03-20", `<div class="post-metadata"><span data-hook="user-name">Jane Doe</span><span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 5, 2025">2 weeks ago</span><span data-hook="time-to-read">3 min read</span></div>`, ``, "2025-03-05"},
		{"Wix: data-hook time-ago alone", "en", "2025-03-20", `<div><span data-hook="time-ago" title="Mar 5, 2025">Mar 5</span></div>`, ``, "2025-03-05"},
		{"Wix: French title", "fr", "2025-03-20", `<div class="post-metadata"><span data-hook="time-ago" title="5 mars 2025">5 mars</span></div>`, ``, "2025-03-05"},
		// Medium
		{"Medium: storyPublishDate with a year", "en", "2025-03-20", `<div class="pw-author"><a href="/@jdoe">Jane Doe</a></div><div><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 5, 2025</span></div>`, ``, "2025-03-05"},
		{"Medium: storyPublishDate without a year, the crawl's", "en", "2025-03-20", `<div><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 5</span></div>`, ``, "2025-03-05"},
		{"Medium: no year, a day after the crawl's is last year's", "en", "2025-01-10", `<div><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Dec 28</span></div>`, ``, "2024-12-28"},
		{"Medium: read time and date, no test ids", "en", "2025-03-20", `<div><span>4 min read</span><span>·</span><span>Mar 5, 2025</span></div>`, ``, "2025-03-05"},
		// others
		{"WordPress: posted-on text, no time element", "en", "2025-03-20", `<div class="entry-meta"><span class="posted-on">March 5, 2025</span><span class="byline"> by Jane Doe</span></div>`, ``, "2025-03-05"},
		{"uCoz: eDetails added", "ru", "2025-03-20", `<div class="eDetails">Добавлено: 05.03.2025</div>`, ``, "2025-03-05"},
		{"leave alone: DLE today only in a comment", "ru", "2025-03-20", ``, `<div class="comments"><div class="comment"><span class="comm-date">Сегодня, 09:15</span><p>Давно пора было отремонтировать.</p></div></div>`, ""},
	}
	right := 0
	for _, r := range rows {
		c := censusCase{crawl: r.crawl, src: censusPage(r.lang, ``, r.top, r.after), published: r.want}
		cause, gap := cmsWidgetGaps[r.name]
		passed := t.Run(r.name, func(t *testing.T) {
			if !gap {
				c.run(t)
				return
			}
			got := publishedOf(t, c)
			if got == r.want {
				t.Errorf("the gap %q (%s) reads right now (%q): take it out of cmsWidgetGaps", r.name, cause, got)
			}
		})
		if passed && !gap {
			right++
		}
	}
	t.Logf("%d of %d rows right (%d known gaps)", right, len(rows), len(cmsWidgetGaps))
}

// publishedOf returns the publish date extract reads from c's page.
func publishedOf(t *testing.T, c censusCase) string {
	t.Helper()
	opts := &extract.Options{URL: c.url}
	if c.crawl != "" {
		opts.CrawlDate, _ = time.Parse(time.DateOnly, c.crawl)
	}
	a, err := extract.HTMLBytes(c.src, "text/html; charset=utf-8", opts)
	if err != nil {
		t.Fatal(err)
	}
	return a.Published
}
