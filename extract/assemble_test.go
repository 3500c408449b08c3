package extract

import "testing"

// A wire story republished by an outlet: the date line's time is in the
// publishing outlet's zone, not the wire's.
func TestZoneOfPublishingOutlet(t *testing.T) {
	const page = `Ministers meet in Baku to discuss the transport corridor
25 May 2023 - 23:12
BAKU, May 25. /TASS/. The foreign ministers of the two countries met on Thursday to discuss the opening of the transport corridor, the ministry said.
The talks will continue next month in Moscow, according to the statement issued after the meeting.
`
	for _, tc := range []struct {
		url, want string
	}{
		{"https://caliber.az/en/post/ministers-meet", "2023-05-25T23:12:00+04:00"}, // the outlet's rule: +04:00
		{"", "2023-05-25T23:12:00+03:00"},                                          // TASS's own copy: +03:00
		{"https://example.org/news/1", "2023-05-25T23:12:00+03:00"},                // no rule for the outlet: the wire's zone
	} {
		a, err := String(page, &Options{URL: tc.url})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tc.want || a.PublishedFrom != FromTimestampLine {
			t.Errorf("url %q: published %q from %q, want %q from %q", tc.url, a.Published, a.PublishedFrom, tc.want, FromTimestampLine)
		}
		if a.Dateline == nil || a.Dateline.Agency != "TASS" {
			t.Errorf("url %q: dateline %+v, want TASS's", tc.url, a.Dateline)
		}
	}
}

// A credit line naming a wire gives the article's source; the line itself is
// removed, and a page without one has no source.
func TestSourceFromWireCredit(t *testing.T) {
	const story = `Ministers meet in Ankara to discuss the transport corridor
The foreign ministers of the two countries met on Thursday to discuss the opening of the transport corridor, the ministry said.
The talks will continue next month in Baku, according to the statement issued after the meeting.
`
	a, err := String(story+"SOURCE:AA\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "Anadolu" {
		t.Errorf("source = %q, want Anadolu", a.Source)
	}
	if n := len(a.Removed); n == 0 || a.Removed[n-1].Text != "SOURCE:AA" {
		t.Errorf("the credit line is not removed: %+v", a.Removed)
	}
	if a, err = String(story, nil); err != nil || a.Source != "" {
		t.Errorf("without a credit line: source %q, %v", a.Source, err)
	}
}

// extract passes its stage options to clean.
func TestStageOptions(t *testing.T) {
	const page = `Ministers meet in Tbilisi
5 March 2024 10:30
The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said after the talks.
`
	a, err := String(page, nil)
	if err != nil || a.PublishedFrom != FromTimestampLine {
		t.Fatalf("published from %q, %v; want the date line", a.PublishedFrom, err)
	}
	a, err = String(page, &Options{Disable: []string{"dates"}})
	if err != nil || a.Published != "" {
		t.Errorf("with the dates stage off: published %q, %v; want none", a.Published, err)
	}
}
