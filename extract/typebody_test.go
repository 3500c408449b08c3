package extract

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean"
)

func TestInferText(t *testing.T) {
	paras := []string{
		"The town council approved next year's budget on Tuesday after a long debate, the mayor's office said.",
		"The budget includes:",
		"• New lighting for the central square",
		"• Repairs to two schools",
		"• A bus to the hill villages",
		"Where the Money Comes From",
		"Most of the money comes from the regional government, the office said.",
		"1. Regional grants",
		"2. Local taxes",
		"4. Fees",
		"- We have waited years for this, said one resident.",
		"The council meets again in March.",
		"2. Not a list alone",
		"An ordinary closing line",
	}
	us := make([]unit, len(paras))
	for i, p := range paras {
		us[i] = unit{text: p, at: i, image: -1}
	}
	inferText(us)
	var got []string
	for _, b := range group(us, false, &Options{}) {
		s := string(b.Type)
		switch b.Type {
		case List:
			var items []string
			for _, it := range b.Items {
				items = append(items, it.Text)
			}
			s += map[bool]string{true: " ordered", false: ""}[b.Ordered] + ": " + strings.Join(items, " | ")
		case Heading:
			s += ": " + b.Text
		}
		got = append(got, s)
	}
	want := []string{
		"paragraph", "paragraph",
		"list: New lighting for the central square | Repairs to two schools | A bus to the hill villages",
		"heading: Where the Money Comes From",
		"paragraph",
		"list ordered: Regional grants | Local taxes", // 4 does not follow 2
		"paragraph", "paragraph", "paragraph", "paragraph", "paragraph",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("blocks (-want +got):\n%s", d)
	}
}

func TestListItemJSON(t *testing.T) {
	b := Block{Type: List, Items: []ListItem{
		{Text: "plain"},
		{Text: "with link", Inline: []Inline{{Start: 5, End: 9, Kind: "link", Href: "https://x.test/"}}},
		{Text: "nested", List: &Block{Type: List, Ordered: true, Items: []ListItem{{Text: "inner"}}}},
	}}
	js, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":"list","items":["plain",{"text":"with link","inline":[{"start":5,"end":9,"kind":"link","href":"https://x.test/"}]},{"text":"nested","list":{"type":"list","ordered":true,"items":["inner"]}}]}`
	if string(js) != want {
		t.Errorf("JSON:\n%s\nwant\n%s", js, want)
	}
	var back Block
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(b, back); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
	if err := json.Unmarshal([]byte(`{"type":"list","items":[3]}`), &back); err == nil {
		t.Error("a number as an item: no error")
	}
}

func TestParseTime(t *testing.T) {
	for _, c := range []struct {
		in    string
		prec  Precision
		zoned bool
		utc   string
	}{
		{"2024-01-18", PrecisionDay, false, "2024-01-18T00:00:00Z"},
		{"2023-05-25T23:12:00+04:00", PrecisionSecond, true, "2023-05-25T19:12:00Z"},
		{"2023-05-25T23:12:00", PrecisionSecond, false, "2023-05-25T23:12:00Z"},
		{"2023-05-25T23:12+04:00", PrecisionMinute, true, "2023-05-25T19:12:00Z"},
		{"2023-05-25T23:12:07.250Z", PrecisionSecond, true, "2023-05-25T23:12:07.25Z"},
		{"", PrecisionNone, false, "0001-01-01T00:00:00Z"},
		{"yesterday", PrecisionNone, false, "0001-01-01T00:00:00Z"},
	} {
		got := parseTime(c.in)
		if got.Precision != c.prec || got.Zoned != c.zoned || got.UTC().Format(time.RFC3339Nano) != c.utc {
			t.Errorf("parseTime(%q) = %v %v %v, want %s %v %v", c.in, got.UTC().Format(time.RFC3339Nano), got.Precision, got.Zoned, c.utc, c.prec, c.zoned)
		}
	}
}

