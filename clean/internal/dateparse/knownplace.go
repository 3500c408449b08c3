package dateparse

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// knownPlaces are the places a dateline may print in title case with a
// dash and no credit ("Praha - Vláda dnes...", "Rabat - Le Conseil...",
// "Wellington – The council..."), as ČTK, MAP, ANGOP and the New Zealand
// sites print them: without a list, a word in title case and a dash is as
// often a label ("Update - ", "Warning - "). The list holds the capitals
// of the world's states and their large cities (over about a million, or
// a wire's home city), in English and in the spelling of the country's
// own wire where that differs ("Praha", "Warszawa", "Lisboa"): facts of
// geography, written for this table from general knowledge (the UN
// members' capitals). Words that are as often a name or a common word
// ("Nice", "Victoria", "Austin", "Reading", "Split") are left out. The
// table is built on first use: a process whose pages print no place and a
// dash does not pay for it.
var knownPlaces = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range []string{
		// Europe
		"London|Paris|Berlin|Madrid|Rome|Roma|Lisbon|Lisboa|Porto|Dublin|Brussels|Bruxelles|Brussel|Amsterdam|The Hague|Den Haag|Rotterdam",
		"Luxembourg|Bern|Berne|Geneva|Genève|Zurich|Zürich|Vienna|Wien|Prague|Praha|Brno|Bratislava|Budapest|Warsaw|Warszawa|Kraków|Krakow",
		"Ljubljana|Zagreb|Sarajevo|Belgrade|Beograd|Podgorica|Skopje|Tirana|Pristina|Priština|Sofia|Sofiya|Bucharest|București|Bucuresti|Chisinau|Chișinău",
		"Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Minsk|Moscow|Moskva|Saint Petersburg|St. Petersburg|Vilnius|Riga|Rīga|Tallinn|Helsinki|Stockholm",
		"Oslo|Copenhagen|København|Reykjavik|Reykjavík|Athens|Athina|Thessaloniki|Nicosia|Valletta|Andorra la Vella|Monaco|San Marino|Vaduz",
		"Milan|Milano|Naples|Napoli|Turin|Torino|Barcelona|Valencia|Seville|Sevilla|Bilbao|Marseille|Lyon|Hamburg|Munich|München|Frankfurt|Cologne|Köln",
		"Birmingham|Manchester|Glasgow|Edinburgh|Cardiff|Belfast|Antwerp|Antwerpen|Istanbul|İstanbul|Ankara|Izmir|İzmir",
		// Asia
		"Beijing|Shanghai|Guangzhou|Shenzhen|Hong Kong|Taipei|Tokyo|Osaka|Seoul|Busan|Pyongyang|Ulaanbaatar|Ulan Bator",
		"New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Bangalore|Hyderabad|Karachi|Lahore|Islamabad|Kabul|Dhaka|Kathmandu|Thimphu|Colombo",
		"Bangkok|Hanoi|Ho Chi Minh City|Vientiane|Phnom Penh|Yangon|Naypyidaw|Naypyitaw|Kuala Lumpur|Singapore|Jakarta|Surabaya|Manila|Dili|Bandar Seri Begawan",
		"Tashkent|Almaty|Astana|Bishkek|Dushanbe|Ashgabat|Baku|Tbilisi|Yerevan|Tehran|Teheran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv",
		"Riyadh|Jeddah|Doha|Manama|Abu Dhabi|Dubai|Muscat|Kuwait City|Sanaa|Sana'a|Aden|Gaza",
		// Africa
		"Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Alger|Rabat|Casablanca|Nouakchott|Dakar|Banjul|Bissau|Conakry|Freetown|Monrovia",
		"Abidjan|Yamoussoukro|Accra|Lomé|Lome|Cotonou|Porto-Novo|Lagos|Abuja|Kano|Niamey|Ouagadougou|Bamako|N'Djamena|Yaoundé|Yaounde|Douala",
		"Libreville|Malabo|Brazzaville|Kinshasa|Lubumbashi|Bangui|Khartoum|Juba|Addis Ababa|Asmara|Djibouti|Mogadishu|Nairobi|Mombasa|Kampala",
		"Kigali|Bujumbura|Dodoma|Dar es Salaam|Lusaka|Lilongwe|Harare|Bulawayo|Maputo|Luanda|Huambo|Benguela|Lubango|Windhoek|Gaborone",
		"Pretoria|Johannesburg|Cape Town|Durban|Maseru|Mbabane|Antananarivo|Port Louis|Moroni|Praia|São Tomé|Sao Tome",
		// The Americas
		"Washington|New York|Los Angeles|Chicago|Houston|Philadelphia|San Francisco|Boston|Seattle|Miami|Atlanta|Dallas|Detroit|Denver",
		"Ottawa|Toronto|Montreal|Montréal|Vancouver|Calgary|Mexico City|Ciudad de México|Guadalajara|Monterrey|Guatemala City|San Salvador",
		"Tegucigalpa|Managua|San José|San Jose|Panama City|Havana|La Habana|Santo Domingo|Port-au-Prince|Bogotá|Bogota|Medellín|Caracas",
		"Quito|Guayaquil|Lima|La Paz|Sucre|Santiago|Buenos Aires|Córdoba|Montevideo|Asunción|Asuncion|Brasília|Brasilia|São Paulo|Sao Paulo",
		"Rio de Janeiro|Salvador|Recife|Belo Horizonte|Georgetown|Paramaribo|Port of Spain|Bridgetown|Nassau",
		// Oceania
		"Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Wellington|Auckland|Christchurch|Suva|Port Moresby|Honiara|Apia|Nuku'alofa",
	} {
		for p := range strings.SplitSeq(line, "|") {
			m[p] = true
		}
	}
	return m
})

