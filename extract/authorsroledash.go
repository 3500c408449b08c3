package extract

import "strings"

// dashRole reports whether what follows a spaced dash after a metadata
// name is a job's title, so that the name before the dash is the person
// ([roleDashCut]). It reads the part before a comma ("Senior Reporter,
// Harbour Ledger": the paper follows the title) and takes a title as
// clean's byline reader knows them ([cleanJobTitle]), an editor's title
// of several words ("Editor in Chief", "Editor-at-Large"), or a title
// whose first or last word, of at most four, is another language's word
// for a writer ([worldRoleWords]: "Journaliste", "Redakteurin Politik",
// "корреспондент"). Anything else ("Harbour Lights") is no title.
func dashRole(role string) bool {
	role, _, _ = strings.Cut(role, ",")
	role = strings.TrimSpace(role)
	if cleanJobTitle(role) {
		return true
	}
	w := strings.Fields(strings.ToLower(strings.ReplaceAll(role, "-", " ")))
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	switch strings.Join(w, " ") {
	case "editor in chief", "editor at large", "chief editor", "deputy editor in chief":
		return true
	}
	return worldRoleWords[w[0]] || worldRoleWords[w[len(w)-1]]
}

// worldRoleWords are words, lower case, for a writer or an editor of a
// paper in languages other than English (whose titles clean reads), as
// sites write them after a byline's dash. Only words that are no one's
// name: a short list of the common ones, not every title.
var worldRoleWords = map[string]bool{
	// French
	"journaliste": true, "rédacteur": true, "rédactrice": true, "correspondant": true, "correspondante": true, "chroniqueur": true, "chroniqueuse": true,
	// German, Dutch, Scandinavian
	"journalist": true, "journalistin": true, "redakteur": true, "redakteurin": true, "korrespondent": true, "korrespondentin": true,
	"reporterin": true, "verslaggever": true, "verslaggeefster": true, "redacteur": true, "journalisten": true,
	// Italian
	"giornalista": true, "redattore": true, "redattrice": true, "corrispondente": true, "inviato": true, "inviata": true,
	// Spanish, Portuguese
	"periodista": true, "redactor": true, "redactora": true, "corresponsal": true, "jornalista": true, "repórter": true,
	"redator": true, "redatora": true, "correspondente": true,
	// Polish, Czech, Turkish
	"dziennikarz": true, "dziennikarka": true, "redaktor": true, "redaktorka": true, "novinář": true, "novinářka": true, "muhabir": true, "gazeteci": true,
	// Russian, Ukrainian
	"корреспондент": true, "журналист": true, "журналистка": true, "редактор": true, "журналіст": true, "журналістка": true, "кореспондент": true,
}