// TestInlineThroughNormalisation checks that links keep their words when
// normalisation rewrites the text before and inside them.
func TestInlineThroughNormalisation(t *testing.T) {
	page := `<html><body><article><h1>Talks on the corridor</h1>
<p>Officials from Nakhichevan\u00a0and Baku met on Monday to discuss the <a href="/lachinsky">Lachinsky corridor</a> and the <em>new border posts</em>, officials said.</p>
<p>The next meeting is planned for the spring, the two sides said in a joint statement.</p></article></body></html>`
	page = strings.ReplaceAll(page, `\u00a0`, "\u00a0")
	a, err := HTMLBytes([]byte(page), "", &Options{URL: "https://news.test/a/1"})
	if err != nil {
		t.Fatal(err)
	}
	p := a.Blocks[0]
	if p.Type != Paragraph || len(p.Inline) != 2 {
		t.Fatalf("first block %+v", p)
	}
	link, em := p.Inline[0], p.Inline[1]
	if got := p.Text[link.Start:link.End]; got != "Lachin corridor" || link.Href != "https://news.test/lachinsky" {
		t.Errorf("link %q -> %q", got, link.Href)
	}
	if got := p.Text[em.Start:em.End]; got != "new border posts" {
		t.Errorf("emphasis %q", got)
	}
}

func TestSniffAndAuto(t *testing.T) {
	html := "<!doctype html><html><body><article><h1>Station opens</h1><p>The new station opened on Friday after two years of building work, the railway said.</p><p>Trains will stop there every hour from next month, it said.</p></article></body></html>"
	text := "Station opens\n\nThe new station opened on Friday after two years of building work, the railway said.\n"
	for _, c := range []struct{ in, kind string }{
		{html, KindHTML}, {text, KindText}, {"\x00\x01binary", KindBinary},
		{"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", KindHTML}, {"Plain <b>bold</b> text.", KindText},
	} {
		if got := Sniff([]byte(c.in)); got != c.kind {
			t.Errorf("Sniff(%q) = %s, want %s", c.in, got, c.kind)
		}
	}
	for _, in := range []string{html, text} {
		a, err := Auto(strings.NewReader(in), nil)
		if err != nil || a.Title != "Station opens" || len(a.Body) == 0 {
			t.Errorf("Auto: %v, %+v", err, a)
		}
	}
	if _, err := Auto(strings.NewReader("\x00\x01binary"), nil); err == nil {
		t.Error("Auto on binary: no error")
	}
	if _, err := Auto(strings.NewReader(text), &Options{MaxBytes: 10}); err == nil {
		t.Error("Auto past MaxBytes: no error")
	}
}

