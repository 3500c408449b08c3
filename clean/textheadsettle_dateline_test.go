package clean

import "testing"

// TestSettleDatelineBelow: a dateline under a line the
// output keeps goes back to the body, a photo's credit when it alone reads
// as one, as a second pass's image stage reads it there
// (FuzzIdempotent/a9a1b567a7158932); under a line left out, or split off
// the head of its paragraph, it stays the dateline.
func TestSettleDatelineBelow(t *testing.T) {
	for _, c := range []struct {
		name, dateline string
		split          bool // split off the head of its paragraph
		above          Kind // the first line's label
		want           Kind // the dateline's, after
	}{
		{"under a kept line", "BAKU (Reuters) -", false, "", ""},
		{"under a line left out", "BAKU (Reuters) -", false, Other, Dateline},
		{"split off its paragraph", "BAKU (Reuters) -", true, "", ""},
		{"split off its paragraph, under a line left out", "BAKU (Reuters) -", true, Other, Dateline},
		{"a credit alone, under a kept line", "(Reuters)", false, "", Credit},
		{"a credit alone, split off its paragraph", "(Reuters)", true, "", Credit},
		{"a credit alone, under a line left out", "(Reuters)", true, Other, Dateline},
	} {
		text := "Watch the video\n" + c.dateline + "\nThe ministers met on Tuesday."
		if c.split {
			text = "Watch the video\n" + c.dateline + " The ministers met on Tuesday."
		}
		blocks := segmentText(text)
		p := newPage(blocks, text, nil, nil)
		if c.split {
			p.split(1, len(c.dateline), len(c.dateline)+1)
		}
		p.blocks[0].Kind = c.above
		p.blocks[1].Kind, p.blocks[1].Rule, p.blocks[1].Dateline = Dateline, "generic/dateline", &DatelineParts{Agency: "Reuters"}
		p.flushCuts()
		p.settleDatelineBelow()
		if got := p.blocks[1].Kind; got != c.want {
			t.Errorf("%s: the dateline %q is labelled %q, want %q", c.name, p.blocks[1].Text, got, c.want)
		}
		p.release()
	}
}

// TestSettleDatelineGlued: a dateline split off its line, whose rest the
// story leaves out, heads a paragraph that opens in lower case: glued to
// it, no form reads the dateline, so the output keeps it on a line of its
// own (FuzzIdempotent/20d4928436561aa4); glued to a paragraph that reads
// on, it stays glued.
func TestSettleDatelineGlued(t *testing.T) {
	for _, c := range []struct {
		page string
		own  bool
	}{
		{"MOSCOW /TASS/ 2024\nministers met on Tuesday, officials said!", true},
		{"MOSCOW /TASS/ 2024\nMinisters met on Tuesday, officials said!", false},
	} {
		res, err := String(c.page, &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range res.Blocks {
			if b.Kind == Dateline && b.Dateline != nil {
				found = true
				if b.Dateline.OwnLine != c.own {
					t.Errorf("%q: dateline %q OwnLine %v, want %v", c.page, b.Text, b.Dateline.OwnLine, c.own)
				}
			}
		}
		if !found {
			t.Errorf("%q: no dateline: %+v", c.page, res.Blocks)
		}
	}
}

// TestSettleDatelineAlone: a dateline that is all the output would print
// (no headline, every other line left out), and that no form reads alone
// on its line ("Moscow/TASS/", read with the rest of its line), is the
// page's headline, as a second pass reads a page of that one line; read
// alone as a dateline, or with a line kept under it, it stays the
// dateline.
func TestSettleDatelineAlone(t *testing.T) {
	for _, c := range []struct {
		name, dateline string
		below          Kind // the third line's label
		want           Kind // the dateline's, after
	}{
		{"alone", "Moscow/TASS/", Other, Title},
		{"alone, read alone", "MOSCOW /TASS/", Other, Dateline},
		{"over a kept line", "Moscow/TASS/", "", Dateline},
	} {
		text := "Watch the video\n" + c.dateline + "\nMinisters met on Tuesday"
		p := newPage(segmentText(text), text, nil, nil)
		p.blocks[0].Kind, p.blocks[2].Kind = Other, c.below
		p.blocks[1].Kind, p.blocks[1].Rule, p.blocks[1].Dateline = Dateline, "generic/dateline", &DatelineParts{Place: "Moscow", Agency: "TASS"}
		p.settleDatelineBelow()
		if got := p.blocks[1].Kind; got != c.want {
			t.Errorf("%s: the dateline %q is labelled %q, want %q", c.name, p.blocks[1].Text, got, c.want)
		}
		if c.want == Title && p.blocks[1].Dateline != nil {
			t.Errorf("%s: the headline keeps its dateline parts", c.name)
		}
		p.release()
	}
}

// TestDatelineUnread checks that a dateline under the headline that is all
// the story the output prints (the rest of its line left out) goes back to
// the body when no form reads it alone ("BAKUa (Reuters)", read only with
// text after it), as a second pass reads that line; one read alone
// ("BAKU (Reuters)") stays the dateline; one that alone reads as a photo's
// credit ("(Reuters)") is labelled the credit a second pass reads it as.
func TestDatelineUnread(t *testing.T) {
	for _, c := range []struct {
		place string
		kept  bool
	}{
		{"BAKUa", false},
		{"BAKU", true},
	} {
		page := "Ministers agree on a road link\n" + c.place + "  (Reuters) A a0A 00 0 00 0"
		res, err := Text([]byte(page), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Blocks) != 3 {
			t.Fatalf("%s: blocks %+v, want 3", c.place, res.Blocks)
		}
		if got := res.Blocks[1].Kind; (got == Dateline) != c.kept || got == Credit {
			t.Errorf("%s: the dateline is %s, want a dateline %v", c.place, got, c.kept)
		}
	}
	res, err := Text([]byte("Ministers agree on a road link\n(Reuters) A a0A 00 0 00 0"), &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 3 || res.Blocks[1].Kind != Credit {
		t.Errorf("a credit's form: blocks %+v, want the second of 3 a credit", res.Blocks)
	}
}

// TestSettleDatelineCredit: a dateline that is all the output would print,
// whose text alone reads as a photo's credit, is labelled the credit a
// second pass reads it as; with a line of the story kept, it stays the
// dateline.
func TestSettleDatelineCredit(t *testing.T) {
	for _, c := range []struct {
		name string
		rest Kind // the label of the rest of the dateline's line
		want Kind
	}{
		{"the rest of its line left out", Other, Credit},
		{"the rest of its line kept", "", Dateline},
	} {
		text := "Watch the video\n(Reuters) A a0A 0 0 0 0"
		p := newPage(segmentText(text), text, nil, nil)
		p.split(1, len("(Reuters)"), len("(Reuters) "))
		p.flushCuts()
		p.blocks[0].Kind = Other
		p.blocks[1].Kind, p.blocks[1].Rule, p.blocks[1].Dateline = Dateline, "generic/dateline", &DatelineParts{Agency: "Reuters"}
		p.blocks[2].Kind = c.rest
		p.settleDatelineBelow()
		if got := p.blocks[1].Kind; got != c.want {
			t.Errorf("%s: the dateline %q is labelled %q, want %q", c.name, p.blocks[1].Text, got, c.want)
		}
		p.release()
	}
}
