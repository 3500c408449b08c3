package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestPublishedSeconds checks that published and modified keep the seconds
// the page gives, from each source that can give them (a meta tag, JSON-LD,
// a <time datetime>, an RFC 1123 value, a printed date line), and write
// ":00" where the page gives the minute only.
func TestPublishedSeconds(t *testing.T) {
	h1 := `<h1>Library reopens after repairs</h1>`
	for _, c := range []headCase{{
		name:      "a meta tag's seconds and zone",
		src:       page(`<meta property="article:published_time" content="2023-05-25T23:12:07+04:00">`, h1),
		published: "2023-05-25T23:12:07+04:00", from: "meta",
	}, {
		name:      "a meta tag's fractional seconds are cut to the second",
		src:       page(`<meta property="article:published_time" content="2023-05-25T23:12:07.845Z">`, h1),
		published: "2023-05-25T23:12:07+00:00", from: "meta",
	}, {
		name: "JSON-LD's published and modified seconds",
		src: page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library reopens after repairs",`+
			`"datePublished":"2024-03-14T09:05:33-04:00","dateModified":"2024-03-15T17:40:09-04:00"}</script>`, h1),
		published: "2024-03-14T09:05:33-04:00", from: "json-ld", modified: "2024-03-15T17:40:09-04:00",
	}, {
		name:      "a <time datetime> marked as the publication's",
		src:       page(``, h1+`<div class="byline">Posted on <time class="entry-date published" datetime="2022-11-02T06:45:51+01:00">November 2, 2022</time></div>`),
		published: "2022-11-02T06:45:51+01:00", from: "time",
	}, {
		name:      "an RFC 1123 value's seconds",
		src:       page(`<meta name="pubdate" content="Tue, 05 Mar 2024 10:15:42 GMT">`, h1),
		published: "2024-03-05T10:15:42+00:00", from: "meta",
	}, {
		name:      "a printed date line's seconds",
		src:       page(``, h1+`<div class="date">March 14, 2024 at 9:05:33 am</div>`),
		published: "2024-03-14T09:05:33", from: "date-line",
	}, {
		name:      "a Unix time's seconds",
		src:       page(`<meta property="article:published_time" content="1764945017">`, h1),
		published: "2025-12-05T14:30:17+00:00", from: "meta",
	}, {
		name:      "the minute alone is written with :00",
		src:       page(`<meta property="article:published_time" content="2023-05-25T23:12+04:00">`, h1),
		published: "2023-05-25T23:12:00+04:00", from: "meta",
	}, {
		name:      "a printed minute is written with :00",
		src:       page(``, h1+`<div class="date">March 14, 2024 at 9:05 am</div>`),
		published: "2024-03-14T09:05:00", from: "date-line",
	}} {
		t.Run(c.name, c.run)
	}
}

// TestTextPublishedSeconds checks a flattened page's date line printed with
// seconds, and one printed to the minute.
func TestTextPublishedSeconds(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"2024-03-14 09:05:33", "2024-03-14T09:05:33"},
		{"12/26/2023 3:10:01 PM", "2023-12-26T15:10:01"},
		{"2024-03-14 09:05", "2024-03-14T09:05:00"},
	} {
		page := "Library reopens after repairs\n" + c.line + "\n" +
			"The city council voted on Tuesday to reopen the central library after two years of repairs, officials said after the meeting.\n" +
			"The building will open its doors to readers again next month, with a new reading room and a children's floor, the mayor said.\n" +
			"Repairs cost more than planned because the roof had to be replaced, the council's report says, and the work ran late.\n"
		a, err := extract.Text([]byte(page), nil)
		if err != nil {
			t.Fatalf("%s: %v", c.line, err)
		}
		if a.Published != c.want {
			t.Errorf("%s: published %q from %q, want %q", c.line, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// TestPublishedTimePrecision checks that PublishedTime and ModifiedTime say
// PrecisionMinute where the page gave the minute (Published still writes
// ":00") and PrecisionSecond where it gave the seconds.
func TestPublishedTimePrecision(t *testing.T) {
	h1 := `<h1>Library reopens after repairs</h1>`
	for _, c := range []struct {
		name          string
		src           []byte
		pub, mod      extract.Precision
		published     string
		modifiedGiven bool
	}{
		{"meta to the minute, the update to the second",
			page(`<meta property="article:published_time" content="2023-05-25T23:12+04:00"><meta property="article:modified_time" content="2023-05-26T08:01:45+04:00">`, h1),
			extract.PrecisionMinute, extract.PrecisionSecond, "2023-05-25T23:12:00+04:00", true},
		{"meta to the second, the update to the minute",
			page(`<meta property="article:published_time" content="2023-05-25T23:12:00+04:00"><meta property="article:modified_time" content="2023-05-26T08:01+04:00">`, h1),
			extract.PrecisionSecond, extract.PrecisionMinute, "2023-05-25T23:12:00+04:00", true},
		{"a printed minute", page(``, h1+`<div class="date">March 14, 2024 at 9:05 am</div>`),
			extract.PrecisionMinute, extract.PrecisionNone, "2024-03-14T09:05:00", false},
		{"a printed second", page(``, h1+`<div class="date">March 14, 2024 at 9:05:33 am</div>`),
			extract.PrecisionSecond, extract.PrecisionNone, "2024-03-14T09:05:33", false},
		{"a day", page(`<meta property="article:published_time" content="2024-03-14">`, h1),
			extract.PrecisionDay, extract.PrecisionNone, "2024-03-14", false},
	} {
		a, err := extract.HTMLBytes(c.src, "text/html", nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Published != c.published || a.PublishedTime.Precision != c.pub || a.ModifiedTime.Precision != c.mod || (a.Modified != "") != c.modifiedGiven {
			t.Errorf("%s: published %q (%v), modified %q (%v); want %q (%v), modified precision %v",
				c.name, a.Published, a.PublishedTime.Precision, a.Modified, a.ModifiedTime.Precision, c.published, c.pub, c.mod)
		}
	}
}
