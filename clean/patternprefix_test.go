package clean

import (
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestLiteralPrefixes: the literals read off invented pattern sources,
// one of which every match opens with; nil where a match may open with
// something the scan does not read.
func TestLiteralPrefixes(t *testing.T) {
	for src, want := range map[string][]string{
		`Harbour news`:                       {"harbour news"},
		`pier tickets(?: in| at)? .{1,40}\?`: {"pier tickets "},
		`framed? photo`:                      {"frame"},
		`(?:rent|hire) (?:a|your) boat`:      {"rent a boat", "rent your boat", "hire a boat", "hire your boat"},
		`(?:also see )?lighthouse`:           {"lighthouse", "also see lighthouse"},
		`(?:also see )??lighthouse`:          {"lighthouse", "also see lighthouse"},
		`tide(?: table)*`:                    {"tide"},
		`(?:ab)+c`:                           {"ab"},
		`(?:ab){2}c`:                         {""},
		`(?:a|)x`:                            {"ax", "x"},
		`ferry[- ]?times`:                    {"ferry"},
		`dock|quay(?:side)?|(?:berth|slip) `: {"dock", "quay", "berth ", "slip "},
		`dock|\d+ boats`:                     nil,
		`\d+ boats`:                          nil,
		`.{0,60}sail with us`:                nil,
		`Über den Hafen`:                     nil,
		`Hafenstraße`:                        {"hafenstra"},
		`(?i:tide)s`:                         nil,
		`(?-i:\p{Lu}\p{L}+) harbour`:         nil,
		`[Tt]ide`:                            {"tide"},
		// a class of literal bytes and caseless runes gives each, like a
		// group; a rune that folds (é, ß, the k the Kelvin sign folds to
		// is ASCII and kept) stops the scan, as a range or an escape does
		`you['’]re here`:      {"you're here", "you’re here"},
		`you’re? here`:        {"you’r"},
		`you’\s*re`:           {"you’"},
		`(?:you’re|we’re) ok`: {"you’re ok", "we’re ok"},
		`quai[ée]s`:           {"quai"},
		`quai[a-c]s`:          {"quai"},
		`quai[\d]s`:           {"quai"},
		`quai[^a]s`:           {"quai"},
		`quai[ab]?s`:          {"quais", "quaias", "quaibs"},
		`quai[ab]+s`:          {"quaia", "quaib"},
		`quai[ab]*s`:          {"quai"},
		"quai\ufffds":         {"quai"},
		"quai\xe2\x80s":       {"quai"},
		`—\s*tide`:            {"—"},
		`x{2}y`:               nil,
		`(?:boat|)`:           nil,
		// past maxLiteralPrefixes the scan stops where it is
		`(?:` + strings.Repeat("a|", 40) + `b)`: nil,
		`(?:a|b|c|d|e|f)(?:a|b|c|d|e|f)(?:g|h)`: {"a", "b", "c", "d", "e", "f"},
		// a group whose alternatives hold groups or classes: the literals
		// they open with, and no further
		`tide (?:was|did you (?:like|see)|table \d+) ok`:     {"tide did you like", "tide did you see", "tide table ", "tide was"},
		`(?:prevprevious|previous(?:post|article))\pL.{0,9}`: {"previousarticle", "previouspost", "prevprevious"},
		`pier (?:[a-z]+|boat)`:                               {"pier "},
		`pier (?:boat (?:a|b))? x`:                           {"pier "},
		`pier (?:boat (?:a|b))+ x`:                           {"pier boat a", "pier boat b"},
		`pier (?:boat (?:a|b)`:                               {"pier "},
		`pier (?:boat [)(] (?:a|b)) x`:                       {"pier boat ( a x", "pier boat ( b x", "pier boat ) a x", "pier boat ) b x"},
		// a nested group read whole: the scan goes on past it, each of
		// its literals kept ("a" and "ab" before "c")
		`if you(?:['’]re| are) (?:enjoying|loving) this`: {"if you are enjoying this", "if you are loving this", "if you're enjoying this",
			"if you're loving this", "if you’re enjoying this", "if you’re loving this"},
		`(?:[ab]|ab)c`:                 {"ac", "abc", "bc"},
		`(?:[ab]|ab)+c`:                {"a", "b"},
		`(?:[ab]|ab)?c`:                nil,
		`(?:[ab]|a\d)c`:                {"a", "b"},
		`x(?:(?:a|b)c|d)e`:             {"xace", "xbce", "xde"},
		`pier (?:boat (?:a|b))* x`:     {"pier "},
		`pier (?:boat (?:a|b)){0,2} x`: {"pier "},
		`pier (?:boat []( ]|ship) x`:   {"pier boat ", "pier ship"},
	} {
		got := literalPrefixes(src)
		if len(want) == 1 && want[0] == "" {
			want = nil
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("literalPrefixes(%q) = %q, want %q", src, got, want)
		}
	}
}

// TestLiteralPrefixesParsed: for every alternative of the dispatched
// patterns and every call form, each start of a match the parsed pattern
// tells (its first four bytes, ASCII, in lower case: quadEntries) is that
// of one of the literals read off the source, so the literals never turn
// down a line that opens a match.
func TestLiteralPrefixesParsed(t *testing.T) {
	var sources []string
	for _, d := range []*altDispatch{textCallDispatch, storyEndDispatch, writerMarkDispatch, relatedDispatch} {
		sources = append(sources, topAlternatives(d.forms)...)
	}
	for _, f := range callForms {
		sources = append(sources, f.expr)
	}
	read := 0
	for _, src := range sources {
		prefixes := literalPrefixes(src)
		if prefixes == nil {
			continue
		}
		read++
		tree, err := syntax.Parse(`(?i)^(?:`+src+`)`, syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		entries, ok := quadEntries(tree)
		if !ok {
			t.Errorf("%s: its starts are not told", src)
			continue
		}
		for _, e := range entries {
			if !slices.ContainsFunc(prefixes, func(p string) bool { return entryOpens(e, p) }) {
				t.Errorf("%s: a match may open with %v, none of %q", src, e, prefixes)
			}
		}
	}
	if read < len(sources)/2 {
		t.Errorf("literals read off %d of %d sources; want half or more", read, len(sources))
	}
	t.Logf("literals read off %d of %d sources", read, len(sources))
}

// entryOpens reports whether the start entry e's places hold p's first
// bytes, as far as both go.
func entryOpens(e startEntry, p string) bool {
	for k := 0; k < e.n && k < len(p); k++ {
		if !e.at[k].has(p[k]) {
			return false
		}
	}
	return true
}

// TestLetterPrefixes: a letter's literals are those of the alternatives
// that may open with it (in either case), only those opening with the
// letter, sorted; none when one of them has no literal (x) or none opens
// with it.
func TestLetterPrefixes(t *testing.T) {
	alts := []string{`harbour`, `(?:hire|rent) a boat`, `Tide table`, `\d+ tides`, `.{0,10}tide`}
	opens := func(i int, b byte) bool {
		switch i {
		case 0:
			return b == 'h' || b == 'H'
		case 1:
			return b == 'h' || b == 'H' || b == 'r' || b == 'R'
		case 2:
			return b == 't' || b == 'T'
		case 3:
			return b >= '0' && b <= '9'
		}
		return b == 'x' // the wild one, as if it opened with x only
	}
	want := map[byte][]string{'h': {"harbour", "hire a boat"}, 'r': {"rent a boat"}, 't': {"tide table"}}
	for c := byte('a'); c <= 'z'; c++ {
		if got := letterPrefixes(alts, c, opens); !slices.Equal(got, want[c]) {
			t.Errorf("%c: %q, want %q", c, got, want[c])
		}
	}
}

// TestDigitPrefixes: the literals after `\d+` (and after `\d+\s*`) of the
// alternatives that may open with a digit; none known when one of them
// opens otherwise, when what follows the digits cannot be told or may be a
// digit or white space.
func TestDigitPrefixes(t *testing.T) {
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	opens := func(alts []string) func(i int, b byte) bool {
		return func(i int, b byte) bool { return alts[i] == `harbour` && b == 'h' || alts[i] != `harbour` && digit(b) }
	}
	for _, c := range []struct {
		alts          []string
		plain, spaced []string
	}{
		{[]string{`harbour`, `\d+ tides?`, `\d+% of (?:sailors|crews) agree`}, []string{" tide", "% of sailors agree", "% of crews agree"}, nil},
		{[]string{`\d+ tides`, `\d+\s*(?:knots?|kn)\.? wind`}, []string{" tides"}, []string{"kn"}},
		{[]string{`\d+\s*knots`}, nil, []string{"knots"}},
		{[]string{`harbour`}, nil, nil},
		{[]string{`\d+ tides`, `[0-9]+ tides`}, nil, nil},
		{[]string{`\d+\s+tides`}, nil, nil},
		{[]string{`\d+`}, nil, nil},
		{[]string{`\d+\s*`}, nil, nil},
		{[]string{`\d+(?:1|2) tides`}, nil, nil},
		{[]string{`\d+\s*\d+ tides`}, nil, nil},
	} {
		plain, spaced := digitPrefixes(c.alts, opens(c.alts))
		for _, g := range []struct {
			name      string
			got, want []string
		}{{"plain", plain, c.plain}, {"spaced", spaced, c.spaced}} {
			got, want := slices.Clone(g.got), slices.Clone(g.want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q: %s %q, want %q", c.alts, g.name, got, want)
			}
		}
	}
}
