package dateparse

import (
	"sync"
	"time"
)

// moreMonths maps the month names of more languages, lower-case, to their
// months, beside [foreignMonths]: Czech and Slovak, Finnish (the partitive
// a date prints, "17. marraskuuta 2025"), Romanian, Greek (the genitive),
// the Scandinavian languages, Catalan, Indonesian and Malay, Croatian and
// Serbian (Latin script; Croatian "listopada" is October where Polish
// "listopada" is November, so it is left to the Polish here and read as
// October in a Croatian page's language: [langMonths]), Ukrainian and
// Bulgarian, Hindi and Arabic (the Egyptian and Gulf names), Hungarian,
// Albanian, the Malay names Indonesian does not share, Bengali, Urdu,
// the Levant's Arabic names (one word each; the two-word names, "كانون
// الثاني", are read by levantWords), Kazakh,
// the Slovenian names no other language spells so, Hebrew, alone and
// with the preposition a date glues to it ("4 במרץ 2025"), and the
// Serbian and Bosnian names other lists lack: the nominative a date line
// prints ("4. decembar 2026."), and the Cyrillic ("4. децембар 2026.",
// "4. децембра"). Only names
// that no other language uses for another month are here.
var moreMonths = sync.OnceValue(func() map[string]time.Month {
	names := [12]string{
		"ledna leden januára tammikuuta tammikuu ianuarie ιανουαρίου ιανουάριος siječnja siječanj januara січня січень януари जनवरी يناير január janar জানুয়ারি جنوری қаңтар ינואר בינואר јануар јануара",
		"února únor februára helmikuuta helmikuu februarie φεβρουαρίου φεβρουάριος febrer veljače veljača februara лютого лютий февруари फ़रवरी फरवरी فبراير február shkurt ফেব্রুয়ারি فروری شباط ақпан פברואר בפברואר фебруар фебруара",
		"března březen maaliskuuta maaliskuu martie μαρτίου μάρτιος marts març maret ožujka ožujak marta mac березня березень मार्च مارس március মার্চ مارچ آذار наурыз marec מרץ במרץ מרס במרס",
		"dubna duben apríla huhtikuuta huhtikuu aprilie απριλίου απρίλιος travnja travanj aprila квітня квітень април अप्रैल أبريل ابريل április prill এপ্রিল اپریل نيسان сәуір אפריל באפריל априла",
		"května květen mája toukokuuta toukokuu μαΐου μαίου μάιος maig svibnja svibanj травня травень मई مايو május মে مئی أيار мамыр מאי במאי мај маја",
		"června červen júna kesäkuuta kesäkuu iunie ιουνίου ιούνιος juny lipnja lipanj juna червня червень юни जून يونيو június qershor জুন حزيران маусым junij יוני ביוני јун јуна",
		"července červenec júla heinäkuuta heinäkuu iulie ιουλίου ιούλιος juliol srpnja srpanj jula липня липень юли जुलाई يوليو július korrik julai জুলাই جولائی تموز шілде julij יולי ביולי јул јула",
		"srpna srpen augusta elokuuta elokuu αυγούστου αύγουστος augusti agost agustus kolovoza kolovoz avgusta avgust серпня серпень अगस्त أغسطس اغسطس augusztus gusht ogos আগস্ট اگست тамыз אוגוסט באוגוסט آب",
		"září septembra syyskuuta syyskuu septembrie σεπτεμβρίου σεπτέμβριος setembre rujna rujan septembra вересня вересень септември सितंबर सितम्बर سبتمبر szeptember shtator সেপ্টেম্বর ستمبر أيلول қыркүйек ספטמבר בספטמבר septembar септембар септембра",
		"října říjen októbra lokakuuta lokakuu octombrie οκτωβρίου οκτώβριος oktobra жовтня жовтень октомври अक्टूबर अक्तूबर أكتوبر اكتوبر október tetor অক্টোবর اکتوبر אוקטובר באוקטובר oktobar октобар октобра",
		"listopadu novembra marraskuuta marraskuu noiembrie νοεμβρίου νοέμβριος studenoga studenog studeni листопада листопад ноември नवंबर नवम्बर نوفمبر nëntor নভেম্বর نومبر қараша נובמבר בנובמבר novembar новембар новембра",
		"prosince prosinec decembra joulukuuta joulukuu decembrie δεκεμβρίου δεκέμβριος desember desembre prosinca prosinac грудня грудень декември दिसंबर दिसम्बर ديسمبر december dhjetor disember ডিসেম্বর دسمبر желтоқсан דצמבר בדצמבר decembar децембар децембра",
	}
	m := monthMap(&names, moreMonthsSize)
	addMonthLists(m, regionMonthLists[:], false) // "4 მარტი 2025", "4. märts 2025"
	addMonthLists(m, worldMonthLists[:], false)  // "Disyembre 5, 2025", "5 Desemba 2025"
	addMonthLists(m, newsMonthLists[:], false)   // "12. januarja 2025", "12. Jänner 2025"
	return m
})

// moreMonthsSize is about the number of names moreMonths holds (974), so
// that its map is made once at its size (TestMoreMonthsSize).
const moreMonthsSize = 974

