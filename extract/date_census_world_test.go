package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// worldStory is one invented story in a language: its headline and two
// paragraphs, the same news (a footbridge approved) in every language.
type worldStory struct {
	title, p1, p2 string
}

// worldStories are the world census's stories, by language code.
var worldStories = map[string]worldStory{
	"fa": {"شورای شهر طرح تازه پل عابر پیاده را تصویب کرد", "اعضای شورای شهر در جلسه عصر دیروز طرح ساخت پل عابر پیاده تازه\u200cای را بر روی رودخانه تصویب کردند که قرار است تا پایان سال آینده به بهره\u200cبرداری برسد.", "به گفته مهندسان شهرداری، پل جدید از فولاد ساخته می\u200cشود و برای دوچرخه\u200cسواران نیز مسیر جداگانه\u200cای خواهد داشت."},
	"ar": {"مجلس المدينة يوافق على بناء جسر جديد للمشاة", "وافق أعضاء مجلس المدينة مساء أمس على خطة لبناء جسر جديد للمشاة فوق النهر، على أن يفتح أمام السكان قبل نهاية العام المقبل.", "وقال مهندسو البلدية إن الجسر سيبنى من الفولاذ وسيضم ممرا منفصلا لراكبي الدراجات الهوائية."},
	"he": {"מועצת העיר אישרה בניית גשר הולכי רגל חדש", "חברי מועצת העיר אישרו אמש תוכנית לבניית גשר חדש להולכי רגל מעל הנהר, שייפתח לתושבים עד סוף השנה הבאה.", "מהנדסי העירייה אמרו כי הגשר ייבנה מפלדה ויכלול נתיב נפרד לרוכבי אופניים."},
	"th": {"สภาเมืองอนุมัติสร้างสะพานคนเดินข้ามแม่น้ำแห่งใหม่", "สมาชิกสภาเมืองลงมติเมื่อเย็นวานนี้อนุมัติแผนก่อสร้างสะพานคนเดินแห่งใหม่ข้ามแม่น้ำ ซึ่งคาดว่าจะเปิดให้ประชาชนใช้ได้ภายในสิ้นปีหน้า", "วิศวกรของเทศบาลระบุว่าสะพานจะสร้างด้วยเหล็กกล้าและมีช่องทางแยกสำหรับผู้ขี่จักรยาน"},
	"ja": {"市議会、川に架かる新しい歩道橋の建設を承認", "市議会は昨夜の本会議で、川に新しい歩道橋を架ける計画を賛成多数で承認した。来年度末までの完成を目指す。", "市の技術者によると、橋は鋼鉄製で、自転車専用の通行帯も設けられる予定だという。"},
	"zh": {"市议会批准在河上新建人行天桥", "市议会昨晚表决通过了在河上新建一座人行天桥的计划，预计明年年底前向市民开放。", "市政工程师表示，新桥将采用钢结构，并设置独立的自行车道。"},
	"ko": {"시의회, 강 위 새 보행자 다리 건설 승인", "시의회는 어제 저녁 본회의에서 강 위에 새 보행자 다리를 건설하는 계획을 승인했다. 다리는 내년 말까지 완공될 예정이다.", "시 기술자들은 새 다리가 강철로 지어지며 자전거 전용 차로도 갖추게 된다고 밝혔다."},
	"vi": {"Hội đồng thành phố phê duyệt xây cầu đi bộ mới qua sông", "Hội đồng thành phố tối qua đã thông qua kế hoạch xây dựng một cây cầu đi bộ mới bắc qua sông, dự kiến mở cửa cho người dân trước cuối năm sau.", "Các kỹ sư của thành phố cho biết cây cầu sẽ được làm bằng thép và có làn đường riêng cho người đi xe đạp."},
	"id": {"Dewan Kota Setujui Pembangunan Jembatan Penyeberangan Baru", "Dewan kota pada Minggu malam menyetujui rencana pembangunan jembatan penyeberangan orang yang baru di atas sungai, yang ditargetkan selesai akhir tahun depan.", "Para insinyur pemerintah kota mengatakan jembatan itu akan dibangun dari baja dan memiliki jalur khusus bagi pesepeda."},
	"ms": {"Majlis Bandaraya Luluskan Pembinaan Jambatan Pejalan Kaki Baharu", "Majlis bandaraya semalam meluluskan rancangan membina sebuah jambatan pejalan kaki baharu merentasi sungai, yang dijangka siap menjelang akhir tahun hadapan.", "Jurutera majlis berkata jambatan itu akan dibina daripada keluli dan mempunyai lorong khas untuk penunggang basikal."},
	"hi": {"नगर परिषद ने नदी पर नए पैदल पुल को मंजूरी दी", "नगर परिषद ने कल शाम की बैठक में नदी पर एक नया पैदल पुल बनाने की योजना को मंजूरी दे दी, जिसके अगले साल के अंत तक पूरा होने की उम्मीद है।", "नगर निगम के इंजीनियरों ने बताया कि पुल स्टील से बनेगा और इसमें साइकिल चालकों के लिए अलग रास्ता होगा।"},
	"bn": {"নদীর ওপর নতুন পদচারী সেতুর অনুমোদন দিল নগর পরিষদ", "নগর পরিষদ গতকাল সন্ধ্যার সভায় নদীর ওপর একটি নতুন পদচারী সেতু নির্মাণের পরিকল্পনা অনুমোদন করেছে, যা আগামী বছরের শেষ নাগাদ চালু হওয়ার কথা।", "পৌরসভার প্রকৌশলীরা জানান, সেতুটি ইস্পাত দিয়ে তৈরি হবে এবং এতে সাইকেল আরোহীদের জন্য আলাদা পথ থাকবে।"},
	"ne": {"नगर परिषदले नदीमाथि नयाँ पैदल पुल बनाउन स्वीकृति दियो", "नगर परिषदले हिजो बेलुकाको बैठकमा नदीमाथि नयाँ पैदल पुल बनाउने योजना पारित गरेको छ, जुन आगामी वर्षको अन्त्यसम्म सम्पन्न हुने अपेक्षा छ।", "नगरपालिकाका इन्जिनियरहरूका अनुसार पुल स्टिलबाट बनाइनेछ र साइकल चालकहरूका लागि छुट्टै लेन हुनेछ।"},
	"el": {"Το δημοτικό συμβούλιο ενέκρινε νέα πεζογέφυρα στο ποτάμι", "Το δημοτικό συμβούλιο ενέκρινε χθες το βράδυ το σχέδιο για την κατασκευή νέας πεζογέφυρας πάνω από το ποτάμι, η οποία αναμένεται να παραδοθεί έως το τέλος του επόμενου έτους.", "Οι μηχανικοί του δήμου ανέφεραν ότι η γέφυρα θα κατασκευαστεί από χάλυβα και θα διαθέτει ξεχωριστή λωρίδα για ποδηλάτες."},
	"tr": {"Belediye meclisi nehre yeni yaya köprüsü yapılmasını onayladı", "Belediye meclisi dün akşamki oturumunda nehir üzerine yeni bir yaya köprüsü inşa edilmesi planını onayladı; köprünün gelecek yılın sonuna kadar tamamlanması bekleniyor.", "Belediye mühendisleri köprünün çelikten yapılacağını ve bisikletliler için ayrı bir şerit bulunacağını söyledi."},
	"pl": {"Rada miasta zatwierdziła budowę nowej kładki nad rzeką", "Radni miasta zatwierdzili wczoraj wieczorem plan budowy nowej kładki dla pieszych nad rzeką, która ma zostać oddana do użytku do końca przyszłego roku.", "Miejscy inżynierowie poinformowali, że kładka powstanie ze stali i będzie miała osobny pas dla rowerzystów."},
	"cs": {"Zastupitelé schválili stavbu nové lávky přes řeku", "Městští zastupitelé včera večer schválili plán na stavbu nové lávky pro pěší přes řeku, která by měla být dokončena do konce příštího roku.", "Podle městských inženýrů bude lávka z oceli a bude mít samostatný pruh pro cyklisty."},
	"sk": {"Poslanci schválili stavbu novej lávky cez rieku", "Mestskí poslanci včera večer schválili plán na výstavbu novej lávky pre peších cez rieku, ktorá by mala byť hotová do konca budúceho roka.", "Podľa mestských inžinierov bude lávka z ocele a bude mať samostatný pruh pre cyklistov."},
	"uk": {"Міська рада схвалила будівництво нового пішохідного мосту", "Депутати міської ради вчора ввечері схвалили план будівництва нового пішохідного мосту через річку, який мають завершити до кінця наступного року.", "За словами міських інженерів, міст буде сталевим і матиме окрему смугу для велосипедистів."},
	"ru": {"Городской совет одобрил строительство нового пешеходного моста", "Депутаты городского совета вчера вечером одобрили план строительства нового пешеходного моста через реку, который планируется завершить до конца следующего года.", "По словам городских инженеров, мост будет стальным и получит отдельную полосу для велосипедистов."},
	"ka": {"საკრებულომ მდინარეზე ახალი საფეხმავლო ხიდის მშენებლობა დაამტკიცა", "ქალაქის საკრებულომ გუშინ საღამოს დაამტკიცა გეგმა მდინარეზე ახალი საფეხმავლო ხიდის ასაშენებლად, რომელიც მომავალი წლის ბოლომდე უნდა დასრულდეს.", "მერიის ინჟინრების თქმით, ხიდი ფოლადისგან აშენდება და ველოსიპედისტებისთვის ცალკე ზოლი ექნება."},
	"hy": {"Ավագանին հաստատել է գետի վրա նոր հետիոտնային կամրջի կառուցումը", "Քաղաքի ավագանին երեկ երեկոյան հաստատել է գետի վրա նոր հետիոտնային կամուրջ կառուցելու ծրագիրը, որը պետք է ավարտվի հաջորդ տարվա վերջին։", "Քաղաքապետարանի ինժեներների խոսքով՝ կամուրջը կկառուցվի պողպատից և կունենա առանձին գիծ հեծանվորդների համար։"},
	"az": {"Şəhər şurası çay üzərində yeni piyada körpüsünün tikintisini təsdiqlədi", "Şəhər şurası dünən axşam çay üzərində yeni piyada körpüsünün tikintisi planını təsdiqləyib, körpünün gələn ilin sonuna qədər başa çatdırılması gözlənilir.", "Bələdiyyə mühəndisləri bildiriblər ki, körpü poladdan tikiləcək və velosipedçilər üçün ayrıca zolağı olacaq."},
	"kk": {"Қалалық мәслихат өзен үстіне жаңа жаяу жүргіншілер көпірін салуды мақұлдады", "Қалалық мәслихат кеше кешке өзен үстіне жаңа жаяу жүргіншілер көпірін салу жоспарын мақұлдады, көпір келесі жылдың соңына дейін салынып бітеді деп күтілуде.", "Қала инженерлерінің айтуынша, көпір болаттан жасалады және велосипедшілерге арналған бөлек жолағы болады."},
	"es": {"El ayuntamiento aprueba una nueva pasarela peatonal sobre el río", "El pleno del ayuntamiento aprobó anoche el plan para construir una nueva pasarela peatonal sobre el río, que estará abierta al público antes de finales del año próximo.", "Los ingenieros municipales explicaron que la pasarela será de acero y contará con un carril separado para ciclistas."},
	"pt": {"Câmara aprova nova passarela de pedestres sobre o rio", "A câmara municipal aprovou na noite de ontem o plano para construir uma nova passarela de pedestres sobre o rio, que deverá ser aberta ao público até o fim do próximo ano.", "Os engenheiros da prefeitura disseram que a passarela será de aço e terá uma faixa separada para ciclistas."},
	"fr": {"Le conseil municipal approuve une nouvelle passerelle sur le fleuve", "Le conseil municipal a approuvé hier soir le projet de construction d'une nouvelle passerelle piétonne sur le fleuve, qui devrait ouvrir au public d'ici la fin de l'année prochaine.", "Selon les ingénieurs de la ville, la passerelle sera en acier et comportera une voie séparée pour les cyclistes."},
	"it": {"Il consiglio comunale approva una nuova passerella sul fiume", "Il consiglio comunale ha approvato ieri sera il progetto per costruire una nuova passerella pedonale sul fiume, che dovrebbe essere aperta al pubblico entro la fine del prossimo anno.", "Secondo i tecnici del comune, la passerella sarà in acciaio e avrà una corsia separata per i ciclisti."},
	"de": {"Stadtrat genehmigt neue Fußgängerbrücke über den Fluss", "Der Stadtrat hat am Montagabend den Plan für eine neue Fußgängerbrücke über den Fluss genehmigt, die bis Ende des kommenden Jahres fertig sein soll.", "Nach Angaben der städtischen Ingenieure wird die Brücke aus Stahl gebaut und erhält einen eigenen Streifen für Radfahrer."},
	"en": {"City council approves new footbridge over the river", "The city council approved plans on Monday evening for a new footbridge over the river, which is due to open to the public before the end of next year.", "Engineers for the city said the bridge would be built of steel and would have a separate lane for cyclists."},
}

