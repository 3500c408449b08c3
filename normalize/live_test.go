package normalize

import "testing"

// TestLive checks the shortcut that passes over a text whose matches are
// none of them live: where anyLive says so, names makes no edit and flags
// nothing, under the default options and with the exonym layer on; and
// variants and flagged terms are live.
func TestLive(t *testing.T) {
	texts := []struct {
		text string
		live bool
	}{
		{"Armenia and Azerbaijan signed the text in Baku.", false},
		{"ARMENIA and Azerbaijan: the talks went on in YEREVAN.", false},
		{"The Zangezur Corridor and the Lachin corridor were closed.", false},
		{"Khankendi (Stepanakert) is the town the report names.", false},
		{"Susa and Martuni were named by the officials of the district.", true}, // Susa is a variant of Shusha, held back by its guard,
		{"Nagorno-Karabakh and Karabakh were both named in the statement.", false},
		{"Garabagh was named in the statement by the ministry.", true},
		{"Nagorno–Karabakh, with an en dash, was named by the ministry.", true},
		{"The term Western Azerbaijan was used by the speaker.", true},
		{"Nakhichevan (Nakhchivan) was named in the statement.", true},
	}
	for _, opts := range []Options{{}, {Exonyms: PresetWikipedia}} {
		n, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range texts {
			in := []byte(tc.text)
			ms := n.tab.auto.scan(in, nil)
			if len(ms) == 0 {
				t.Fatalf("%q: no match", tc.text)
			}
			live := n.tab.anyLive(in, ms)
			if opts.Exonyms == PresetNone && live != tc.live {
				t.Errorf("anyLive(%q) = %v, want %v", tc.text, live, tc.live)
			}
			if live {
				continue
			}
			if _, edits, flags := n.names(in, ms, nil, nil, nil); len(edits) > 0 || len(flags) > 0 {
				t.Errorf("%+v: %q has no live match, but names edits %v and flags %v", opts, tc.text, edits, flags)
			}
		}
	}
}
