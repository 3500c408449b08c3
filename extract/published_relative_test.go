package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestPublishedRelative checks the publish date a line under the headline
// gives as the story's age ("3 days ago"), against the crawl date: taken
// when the page prints no date, in the languages read (Hindi's, Persian's
// and Bengali's in their own digits), and left alone as
// an update's age, without a crawl date, and after a printed date.
func TestPublishedRelative(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	for _, c := range []headCase{{
		name: "days ago", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Published 3 days ago</p>`),
		published: "2025-11-17", from: "date-line",
	}, {
		name: "hours ago across midnight", crawl: "2025-11-20",
		src:       page(``, h1+`<p>an hour ago</p>`),
		published: "2025-11-19", from: "date-line",
	}, {
		name: "German", crawl: "2025-11-20",
		src:       page(``, h1+`<p>vor 2 Tagen</p>`),
		published: "2025-11-18", from: "date-line",
	}, {
		name: "Spanish", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Publicado hace un día</p>`),
		published: "2025-11-19", from: "date-line",
	}, {
		name: "Hindi", crawl: "2025-11-20",
		src:       page(``, h1+`<p>2 दिन पहले</p>`),
		published: "2025-11-18", from: "date-line",
	}, {
		name: "Persian, in its digits", crawl: "2025-11-20",
		src:       page(``, h1+`<p>۳ روز پیش</p>`),
		published: "2025-11-17", from: "date-line",
	}, {
		name: "Urdu, hours across midnight", crawl: "2025-11-20",
		src:       page(``, h1+`<p>5 گھنٹے پہلے</p>`),
		published: "2025-11-19", from: "date-line",
	}, {
		name: "Bengali, in its digits", crawl: "2025-11-20",
		src:       page(``, h1+`<p>১২ দিন আগে</p>`),
		published: "2025-11-08", from: "date-line",
	}, {
		name: "leave alone: Hindi, days later", crawl: "2025-11-20",
		src: page(``, h1+`<p>2 दिन बाद</p>`),
	}, {
		name: "yesterday, with the time", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Gestern, 18:05 Uhr</p>`),
		published: "2025-11-19T18:05:00", from: "date-line",
	}, {
		name: "today, with the time", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Today at 9:30 am</p>`),
		published: "2025-11-20T09:30:00", from: "date-line",
	}, {
		name: "leave alone: a tab's label", crawl: "2025-11-20",
		src: page(``, h1+`<p>Today</p>`),
	}, {
		name: "a printed date first", crawl: "2025-11-20",
		src:       page(``, h1+`<p>November 12, 2025</p><p>3 days ago</p>`),
		published: "2025-11-12", from: "date-line",
	}, {
		name: "leave alone: an update's age", crawl: "2025-11-20",
		src: page(``, h1+`<p>Updated 3 days ago</p>`),
	}, {
		name: "leave alone: no crawl date",
		src:  page(``, h1+`<p>Published 3 days ago</p>`),
	}, {
		name: "leave alone: a sentence", crawl: "2025-11-20",
		src: page(``, h1+`<p>The council met 3 days ago.</p>`),
	}, {
		name: "hours ago, labelled", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Published 14 hours ago</p>`),
		published: "2025-11-19", from: "date-line",
	}, {
		name: "in a byline strip after a bar", crawl: "2025-11-20",
		src:       page(``, h1+`<p>By Jane Doe | Published 2 days ago</p>`),
		published: "2025-11-18", from: "date-line",
	}, {
		name: "in a strip before a middle dot", crawl: "2025-11-20",
		src:       page(``, h1+`<p>3 days ago · 4 min read</p>`),
		published: "2025-11-17", from: "date-line",
	}, {
		name: "the unit's letter alone", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Jane Doe · 2d ago</p>`),
		published: "2025-11-18", from: "date-line",
	}, {
		name: "leave alone: a unit's letter of no time", crawl: "2025-11-20",
		src: page(``, h1+`<p>2x ago</p>`),
	}, {
		name: "leave alone: an update's age in a strip", crawl: "2025-11-20",
		src: page(``, h1+`<p>By Jane Doe | Updated 2 days ago</p>`),
	}, {
		name: "leave alone: a sentence in a strip", crawl: "2025-11-20",
		src: page(``, h1+`<p>The council met 3 days ago | Photo: Jane Doe</p>`),
	}, {
		name: "before the byline's by", crawl: "2025-11-20",
		src:       page(``, h1+`<p>Posted 2 days ago by Jane Doe</p>`),
		published: "2025-11-18", from: "date-line",
	}, {
		name: "after the byline and a comma", crawl: "2025-11-20",
		src:       page(``, h1+`<p>By Jane Doe, 3 days ago</p>`),
		published: "2025-11-17", from: "date-line",
	}, {
		name: "today's time in a strip, its comma kept", crawl: "2025-11-20",
		src:       page(``, h1+`<p>By Jane Doe | Today, 10:30</p>`),
		published: "2025-11-20T10:30:00", from: "date-line",
	}, {
		name: "leave alone: an update's age before the byline", crawl: "2025-11-20",
		src: page(``, h1+`<p>Updated 2 days ago by Jane Doe</p>`),
	}, {
		name: "leave alone: a sentence before a by", crawl: "2025-11-20",
		src: page(``, h1+`<p>The council met 3 days ago by the river</p>`),
	}} {
		t.Run(c.name, c.run)
	}
}

// TestTextPublishedRelative checks the same on flattened text.
func TestTextPublishedRelative(t *testing.T) {
	story := shedMenu + shedTitle + "il y a 5 heures\n" + shedFirst + shedSecond + shedThird
	crawl := time.Date(2025, 11, 20, 3, 0, 0, 0, time.UTC)
	a, err := extract.String(story, &extract.Options{CrawlDate: crawl})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2025-11-19" || a.PublishedFrom != "date-line" {
		t.Errorf("published %q from %q; want 2025-11-19 from date-line", a.Published, a.PublishedFrom)
	}
}
