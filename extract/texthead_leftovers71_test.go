package extract

import "testing"

// TestTextHeadLeftovers71 checks three flattened heads whose headline a
// line under it used to beat: a title-case headline opening with a verb
// and "by:" (read as a credit's label, its words as a name), a row of a
// German site's sections run together (read as the headline under it),
// and a Nepali date line in Devanagari digits (read as the headline over
// the story). Each page's headline is its title, and none gives an author.
func TestTextHeadLeftovers71(t *testing.T) {
	const neBody = "नगरपालिकाले मंगलबार राति चल्ने बस सेवा थप चार वडासम्म विस्तार गर्ने निर्णय गरेको छ। एक वर्षदेखि पालीमा काम गर्ने कामदारहरूले राति यातायात नपाएको गुनासो गर्दै आएका थिए।\n\nनयाँ रुट असारदेखि सुरु हुनेछन्। यातायात शाखाले राति थन्किएका बसहरू प्रयोग गरिने भएकाले खर्च अनुमानभन्दा कम हुने जनाएको छ।"
	for _, c := range []struct{ page, want string }{
		{lines("Eastport Courier", "Weather", "Stand by: Ferry Service Halted", enBody), "Stand by: Ferry Service Halted"},
		{lines("Eastport Courier", "Weather", "Hit By: Ferry Service Halted As Storm Nears", enBody), "Hit By: Ferry Service Halted As Storm Nears"},
		{lines("Rheinische Abendpost", "Stadtrat beschließt neue Nachtbuslinien", "Startseite PolitikWirtschaft SportKultur Panorama", "6. März 2025", deBody), "Stadtrat beschließt neue Nachtbuslinien"},
		{lines("Rheinische Abendpost", "Stadtrat beschließt neue Nachtbuslinien", "NachrichtenPolitik AuslandInland WirtschaftSport", deBody), "Stadtrat beschließt neue Nachtbuslinien"},
		{lines("नगरपालिकाले रात्रि बस सेवा विस्तार गर्यो", "बिहीबार, फागुन २२, २०८१", neBody), "नगरपालिकाले रात्रि बस सेवा विस्तार गर्यो"},
		{lines("नगरपालिकाले रात्रि बस सेवा विस्तार गर्यो", "२०८१ फागुन २२ गते बिहीबार", neBody), "नगरपालिकाले रात्रि बस सेवा विस्तार गर्यो"},
	} {
		a, _ := String(c.page, nil)
		if a.Title != c.want {
			t.Errorf("title %q, want %q", a.Title, c.want)
		}
		if len(a.Authors) > 0 {
			t.Errorf("%q: authors %q, want none", c.want, a.Authors)
		}
	}
}
