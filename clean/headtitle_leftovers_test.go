package clean

import "testing"

// TestPhrasalBy checks that a verb with "by" a headline opens with is no
// credit's label, while the participles and nouns credits print are.
func TestPhrasalBy(t *testing.T) {
	for _, c := range []struct {
		label string
		want  bool
	}{
		{"Stand by: ", true},
		{"Stand By: ", true},
		{"Hit by ", true},
		{"Stop by:", true},
		{"Written by: ", false},
		{"Posted by ", false},
		{"Drawn by ", false},
		{"Story by ", false},
		{"Photos by: ", false},
		{"Photographs by: ", false},
		{"By ", false},
		{"· by ", false},
		{"2025 by ", false},
		{"ad by ", true},
		{"Published August 7, 2023 by ", false},
		{"", false},
		{"Passing by: ", true},
		// a kind of piece no list foresees is a credit's label, not a verb
		{"Editorial by ", false},
		{"Obituary by: ", false},
		{"Satire by ", false},
		{"Sermon by ", false},
		{"Ballad by ", false},
	} {
		if got := phrasalBy(c.label); got != c.want {
			t.Errorf("phrasalBy(%q) = %v, want %v", c.label, got, c.want)
		}
	}
	if bylineNames("Stand by: Ferry Service Halted") != nil {
		t.Error("a headline's phrasal verb read as a byline")
	}
	if got := bylineNames("Written by: Orla Penhale"); len(got) != 1 || got[0] != "Orla Penhale" {
		t.Errorf("Written by: %q", got)
	}
	if got := bylineNames("Eulogy by Tamsin Warrow"); len(got) != 1 || got[0] != "Tamsin Warrow" {
		t.Errorf("Eulogy by: %q", got)
	}
	if got := bylineNames("Advice by Region"); got != nil {
		t.Errorf("a menu's filter after a label no list knows: %q", got)
	}
	if got := bylineNames("Story by Warrow"); len(got) != 1 || got[0] != "Warrow" {
		t.Errorf("Story by, one word: %q", got)
	}
	if creditLabelLine("Stand by: Ferry Service Halted") || !creditLabelLine("Edited by: Orla Penhale") {
		t.Error("creditLabelLine misreads a phrasal verb or a credit")
	}
}

// TestGluedMenuLine checks rows of sections whose names ran together
// beside headlines with a brand's inner capitals.
func TestGluedMenuLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Startseite PolitikWirtschaft SportKultur Panorama", true},
		{"NachrichtenPolitik AuslandInland WirtschaftSport", true},
		{"BinnenlandBuitenland EconomieSport Cultuur", true},
		{"YouTube and PayPal Settle Lawsuit", false},
		{"YouTube PayPal WhatsApp", false},
		{"BlackRock Buys SoftBank Stake in Harbour Fund", false},
		// two brands with inner capitals parted by a verb: a headline
		{"DeepMind Sues CloudFlare Tonight", false},
		{"PeakBrew Beats HarborLane Again", false},
		{"PolitikWirtschaft Sport NachrichtenKultur RegionMeinung", true}, // four seams: a menu's row
		{"StartseiteRegion Politik WirtschaftKultur", false},              // two seams parted
		{"Stadtrat beschließt neue Nachtbuslinien", false},
		{"Startseite Politik Wirtschaft Sport Kultur", false},
		{"PolitikWirtschaft", false},
		{"", false},
	} {
		if got := gluedMenuLine(c.in); got != c.want {
			t.Errorf("gluedMenuLine(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestNativeDigitDate checks date lines in another script's digits
// beside headlines that hold a number.
func TestNativeDigitDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"बिहीबार, फागुन २२, २०८१", true},
		{"२०८१ फागुन २२ गते बिहीबार", true},
		{"प्रकाशित: फागुन २२, २०८१", true},
		{"১২ ফাল্গুন ১৪৩১", true},
		{"Top 10 Moments of 2024", false},
		{"March 6, 2025", false},
		{"२०८१ सालको बजेटमा १० नयाँ कार्यक्रम थपिए", false},
		{"नगरपालिकाले रात्रि बस सेवा विस्तार गर्यो", false},
		{"फागुन २०८१", false},
		{"", false},
		// a year and a count in those digits beside no month: headlines
		{"चुनाव २०८१: ५ ठूला प्रश्न", false},
		{"دوري ٢٠٢٥: ١٢ هدفا", false},
		{"الخميس ٥ مارس ٢٠٢٦", true},
		{"২৪ বৈশাখ ১৪৩২", true},
		{"२०८१/११/२२", true},
		{"प्रकाशित: २०८१-११-२२", true},
		{"२०८१/११", false},
	} {
		if got := nativeDigitDate(c.in); got != c.want {
			t.Errorf("nativeDigitDate(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