func TestComments(t *testing.T) {
	page := `Bridge reopens after repairs

The bridge over the river reopened on Monday after three months of repairs, the city said in a statement on its website.

Workers replaced the deck and two of the supports, which had been damaged by floods in the spring, the statement said.

Buses will return to their old route from next week, and lorries of up to twenty tonnes may cross again from June, the city said.

2 responses to “Bridge reopens after repairs”

Anna on May 2, 2024 at 4:47 pm said:

Finally, the detour through the hills took us an hour each way.

Levon on May 2, 2024 at 6:10 pm said:

Good news for the market traders on the far bank.
`
	plain, err := String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := String(page, &Options{Comments: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(plain.Comments) != 0 {
		t.Errorf("comments without the option: %q", plain.Comments)
	}
	joined := strings.Join(kept.Comments, "\n")
	if !strings.Contains(joined, "Finally, the detour") || !strings.Contains(joined, "market traders") {
		t.Errorf("comments = %q", kept.Comments)
	}
	for _, r := range kept.Removed {
		if strings.Contains(r.Text, "market traders") {
			t.Errorf("a comment is both kept and removed: %+v", r)
		}
	}
	if strings.Join(plain.Body, "\n") != strings.Join(kept.Body, "\n") {
		t.Error("the option changed the body")
	}
}

// checkBlocksHoldBody checks that each paragraph of Body is in exactly one
// block, in order: a paragraph, heading or code block, a list item (its
// bullet taken off) or a table cell (cells of several paragraphs joined).
func checkBlocksHoldBody(t *testing.T, a *Article) {
	t.Helper()
	var leaves []string
	var walk func([]Block)
	var items func([]ListItem)
	items = func(its []ListItem) {
		for _, it := range its {
			if it.Text != "" {
				leaves = append(leaves, it.Text)
			}
			if it.List != nil {
				items(it.List.Items)
			}
		}
	}
	walk = func(bs []Block) {
		for _, b := range bs {
			switch b.Type {
			case List:
				items(b.Items)
			case Quote:
				walk(b.Blocks)
			case Table:
				for _, r := range b.Rows {
					leaves = append(leaves, r...)
				}
			case Picture:
			default:
				leaves = append(leaves, b.Text)
			}
		}
	}
	walk(a.Blocks)
	body := strings.Join(a.Body, "\n")
	at := 0
	for _, l := range leaves {
		k := strings.Index(body[at:], l)
		if k < 0 || l == "" {
			t.Fatalf("block text %q is not in the body after byte %d:\n%q", l, at, a.Body)
		}
		at += k + len(l)
	}
	if len(leaves) < len(a.Body) && len(a.Body) > 0 && len(a.Blocks) == 0 {
		t.Fatalf("no blocks for %d paragraphs", len(a.Body))
	}
}

func TestLayoutTable(t *testing.T) {
	long := strings.Repeat("The council met on Tuesday to discuss the new budget for the schools. ", 6)
	page := `<html><body><table><tr><td><h1>Council budget</h1><p>` + long + `</p><p>` + long + `</p>
</td></tr></table></body></html>`
	a, err := HTMLBytes([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, b := range a.Blocks {
		types = append(types, string(b.Type))
	}
	if d := cmp.Diff([]string{"paragraph", "paragraph"}, types); d != "" {
		t.Errorf("blocks (-want +got):\n%s\n%q", d, a.Body)
	}
}

// oldJoinItem is joinItem as it was, one paragraph at a time by string
// concatenation: the reference the linear version must match.
func oldJoinItem(it *ListItem, u unit) {
	shift := 0
	if it.Text != "" {
		shift = len(it.Text) + 1
		it.Text += " " + u.text
	} else {
		it.Text = u.text
	}
	for _, in := range u.inline {
		in.Start += shift
		in.End += shift
		it.Inline = append(it.Inline, in)
	}
}

// TestListItemOfManyRuns checks that a list item made of many runs of text
// (one paragraph each) is joined as the old one-at-a-time join did it,
// spaces and shifted inline spans alike, empty runs included.
func TestListItemOfManyRuns(t *testing.T) {
	var us []unit
	for i := range 300 {
		text := fmt.Sprintf("run %d of the item", i)
		var inline []Inline
		switch i % 3 {
		case 0:
			inline = []Inline{{Start: 4, End: 4 + len(fmt.Sprint(i)), Kind: "strong"}}
		case 1:
			text = ""
		}
		us = append(us, unit{text: text, inline: inline, image: -1, role: &clean.Role{Lists: []clean.ListLevel{{List: 1, Item: 1}}}})
	}
	us = append(us, unit{text: "the next item", image: -1, role: &clean.Role{Lists: []clean.ListLevel{{List: 1, Item: 2}}}})

	want := []ListItem{{Text: us[0].text, Inline: slices.Clone(us[0].inline)}, {Text: "the next item"}}
	for _, u := range us[1:300] {
		oldJoinItem(&want[0], u)
	}
	got := list(us, 0)
	if d := cmp.Diff(want, got.Items); d != "" {
		t.Errorf("items (-old +new):\n%s", d)
	}
	if n := len(got.Items[0].Inline); n != 100 {
		t.Errorf("item 1 has %d inline spans, want 100", n)
	}
}
