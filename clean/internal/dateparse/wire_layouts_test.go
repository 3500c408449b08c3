package dateparse

import (
	"testing"
	"time"
)

// The wires59 layouts (extract/testdata/worldheads.tsv): two wires in one
// credit read as the first, as "APA/dpa" does; the time a wire filed its
// story between the credit and the dash comes off with the dateline.
func TestWireLayouts(t *testing.T) {
	checkDatelines(t, []datelineCase{
		{"two wires after a comma", "TBILISI, Georgia (AP, Reuters) — Thousands of protesters gathered outside parliament.",
			Dateline{Text: "TBILISI, Georgia (AP, Reuters)", Place: "Tbilisi", Agency: "AP"},
			"Thousands of protesters gathered outside parliament."},
		{"two wires with et", "GENÈVE (AFP et Reuters) - Les négociations ont repris mercredi à Genève.",
			Dateline{Text: "GENÈVE (AFP et Reuters)", Place: "Genève", Agency: "AFP"},
			"Les négociations ont repris mercredi à Genève."},
		{"two wires with a slash", "ISTANBUL (AFP/Reuters) — Talks on reviving the grain deal stalled on Wednesday.",
			Dateline{Text: "ISTANBUL (AFP/Reuters)", Place: "Istanbul", Agency: "AFP"},
			"Talks on reviving the grain deal stalled on Wednesday."},
		{"the time filed and its zone", "TOKYO, March 5 (Reuters) 10:04 GMT - Japan's Nikkei share average rose on Wednesday.",
			Dateline{Text: "TOKYO, March 5 (Reuters) 10:04 GMT", Place: "Tokyo", Month: time.March, Day: 5, Agency: "Reuters"},
			"Japan's Nikkei share average rose on Wednesday."},
		{"the time filed without a zone", "LONDON, March 5 (Reuters) 9:30 -- Oil prices rose on Wednesday.",
			Dateline{Text: "LONDON, March 5 (Reuters) 9:30", Place: "London", Month: time.March, Day: 5, Agency: "Reuters"},
			"Oil prices rose on Wednesday."},
		{"a three-word place with a particle", "DAR ES SALAAM, Tanzania (AP) — Dock workers ended a strike on Wednesday.",
			Dateline{Text: "DAR ES SALAAM, Tanzania (AP)", Place: "Dar es Salaam", Agency: "AP"},
			"Dock workers ended a strike on Wednesday."},
		// a time after the credit without a dash after it is the story's
		{"a time without its dash", "WASHINGTON (AP) 10:04 GMT the Senate voted on the bill.",
			Dateline{Text: "WASHINGTON (AP)", Place: "Washington", Agency: "AP"},
			"10:04 GMT the Senate voted on the bill."},
	})
	for _, para := range []string{
		// a wire and a photographer or a note is no second wire
		"Wien (APA, Hans Punz) - Die Regierung hat am Freitag ein neues Gesetz beschlossen.",
		"Berlin (dpa und Freunde) - Die Regierung hat am Freitag ein neues Gesetz beschlossen.",
		// two wires in one credit still need the place's story after them
		"Reuters and AFP said on Wednesday that talks had stalled.",
	} {
		checkNoDateline(t, para)
	}
}

// A known place with the stop-dash the Spanish-language papers glue to it
// is a dateline without a credit; Proceso's and the Catalan agency's
// credits read before it.
func TestKnownPlaceStopDash(t *testing.T) {
	checkDatelines(t, []datelineCase{
		{"title case", "Ciudad de México.- El gobierno capitalino amplió este martes el horario del metro.",
			Dateline{Text: "Ciudad de México", Place: "Ciudad de México"},
			"El gobierno capitalino amplió este martes el horario del metro."},
		{"a known city", "Guadalajara.- La alcaldía presentó este martes un plan para renovar los mercados.",
			Dateline{Text: "Guadalajara", Place: "Guadalajara"},
			"La alcaldía presentó este martes un plan para renovar los mercados."},
		{"apro", "CIUDAD DE MÉXICO (apro).- El gobierno federal anunció este martes un programa.",
			Dateline{Text: "CIUDAD DE MÉXICO (apro)", Place: "Ciudad de México", Agency: "apro"},
			"El gobierno federal anunció este martes un programa."},
		{"ACN", "Barcelona (ACN).- El Govern ha aprovat aquest dimarts un pla de suport a la pagesia.",
			Dateline{Text: "Barcelona (ACN)", Place: "Barcelona", Agency: "ACN"},
			"El Govern ha aprovat aquest dimarts un pla de suport a la pagesia."},
	})
	for _, para := range []string{
		"Nota.- El texto fue corregido el martes por la tarde para añadir una cifra.", // no place
		"Madrid.- Ver más", // no sentence
		"Springfield.- The council voted on Tuesday to approve the new budget plan.", // not a known place
		"American Cable Network (ACN) - The company said on Tuesday that it would cut prices.",
	} {
		checkNoDateline(t, para)
	}
}
