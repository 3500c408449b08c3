package extract

import (
	"strings"
	"unicode/utf8"
)

// printedNames tidies the names a byline printed on the page gives (the
// strip near the title, a signature under the story), or the metadata's
// (which sites fill from the same strip), where the strip held more than
// names:
//   - a name closed by the strip's full stop ("By Jane Doe. Updated 4
//     March 2025") loses the stop; an initial's or a suffix's own dot
//     stays ("Jane Q.", "Robert Hale Jr.": [keepsDot]);
//   - a credit's role read as a name ("Art" of "By Jane Doe, Art by John
//     Roe") is dropped where a person is named beside it. Such a strip
//     credits one writer and one maker of pictures: the artist drew or
//     shot the pictures and did not write the story, and the authors are
//     who the page credits with the story (CONTRIBUTING.md, "Authors"),
//     as a photographer's credit under a headline is no author's.
//
// A list with nothing to tidy comes back as it is.
func printedNames(names []string) []string {
	var out []string
	for i, n := range names {
		t := strings.TrimSpace(n)
		if strings.HasSuffix(t, ".") && !keepsDot(t) {
			t = strings.TrimSpace(strings.TrimSuffix(t, "."))
		}
		drop := len(names) > 1 && pictureRoles[strings.ToLower(t)]
		if out == nil && t == n && !drop {
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(names)), names[:i]...)
		}
		if !drop && t != "" {
			out = append(out, t)
		}
	}
	if out == nil {
		return names
	}
	return out
}

// keepsDot reports whether the dot that ends a name is its last word's
// own: a one-letter initial ("Jane Q."), a listed credential
// ([printedCredentials]: "Ana Lind MD.", "Tom Berg RN."; a surname set in
// capitals, "Jean DUPONT.", is no credential and loses the stop), a
// suffix or a company's abbreviation ("Jr.", "St.", "Inc.": [dotWords]),
// or an abbreviation's dots ("J.R.R."). A short surname's is the strip's
// stop ("By Tom Wu. Updated ..." gives "Tom Wu").
func keepsDot(name string) bool {
	last := name[strings.LastIndexAny(name, " \t")+1:]
	w := strings.TrimSuffix(last, ".")
	if w == "" {
		return false // a stop alone: no name
	}
	if strings.Contains(w, ".") {
		return true // "J.R.R.", "U.S.": the dots of an abbreviation
	}
	if utf8.RuneCountInString(w) == 1 || dotWords[strings.ToLower(w)] {
		return true
	}
	return printedCredentials[w]
}

// printedCredentials are the degrees and licences printed after a name
// without a comma whose letters are not a surname's ("Ana Lind MD.");
// PhD and the like are [dotWords].
var printedCredentials = map[string]bool{
	"MD": true, "DO": true, "RN": true, "NP": true, "LPN": true, "DVM": true, "DDS": true, "DMD": true,
	"OD": true, "DPT": true, "RD": true, "RDN": true, "MBA": true, "MPH": true, "MSN": true, "JD": true,
	"CPA": true, "CFA": true, "CFP": true, "FACP": true, "FRCP": true, "MRCVS": true, "MSc": true,
	"BSc": true, "EdD": true, "PsyD": true, "PharmD": true, "DPhil": true,
}

// dotWords are the words a name may end with whose dot is their own: a
// person's suffix, a saint's or a firm's abbreviation.
var dotWords = map[string]bool{
	"jr": true, "sr": true, "jnr": true, "snr": true, "st": true, "esq": true, "phd": true,
	"co": true, "inc": true, "ltd": true, "corp": true, "bros": true, "llc": true,
}

// pictureRoles are the words that credit a strip's pictures, not its
// story, in the languages a byline strip prints them: a name alone of
// these is the label of another person's credit ("Art by", "Photos:").
var pictureRoles = map[string]bool{
	"art": true, "artwork": true, "illustration": true, "illustrations": true, "illustrator": true,
	"photo": true, "photos": true, "photography": true, "photographs": true, "pictures": true,
	"images": true, "graphics": true, "graphic": true, "video": true, "design": true,
	"foto": true, "fotos": true, "fotografía": true, "fotografie": true, "ilustración": true,
	"ilustraciones": true, "illustrationen": true, "bilder": true, "grafik": true,
}
