package dateparse

import (
	"strings"
	"sync"
	"time"
)

// wireMonthLists are the month names the world's wires print in their own
// languages: twelve slots, January first, each one or more spellings
// joined by "/" ("-" for none), as a dateline prints them (the genitive
// after a day in the Slavic languages: "5. března", "5 марта").
var wireMonthLists = [...]string{
	// French, Italian, Spanish, Portuguese
	"janvier/janv février/févr/fevrier mars avril/avr mai juin juillet/juil août/aout septembre/sept octobre novembre décembre/déc",
	"gennaio/gen febbraio marzo aprile maggio/mag giugno/giu luglio/lug agosto settembre ottobre/ott novembre dicembre/dic",
	"enero/ene febrero marzo abril/abr mayo junio julio agosto/ago septiembre/setiembre/set octubre noviembre diciembre/dic",
	"janeiro fevereiro/fev março/marco abril/abr maio/mai junho julho agosto/ago setembro/set outubro/out novembro dezembro/dez",
	// German, Dutch, Swedish, Norwegian, Danish
	"januar/jänner februar märz/mär april mai juni juli august september oktober/okt november dezember/dez",
	"januari februari maart april mei juni juli augustus september oktober november december",
	"januari februari mars april maj juni juli augusti september oktober november december",
	"januar februar mars april mai juni juli august september oktober november desember/des",
	"januar februar marts april maj juni juli august september oktober november december",
	// Finnish (partitive)
	"tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
	// Czech, Slovak, Polish (genitive)
	"ledna února března dubna května června července srpna září října listopadu prosince",
	"januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
	"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
	// Croatian (genitive; "listopada", October, is Polish November here
	// and turned for HINA by wireMonthFor)
	"siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga/studenog prosinca",
	// Serbian and Bosnian, Slovenian (Latin)
	"januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
	"januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
	// Hungarian, Romanian, Albanian, Turkish
	"január február március április május június július augusztus szeptember október november december",
	"ianuarie/ian februarie martie aprilie mai iunie/iun iulie/iul august septembrie octombrie noiembrie/noi decembrie",
	"janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
	"ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
	// Indonesian, Malay (and Bernama's abbreviations: "4 Dis")
	"januari februari maret april mei juni juli agustus september oktober november desember",
	"januari februari mac april mei jun julai ogos september oktober/okt november disember/dis",
	// Russian (genitive, and RIA's abbreviations), Ukrainian (genitive)
	"января/янв февраля/фев марта/мар апреля/апр мая июня/июн июля/июл августа/авг сентября/сен октября/окт ноября/ноя декабря/дек",
	"січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
	// Bulgarian, Macedonian, Serbian (Cyrillic)
	"януари февруари март април май юни юли август септември октомври ноември декември",
	"јануари февруари март април мај јуни јули август септември октомври ноември декември",
	"јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
	// Uzbek, in Latin and in Cyrillic ("Toshkent, 4 dekabr", "Тошкент, 4 декабр")
	"yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
	"январ феврал март апрел май июн июл август сентябр октябр ноябр декабр",
	// Greek (the genitive a date prints, with its accents and without, as
	// capitals print it: "4 Δεκεμβρίου", "4 ΔΕΚΕΜΒΡΙΟΥ")
	"ιανουαρίου/ιανουαριου φεβρουαρίου/φεβρουαριου μαρτίου/μαρτιου απριλίου/απριλιου μαΐου/μαίου/μαϊου/μαιου ιουνίου/ιουνιου " +
		"ιουλίου/ιουλιου αυγούστου/αυγουστου σεπτεμβρίου/σεπτεμβριου οκτωβρίου/οκτωβριου νοεμβρίου/νοεμβριου δεκεμβρίου/δεκεμβριου",
}

// wireMonthWords is wireMonthLists as a map from the lower-cased spelling
// to its month, built on first use.
var wireMonthWords = sync.OnceValue(func() map[string]time.Month {
	m := make(map[string]time.Month, 640)
	addMonthLists(m, wireMonthLists[:], true)
	addMonthLists(m, regionMonthLists[:], true)
	return m
})

// wireMonthFor reads a month in a dateline that credits agency: English
// ([MonthName]), one of wireMonthWords in any case, with or without a
// final full stop. Croatia's HINA prints "listopada" for October, which
// is November in Polish and Ukrainian.
func wireMonthFor(s, agency string) (time.Month, bool) {
	if m, ok := MonthName(s); ok {
		return m, true
	}
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	m, ok := wireMonthWords()[s]
	if !ok && caselessScript(s) {
		m, ok = moreMonths()[s] // मार्च, মার্চ, مارس
		if !ok {
			m, ok = levantMonths[s] // كانون الأول
		}
	}
	if ok && s == "listopada" && strings.EqualFold(agency, "HINA") {
		m = time.October
	}
	return m, ok
}

// levantMonths are the Levant's Arabic month names of two words, which
// the one-word lists (moreMonths) cannot hold: Petra's "عمان 4 كانون
// الأول (بترا)".
var levantMonths = map[string]time.Month{
	"كانون الثاني": time.January, "تشرين الأول": time.October,
	"تشرين الثاني": time.November, "كانون الأول": time.December,
}
