package dateparse

// newsMonthLists are month names that news sites print under a headline
// and the other lists lack, in wireMonthLists' format, found by a census
// of the most printed news languages (extract/testdata/worlddates8.tsv):
// Slovenian's genitive ("12. januarja 2025"), Macedonian's Cyrillic
// ("12 јануари 2025"), Austria's "Jänner" and "Feber", Catalan's
// "gener", Hausa's usual spellings ("14 Fabrairu, 2025"), Urdu's June
// ("30 جون 2025"), Morocco's Arabic names ("19 غشت 2025") and Algeria's
// and Tunisia's ("30 جوان 2025"), Afrikaans, Somali ("5 Maarso 2025")
// and Icelandic. Added to moreMonths without strictness: a spelling
// another list gives another month keeps that month.
var newsMonthLists = [...]string{
	"januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
	"јануари февруари март април мај јуни јули август септември октомври ноември декември",
	"jänner/jän feber - - - - - - - - - -",
	"gener - - - - - - - - - - -",
	"- fabrairu - afrilu - - - - - - - -",
	"- - - - - جون - - - - - -",
	"يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر",
	"جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر",
	"januarie februarie maart april mei junie julie augustus september oktober november desember",
	"janaayo febraayo maarso abriil maajo juun luulyo agoosto sebtembar oktoobar nofembar diseembar",
	"janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
}
