package clean

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// ruleDatelineCase is a paragraph, the dateline the built-in rules read in
// it (the agencies' own forms, moved out of the generic catalogue into
// their rule files) and the text after it.
type ruleDatelineCase struct {
	name string
	para string
	want dateparse.Dateline // Len is checked through body
	body string             // para[Len:]
}

// builtinDateline reads the dateline that opens para with the built-in
// rules, as a page with no URL and no outlet does.
func builtinDateline(para string) (dateparse.Dateline, datelineSource, bool) {
	p := newPage(nil, para, nil, nil)
	defer p.release()
	return p.parseDateline(para)
}

func TestRuleDatelines(t *testing.T) {
	tests := []ruleDatelineCase{
		{"armenpress caps", "YEREVAN, DECEMBER 19, ARMENPRESS. The cabinet met.",
			dateparse.Dateline{Text: "YEREVAN, DECEMBER 19, ARMENPRESS.", Place: "Yerevan", Month: time.December, Day: 19, Agency: "ARMENPRESS"},
			"The cabinet met."},
		{"armenpress old with year", "YEREVAN, Jan 8, 2021 ARMENPRESS: The council met.",
			dateparse.Dateline{Text: "YEREVAN, Jan 8, 2021 ARMENPRESS", Place: "Yerevan", Month: time.January, Day: 8, Year: 2021, Agency: "ARMENPRESS"},
			"The council met."},
		{"armen press in brackets", "YEREVAN, February 4, 2021 (Armen Press): A meeting.",
			dateparse.Dateline{Text: "YEREVAN, February 4, 2021 (Armen Press)", Place: "Yerevan", Month: time.February, Day: 4, Year: 2021, Agency: "ARMENPRESS"},
			"A meeting."},
		{"artsakhpress", "STEPANAKERT, JULY 6, ARTSAKHPRESS: The president received.",
			dateparse.Dateline{Text: "STEPANAKERT, JULY 6, ARTSAKHPRESS", Place: "Stepanakert", Month: time.July, Day: 6, Agency: "ARTSAKHPRESS"},
			"The president received."},
		{"artsakhpress-armenpress", "STEPANAKERT, JULY 6, ARTSAKHPRESS-ARMENPRESS: The president received.",
			dateparse.Dateline{Text: "STEPANAKERT, JULY 6, ARTSAKHPRESS-ARMENPRESS", Place: "Stepanakert", Month: time.July, Day: 6, Agency: "ARTSAKHPRESS"},
			"The president received."},
		{"artsakhpress prefix", "ARTSAKHPRESS: The president of the republic signed.",
			dateparse.Dateline{Text: "ARTSAKHPRESS", Agency: "ARTSAKHPRESS"},
			"The president of the republic signed."},
		{"artsakhpress-armenpress prefix", "ARTSAKHPRESS-ARMENPRESS: A decree.",
			dateparse.Dateline{Text: "ARTSAKHPRESS-ARMENPRESS", Agency: "ARTSAKHPRESS"},
			"A decree."},
		{"trend", "BAKU, Azerbaijan, August 27. The road opened, Trend reports.",
			dateparse.Dateline{Text: "BAKU, Azerbaijan, August 27.", Place: "Baku", Month: time.August, Day: 27},
			"The road opened, Trend reports."},
		{"trend old own line", "TARTAR, Azerbaijan, Oct. 16",
			dateparse.Dateline{Text: "TARTAR, Azerbaijan, Oct. 16", Place: "Tartar", Month: time.October, Day: 16},
			""},
		{"trend old title case", "Baku, Azerbaijan, June 2\n",
			dateparse.Dateline{Text: "Baku, Azerbaijan, June 2", Place: "Baku", Month: time.June, Day: 2},
			""},
		{"azertac alone", "Baku, May 21, AZERTAC",
			dateparse.Dateline{Text: "Baku, May 21, AZERTAC", Place: "Baku", Month: time.May, Day: 21, Agency: "AZERTAC"},
			""},
		{"azertac with body", "Nakhchivan, September 25, AZERTAC The exhibition opened.",
			dateparse.Dateline{Text: "Nakhchivan, September 25, AZERTAC", Place: "Nakhchivan", Month: time.September, Day: 25, Agency: "AZERTAC"},
			"The exhibition opened."},
		{"turan", "Baku/12.13.23/Turan: The court ruled.",
			dateparse.Dateline{Text: "Baku/12.13.23/Turan", Place: "Baku", Month: time.December, Day: 13, Year: 2023, Agency: "Turan"},
			"The court ruled."},
		{"report 2015", "Baku.26 February.REPORT.AZ/ On that day events were held.",
			dateparse.Dateline{Text: "Baku.26 February.REPORT.AZ/", Place: "Baku", Month: time.February, Day: 26, Agency: "Report"},
			"On that day events were held."},
		{"mediamax", "Yerevan /Mediamax/. The ambassador visited.",
			dateparse.Dateline{Text: "Yerevan /Mediamax/.", Place: "Yerevan", Agency: "Mediamax"},
			"The ambassador visited."},
		{"mediamax no space", "Yerevan/Mediamax/. The ambassador visited.",
			dateparse.Dateline{Text: "Yerevan/Mediamax/.", Place: "Yerevan", Agency: "Mediamax"},
			"The ambassador visited."},
		{"panarmenian", "PanARMENIAN.Net - The prime minister said.",
			dateparse.Dateline{Text: "PanARMENIAN.Net", Agency: "PanARMENIAN"},
			"The prime minister said."},
		{"menafn then trend", "(MENAFN- Trend News Agency) BAKU, Azerbaijan, November 25. Three years have",
			dateparse.Dateline{Text: "(MENAFN- Trend News Agency) BAKU, Azerbaijan, November 25.", Place: "Baku", Month: time.November, Day: 25, Agency: "Trend"},
			"Three years have"},
		{"menafn alone", "(MENAFN- AzerNews) The minister said.",
			dateparse.Dateline{Text: "(MENAFN- AzerNews)", Agency: "AzerNews"},
			"The minister said."},
		{"menafn lost bracket", "MENAFN - AzerNews) The minister said.",
			dateparse.Dateline{Text: "MENAFN - AzerNews)", Agency: "AzerNews"},
			"The minister said."},
		{"armenpress in brackets, no place", "(ARMENPRESS) The government approved the plan on Thursday.",
			dateparse.Dateline{Text: "(ARMENPRESS)", Agency: "ARMENPRESS"},
			"The government approved the plan on Thursday."},
		{"armenpress prefix", "ARMENPRESS: The government approved the plan on Thursday.",
			dateparse.Dateline{Text: "ARMENPRESS", Agency: "ARMENPRESS"},
			"The government approved the plan on Thursday."},
		{"mehr alias", "TEHRAN, Aug. 26 (Mehr News Agency) – The minister said.",
			dateparse.Dateline{Text: "TEHRAN, Aug. 26 (Mehr News Agency)", Place: "Tehran", Month: time.August, Day: 26, Agency: "MNA"},
			"The minister said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := builtinDateline(tt.para)
			if !ok {
				t.Fatalf("no dateline read in %q", tt.para)
			}
			if body := tt.para[got.Len:]; body != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
			got.Len, got.Style = 0, ""
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("dateline of %q (-want +got):\n%s", tt.para, diff)
			}
		})
	}
}

