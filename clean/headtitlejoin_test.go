package clean

import "testing"

// TestTitleAboveJoinsContinued checks that the lines titleAbove steps over
// as a hard-wrapped paragraph the wrap detector missed (a line that the
// next one continues in lower case) leave marked Wrapped, so that the
// output prints them as the paragraph the head detector read, and the
// line under the headline does not stand alone to be read as a headline
// on a second pass.
//
// The same when titleAbove finds no headline (every line above the story
// is stepped over) and the first headline-shaped line is taken: here a
// line in lower case under a rule of dashes.
func TestTitleAboveJoinsContinued(t *testing.T) {
	const lines = "The late boat stays on Fridays!\nand the island ferries keep their summer times until the end of October, the harbour office said on Monday.\n"
	for _, c := range []struct {
		name, src string
		title     int
	}{
		{"by titleAbove", "Ferry Timetable Changes This Winter\n" + lines, 0},
		{"the first headline-shaped line", "----------\nferry timetable changes\n" + lines, 1},
	} {
		res, err := Text([]byte(c.src), &Options{Disable: []string{"model"}})
		if err != nil {
			t.Fatal(err)
		}
		var kinds []Kind
		for _, b := range res.Blocks {
			kinds = append(kinds, b.Kind)
		}
		n := len(res.Blocks)
		if n != c.title+3 || res.Blocks[c.title].Kind != Title {
			t.Fatalf("%s: blocks %v, want the headline at %d of %d", c.name, kinds, c.title, c.title+3)
		}
		if !res.Blocks[n-1].Wrapped {
			t.Errorf("%s: the lower-case line under %q is not marked Wrapped", c.name, res.Blocks[n-2].Text)
		}
		if res.Blocks[n-2].Wrapped {
			t.Errorf("%s: the line under the headline is marked Wrapped: it does not continue it", c.name)
		}
	}
}

// TestNoStoryJoinsNothing checks that on a page where no line reads as a
// paragraph of prose, and the head takes the first headline-shaped line,
// a line continued in lower case is not joined to the next: joined, the
// two read as a paragraph of prose, and a second pass over the output
// would find a story under the line above them and take that line for the
// headline.
func TestNoStoryJoinsNothing(t *testing.T) {
	src := "Ferry times\nWinter timetable out!\n1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 90\nand 12 34 56 78!"
	res, err := Text([]byte(src), &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Blocks) != 4 || res.Blocks[0].Kind != Title {
		t.Fatalf("blocks %+v, want the headline first of four", res.Blocks)
	}
	if res.Blocks[3].Wrapped {
		t.Errorf("the lower-case line %q is marked Wrapped on a page without a story", res.Blocks[3].Text)
	}
}

// TestInWrappedPrinted checks that a line in lower case under a line the
// output leaves out is not read as part of a wrapped paragraph: printed
// alone, it is what a second pass reads.
func TestInWrappedPrinted(t *testing.T) {
	text := "Share on ----\nferry times change\nThe island ferries keep their summer times until the end of October, the harbour office said."
	p := newPage(segmentText(text), text, nil, nil)
	defer p.release()
	if len(p.blocks) != 3 || !p.inWrapped(1) {
		t.Fatalf("the lower-case line under a kept line is not read as continuing it: the case tests nothing (%+v)", p.blocks)
	}
	p.blocks[0].Kind = Other
	if p.inWrapped(1) {
		t.Errorf("%q under a line left out is read as continuing it", p.blocks[1].Text)
	}
}
