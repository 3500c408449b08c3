package clean

import "testing"

// TestTitleAboveJoinsContinued checks that the lines titleAbove steps over
// as a hard-wrapped paragraph the wrap detector missed (a line that the
// next one continues in lower case) leave marked Wrapped, so that the
// output prints them as the paragraph the head detector read, and the
// line under the headline does not stand alone to be read as a headline
// on a second pass.
func TestTitleAboveJoinsContinued(t *testing.T) {
	src := "Ferry Timetable Changes This Winter\nThe late boat stays on Fridays!\nand the island ferries keep their summer times until the end of October, the harbour office said on Monday.\n"
	res, err := Text([]byte(src), &Options{Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []Kind
	for _, b := range res.Blocks {
		kinds = append(kinds, b.Kind)
	}
	if len(res.Blocks) != 3 || res.Blocks[0].Kind != Title {
		t.Fatalf("blocks %v, want the headline first of three", kinds)
	}
	if !res.Blocks[2].Wrapped {
		t.Errorf("the lower-case line under %q is not marked Wrapped", res.Blocks[1].Text)
	}
	if res.Blocks[1].Wrapped {
		t.Errorf("the line under the headline is marked Wrapped: it does not continue it")
	}
}