func TestRuleDatelinesReject(t *testing.T) {
	for _, para := range []string{
		"YEREVAN, February 30, ARMENPRESS. Impossible day.",
		"Baku/13.13.23/Turan: month 13.",
		"Baku, the Azerbaijani capital, May 21, AZERTAC",
		"MENAFN is a news portal.",
		"(MENAFN- AzerNews)The minister said.",
		"AA/0.01.00/Turan: month zero",
		"ARMENPRESS:The minister said, with no space.",
		"Trend, Azerbaijan, Marchember 3. Not a month.",
	} {
		if got, _, ok := builtinDateline(para); ok {
			t.Errorf("dateline %+v read in %q, want none", got, para)
		}
	}
}

// A reprint form credits the agency without naming the outlet; the agency's
// own dateline names it; the republisher's credit names the republisher,
// with the source as the agency.
func TestRuleDatelineOutlet(t *testing.T) {
	for _, tc := range []struct{ para, outlet, agency string }{
		{"ARTSAKHPRESS: The president of the republic signed a decree on the new school year.", "", "ARTSAKHPRESS"},
		{"(ARMENPRESS) The government approved the plan for the new school year on Thursday.", "", "ARMENPRESS"},
		{"STEPANAKERT, JULY 6, ARTSAKHPRESS: The president of the republic signed a decree.", "Artsakhpress", "ARTSAKHPRESS"},
		{"(MENAFN- Tehran Times) Iran and Armenia have agreed to extend their gas swap deal.", "MENAFN", "Tehran Times"},
		{"(MENAFN- Trend News Agency) BAKU, Azerbaijan, November 25. Three new bus routes will open.", "MENAFN", "Trend"},
		{"BAKU, Azerbaijan, November 25. Three new bus routes will open, Trend reports.", "", ""},
	} {
		res, err := String("Title of the story\n\n"+tc.para+"\n", nil)
		if err != nil {
			t.Fatal(err)
		}
		var agency string
		for _, b := range res.Blocks {
			if b.Kind == Dateline && b.Dateline != nil {
				agency = b.Dateline.Agency
			}
		}
		if res.Outlet.Name != tc.outlet || agency != tc.agency {
			t.Errorf("%q: outlet %q, agency %q; want %q, %q", tc.para, res.Outlet.Name, agency, tc.outlet, tc.agency)
		}
	}
}

// The agency alone on a line of its own, as reprints print it above the
// story, is a dateline too.
func TestAgencyAloneOnItsLine(t *testing.T) {
	d, _, ok := builtinDateline("(ARMENPRESS)")
	if !ok || d.Agency != "ARMENPRESS" || d.Place != "" {
		t.Errorf("(ARMENPRESS) alone: %+v, %v", d, ok)
	}
}
