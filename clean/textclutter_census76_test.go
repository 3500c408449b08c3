package clean

import "testing"

// census76 is the forty-ninth session's blind census of the text path's
// clutter, rows written before reading the stages they reach, of the kinds
// the last session noticed and left: republishing notes that name another
// outlet (in eight languages; a note that only dates the story's first
// publication is the story's own, as WCXB's gold keeps it), a source line
// under a Vietnamese story ("Theo ..."), writers' notes that open with a
// pronoun or a trade rather than the writer's name, teaser cards under the
// story (a headline, a date and a one-line summary, repeated), each beside
// a story line that uses the same words and must stay.
var census76 = []clutterCase{
	// republishing notes naming another outlet
	{"republished cc en", "en", "tail", []string{"-This article is republished from The Harbour Review under a Creative Commons license. Read the original article."}},
	{"originally appeared en", "en", "tail", []string{"-This story originally appeared in Valley Voices and is republished here with permission."}},
	{"republished note es", "es", "tail", []string{"-Este artículo fue publicado originalmente en El Diario del Valle."}},
	{"republished note fr", "fr", "tail", []string{"-Cet article a été initialement publié sur Le Courrier du Val."}},
	{"republished note de", "de", "tail", []string{"-Dieser Artikel erschien zuerst bei der Talzeitung."}},
	{"republished note pt", "pt", "tail", []string{"-Este artigo foi publicado originalmente no Jornal do Vale."}},
	{"republished note it", "it", "tail", []string{"-Questo articolo è stato pubblicato originariamente su Il Corriere della Valle."}},
	{"republished note pl", "pl", "tail", []string{"-Artykuł ukazał się pierwotnie w serwisie Gazeta Doliny."}},
	{"story first published date en", "en", "tail", []string{"+Originally published in March 2022. Last updated on December 20, 2024."}},
	{"story report first published en", "en", "tail", []string{"+The report was first published in 2019 by the university's transport institute and has since been cited in the council's plans."}},
	{"story republished es", "es", "tail", []string{"+El ayuntamiento publicó originalmente el plan en 2019 y lo ha revisado dos veces desde entonces, según el concejal de movilidad."}},

	// a source line under a Vietnamese story
	{"theo source vi", "vi", "tail", []string{"-Theo Báo Thung Lũng"}},
	{"theo source vi paper", "vi", "tail", []string{"-(Theo Tạp chí Giao Thông Xanh)"}},

	// writers' notes that open with a pronoun or a trade
	{"bio pronoun en", "en", "tail", []string{"-She covers transport and the city council for the Herald. She previously worked at a regional daily in Arizona."}},
	{"bio has written en", "en", "tail", []string{"-He has written about energy and rail for more than a decade and lives in Tbilisi with his family."}},
	{"bio trade es", "es", "tail", []string{"-Periodista especializada en movilidad urbana. Ha trabajado en varios diarios regionales antes de unirse a la redacción."}},
	{"bio trade fr", "fr", "tail", []string{"-Journaliste spécialisé dans les transports, il a travaillé pour plusieurs quotidiens régionaux avant de rejoindre la rédaction."}},
	{"bio pronoun de", "de", "tail", []string{"-Sie schreibt seit 2015 über Verkehr und Stadtplanung und lebt mit ihrer Familie in Köln."}},
	{"story pronoun en", "en", "tail", []string{"+She said the council would publish the full timetable before the end of the month and answer residents' questions at a public meeting."}},

	// teaser cards under the story
	{"dated teaser cards en", "en", "tail", []string{
		"-Night buses return to the valley towns", "-12 March 2025", "-The operator will run three routes after midnight from next month, starting at the central station.",
		"-Bridge repairs delayed until the autumn", "-9 March 2025", "-Engineers found more damage than expected in the supports under the eastern span.",
		"-Cycle lanes planned for the old market road", "-4 March 2025", "-The council wants to finish the first section before the summer holidays begin.",
	}},
	{"dated teaser cards de", "de", "tail", []string{
		"-Nachtbusse fahren wieder ins Umland", "-12.03.2025", "-Der Verkehrsverbund bietet ab nächstem Monat drei Linien nach Mitternacht an.",
		"-Brückensanierung verzögert sich bis Herbst", "-09.03.2025", "-Die Ingenieure fanden mehr Schäden an den Pfeilern als erwartet.",
		"-Radweg für die alte Marktstraße geplant", "-04.03.2025", "-Der erste Abschnitt soll vor den Sommerferien fertig sein.",
	}},
}

// census76Gaps are census76 rows still read wrong, with their cause.
// Blind, 7 of the 21 rows read right (the Vietnamese source lines and the
// German cards among them); the republishing notes go now
// (isRepublishNote): 15 of 21.
var census76Gaps = map[string]string{
	"bio pronoun en":        "a writer's note that opens with a pronoun names no writer; dropAuthorBio reads a note that opens with a name (writerNote); WCXB's train split has no such note to measure a rule on",
	"bio has written en":    "as \"bio pronoun en\"",
	"bio trade es":          "a note that opens with the writer's trade, no name; as \"bio pronoun en\"",
	"bio trade fr":          "as \"bio trade es\"",
	"bio pronoun de":        "as \"bio pronoun en\"",
	"dated teaser cards en": "the story detector keeps the headlines and summaries as story, and never drops a date line on text (isDateLine); a run of cards under the story with no label over it is read by no stage (three train pages print such runs: 0267, its cards inside the story, 0392 and 4151)",
}

// TestClutterCensus76 reads census76 as TestClutterCensus reads its rows,
// in census71StoriesAll's stories.
func TestClutterCensus76(t *testing.T) {
	runClutterCensus(t, census76, census71StoriesAll(), census76Gaps, "census76Gaps")
}
