package wcxb

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNormTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating (and How Scratch Makes It Easy)": "top nutrition trends for fall 2025 what fitness experts are eating and how scratch makes it easy",
		"  Biden’s U.S. plan — a “win”?  ":                                                                    "bidens us plan a win",
		"COVID-19 & well‑being": "covid19 wellbeing",
		"Title | Site":          "title site",
		"İstanbul":              "istanbul",
		"":                      "",
	} {
		if got := NormTitle(in); got != want {
			t.Errorf("NormTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameTitle(t *testing.T) {
	for _, c := range []struct {
		got, gold string
		want      bool
	}{
		{"5 Trends from Nutrition 2025", "5 trends from nutrition 2025", true},
		{"5 Trends from Nutrition 2025!", "5 Trends from Nutrition 2025", true},
		{"5 Trends from Nutrition 2025 | LinkedIn", "5 Trends from Nutrition 2025", false},
		{"Accessibility links", "5 Trends from Nutrition 2025", false},
		{"", "", false},
	} {
		if got := SameTitle(c.got, c.gold); got != c.want {
			t.Errorf("SameTitle(%q, %q) = %v", c.got, c.gold, got)
		}
	}
}

func TestSameDay(t *testing.T) {
	for _, c := range []struct {
		got, gold string
		want      bool
	}{
		{"2025-09-04", "2025-09-04", true},
		{"2025-09-04T23:12:00+04:00", "2025-09-04", true},
		{"2025-09-05T01:00:00", "2025-09-04", false},
		{"2025-09", "2025-09", false}, // the gold gives no day
		{"", "2025-09-04", false},
		{"2025-09-04", "", false},
	} {
		if got := SameDay(c.got, c.gold); got != c.want {
			t.Errorf("SameDay(%q, %q) = %v", c.got, c.gold, got)
		}
	}
	if !HasDay("2025-09-04") || HasDay("2025-09") || HasDay("2025/09/04") {
		t.Error("HasDay")
	}
}

func TestNames(t *testing.T) {
	for in, want := range map[string][]string{
		"By Chen Zhao and Daryl Fairweather":                       {"chen zhao", "daryl fairweather"},
		"Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra": {"rui ma", "heba ledwon", "manoel cortes mendez", "suparn patra"},
		"Dylan Bailey, MS, RD, FAND":                               {"dylan bailey", "ms", "rd", "fand"},
		"Sergio Martínez-Beltrán | The Texas Newsroom":             {"sergio martínezbeltrán", "the texas newsroom"},
		"Amy Anderson; Sandra Brandt":                              {"amy anderson", "sandra brandt"},
		"":                                                         nil,
	} {
		if diff := cmp.Diff(want, Names(in)); diff != "" {
			t.Errorf("Names(%q) (-want +got):\n%s", in, diff)
		}
	}
}

func TestSameAuthor(t *testing.T) {
	for _, c := range []struct {
		got  []string
		gold string
		want bool
	}{
		{[]string{"Dylan Bailey"}, "Dylan Bailey, MS, RD, FAND", true},
		{[]string{"Dylan Bailey, MS, RD, FAND"}, "Dylan Bailey, MS, RD, FAND", true},
		{[]string{"Chen Zhao"}, "Chen Zhao, Daryl Fairweather", true}, // the lead author
		{[]string{"Chen Zhao; Daryl Fairweather"}, "Chen Zhao, Daryl Fairweather", true},
		{[]string{"By Andrew King"}, "Andrew King", true},
		{[]string{"Daryl Fairweather"}, "Chen Zhao, Daryl Fairweather", false}, // not the lead
		{[]string{"Staff", "Andrew King"}, "Andrew King", false},               // a wrong lead
		{nil, "Andrew King", false},
		{[]string{"Andrew King"}, "", false},
	} {
		if got := SameAuthor(c.got, c.gold); got != c.want {
			t.Errorf("SameAuthor(%q, %q) = %v, want %v", c.got, c.gold, got, c.want)
		}
	}
}
