package normalize

import "testing"

// TestSettled checks the shortcut that skips the second name pass: where
// a rewrite settles, the shortcut's output and changes equal the straight
// path's (which always runs the second pass), and a rewrite next to a word
// that a longer key writes beside its target does not settle.
func TestSettled(t *testing.T) {
	cases := []struct {
		text    string
		settles bool
	}{
		{"Garabagh was named in the statement by the ministry.", true},
		{"The road to Kelbajar and Agdam was named by the ministry.", true},
		{"Nagorny Garabagh was named in the statement by the ministry.", false},
		{"NAGORNY KARABAH was named in the statement by the ministry.", false},
		{"Nagorno Garabagh, the ministry said, was named in the statement.", true}, // one key, rewritten whole
		{"The Lachinsky corridor was named in the statement by the ministry.", true},
		{"Garabagh and Western Azerbaijan were named in the statement by the ministry.", false}, // a flag
		{"Türkiye and Garabagh were named in the statement by the ministry.", true},
		{"Garabagh's future and Kelbajar's were named by the ministry.", true},
		{"“Garabagh’s future” and ‘Kelbajar’ were named by the ministry.", true},
		{"Nagorny – Garabagh was named in the statement by the ministry.", false},
		{"The “Nagorny” Garabagh was named in the statement by the ministry.", false},
		{"Garabagh Autonomous Oblast was named in the statement by the ministry.", false},
	}
	for _, opts := range pathOptions[:2] {
		fast, straight := pathPair(t, opts)
		for _, tc := range cases {
			agree(t, fast, straight, tc.text+"\n")
			agree(t, fast, straight, "\t"+tc.text)
			if opts.Exonyms != PresetNone {
				continue
			}
			in := []byte(tc.text)
			ms := fast.tab.auto.scan(in, nil)
			t3, edits, _ := fast.names(in, ms, nil, nil, nil)
			if len(edits) == 0 {
				t.Fatalf("%q: no rewrite", tc.text)
			}
			if got := fast.tab.settled(in, ms, t3, edits); got != tc.settles {
				t.Errorf("settled(%q) = %v, want %v", tc.text, got, tc.settles)
			}
		}
	}
}