// worldMonthLists are the month names of languages no other list holds,
// in wireMonthLists' format, and the abbreviations pages print where
// the lists hold only the whole name: Filipino ("Disyembre 5, 2025"),
// Swahili ("5 Desemba 2025"), Hausa ("5 Disamba 2025"), Persian's names
// of the Gregorian months ("۵ دسامبر ۲۰۲۵"), and Indonesian's ("05 Des
// 2025"), Greek's ("05 Δεκ 2025") and Hungarian's ("2025. márc. 4.")
// abbreviations; Galician, Maltese, Tajik (with the izafet a date glues
// on: "5 декабри 2025"), Nepali, Gujarati, Punjabi (Gurmukhi), Telugu,
// Kannada, Malayalam, Sinhala, Amharic and Lao names of the Gregorian
// months ("ડિસેમ્બર", "ዲሴምበር", "ທັນວາ"); Azerbaijani's Cyrillic ("5 нојабр
// 2025"), Georgian's abbreviations ("5 ნოე 2025"), Kazakh's in Cyrillic
// and in the Latin alphabet of 2021 ("5 қазан", "5 qaraşa"), Uzbek's in
// Latin ("5 oktabr"), Kyrgyz's possessives ("5-октябры"), Turkmen's,
// nominative and possessive ("5 noýabr", "5-nji oktýabry"), Turkish's
// and Russian's abbreviations ("12 Ağu 2025", "5 ноя. 2025"), Burmese's
// and Khmer's (Khmer's also with "ខែ", month, glued before it: "ខែធ្នូ");
// and Basque's, with the genitive a year-first date prints ("2025eko
// abenduaren 5a"). A spelling another
// list gives another month keeps that month (addMonthLists, not strict).
var worldMonthLists = [...]string{
	"enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
	"januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
	"janairu faburairu maris afirilu mayu yuni yuli agusta satumba oktoba nuwamba disamba",
	"ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
	"ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
	"eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa - - samhain nollaig",
	"ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
	"जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
	"jan feb mar apr mei jun jul agu/agt/ags sep okt nov des",
	"ιαν φεβ μαρ απρ μαΐ/μαϊ ιουν ιουλ αυγ σεπ/σεπτ οκτ νοε/νοεμ δεκ",
	"jan febr márc ápr máj jún júl aug szept okt nov dec",
	"xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
	"jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru",
	"январ/январи феврал/феврали март/марти апрел/апрели май/майи июн/июни июл/июли август/августи сентябр/сентябри октябр/октябри ноябр/ноябри декабр/декабри",
	"जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
	"જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ/ઓગસ્ટ સપ્ટેમ્બર ઑક્ટોબર/ઓક્ટોબર નવેમ્બર ડિસેમ્બર",
	"ਜਨਵਰੀ ਫ਼ਰਵਰੀ/ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ/ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
	"జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
	"ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
	"ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ്/മെയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",
	"ජනවාරි පෙබරවාරි මාර්තු අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
	"ጃንዩወሪ/ጃንዋሪ ፌብሩወሪ/ፌብሩዋሪ ማርች ኤፕሪል/ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር",
	"ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ",
	"јанвар феврал март апрел май ијун ијул август сентјабр октјабр нојабр декабр",
	"იან თებ მარ აპრ მაი ივნ ივლ აგვ სექ ოქტ ნოე დეკ",
	"қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
	"qañtar aqpan nauryz säuır mamyr mausym şılde tamyz qyrküiek qazan qaraşa jeltoqsan",
	"yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr",
	"январы февралы марты апрели майы июну июлу августу сентябры октябры ноябры декабры",
	"ýanwar/ýanwary fewral/fewraly mart/marty aprel/apreli maý/maýy iýun/iýuny iýul/iýuly awgust/awgusty sentýabr/sentýabry oktýabr/oktýabry noýabr/noýabry dekabr/dekabry",
	"oca şub mar nis may haz tem ağu eyl eki kas ara",
	"янв фев мар апр май июн июл авг сен/сент окт ноя дек",
	"ဇန်နဝါရီ/ဇန်နဝါရီလ ဖေဖော်ဝါရီ/ဖေဖော်ဝါရီလ မတ်/မတ်လ ဧပြီ/ဧပြီလ မေ/မေလ ဇွန်/ဇွန်လ ဇူလိုင်/ဇူလိုင်လ ဩဂုတ်/သြဂုတ်/ဩဂုတ်လ/သြဂုတ်လ စက်တင်ဘာ/စက်တင်ဘာလ အောက်တိုဘာ/အောက်တိုဘာလ နိုဝင်ဘာ/နိုဝင်ဘာလ ဒီဇင်ဘာ/ဒီဇင်ဘာလ",
	"មករា/ខែមករា កុម្ភៈ/ខែកុម្ភៈ មីនា/ខែមីនា មេសា/ខែមេសា ឧសភា/ខែឧសភា មិថុនា/ខែមិថុនា កក្កដា/ខែកក្កដា សីហា/ខែសីហា កញ្ញា/ខែកញ្ញា តុលា/ខែតុលា វិច្ឆិកា/ខែវិច្ឆិកា ធ្នូ/ខែធ្នូ",
	"urtarrila/urtarrilaren otsaila/otsailaren martxoa/martxoaren apirila/apirilaren maiatza/maiatzaren ekaina/ekainaren uztaila/uztailaren abuztua/abuztuaren iraila/irailaren urria/urriaren azaroa/azaroaren abendua/abenduaren",
}