// worldCensusRow is one row of the world census: a date line under the
// headline of a page in lang, and the publish date it gives.
type worldCensusRow struct {
	name, lang string
	line       string // the line(s) between the headline and the story
	crawl      string // the crawl time, RFC 3339 or a day; default none
	html       bool   // the page is HTML, the line a bare <div> under the h1
	want       string // Published as ISO 8601 at the page's precision, "" for none
	day        bool   // compare the day alone (a relative stamp)
}

// worldTextPage is row r's page as flattened text: a menu, the headline,
// the date line, the story.
func worldTextPage(r worldCensusRow) string {
	s := worldStories[r.lang]
	return "Home\nNews\n" + s.title + "\n" + r.line + "\n" + s.p1 + "\n" + s.p2 + "\n"
}

// worldHTMLPage is row r's page as HTML with no metadata: the date is only
// the text of a bare <div> under the h1.
func worldHTMLPage(r worldCensusRow) []byte {
	s := worldStories[r.lang]
	return []byte(`<!doctype html><html lang="` + r.lang + `"><head><meta charset="utf-8"><title>` + s.title + `</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>` +
		s.title + `</h1><div>` + strings.ReplaceAll(r.line, "\n", "</div><div>") + `</div><p>` + s.p1 + `</p><p>` + s.p2 + `</p></article></body></html>`)
}

