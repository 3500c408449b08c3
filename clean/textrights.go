package clean

// A site's footer states its rights over what it prints: "© 2024 Harbour
// Media. All rights reserved.", "Tüm hakları saklıdır.", "Все права
// защищены.", and asks those who reprint its stories to name it: "При
// использовании материалов ссылка на источник обязательна.",
// "Materiallardan istifadə edərkən istinad mütləqdir." The story detector
// drops most such lines, but not all: beside a story's last paragraph a
// short page keeps them. Their words give them away wherever they stand;
// a story that reports on copyright writes "the rights", "reserved the
// right", not the stock phrase.
//
// On WCXB's train split (every page's flattened lines against the gold)
// the lines isRightsNotice reads number 427, 2 of them gold (a
// page whose gold keeps its footer's "All rights reserved").

// maxRightsNoticeWords is the longest line, in words, read as a notice of
// rights: a footer's line with its address and links.
const maxRightsNoticeWords = 40

// rightsNotice matches a site's stock phrase of its rights or of the
// credit a reprint owes it, in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Russian, Ukrainian, Turkish, Azerbaijani,
// Romanian, Croatian, Czech, Swedish, Hungarian and Vietnamese.
var rightsNotice = lazyCompile(`(?i)\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|` +
	`\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b|` +
	`\bwszelkie prawa zastrzeżone\b|все права защищены|усі права захищені|всі права захищені|tüm hakları saklıdır|` +
	`bütün hüquqlar qorunur|\btoate drepturile rezervate\b|\bsva prava pridržana\b|\bvšechna práva vyhrazena\b|` +
	`\balla rättigheter förbehållna\b|\bminden jog fenntartva\b|bản quyền (?:thuộc về )?[^.!?]{0,60}©|ghi rõ nguồn[^.!?]{0,80}phát hành lại|` +
	`при (?:использовании|цитировании|перепечатке|копировании) [^.!?]{0,80}(?:ссылка|гиперссылка) [^.!?]{0,60}обязательна|` +
	`при (?:використанні|цитуванні|передруку) [^.!?]{0,80}посилання [^.!?]{0,60}обов['’ʼ]?язкове|` +
	`istifadə (?:edərkən|zamanı|olunarkən) [^.!?]{0,60}istinad (?:mütləqdir|zəruridir|vacibdir|edilməlidir|olunmalıdır)`)

// rightsStems are stems every line rightsNotice matches holds, their
// ASCII letters in lower case and their other letters in both cases a
// footer spells them ("TOATE DREPTURILE REZERVATE", "ПРАВА ЗАЩИЩЕНЫ",
// "BẢN QUYỀN"): a line without one, its ASCII letters read in lower case
// (holdsAnyFold), is turned down before the pattern.
var rightsStems = newLiteralSet("ights reserved", "echte vorbehalten", "roits r", "erechos reservados", "iritti riservati",
	"ireitos reservados", "echten voorbehouden", "rawa zastrze", "права защищены", "ПРАВА ЗАЩИЩЕНЫ", "права захищені",
	"ПРАВА ЗАХИЩЕНІ", "hakları saklıdır", "quqlar qorunur", "обязательна", "ОБЯЗАТЕЛЬНА", "обов", "ОБОВ", "istinad",
	"repturile rezervate", "rava prid", "vyhrazena", "ttigheter f", "og fenntartva", "ản quy", "Ản quy", "hi rõ ngu", "hi rÕ ngu")

// isRightsNotice reports whether a line of w words is a site's notice of
// its rights or of the credit a reprint owes it (rightsNotice).
func isRightsNotice(s string, w int) bool {
	return w <= maxRightsNoticeWords && rightsStems.holdsAnyFold(s) && rightsNotice.MatchString(s)
}
