package clean

import "strings"

// devanagariInstitutions are the Hindi, Marathi and Nepali words of a
// body that acts ("the state government", "the municipal corporation",
// "the police"): a phrase before "द्वारा" that holds one names an
// institution, no writer ("राज्य सरकार द्वारा", "नगर निगम द्वारा"). A
// closed list of such words, rather than the line's place under the
// headline, since uncasedByline reads a line alone and a writer's
// name holds none of them.
var devanagariInstitutions = newWordSet(
	"सरकार", "निगम", "विभाग", "मंत्रालय", "मन्त्रालय", "पुलिस", "प्रहरी", "आयोग", "समिति", "संस्थान",
	"बोर्ड", "न्यायालय", "अदालत", "कंपनी", "कम्पनी", "प्रशासन", "परिषद", "परिषद्", "संघ", "बैंक",
	"सेना", "पार्टी", "मंडल", "प्राधिकरण", "विश्वविद्यालय", "कार्यालय", "संगठन", "महापालिका",
	"नगरपालिका", "पालिका", "शासन", "केंद्र", "केन्द्र", "सभा", "संसद", "मोर्चा", "ट्रस्ट", "टीम",
)

// namesInstitution reports whether a word of phrase s is an institution's
// (devanagariInstitutions).
func namesInstitution(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if devanagariInstitutions[w] {
			return true
		}
	}
	return false
}