// parseKnownPlaceDash reads a known place in title case (see knownPlaces),
// maybe ", Country", a spaced dash and a sentence: "Praha - Vláda dnes
// schválila ...", "Wellington – The council ...". The place must be the
// whole text before the dash and a sentence (sentenceFollows) must follow
// it on the line, so "Berlin - A City Divided" (a title), "Paris - the
// city of light - is ..." and "Update - The company said" are no
// datelines.
func parseKnownPlaceDash(p, head string) (Dateline, bool) {
	// the first spaced dash, within the head's first 48 bytes and after
	// at most six words (a place of three, a comma and a country of three)
	lim := min(len(head), 48)
	i := strings.IndexByte(head[:lim], ' ')
	for words := 1; i >= 0; words++ {
		if words > 6 {
			return Dateline{}, false
		}
		r, n := utf8.DecodeRuneInString(head[i+1:])
		if (r == '-' || r == '–' || r == '—') && i+1+n < len(head) && head[i+1+n] == ' ' {
			break
		}
		j := strings.IndexByte(head[i+1:lim], ' ')
		if j < 0 {
			return Dateline{}, false
		}
		i += 1 + j
	}
	if i <= 0 {
		return Dateline{}, false
	}
	place := head[:i]
	if r, _ := utf8.DecodeRuneInString(place); !isUpper(r) {
		return Dateline{}, false
	}
	if known := knownPlaces(); !known[place] {
		c := strings.Index(place, ", ")
		if c < 0 || !known[place[:c]] || !countries[place[c+2:]] {
			return Dateline{}, false
		}
	}
	_, n := utf8.DecodeRuneInString(head[i+1:])
	end := spaceEnd(p, i+1+n)
	if !sentenceFollows(p[end:]) {
		return Dateline{}, false
	}
	return Dateline{Text: place, Place: place, Len: end}, true
}

// parseKnownPlaceColon reads a known place (see knownPlaces), in capitals
// or in title case, a colon, a space and a sentence: the form of the
// South Asian and Gulf dailies ("MUMBAI: The civic body ...", "ISLAMABAD:
// The federal cabinet ...", "Dubai: The Roads and Transport Authority
// ..."). The place must be the whole text before the colon and a story's
// lead must follow it: a sentence of at least twelve words on the line,
// longer than the headlines a list of them prints so ("Philadelphia: Man
// killed, 5 hurt in 4 separate shootings"), and not cut short with an
// ellipsis, as such a list prints a story's lead. Labels ("Update: The company
// said"), an unknown word ("Springfield: The council"), a headline after
// the colon ("Berlin: A City Divided") and a place in a sentence ("In
// Mumbai: the ...") are no datelines either.
func parseKnownPlaceColon(p, head string) (Dateline, bool) {
	// the colon within the head's first 32 bytes (the longest known place
	// is shorter), glued to the place and followed by a space
	i := strings.IndexByte(head[:min(len(head), 32)], ':')
	if i <= 0 || i+1 >= len(p) || p[i+1] != ' ' || p[i-1] == ' ' {
		return Dateline{}, false
	}
	place := head[:i]
	if r, _ := utf8.DecodeRuneInString(place); !isUpper(r) || strings.ContainsAny(place, ",.;()/0123456789") {
		return Dateline{}, false
	}
	name := place
	if len(place) > 1 && isCaps(place) {
		name = titleCase(place) // only a place in capitals is written anew
	}
	if !knownPlaces()[name] {
		return Dateline{}, false
	}
	end := spaceEnd(p, i+1)
	if !sentenceOf(p[end:], 12) || teaser(p[end:]) {
		return Dateline{}, false
	}
	return Dateline{Text: place, Place: name, Len: end}, true
}

// parseKnownPlaceStopDash reads a known place (see knownPlaces), in
// capitals or in title case, with the full stop and hyphen that Spanish-
// language papers glue to it, a space and a sentence: "Ciudad de México.-
// El gobierno capitalino ...", "GUADALAJARA.- La ...". The place must be
// the whole text before the ".-" and a sentence of six words or more must
// follow it: "Nota.- El texto ..." (no place) and "Madrid.- Ver más" (no
// sentence) are no datelines.
func parseKnownPlaceStopDash(p, head string) (Dateline, bool) {
	i := strings.Index(head[:min(len(head), 32)], ".- ")
	if i <= 0 || p[i-1] == ' ' {
		return Dateline{}, false
	}
	place := head[:i]
	if r, _ := utf8.DecodeRuneInString(place); !isUpper(r) || strings.ContainsAny(place, ",.;:()/0123456789") {
		return Dateline{}, false
	}
	name := place
	if len(place) > 1 && isCaps(place) {
		name = titleCase(place)
	}
	if !knownPlaces()[name] {
		return Dateline{}, false
	}
	end := spaceEnd(p, i+len(".- "))
	if !sentenceOf(p[end:], 6) {
		return Dateline{}, false
	}
	return Dateline{Text: place, Place: name, Len: end}, true
}

// teaser reports whether the line s opens ends in an ellipsis: the lead
// of a story cut short, as a list of stories prints it under each
// headline ("WASHINGTON: Expressing concern over ... may soon..."), not
// the story's own opening.
func teaser(s string) bool {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, " \t")
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// KnownPlace reports whether s is, as printed, one of the places a
// dateline prints ([knownPlaces]): "Abuja", "Madrid". The byline reader
// leaves such a place after a comma out of the names ("By Chinedu Eze,
// Abuja": where the reporter files from).
func KnownPlace(s string) bool { return knownPlaces()[s] }
