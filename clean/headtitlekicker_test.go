package clean

import "testing"

func TestTitleInMetaKicker(t *testing.T) {
	meta := func(title string) *Meta {
		m := &Meta{}
		m.OGTitle = title
		return m
	}
	for _, c := range []struct{ h1, og, want string }{
		{"Trade talksMinisters agree on a new grain route", "Ministers agree on a new grain route", "Ministers agree on a new grain route"},
		{"Eskalation im Nahen OstenArmee meldet neue Angriffe im Norden", "Armee meldet neue Angriffe im Norden", "Armee meldet neue Angriffe im Norden"},
		// left whole: with a space between, the words may be the headline's own
		{"Trade talks Ministers agree on a new grain route", "Ministers agree on a new grain route", "Trade talks Ministers agree on a new grain route"},
		{"The Best Home Security Cameras of 2026", "Best Home Security Cameras of 2026", "The Best Home Security Cameras of 2026"},
		{"Acme Labs introduces Orbit: A faster way to ship code", "A faster way to ship code", "Acme Labs introduces Orbit: A faster way to ship code"},
		// left whole: the metadata's title is the end of a sentence
		{"How the ministers agreed on a new grain route", "the ministers agreed on a new grain route", "How the ministers agreed on a new grain route"},
		// left whole: more than a kicker's words before it
		{"After a long night of talks in the capital the ministers Agree on a new grain route", "Agree on a new grain route", "After a long night of talks in the capital the ministers Agree on a new grain route"},
		// left whole: a sentence before it is not a kicker
		{"Talks ended.Ministers agree on a new grain route", "Ministers agree on a new grain route", "Talks ended.Ministers agree on a new grain route"},
		// left whole: a short metadata title
		{"Trade talksGrain route agreed", "Grain route agreed", "Trade talksGrain route agreed"},
	} {
		if got := titleInMeta(c.h1, meta(c.og), "example.com"); got != c.want {
			t.Errorf("titleInMeta(%q, og %q) = %q, want %q", c.h1, c.og, got, c.want)
		}
	}
}
