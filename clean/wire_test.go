package clean

import (
	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"strings"
	"testing"
)

// A wire's credit line ("SOURCE:AA") is the story's source credit, not a
// photo credit, and the line before it is no caption.
func TestWireCredit(t *testing.T) {
	runDetect(t, []detectCase{
		{"credit at the foot", "", "Ministers meet in Tbilisi\n\n" + para1 + "\n" + para2 + "\nSOURCE:AA\n",
			want("title|Ministers meet in Tbilisi", "body|"+para1, "body|"+para2, "signoff|SOURCE:AA")},
		{"credit at the head", "", "Ministers meet in Tbilisi\n\nSource: Anadolu Agency\n\n" + para1 + "\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "signoff|Source: Anadolu Agency", "body|"+para1, "body|"+para2)},
		{"with a dateline", "", "Ministers meet in Tbilisi\n\nANKARA (AA) - " + para1 + "\n\n" + para2 + "\n\nSource: AA",
			want("title|Ministers meet in Tbilisi", "dateline|ANKARA (AA) -", "body|"+para1, "body|"+para2, "signoff|Source: AA")},
		{"leave alone: a photo's source", "", para1 + "\nThe school yard in spring\nSource: Tavush Regional Office\n" + para2,
			want("body|"+para1, "caption|The school yard in spring", "credit|Source: Tavush Regional Office", "body|"+para2)},
		{"leave alone: a sentence that opens with Source:", "", para1 + "\n\nSource: officials in Ankara said the talks would go on next week.\n\n" + para2,
			want("body|"+para1, "body|Source: officials in Ankara said the talks would go on next week.", "body|"+para2)},
	})
}

// The credit line gives the wire's name as the block's value and, when no
// dateline names a wire, makes the wire's rule active: here TASS's zone
// settles a time printed without one. It does not name the outlet.
func TestWireCreditValue(t *testing.T) {
	src := "Ministers meet in Tbilisi\n25 May 2023 - 23:12\n" + para1 + "\n" + para2 + "\nSource: TASS\n"
	res, err := String(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	var credit, date *Block
	for i := range res.Blocks {
		switch b := &res.Blocks[i]; b.Kind {
		case Signoff:
			credit = b
		case Date:
			date = b
		}
	}
	if credit == nil || credit.Rule != "generic/wire-credit" || credit.Credit != "TASS" {
		t.Errorf("credit block = %+v, want a signoff crediting TASS", credit)
	}
	if date == nil || date.Stamp == nil || !date.Stamp.HasZone || date.Stamp.Offset != 3*3600 {
		t.Errorf("date block = %+v, want TASS's zone", date)
	}
	if res.Outlet.Name != "" {
		t.Errorf("outlet = %+v, want none", res.Outlet)
	}
	// Without the credit, the time has no zone.
	res, err = String(strings.TrimSuffix(src, "Source: TASS\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Date && (b.Stamp == nil || b.Stamp.HasZone) {
			t.Errorf("without the credit: date block %+v", b)
		}
	}
}

// Wire datelines are split off the first paragraph, with their parts.
func TestWireDatelines(t *testing.T) {
	runDetect(t, []detectCase{
		{"ap", "", "Ministers meet in Tbilisi\n\nYEREVAN, Armenia (AP) — " + para1 + "\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "dateline|YEREVAN, Armenia (AP) —", "body|"+para1, "body|"+para2)},
		{"reuters with a colon", "", "Ministers meet in Tbilisi\n\nBAKU, Oct 25 (Reuters): " + para1 + "\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "dateline|BAKU, Oct 25 (Reuters):", "body|"+para1, "body|"+para2)},
		{"efe", "", "Ministros se reúnen en Tiflis\n\nMadrid, 5 mar (EFE).- " + para1 + "\n\n" + para2,
			want("title|Ministros se reúnen en Tiflis", "dateline|Madrid, 5 mar (EFE).-", "body|"+para1, "body|"+para2)},
		{"city and country", "", "Ministers meet in Tbilisi\n\nTALLINN, Estonia — " + para1 + "\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "dateline|TALLINN, Estonia —", "body|"+para1, "body|"+para2)},
		{"leave alone: brackets that credit no wire", "", "Ministers meet in Tbilisi\n\nMoscow (and Kyiv) said on Monday that the talks would go on, officials in both capitals told reporters.\n\n" + para2,
			want("title|Ministers meet in Tbilisi", "body|Moscow (and Kyiv) said on Monday that the talks would go on, officials in both capitals told reporters.", "body|"+para2)},
	})
	res, err := String("Ministers meet in Tbilisi\n\nBEIJING, March 5 (Xinhua) -- "+para1+"\n\n"+para2, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Dateline {
			if d := b.Dateline; d == nil || d.Place != "Beijing" || d.Month != 3 || d.Day != 5 || d.Agency != "Xinhua" {
				t.Errorf("dateline parts = %+v", d)
			}
			return
		}
	}
	t.Error("no dateline")
}

// A wire named in a byline is the story's source, never one of its
// authors ("never an outlet name as an author"): the people stay.
func TestWireNotAuthor(t *testing.T) {
	for _, tc := range []struct{ byline, want string }{
		{"By Jane Doe, Reuters", "Jane Doe"},
		{"By Jane Doe and John Roe, AFP", "Jane Doe|John Roe"},
		{"By Jane Doe, Associated Press", "Jane Doe"},
		{"By Jane Doe, John Roe", "Jane Doe|John Roe"}, // leave alone: two people
	} {
		src := "Ministers meet in Tbilisi\n\n" + tc.byline + "\n\n" + para1 + "\n\n" + para2
		res, err := String(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range res.Blocks {
			got = append(got, b.Authors...)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: authors %q, want %q", tc.byline, got, tc.want)
		}
	}
	for _, s := range []string{"Reuters", "AFP", "Associated Press", "REUTERS"} {
		if !dateparse.IsWire(s) {
			t.Errorf("IsWire(%q) = false", s)
		}
	}
	for _, s := range []string{"Jane Doe", "Ap", "Reuter Smith"} {
		if dateparse.IsWire(s) {
			t.Errorf("IsWire(%q) = true", s)
		}
	}
}
