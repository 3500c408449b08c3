package clean

import "testing"

func TestSiteFurnLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		kind Kind // "" when the line is not furniture
		rule string
	}{
		{"chevron_right", Other, "model/text-icon"},
		{"keyboard_arrow_down", Other, "model/text-icon"},
		{"harbour_walks", "", ""}, // a name no icon font draws: maybe code
		{"Harbour Weekly Newsletter", Subscribe, "model/text-call"},
		{"SUBSCRIBE TO OUR NEWSLETTER", Subscribe, "model/text-call"},
		{"📧 Tide Tables Newsletter", Subscribe, "model/text-call"},
		{"The harbour board sent its newsletter", "", ""},
		{"Why I stopped writing the Harbour Newsletter", "", ""}, // seven words
		{"Harbour eNewsletter", "", ""},
		{"The weekly newsletter covering ferries, tides and the fish market.", Subscribe, "model/text-call"},
		{"A newsletter about harbours, boats and the people who sail them", Subscribe, "model/text-call"},
		{"My newsletter about harbours has stopped growing since I stopped writing it.", "", ""},
		{"See Packages", Other, "model/text-call"},
		{"View Deal →", Other, "model/text-call"},
		{"➡️ Check price here", Other, "model/text-call"},
		{"→→→→ See Packages", "", ""}, // more marks than a button opens with
		{"Check prices on Amazon", Other, "model/text-call"},
		{"See the harbour at dawn", "", ""},
		{"Show Details", "", ""}, // a docs page's live example
		{"Compare plans before you sign anything with the ferry company.", "", ""},
		{"Feature image by Harbour Photo Club, all other images via the boat yards.", Credit, "model/text-credit"},
		{"Featured Image Credit: Tide Office", Credit, "model/text-credit"},
		{"The feature image of the ferry shows its new hull.", "", ""},
		{"Promotion Has Expired", Other, "model/text-notice"},
		{"We're sorry. This offer has ended, but we have more deals at the harbour shop!", Other, "model/text-notice"},
		{"This is the home of the Harbour Board's blog which ran from 2009-2024. For news visit the Board's page.", Other, "model/text-notice"},
		{"This site is no longer updated. Go to the new harbour site", Other, "model/text-notice"},
		{"The ferry ran from 1951 to 1999 between the island and the quay.", "", ""},
		{"The sale ended at noon and the boats went back to the yard.", "", ""},
		{"The Harbour News Desk is a team of experienced journalists who cover the quay, the ferries and the fish market.", Other, BioRule},
		{"The Tide Weekly writers and editors cover the latest news from the harbour and the boats that use it.", Other, BioRule},
		{"The England Team is set to sail from the harbour on Monday with a crew of twelve.", "", ""},
		{"The Harbour News Desk", "", ""},
		{"WE USE COOKIES TO MEASURE VISITS AND TO KEEP YOUR SETTINGS. BY STAYING ON THE HARBOUR SITE YOU CONSENT.", Cookie, "model/text-call"},
		{"We use cookies to measure visits and to keep your settings on the harbour site.", Cookie, "model/text-call"},
		{"Wij gebruiken cookies om uw voorkeuren te onthouden op de havensite.", Cookie, "model/text-call"},
		// a story's sentence about cookies that names a website, and a quote given to its speaker
		{"Wij gebruiken cookies als traktatie, zei de schipper van de veerboot, die foto's van zijn reizen op de website zet.", "", ""},
		{"„Używamy plików cookie tylko za zgodą mieszkańców”, zapewniła rzeczniczka portu, pytana o nową stronę przystani.", "", ""},
		{"«Nous utilisons des cookies pour mesurer les visites, avec le consentement des marins», a précisé la capitaine.", "", ""},
		{"", "", ""},
	} {
		k, rule, ok := siteFurnLine(c.s, wordCount(c.s))
		if ok != (c.kind != "") || k != c.kind || rule != c.rule {
			t.Errorf("siteFurnLine(%q) = %q, %q, %v; want %q, %q", c.s, k, rule, ok, c.kind, c.rule)
		}
	}
}

// TestSiteFurnLinesDropped: with the story detector keeping every line, a
// newsletter's heading, a price button and an icon's name go, each
// recorded as removed with its kind; the story's paragraphs stay.
func TestSiteFurnLinesDropped(t *testing.T) {
	lines := append(with("Harbour Weekly Newsletter", "See Packages"), "chevron_right")
	n := len(lines)
	p, got := markedLinesDropped(lines)
	want := []int{}
	for i, l := range lines {
		if l == "Harbour Weekly Newsletter" || l == "See Packages" || l == "chevron_right" {
			want = append(want, i)
		}
	}
	if len(want) != 3 || !equalInts(got, want) {
		t.Fatalf("dropped %v, want %v", got, want)
	}
	if b := p.blocks[want[0]]; b.Kind != Subscribe || b.Rule != "model/text-call" {
		t.Errorf("newsletter heading labelled %q by %q, want %q by model/text-call", b.Kind, b.Rule, Subscribe)
	}
	if b := p.blocks[n-1]; b.Kind != Other || b.Rule != "model/text-icon" {
		t.Errorf("icon name labelled %q by %q, want %q by model/text-icon", b.Kind, b.Rule, Other)
	}
}

// TestIconNamesFit: siteFurnLine's length guard lets every icon name through.
func TestIconNamesFit(t *testing.T) {
	for name := range iconNames {
		if len(name) > maxIconNameBytes {
			t.Errorf("icon name %q is longer than maxIconNameBytes (%d)", name, maxIconNameBytes)
		}
		if k, _, ok := siteFurnLine(name, wordCount(name)); !ok || k != Other {
			t.Errorf("siteFurnLine(%q) = %q, %v; want %q", name, k, ok, Other)
		}
	}
}