// knownWorldCensusGaps are the world census's rows that read wrong, each
// with its cause.
var knownWorldCensusGaps = map[string]string{
	"ne bikram sambat": "the Bikram Sambat calendar is not read: its months' lengths are tabled per year, with no rule to compute them",
}

// worldCensusRows are the world census: date lines as the world's outlets
// print them under a headline, every one meaning Monday 5 May 2025 (14:30
// where a time is printed), written before the date readers were looked
// at; then lines that hold numbers but no date.
var worldCensusRows = []worldCensusRow{
	// Persian: Solar Hijri in Persian digits (15 Ordibehesht 1404).
	{name: "fa solar day", lang: "fa", line: "۱۵ اردیبهشت ۱۴۰۴", want: "2025-05-05"},
	{name: "fa solar with weekday and clock", lang: "fa", line: "دوشنبه ۱۵ اردیبهشت ۱۴۰۴ ساعت ۱۴:۳۰", want: "2025-05-05T14:30:00"},
	{name: "fa solar, dash and clock", lang: "fa", line: "۱۵ اردیبهشت ۱۴۰۴ - ۱۴:۳۰", want: "2025-05-05T14:30:00"},
	{name: "fa solar numeric with clock", lang: "fa", line: "۱۴۰۴/۰۲/۱۵ - ۱۴:۳۰", want: "2025-05-05T14:30:00"},
	{name: "fa solar, clock first with seconds", lang: "fa", line: "تاریخ انتشار: ۱۴:۳۰:۱۵ - ۱۴۰۴/۰۲/۱۵", want: "2025-05-05T14:30:15"},
	{name: "fa solar day, html", lang: "fa", html: true, line: "دوشنبه ۱۵ اردیبهشت ۱۴۰۴ - ۱۴:۳۰", want: "2025-05-05T14:30:00"},
	// Arabic.
	{name: "ar indic digits", lang: "ar", line: "٥ مايو ٢٠٢٥", want: "2025-05-05"},
	{name: "ar hijri and gregorian pair", lang: "ar", line: "الاثنين ٧ ذو القعدة ١٤٤٦ هـ - ٥ مايو ٢٠٢٥ م", want: "2025-05-05"},
	{name: "ar levant month", lang: "ar", line: "الاثنين ٥ أيار ٢٠٢٥", want: "2025-05-05"},
	{name: "ar latin digits, label and clock", lang: "ar", line: "نشر في: 05 مايو 2025 - 14:30", want: "2025-05-05T14:30:00"},
	{name: "ar numeric with clock, html", lang: "ar", html: true, line: "2025/05/05 14:30", want: "2025-05-05T14:30:00"},
	{name: "ar pair, html", lang: "ar", html: true, line: "الاثنين 7 ذو القعدة 1446 هـ - 5 مايو 2025 م", want: "2025-05-05"},
	// Hebrew.
	{name: "he month name", lang: "he", line: "5 במאי 2025", want: "2025-05-05"},
	{name: "he dotted short year and clock", lang: "he", line: "פורסם: 05.05.25, 14:30", want: "2025-05-05T14:30:00"},
	{name: "he weekday and month, html", lang: "he", html: true, line: "יום שני, 5 במאי 2025, 14:30", want: "2025-05-05T14:30:00"},
	// Thai: Buddhist era.
	{name: "th abbreviated month, buddhist year", lang: "th", line: "5 พ.ค. 2568", want: "2025-05-05"},
	{name: "th full month and clock", lang: "th", line: "5 พฤษภาคม 2568 14:30 น.", want: "2025-05-05T14:30:00"},
	{name: "th weekday, html", lang: "th", html: true, line: "วันจันทร์ที่ 5 พฤษภาคม 2568", want: "2025-05-05"},
	// Japanese and Chinese.
	{name: "ja reiwa era", lang: "ja", line: "令和7年5月5日", want: "2025-05-05"},
	{name: "ja reiwa era with kanji clock", lang: "ja", line: "令和7年5月5日 14時30分", want: "2025-05-05T14:30:00"},
	{name: "ja gregorian with clock", lang: "ja", line: "2025年5月5日 14:30", want: "2025-05-05T14:30:00"},
	{name: "ja weekday in brackets and clock", lang: "ja", line: "2025年5月5日（月） 14時30分", want: "2025-05-05T14:30:00"},
	{name: "zh label, clock with seconds", lang: "zh", line: "发布时间：2025年05月05日 14:30:15", want: "2025-05-05T14:30:15"},
	{name: "zh dashed with seconds and source", lang: "zh", line: "2025-05-05 14:30:15　来源：新华网", want: "2025-05-05T14:30:15"},
	{name: "ja era, html", lang: "ja", html: true, line: "令和7年5月5日 14時30分", want: "2025-05-05T14:30:00"},
	// Korean.
	{name: "ko dotted with clock", lang: "ko", line: "2025.05.05 14:30", want: "2025-05-05T14:30:00"},
	{name: "ko input label", lang: "ko", line: "입력 2025-05-05", want: "2025-05-05"},
	{name: "ko input and update with seconds", lang: "ko", line: "입력 2025-05-05 14:30:15 수정 2025-05-06 09:00:00", want: "2025-05-05T14:30:15"},
	{name: "ko afternoon marker", lang: "ko", line: "입력 2025.05.05. 오후 2:30", want: "2025-05-05T14:30:00"},
	{name: "ko month names, html", lang: "ko", html: true, line: "2025년 5월 5일 14시 30분", want: "2025-05-05T14:30:00"},
	// Vietnamese.
	{name: "vi weekday, slashes, dash clock", lang: "vi", line: "Thứ hai, 5/5/2025 - 14:30", want: "2025-05-05T14:30:00"},
	{name: "vi weekday and zone", lang: "vi", line: "Thứ Hai, 05/05/2025, 14:30 (GMT+7)", want: "2025-05-05T14:30:00+07:00"},
	{name: "vi clock first, html", lang: "vi", html: true, line: "14:30 05/05/2025", want: "2025-05-05T14:30:00"},
	// Indonesian and Malay.
	{name: "id weekday and WIB", lang: "id", line: "Senin, 5 Mei 2025 14:30 WIB", want: "2025-05-05T14:30:00+07:00"},
	{name: "id month and dotted clock", lang: "id", line: "Senin, 05 Mei 2025 | 14.30 WIB", want: "2025-05-05T14:30:00+07:00"},
	{name: "ms weekday and pm", lang: "ms", line: "Isnin, 5 Mei 2025 | 2:30pm", want: "2025-05-05T14:30:00"},
	// Hindi, Bengali, Nepali.
	{name: "hi devanagari digits", lang: "hi", line: "५ मई २०२५", want: "2025-05-05"},
	{name: "hi label, pm and IST", lang: "hi", line: "प्रकाशित: 5 मई 2025, 02:30 PM IST", want: "2025-05-05T14:30:00+05:30"},
	{name: "bn bengali digits and clock", lang: "bn", line: "৫ মে ২০২৫, ১৪:৩০", want: "2025-05-05T14:30:00"},
	{name: "ne bikram sambat", lang: "ne", line: "वैशाख २२, २०८२", want: "2025-05-05"},
	{name: "ne gregorian in devanagari", lang: "ne", line: "५ मे २०२५", want: "2025-05-05"},
	// Greek and Turkish.
	{name: "el weekday genitive month and clock", lang: "el", line: "Δευτέρα, 5 Μαΐου 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "el dotted with bar", lang: "el", line: "05.05.2025 | 14:30", want: "2025-05-05T14:30:00"},
	{name: "tr month weekday clock", lang: "tr", line: "05 Mayıs 2025 Pazartesi 14:30", want: "2025-05-05T14:30:00"},
	{name: "tr update first, publish second", lang: "tr", line: "Güncelleme: 06.05.2025 09:00\nYayınlanma: 05.05.2025 14:30", want: "2025-05-05T14:30:00"},
	{name: "tr, html", lang: "tr", html: true, line: "5 Mayıs 2025 Pazartesi, 14:30", want: "2025-05-05T14:30:00"},
	// Polish, Czech, Slovak.
	{name: "pl genitive month and clock", lang: "pl", line: "5 maja 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "pl weekday, r. and godz.", lang: "pl", line: "Poniedziałek, 5 maja 2025 r., godz. 14:30", want: "2025-05-05T14:30:00"},
	{name: "cs genitive month and clock", lang: "cs", line: "5. května 2025 14:30", want: "2025-05-05T14:30:00"},
	{name: "sk genitive month, o and clock", lang: "sk", line: "5. mája 2025 o 14:30", want: "2025-05-05T14:30:00"},
	// Ukrainian, Russian, Kazakh.
	{name: "uk genitive month and clock", lang: "uk", line: "5 травня 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "ru label, clock with seconds", lang: "ru", line: "Опубликовано: 5 мая 2025 14:30:15", want: "2025-05-05T14:30:15"},
	{name: "ru clock first, html", lang: "ru", html: true, line: "14:30, 5 мая 2025", want: "2025-05-05T14:30:00"},
	{name: "kk cyrillic month", lang: "kk", line: "5 мамыр 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "kk latin month", lang: "kk", line: "5 mamyr 2025", want: "2025-05-05"},
	// Caucasus.
	{name: "ka month", lang: "ka", line: "5 მაისი 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "hy genitive month", lang: "hy", line: "5 մայիսի 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "hy clock first, month capitalised", lang: "hy", line: "14:30, 5 Մայիս 2025", want: "2025-05-05T14:30:00"},
	{name: "az month and clock", lang: "az", line: "5 may 2025, 14:30", want: "2025-05-05T14:30:00"},
	{name: "az, html", lang: "az", html: true, line: "05 May 2025 14:30", want: "2025-05-05T14:30:00"},
	// Western European long forms with weekdays.
	{name: "es weekday long form", lang: "es", line: "Lunes, 5 de mayo de 2025 - 14:30", want: "2025-05-05T14:30:00"},
	{name: "pt weekday, às and h clock", lang: "pt", line: "Segunda-feira, 5 de maio de 2025 às 14h30", want: "2025-05-05T14:30:00"},
	{name: "fr label, weekday, à and h clock", lang: "fr", line: "Publié le lundi 5 mai 2025 à 14h30", want: "2025-05-05T14:30:00"},
	{name: "it weekday and ore", lang: "it", line: "Lunedì 5 maggio 2025 ore 14:30", want: "2025-05-05T14:30:00"},
	{name: "de weekday, dotted day, Uhr", lang: "de", line: "Montag, 05. Mai 2025, 14:30 Uhr", want: "2025-05-05T14:30:00"},
	{name: "de, html", lang: "de", html: true, line: "Veröffentlicht am 05.05.2025 um 14:30 Uhr", want: "2025-05-05T14:30:00"},
	// English.
	{name: "en ordinal", lang: "en", line: "May 5th, 2025", want: "2025-05-05"},
	{name: "en weekday ordinal day first, pm", lang: "en", line: "Monday 5th May 2025 2:30 pm", want: "2025-05-05T14:30:00"},
	{name: "en 12-hour clock with seconds", lang: "en", line: "May 5, 2025 2:30:15 PM", want: "2025-05-05T14:30:15"},
	{name: "en 12-hour clock with seconds, html", lang: "en", html: true, line: "Published May 5, 2025 at 2:30:15 PM", want: "2025-05-05T14:30:15"},
	// Relative stamps against the crawl time.
	{name: "en hours ago", lang: "en", line: "2 hours ago", crawl: "2025-05-05T18:00:00Z", want: "2025-05-05", day: true},
	{name: "en days ago", lang: "en", line: "3 days ago", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "es days ago", lang: "es", line: "Hace 3 días", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "ru days ago", lang: "ru", line: "3 дня назад", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "de days ago", lang: "de", line: "vor 3 Tagen", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "id days ago", lang: "id", line: "3 hari yang lalu", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "tr days ago", lang: "tr", line: "3 gün önce", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "ja days ago", lang: "ja", line: "3日前", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "zh days ago", lang: "zh", line: "3天前", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "ko days ago", lang: "ko", line: "3일 전", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "vi days ago", lang: "vi", line: "3 ngày trước", crawl: "2025-05-08T12:00:00Z", want: "2025-05-05", day: true},
	{name: "leave alone: relative, no crawl time", lang: "en", line: "3 days ago"},
	// Lines with numbers and no date.
	{name: "leave alone: a phone number", lang: "tr", line: "Tel: 0212 555 05 05"},
	{name: "leave alone: an international phone number", lang: "en", line: "Call +44 20 2025 0505"},
	{name: "leave alone: a price", lang: "vi", line: "Giá vé: 2.025.000 đồng"},
	{name: "leave alone: a price in roubles", lang: "ru", line: "Цена: 5 025 руб."},
	{name: "leave alone: a score", lang: "en", line: "Rovers 2-1 United"},
	{name: "leave alone: a version string", lang: "en", line: "Version 2025.05"},
	{name: "leave alone: a persian price", lang: "fa", line: "قیمت: ۱۴۰۴ تومان"},
	{name: "leave alone: a japanese fiscal year", lang: "ja", line: "令和7年度予算"},
	{name: "leave alone: a thai year alone", lang: "th", line: "ปีงบประมาณ 2568"},
	{name: "leave alone: a clock alone", lang: "en", line: "14:30"},
	{name: "leave alone: a score with a colon", lang: "de", line: "Endstand 2:1 (1:0)"},
}

// TestDateCensusWorld reads each row's page, as text or as HTML, and
// checks its publish date against knownWorldCensusGaps.
func TestDateCensusWorld(t *testing.T) {
	known := map[string]bool{}
	for name := range knownWorldCensusGaps {
		known[name] = true
	}
	g := gapTable{list: "knownWorldCensusGaps", known: known}
	for _, r := range worldCensusRows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			if _, ok := worldStories[r.lang]; !ok {
				t.Fatalf("no story in %q", r.lang)
			}
			opts := &extract.Options{}
			if r.crawl != "" {
				var err error
				if opts.CrawlDate, err = time.Parse(time.RFC3339, r.crawl); err != nil {
					opts.CrawlDate, _ = time.Parse(time.DateOnly, r.crawl)
				}
			}
			var a *extract.Article
			var err error
			if r.html {
				a, err = extract.HTMLBytes(worldHTMLPage(r), "text/html; charset=utf-8", opts)
			} else {
				a, err = extract.String(worldTextPage(r), opts)
			}
			if err != nil {
				t.Fatal(err)
			}
			got := a.Published
			if r.day {
				got = got[:min(len(got), 10)]
			}
			if got != r.want {
				ck.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, r.want)
			}
		})
	}
	g.done(t, len(worldCensusRows))
}
