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

	// The languages below came with the charsets added after the blind
	// census (census_test.go). Their figures are, like those above, rounded
	// from common knowledge of each alphabet's letter frequencies (the
	// vowels and the common consonants of running text first, the letters
	// of loan words last), not copied from a table; for Thai, Hebrew,
	// Arabic and Vietnamese the marks that are written as code points of
	// their own (vowel signs, points, tones) count as letters.
	icelandic = &language{"Icelandic", 0.005, 0.13, map[rune]float64{
		'á': 1.8, 'ð': 4.4, 'é': 0.6, 'í': 1.6, 'ó': 1.0, 'ú': 0.6, 'ý': 0.9, 'þ': 1.5, 'æ': 0.9, 'ö': 0.8,
	}}
	estonian = &language{"Estonian", 0.01, 0.04, map[rune]float64{
		'ä': 1.8, 'õ': 1.0, 'ö': 0.3, 'ü': 1.0, 'š': 0.2, 'ž': 0.1, // š and ž in loan words
	}}
	azerbaijani = &language{"Azerbaijani", 0.005, 0.18, map[rune]float64{
		'ä': 7.0, // ə, which windows-1254 lacks, as it is written there
		'ç': 1.2, 'ğ': 0.5, 'ı': 5.0, 'ö': 0.8, 'ş': 1.5, 'ü': 1.5,
	}}
	lithuanian = &language{"Lithuanian", 0.01, 0.07, map[rune]float64{
		'ą': 0.6, 'č': 0.4, 'ę': 0.2, 'ė': 1.6, 'į': 0.6, 'š': 1.2, 'ų': 0.9, 'ū': 0.5, 'ž': 0.7,
	}}
	latvian = &language{"Latvian", 0.01, 0.11, map[rune]float64{
		'ā': 4.0, 'č': 0.3, 'ē': 1.7, 'ģ': 0.1, 'ī': 1.6, 'ķ': 0.2, 'ļ': 0.4, 'ņ': 0.5, 'š': 1.5,
		'ū': 0.6, 'ž': 0.5,
	}}
	greek = &language{"Greek", 0.03, 0.95, map[rune]float64{
		'α': 10.5, 'ο': 8.5, 'ι': 7.5, 'ε': 7.5, 'τ': 8.0, 'σ': 4.5, 'ς': 2.5, 'ν': 6.5, 'η': 4.5,
		'υ': 3.5, 'ρ': 4.0, 'π': 4.0, 'κ': 4.0, 'μ': 3.5, 'λ': 3.0, 'ω': 1.2, 'δ': 1.7, 'γ': 1.7,
		'χ': 1.0, 'θ': 1.2, 'φ': 0.8, 'β': 0.6, 'ξ': 0.4, 'ζ': 0.4, 'ψ': 0.1,
		'ά': 1.8, 'έ': 1.3, 'ή': 0.8, 'ί': 1.6, 'ό': 1.4, 'ύ': 0.7, 'ώ': 0.5,
		'ϊ': 0.05, 'ϋ': 0.02, 'ΐ': 0.01, 'ΰ': 0.01,
	}}
	hebrew = &language{"Hebrew", 0.02, 0.95, map[rune]float64{
		'י': 11.0, 'ו': 10.0, 'ה': 9.0, 'ל': 7.0, 'מ': 6.0, 'א': 6.0, 'ר': 5.5, 'ב': 5.0, 'ת': 5.0,
		'ש': 4.5, 'נ': 4.0, 'ע': 3.0, 'ד': 2.8, 'כ': 2.5, 'ח': 2.4, 'ם': 2.5, 'ק': 2.0, 'פ': 1.8,
		'ן': 1.5, 'ס': 1.5, 'ג': 1.2, 'צ': 1.2, 'ט': 1.2, 'ז': 0.8, 'ך': 0.6, 'ף': 0.3, 'ץ': 0.2,
		// points, seldom written in news
		'\u05b0': 0.05, '\u05b4': 0.05, '\u05b5': 0.05, '\u05b6': 0.05, '\u05b7': 0.05, '\u05b8': 0.05,
		'\u05b9': 0.05, '\u05bb': 0.05, '\u05bc': 0.05, '\u05c1': 0.05, '\u05c2': 0.05,
	}}
	arabic = &language{"Arabic and Persian", 0.03, 0.95, map[rune]float64{
		'ا': 12.5, 'ل': 10.0, 'ي': 7.5, 'م': 6.0, 'و': 6.0, 'ن': 6.0, 'ر': 4.5, 'ت': 4.5, 'ب': 4.0,
		'ع': 3.0, 'ه': 3.0, 'ف': 2.5, 'ق': 2.0, 'د': 3.0, 'س': 2.5, 'ك': 1.8, 'ة': 2.5, 'ح': 2.0,
		'أ': 2.5, 'إ': 0.8, 'ج': 1.3, 'ى': 0.8, 'ط': 0.9, 'خ': 0.9, 'ش': 1.0, 'ص': 0.9, 'ض': 0.5,
		'ز': 0.7, 'ث': 0.5, 'غ': 0.4, 'ذ': 0.6, 'ظ': 0.2, 'ئ': 0.4, 'ء': 0.3, 'ؤ': 0.2, 'آ': 0.3,
		'پ': 0.4, 'چ': 0.3, 'ژ': 0.05, 'گ': 0.5, 'ک': 1.5, // Persian
		'ـ':      0.02,                                                                             // the tatweel
		'\u064b': 0.1, '\u064e': 0.1, '\u064f': 0.05, '\u0650': 0.1, '\u0651': 0.1, '\u0652': 0.05, // vowel marks
	}}
	thai = &language{"Thai", 0.02, 0.95, map[rune]float64{
		'า': 8.0, 'น': 7.0, 'ร': 6.5, 'อ': 5.5, 'ก': 5.5, 'เ': 5.0, '่': 5.0, 'ง': 4.5, 'ม': 4.0,
		'ย': 3.5, 'ล': 3.5, 'ว': 3.5, 'ด': 3.3, 'ท': 3.2, 'ต': 2.8, 'ี': 3.0, 'ั': 3.0, 'ิ': 3.0,
		'ส': 3.0, 'ะ': 2.0, 'ห': 2.5, '้': 3.5, 'ค': 2.5, 'ป': 2.0, 'บ': 2.0, '็': 1.2, 'แ': 1.5,
		'จ': 1.5, 'ข': 1.2, 'ไ': 1.2, 'พ': 1.5, 'ใ': 0.8, 'ุ': 1.5, 'ู': 0.8, 'ื': 1.0, 'ึ': 0.6,
		'โ': 0.8, 'ช': 1.2, 'ผ': 0.7, 'ถ': 0.6, 'ศ': 0.5, 'ษ': 0.3, 'ซ': 0.5, 'ญ': 0.3, 'ณ': 0.6,
		'ธ': 0.5, 'ภ': 0.4, 'ฟ': 0.3, 'ฝ': 0.1, 'ฉ': 0.2, 'ฐ': 0.2, 'ฏ': 0.1, 'ฎ': 0.05, 'ฑ': 0.1,
		'ฒ': 0.05, 'ฆ': 0.05, 'ฬ': 0.05, 'ฮ': 0.1, 'ฤ': 0.1, 'ำ': 1.5, '์': 0.8, '๊': 0.3, '๋': 0.2,
		'ฯ': 0.1, 'ๆ': 0.2,
	}}
	vietnamese = &language{"Vietnamese", 0.02, 0.25, map[rune]float64{
		'\u0300': 2.0, '\u0301': 2.0, '\u0303': 0.6, '\u0309': 1.0, '\u0323': 2.0, // tones
		'ư': 1.5, 'ơ': 0.8, 'ê': 1.2, 'ô': 1.2, 'â': 1.2, 'ă': 0.6, 'đ': 1.5,
		'à': 1.0, 'á': 1.0, 'è': 0.1, 'é': 0.1, 'ì': 0.1, 'í': 0.2, 'ò': 0.2, 'ó': 0.3,
		'ù': 0.1, 'ú': 0.2, 'ý': 0.1, 'ã': 0.2, 'õ': 0.05,
	}}
)
