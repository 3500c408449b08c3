package textenc

// A language, for the single-byte guess: the share of its letters that
// are not ASCII, and how often each of those letters is used, in percent of
// all letters (lower case; an upper-case letter counts as its lower case).
// The figures are rounded common knowledge of each language's letter
// frequencies; what matters is which letters are frequent, which are rare
// and which are not used at all. The priors only settle short texts
// ("Café crème" is French before it is Czech).
type language struct {
	name  string
	prior float64 // how likely a text in a single-byte charset is in the language
	high  float64 // share of letters that are not ASCII
	freqs map[rune]float64
}

var (
	western = &language{"Western European", 0.4, 0.025, map[rune]float64{
		'é': 1.5, 'è': 0.3, 'ê': 0.2, 'ë': 0.03, 'à': 0.3, 'â': 0.05, 'ä': 0.4, 'á': 0.3,
		'ã': 0.1, 'å': 0.15, 'æ': 0.05, 'ç': 0.1, 'î': 0.03, 'ï': 0.02, 'í': 0.3, 'ì': 0.02,
		'ô': 0.04, 'ö': 0.3, 'ó': 0.25, 'ò': 0.03, 'õ': 0.03, 'ø': 0.1, 'ú': 0.08, 'ù': 0.03,
		'û': 0.03, 'ü': 0.4, 'ñ': 0.2, 'ß': 0.15, 'œ': 0.02,
	}}
	polish = &language{"Polish", 0.06, 0.07, map[rune]float64{
		'ą': 0.99, 'ć': 0.40, 'ę': 1.11, 'ł': 1.82, 'ń': 0.20, 'ó': 0.85, 'ś': 0.66, 'ź': 0.06, 'ż': 0.83,
	}}
	czech = &language{"Czech and Slovak", 0.05, 0.13, map[rune]float64{
		'á': 2.2, 'č': 0.95, 'ď': 0.04, 'é': 1.3, 'ě': 1.2, 'í': 3.0, 'ň': 0.08, 'ó': 0.05,
		'ř': 1.2, 'š': 0.8, 'ť': 0.05, 'ú': 0.15, 'ů': 0.5, 'ý': 1.0, 'ž': 0.9,
		'ä': 0.1, 'ľ': 0.3, 'ĺ': 0.01, 'ô': 0.1, 'ŕ': 0.01,
	}}
	hungarian = &language{"Hungarian", 0.04, 0.12, map[rune]float64{
		'á': 3.4, 'é': 4.0, 'í': 0.6, 'ó': 1.0, 'ö': 1.0, 'ő': 0.9, 'ú': 0.3, 'ü': 0.6, 'ű': 0.2,
	}}
	romanian = &language{"Romanian", 0.04, 0.07, map[rune]float64{
		'ă': 4.0, 'â': 0.6, 'î': 1.0, 'ş': 1.0, 'ţ': 1.0, 'ș': 0.2, 'ț': 0.2,
	}}
	croatian = &language{"Croatian and Slovene", 0.04, 0.04, map[rune]float64{
		'č': 1.1, 'ć': 0.9, 'đ': 0.2, 'š': 1.0, 'ž': 0.8,
	}}
	turkish = &language{"Turkish", 0.07, 0.12, map[rune]float64{
		'ç': 1.2, 'ğ': 1.1, 'ı': 5.1, 'ö': 0.8, 'ş': 1.8, 'ü': 1.9, 'â': 0.05, 'î': 0.02, 'û': 0.02,
		'İ': 0.4, // the capital of the ASCII i
	}}
	cyrillic = &language{"Cyrillic", 0.3, 0.95, map[rune]float64{
		'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26, 'с': 5.47, 'р': 4.73,
		'в': 4.54, 'л': 4.40, 'к': 3.49, 'м': 3.21, 'д': 2.98, 'п': 2.81, 'у': 2.62, 'я': 2.01,
		'ы': 1.90, 'ь': 1.74, 'г': 1.70, 'з': 1.65, 'б': 1.59, 'ч': 1.44, 'й': 1.21, 'х': 0.97,
		'ж': 0.94, 'ш': 0.73, 'ю': 0.64, 'ц': 0.48, 'щ': 0.36, 'э': 0.32, 'ф': 0.26, 'ъ': 0.04,
		'ё': 0.1,
		// Ukrainian, Belarusian, Serbian, Macedonian
		'і': 0.8, 'ї': 0.1, 'є': 0.15, 'ґ': 0.02, 'ў': 0.1, 'ј': 0.1, 'љ': 0.05, 'њ': 0.05,
		'ђ': 0.02, 'ћ': 0.05, 'џ': 0.02, 'ѓ': 0.01, 'ќ': 0.01, 'ѕ': 0.01,
	}}
)
