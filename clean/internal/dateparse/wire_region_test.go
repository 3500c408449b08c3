package dateparse

import "testing"

// The region's wire forms the parser reads since the thirty-fifth
// session: a clock time before the place (Interfax) or inside the
// dateline (Ukrinform), a date in numbers with full stops, a day joined
// to its month by a hyphen or by Turkmen's ordinal ending, a month
// printed first before a credit printed plain, a credit's kind in
// capitals and its name in guillemets (Khovar), and a wire's name that
// opens with a digit before the place (24.kg); and what stays unread.
func TestWireRegionForms(t *testing.T) {
	for _, c := range []struct{ para, text, place, agency string }{
		{"14:05 Moscow. Dec 5. INTERFAX - The rouble steadied on Saturday after early losses.", "14:05 Moscow. Dec 5. INTERFAX", "Moscow", "Interfax"},
		{"14:05 Москва. 5 декабря. INTERFAX.RU - Рубль стабилизировался в субботу после падения.", "14:05 Москва. 5 декабря. INTERFAX.RU", "Москва", "Interfax"},
		{"Kyiv, 05.12.2026 14:30. Ukrinform. Power has been restored to most homes in the capital.", "Kyiv, 05.12.2026 14:30. Ukrinform.", "Kyiv", "Ukrinform"},
		{"MOSCOW, March 5, 10:04 (Interfax) - The rouble steadied against the dollar on Wednesday.", "MOSCOW, March 5, 10:04 (Interfax)", "Moscow", "Interfax"},
		{"ДУШАНБЕ, 05.12.2026 /АМИТ «Ховар»/. Рӯзи шанбе пули нав мавриди истифода қарор гирифт.", "ДУШАНБЕ, 05.12.2026 /АМИТ «Ховар»/.", "Душанбе", "Khovar"},
		{"DUSHANBE, December 5, 2026/NIAT «Khovar»/. Tajikistan on Saturday opened a new bridge.", "DUSHANBE, December 5, 2026/NIAT «Khovar»/.", "Dushanbe", "Khovar"},
		{"Бишкек, 5-декабрь /Кабар/. Кыргызстанда ишемби күнү жаңы энергоблок ишке киргизилди.", "Бишкек, 5-декабрь /Кабар/.", "Бишкек", "Kabar"},
		{"Aşgabat, 5-nji dekabr (TDH). Şenbe güni paýtagtda täze awtoulag ýoly ulanmaga berildi.", "Aşgabat, 5-nji dekabr (TDH).", "Aşgabat", "TDH"},
		{"Baku. December 5. APA. Azerbaijan's parliament on Saturday approved the state budget.", "Baku. December 5. APA.", "Baku", "APA"},
		{"24.kg news agency, BISHKEK – The city hall will buy fifty new trolleybuses next year.", "24.kg news agency, BISHKEK", "Bishkek", "24.kg"},
		{"24.kg, БИШКЕК – Мэрия закупит в следующем году пятьдесят новых троллейбусов.", "24.kg, БИШКЕК", "Бишкек", "24.kg"},
	} {
		d, ok := ParseDateline(c.para)
		if !ok || d.Text != c.text || d.Place != c.place || d.Agency != c.agency {
			t.Errorf("ParseDateline(%q) = %q, %q, %q, %v; want %q, %q, %q", c.para, d.Text, d.Place, d.Agency, ok, c.text, c.place, c.agency)
		}
	}
	for _, para := range []string{
		"14:05 The meeting opened with a minute of silence for the victims of the flood.",
		"10:30 Doors open, and the first speakers take the stage in the main hall.",
		"24 hours, BISHKEK – a day in the life of the capital told by its drivers.",
		"2026, ASTANA – the year the capital opened its second metro line, began well.",
		"Baku, Azerbaijan and Armenia 5 times met on the border this year, officials said.",
		"5-nji dekabr, the day of the holiday, opened with a parade in the capital.",
	} {
		if d, ok := ParseDateline(para); ok {
			t.Errorf("ParseDateline(%q) = %q (%q, %q), want none", para, d.Text, d.Place, d.Agency)
		}
	}
}
