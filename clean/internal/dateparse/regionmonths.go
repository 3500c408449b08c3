package dateparse

import (
	"strings"
	"time"
)

// regionMonthLists are the month names of the languages the Caucasus's
// and the Baltic's agencies print their datelines in, in the format of
// wireMonthLists (twelve slots, January first, spellings joined by "/"):
// Azerbaijani ("Bakı, 4 mart, AZƏRTAC"), Armenian, nominative and the
// genitive a date prints ("ԵՐԵՎԱՆ, 4 ՄԱՐՏԻ"), Georgian, nominative and
// genitive ("თბილისი, 4 მარტი"), Latvian, nominative, genitive and
// locative ("Rīga, 4. marts, LETA", "4. martā"), Estonian ("4.
// märts"), and Lithuanian, nominative and the genitive a date prints
// ("2025 m. kovo 4 d."), and Belarusian, nominative and the genitive a
// date prints ("Мінск, 14 сакавіка (БЕЛТА)", "14 сакавіка 2024"), and
// Central Asia's: Kyrgyz's nominative after a day ("Бишкек, 5-декабрь
// /Кабар/"), which is Russian's nominative too, Kazakh's, and Turkmen's
// ("Aşgabat, 5-nji dekabr (TDH)"). Names that another language spells
// alike name the same month there.
var regionMonthLists = [...]string{
	"yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
	"հունվար/հունվարի փետրվար/փետրվարի մարտ/մարտի ապրիլ/ապրիլի մայիս/մայիսի հունիս/հունիսի " +
		"հուլիս/հուլիսի օգոստոս/օգոստոսի սեպտեմբեր/սեպտեմբերի հոկտեմբեր/հոկտեմբերի նոյեմբեր/նոյեմբերի դեկտեմբեր/դեկտեմբերի",
	"იანვარი/იანვრის თებერვალი/თებერვლის მარტი/მარტის აპრილი/აპრილის მაისი/მაისის ივნისი/ივნისის " +
		"ივლისი/ივლისის აგვისტო/აგვისტოს სექტემბერი/სექტემბრის ოქტომბერი/ოქტომბრის ნოემბერი/ნოემბრის დეკემბერი/დეკემბრის",
	"janvāris/janvāra/janvārī februāris/februāra/februārī marts/marta/martā aprīlis/aprīļa/aprīlī maijs/maija/maijā jūnijs/jūnija/jūnijā " +
		"jūlijs/jūlija/jūlijā augusts/augusta/augustā septembris/septembra/septembrī oktobris/oktobra/oktobrī novembris/novembra/novembrī decembris/decembra/decembrī",
	"jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
	"sausis/sausio vasaris/vasario kovas/kovo balandis/balandžio gegužė/gegužės birželis/birželio " +
		"liepa/liepos rugpjūtis/rugpjūčio rugsėjis/rugsėjo spalis/spalio lapkritis/lapkričio gruodis/gruodžio",
	"студзень/студзеня люты/лютага сакавік/сакавіка красавік/красавіка май/мая чэрвень/чэрвеня " +
		"ліпень/ліпеня жнівень/жніўня верасень/верасня кастрычнік/кастрычніка лістапад/лістапада снежань/снежня",
	"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
	"қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
	"ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr",
}

// addMonthLists adds the spellings of lists (wireMonthLists' format) to
// m. A spelling m holds for another month panics when strict (a list that
// contradicts another) and is left as it is otherwise.
func addMonthLists(m map[string]time.Month, lists []string, strict bool) {
	for _, l := range lists {
		slots := strings.Fields(l)
		if len(slots) != 12 {
			panic("dateparse: a month list without twelve months: " + l)
		}
		for i, slot := range slots {
			for _, w := range strings.Split(slot, "/") {
				if w == "-" {
					continue
				}
				if old, ok := m[w]; ok && old != time.Month(i+1) {
					if strict {
						panic("dateparse: month lists: " + w + " names two months")
					}
					continue
				}
				m[w] = time.Month(i + 1)
			}
		}
	}
}
