package clean

import (
	"html"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// worldHead is a row of the world's wire datelines
// (internal/dateparse/testdata/worldwires.tsv): the first paragraph as the
// agency prints it, its story, and the dateline's parts.
type worldHead struct {
	para, body string
	want       DatelineParts
}

// reporterNames is the eighth column of a row, the reporters the
// dateline names parted by "|"; nil when the row has none.
func reporterNames(f []string) []string {
	if len(f) < 8 || f[7] == "" {
		return nil
	}
	return strings.Split(f[7], "|")
}

func readWorldHeads(t *testing.T) []worldHead {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("internal", "dateparse", "testdata", "worldwires.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []worldHead
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) != 7 && len(f) != 8 {
			continue
		}
		at := strings.Index(f[1], "·")
		mo, _ := strconv.Atoi(f[4])
		day, _ := strconv.Atoi(f[5])
		year, _ := strconv.Atoi(f[6])
		out = append(out, worldHead{
			para: f[1][:at] + f[1][at+len("·"):],
			body: f[1][at+len("·"):],
			want: DatelineParts{Place: f[3], Month: time.Month(mo), Day: day, Year: year, Agency: f[0], Reporters: reporterNames(f)},
		})
	}
	return out
}

// A story's head in the world's wire formats, as text and as HTML: a
// title, a byline, a date line, then the first paragraph, which opens with
// the agency's dateline. The dateline is split off with its parts, and the
// story's text starts the body.
func TestWorldWireHeads(t *testing.T) {
	const title, byline, date = "Ministers agree on new budget rules", "By Jane Doe", "5 March 2025"
	heads := readWorldHeads(t)
	if len(heads) < 60 {
		t.Fatalf("%d rows", len(heads))
	}
	for _, h := range heads {
		first := h.para + " " + para1
		text := title + "\n" + byline + "\n" + date + "\n\n" + first + "\n\n" + para2 + "\n"
		page := "<html><head><title>" + title + "</title></head><body><article><h1>" + title +
			"</h1><p class=\"byline\">" + byline + "</p><p class=\"date\">" + date + "</p><p>" +
			html.EscapeString(first) + "</p><p>" + para2 + "</p></article></body></html>"
		for in, res := range bothPaths(t, text, page) {
			checkWorldHead(t, in, h, res)
		}
	}
}

// bothPaths cleans the same head as text and as an HTML page, and yields
// each result with its path's name.
func bothPaths(t *testing.T, text, page string) iter.Seq2[string, *Result] {
	t.Helper()
	return func(yield func(string, *Result) bool) {
		res, err := String(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !yield("text", res) {
			return
		}
		if res, err = HTML([]byte(page), "text/html; charset=utf-8", nil); err != nil {
			t.Fatal(err)
		}
		yield("html", res)
	}
}

// checkWorldHead checks the dateline block of res and the body after it.
func checkWorldHead(t *testing.T, in string, h worldHead, res *Result) {
	t.Helper()
	for i, b := range res.Blocks {
		if b.Kind != Dateline {
			continue
		}
		got := DatelineParts{}
		if b.Dateline != nil {
			got = *b.Dateline
			got.InferredYear = 0
			got.DayAlone = 0 // the table has no column for it: dateparse's TestWireDayAlone
		}
		if !strings.EqualFold(got.Agency, h.want.Agency) {
			t.Errorf("%s %q: agency %q, want %q", in, h.para, got.Agency, h.want.Agency)
		}
		got.Agency = h.want.Agency
		if !reflect.DeepEqual(got, h.want) {
			t.Errorf("%s %q: dateline %+v, want %+v", in, h.para, got, h.want)
		}
		if i+1 >= len(res.Blocks) || !strings.HasPrefix(res.Blocks[i+1].Text, h.body) || res.Blocks[i+1].Kind != Body {
			t.Errorf("%s %q: the story does not follow the dateline", in, h.para)
		}
		return
	}
	t.Errorf("%s %q: no dateline", in, h.para)
}

// Heads that only look like a wire dateline are left alone, as text and as
// HTML: a quote that opens the story, a title in capitals with a dash, a
// "BREAKING:" headline, a place and a date in a sale's banner.
func TestWorldWireHeadsLeftAlone(t *testing.T) {
	for _, tc := range []struct{ title, first string }{
		{"Senators clash over the budget", `"WASHINGTON - the state - has failed us," the senator said on Wednesday as the vote was delayed again.`},
		{"Senators clash over the budget", "WASHINGTON - the state - has failed us, the senator said on Wednesday as the vote was delayed again."},
		{"PUTIN, XI MEET IN BEIJING — TALKS ON UKRAINE", para1},
		{"BREAKING: Markets fall sharply after the central bank raises rates", para1},
		{"Spring sale", "SALE 5 MAR - Everything must go this weekend at all our stores across the country."},
		{"Council meets", "Monday, March 5 - The council will meet to discuss the new budget and the roads plan."},
		{"Shares rise", "Apple (AAPL) - Shares of the company rose after the results beat the forecasts of analysts."},
		{"Port opens", "ACCRA, Ghana | Politics | The president on Friday opened a new port terminal in the city of Tema."},
		{"Talks resume", "KABUL (Pajhwok) reported on Tuesday that the talks would go on next week in the capital city."},
		{"Union calls for talks", "Accra, March 4, GNA staff were told to leave the building before noon, the union said on Tuesday."},
	} {
		text := tc.title + "\n\n" + tc.first + "\n\n" + para2 + "\n"
		page := "<html><body><article><h1>" + html.EscapeString(tc.title) + "</h1><p>" +
			html.EscapeString(tc.first) + "</p><p>" + para2 + "</p></article></body></html>"
		for in, res := range bothPaths(t, text, page) {
			for _, b := range res.Blocks {
				if b.Kind == Dateline {
					t.Errorf("%s %q: dateline %q", in, tc.first, b.Text)
				}
			}
		}
	}
}
