package extract

import (
	"html"
	"iter"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// headForm is the house form of one agency's or paper's story head, in its
// own script: the headline, a standfirst, the byline, the date line, and
// the dateline that opens the first paragraph, with what each must give.
// The stories are invented; the forms are the outlets'.
type headForm struct {
	name     string
	title    string
	deck     string // a standfirst: a sentence under the headline
	byline   string // the byline line; "" where the form prints none
	byNames  []string
	date     string // the date line, 4 December 2026
	dateline string // the dateline as printed, its separator and blank included
	lede     string // the story's first sentence, after the dateline
	second   string // the second paragraph
	// what the dateline gives
	place, agency string
	month         time.Month
	day           int
	reporters     []string // the reporters the dateline names
	// alone is a first paragraph that only mentions a city and an agency:
	// it is the story's, not a dateline
	alone string
}

// worldHeadForms are the forms of Asia's, the Middle East's, Africa's,
// Latin America's and Europe's wires and papers.
var worldHeadForms = []headForm{{
	name: "Yonhap, the reporter inside the dateline", title: "정부, 새 경제 정책 발표",
	deck:   "중소기업 지원을 크게 늘리고 내수를 살리기 위한 대책을 내놓았다는 평가가 나온다.",
	byline: "김민수 기자", byNames: []string{"김민수"}, date: "2026.12.04 10:30",
	dateline: "(서울=연합뉴스) 김민수 기자 = ", lede: "정부는 4일 새로운 경제 정책을 발표했다고 밝혔다.",
	second: "정부 관계자는 이번 조치로 내수가 살아날 것으로 기대한다고 말했다.",
	place:  "서울", agency: "Yonhap", reporters: []string{"김민수"},
	alone: "서울(연합뉴스)과 도쿄(교도통신)의 기자들이 4일 회의에 함께 참석했다.",
}, {
	name: "Newsis, two correspondents", title: "미국, 새 무역 조치 발표",
	deck:     "수입품 관세를 단계적으로 올리는 방안이 포함된 것으로 알려졌다.",
	date:     "2026.12.04 10:30",
	dateline: "(워싱턴=뉴시스) 이정훈 박서연 특파원 = ", lede: "미국 정부는 4일 새로운 무역 조치를 발표했다.",
	second: "업계는 수출에 미칠 영향을 분석하고 있다고 밝혔다.",
	place:  "워싱턴", agency: "Newsis", reporters: []string{"이정훈", "박서연"},
	alone: "워싱턴=뉴시스 특파원단은 4일 백악관 브리핑에 참석해 질문을 던졌다.",
}, {
	name: "a Japanese paper's correspondent", title: "米政府、新たな経済対策を発表",
	deck:   "物価高に対応するため、家計への支援を来年から大幅に拡大する方針を示した。",
	byline: "記者 山田太郎", byNames: []string{"山田太郎"}, date: "2026年12月4日 10時30分",
	dateline: "【ワシントン=山田太郎】", lede: "米政府は4日、新たな経済対策を発表した。",
	second: "政府関係者は、対策の効果は来年前半に表れると述べた。",
	place:  "ワシントン", reporters: []string{"山田太郎"},
	alone: "ワシントンの共同通信記者によると、米政府は4日に新たな対策を発表した。",
}, {
	name: "Kyodo", title: "中国政府、新たな景気対策を発表",
	date:     "2026年12月4日 10時30分",
	dateline: "【北京共同】", lede: "中国政府は4日、新たな景気対策を発表した。",
	second: "消費の回復を後押しする狙いがある。",
	place:  "北京", agency: "Kyodo",
	alone: "北京共同通信によると、中国政府は4日、新たな景気対策を発表した。",
}, {
	name: "Xinhua, two reporters in the brackets", title: "国务院部署新的就业措施",
	deck:   "会议强调要继续扩大内需，稳定就业，各地区各部门要抓好落实。",
	byline: "记者：王海涛", byNames: []string{"王海涛"}, date: "2026年12月04日 10:30",
	dateline: "新华社北京12月4日电（记者 王海涛 刘晓燕）", lede: "国务院常务会议4日研究部署了新的就业措施。",
	second: "会议指出，要继续扩大内需，稳定就业。",
	place:  "北京", agency: "Xinhua", month: time.December, day: 4, reporters: []string{"王海涛", "刘晓燕"},
	alone: "新华社北京分社记者王海涛4日在会上发言，介绍了新的就业措施。",
}, {
	name: "a Chinese paper's own copy", title: "市区新开三条公交线路",
	date:     "2026年12月04日 10:30",
	dateline: "本报讯（记者 林雪 通讯员 黄志强）", lede: "市交通部门近日开通了三条新的公交线路。",
	second:    "新线路覆盖城市东部的多个居民区。",
	reporters: []string{"林雪", "黄志强"},
	alone:     "本报记者林雪近日走访了多家公交公司，了解到新线路的开通情况。",
}, {
	name: "VNA", title: "Quốc hội thông qua luật đất đai sửa đổi",
	date:     "04/12/2026 10:30",
	dateline: "Hà Nội (TTXVN) - ", lede: "Quốc hội đã thông qua luật đất đai sửa đổi vào chiều ngày 4/12 với đa số đại biểu tán thành.",
	second: "Luật có hiệu lực từ ngày 1 tháng 1 năm sau, theo Văn phòng Quốc hội.",
	place:  "Hà Nội", agency: "VNA",
	alone: "Phóng viên TTXVN tại Hà Nội cho biết Quốc hội đã thông qua luật đất đai sửa đổi vào chiều nay.",
}, {
	name: "Antara", title: "Pemerintah tambah anggaran subsidi pupuk",
	deck:   "Tambahan anggaran itu diharapkan membantu petani kecil di seluruh daerah tahun depan.",
	byline: "Pewarta: Budi Santoso", byNames: []string{"Budi Santoso"}, date: "Kamis, 4 Desember 2026 10:30 WIB",
	dateline: "Jakarta (ANTARA) - ", lede: "Pemerintah akan menambah anggaran subsidi pupuk tahun depan untuk membantu petani kecil.",
	second: "Menteri Pertanian mengatakan tambahan itu sudah disetujui oleh DPR pekan lalu.",
	place:  "Jakarta", agency: "Antara",
	alone: "Kantor berita ANTARA di Jakarta melaporkan bahwa pemerintah akan menambah anggaran subsidi pupuk.",
}, {
	name: "an Indonesian site's own name", title: "Pemerintah tambah anggaran subsidi pupuk",
	byline: "Penulis: Budi Santoso", byNames: []string{"Budi Santoso"}, date: "Kamis, 4 Desember 2026 10:30 WIB",
	dateline: "JAKARTA, KOMPAS.com - ", lede: "Pemerintah akan menambah anggaran subsidi pupuk tahun depan untuk membantu petani kecil.",
	second: "Menteri Pertanian mengatakan tambahan itu sudah disetujui oleh DPR pekan lalu.",
	place:  "Jakarta", agency: "KOMPAS.com",
	alone: "Menurut KOMPAS.com, Jakarta akan menambah anggaran subsidi pupuk tahun depan untuk petani.",
}, {
	name: "SPA in Arabic", title: "مجلس الوزراء يقر الميزانية الجديدة",
	date:     "الخميس 4 ديسمبر 2026",
	dateline: "الرياض (واس) - ", lede: "أقر مجلس الوزراء في جلسته اليوم الميزانية العامة للدولة للعام المقبل بعد مناقشة مستفيضة.",
	second: "وقال وزير المالية إن الميزانية تركز على دعم القطاعات الإنتاجية والتوظيف.",
	place:  "الرياض", agency: "SPA",
	alone: "نقلت وكالة الأنباء السعودية (واس) عن مسؤول في الرياض أن المجلس أقر الميزانية اليوم.",
}, {
	name: "MENA in Arabic, a dash before the credit", title: "الحكومة تفتتح محطة كهرباء جديدة",
	date:     "الخميس 4 ديسمبر 2026",
	dateline: "القاهرة - (أ ش أ) - ", lede: "افتتح رئيس مجلس الوزراء اليوم محطة جديدة لتوليد الكهرباء في صعيد مصر.",
	second: "وأكد أن المحطة ستوفر الطاقة لأكثر من مليون منزل.",
	place:  "القاهرة", agency: "MENA",
	alone: "قالت وكالة أنباء الشرق الأوسط (أ ش أ) إن رئيس الوزراء افتتح اليوم محطة جديدة في القاهرة.",
}, {
	name: "Anadolu in Turkish", title: "İhracat kasımda rekor kırdı",
	byline: "Muhabir: Ayşe Yılmaz", byNames: []string{"Ayşe Yılmaz"}, date: "04.12.2026 10:30",
	dateline: "ANKARA (AA) - ", lede: "Türkiye'nin ihracatı kasım ayında yüzde 8 artarak rekor seviyeye ulaştı, Ticaret Bakanlığı açıkladı.",
	second: "Bakan, yılın geri kalanında da artışın süreceğini söyledi.",
	place:  "Ankara", agency: "Anadolu",
	alone: "ANKARA'da AA muhabirine konuşan bakan, ihracatın kasım ayında rekor kırdığını söyledi.",
}, {
	name: "PTI in Hindi", title: "कैबिनेट ने किसानों के लिए नई योजना को मंजूरी दी",
	date:     "04 दिसंबर 2026",
	dateline: "नई दिल्ली, 4 दिसंबर (भाषा) ", lede: "केंद्रीय मंत्रिमंडल ने बृहस्पतिवार को किसानों के लिए एक नई योजना को मंजूरी दी।",
	second: "सरकार ने कहा कि इससे लाखों किसानों को लाभ होगा।",
	place:  "नई दिल्ली", agency: "PTI", month: time.December, day: 4,
	alone: "नई दिल्ली में भाषा के संवाददाता ने बताया कि मंत्रिमंडल ने नई योजना को मंजूरी दी।",
}, {
	name: "BSS in Bengali", title: "মন্ত্রিসভায় নতুন বাজেট অনুমোদন",
	date:     "০৪ ডিসেম্বর ২০২৬",
	dateline: "ঢাকা, ৪ ডিসেম্বর, ২০২৬ (বাসস) : ", lede: "মন্ত্রিসভা আজ নতুন বাজেট অনুমোদন করেছে বলে সরকারি সূত্র জানিয়েছে।",
	second: "অর্থমন্ত্রী বলেন এই বাজেট কৃষকদের সহায়তা করবে।",
	place:  "ঢাকা", agency: "BSS", month: time.December, day: 4,
	alone: "ঢাকায় বাসস এর প্রতিবেদক জানান মন্ত্রিসভা আজ নতুন বাজেট অনুমোদন করেছে।",
}, {
	name: "APP in Urdu", title: "کابینہ نے نئے منصوبے کی منظوری دے دی",
	date:     "04 دسمبر 2026",
	dateline: "اسلام آباد، 4 دسمبر (اے پی پی): ", lede: "وفاقی کابینہ نے کسانوں کے لیے نئے منصوبے کی منظوری دے دی ہے۔",
	second: "وزیر اعظم نے کہا کہ اس سے معیشت کو فائدہ ہوگا۔",
	place:  "اسلام آباد", agency: "APP", month: time.December, day: 4,
	alone: "اسلام آباد میں اے پی پی کے نمائندے کے مطابق کابینہ نے نئے منصوبے کی منظوری دے دی ہے۔",
}, {
	name: "ANA-MPA in Greek", title: "Η κυβέρνηση ενέκρινε νέο πρόγραμμα στέγασης",
	date:     "04/12/2026 10:30",
	dateline: "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - ", lede: "Η κυβέρνηση ενέκρινε την Πέμπτη ένα νέο πρόγραμμα στέγασης για νέα ζευγάρια και οικογένειες.",
	second: "Ο υπουργός δήλωσε ότι το πρόγραμμα θα ξεκινήσει τον Ιανουάριο.",
	place:  "Αθηνα", agency: "ANA-MPA",
	alone: "Η Αθήνα και το ΑΠΕ-ΜΠΕ φιλοξένησαν την Πέμπτη συνέδριο για τη στέγαση των νέων ζευγαριών.",
}, {
	name: "EFE in Spanish", title: "El Gobierno aprueba un plan para el campo",
	deck:   "El programa beneficiará a miles de familias campesinas a partir del próximo año.",
	byline: "Por María López | EFE", byNames: []string{"María López"}, date: "04/12/2026 10:30",
	dateline: "Bogotá, 4 dic (EFE).- ", lede: "El Gobierno aprobó este jueves un nuevo plan para el campo que beneficiará a miles de familias.",
	second: "El ministro dijo que el plan comenzará en enero.",
	place:  "Bogotá", agency: "EFE", month: time.December, day: 4,
	alone: "Bogotá y EFE firmaron este jueves un acuerdo para cubrir las noticias del campo colombiano.",
}, {
	name: "AFP in French", title: "Le gouvernement présente son budget",
	byline: "Par Jean Dupont (AFP)", byNames: []string{"Jean Dupont"}, date: "04/12/2026 10:30",
	dateline: "PARIS, 4 déc 2026 (AFP) - ", lede: "Le gouvernement a présenté jeudi son projet de budget pour l'année prochaine devant le Parlement.",
	second: "Le ministre a défendu un texte de responsabilité.",
	place:  "Paris", agency: "AFP", month: time.December, day: 4,
	alone: "Paris (AFP) et Berlin ont confirmé jeudi la tenue d'un sommet sur le budget européen.",
}, {
	name: "dpa in German", title: "Bundesregierung beschließt Haushalt",
	byline: "Von Hans Müller, dpa", byNames: []string{"Hans Müller"}, date: "04.12.2026, 10:30 Uhr",
	dateline: "Berlin (dpa) - ", lede: "Die Bundesregierung hat am Donnerstag den Haushalt für das kommende Jahr beschlossen, wie ein Sprecher mitteilte.",
	second: "Der Finanzminister sprach von einem soliden Entwurf.",
	place:  "Berlin", agency: "dpa",
	alone: "Berlin (dpa) meldete am Donnerstag, dass die Bundesregierung den Haushalt beschlossen habe.",
}, {
	name: "ČTK in Czech", title: "Vláda schválila nový zákon o daních",
	byline: "Autor: Jan Novák", byNames: []string{"Jan Novák"}, date: "4. prosince 2026 10:30",
	dateline: "Praha 4. prosince (ČTK) - ", lede: "Vláda ve čtvrtek schválila návrh nového zákona o daních, oznámil ministr financí.",
	second: "Zákon má platit od ledna příštího roku.",
	place:  "Praha", agency: "ČTK", month: time.December, day: 4,
	alone: "Praha a ČTK uzavřely ve čtvrtek dohodu o spolupráci při zpravodajství z radnice.",
}, {
	name: "TASS in Russian", title: "Правительство утвердило новую программу",
	byline: "Текст: Иван Петров", byNames: []string{"Иван Петров"}, date: "4 декабря 2026, 10:30",
	dateline: "МОСКВА, 4 декабря. /ТАСС/. ", lede: "Правительство утвердило новую программу поддержки малого бизнеса, сообщили в кабинете министров.",
	second: "Программа начнет действовать с января.",
	place:  "Москва", agency: "TASS", month: time.December, day: 4,
	alone: "Москва и ТАСС провели в четверг совместную конференцию о поддержке малого бизнеса.",
}, {
	name: "TNA in Thai, the story glued to the dash", title: "รัฐบาลเปิดโครงการช่วยเหลือเกษตรกรรายย่อย",
	date:     "4 ธ.ค. 2569 10:30 น.",
	dateline: "กรุงเทพฯ 4 ธ.ค.-", lede: "รัฐบาลเปิดโครงการช่วยเหลือเกษตรกรรายย่อยทั่วประเทศ โดยจะเริ่มจ่ายเงินงวดแรกในเดือนหน้า",
	second: "นายกรัฐมนตรีกล่าวว่าโครงการนี้จะช่วยเกษตรกรได้มากกว่าหนึ่งล้านครัวเรือน",
	place:  "กรุงเทพฯ", month: time.December, day: 4,
	alone: "วันนี้ (4 ธ.ค.) ที่ทำเนียบรัฐบาล นายกรัฐมนตรีได้เป็นประธานเปิดโครงการช่วยเหลือเกษตรกรรายย่อย",
}, {
	name: "a Hebrew site's credit", title: "הממשלה אישרה את תקציב המדינה",
	date:     "04.12.2026 10:30",
	dateline: "ירושלים, 4 בדצמבר (וואלה!) - ", lede: "הממשלה אישרה הבוקר את תקציב המדינה לשנה הבאה לאחר דיון ארוך בישיבת הקבינט.",
	second: "שר האוצר אמר כי התקציב יעודד צמיחה ותעסוקה.",
	place:  "ירושלים", agency: "Walla!", month: time.December, day: 4,
	alone: "כתבי וואלה! בירושלים דיווחו הבוקר כי הממשלה אישרה את תקציב המדינה לשנה הבאה.",
}, {
	name: "IRNA in Persian", title: "سفر وزیر امور خارجه به مسقط",
	date:     "04/12/2026 10:30",
	dateline: "تهران- ایرنا- ", lede: "وزیر امور خارجه صبح امروز برای دیداری دو روزه با مقامات عمانی راهی مسقط شد.",
	second: "سخنگوی وزارت امور خارجه گفت این سفر برای گفتگو درباره همکاری\u200cهای منطقه\u200cای است.",
	place:  "تهران", agency: "IRNA",
	alone: "خبرگزاری ایرنا در تهران گزارش داد که وزیر امور خارجه امروز راهی مسقط شد.",
}, {
	name: "IRNA in English, dated", title: "Foreign minister to travel to Muscat",
	date:     "December 4, 2026 10:30",
	dateline: "Tehran, Dec 4, IRNA - ", lede: "Iran's foreign minister will travel to Muscat on Thursday for two days of talks with Omani officials.",
	second: "The ministry's spokesman said the visit would focus on regional cooperation.",
	place:  "Tehran", agency: "IRNA", month: time.December, day: 4,
	alone: "Tehran, IRNA and other outlets reported on Thursday that the minister would travel to Muscat.",
}, {
	name: "Bernama in Malay", title: "Kerajaan tambah peruntukan untuk petani kecil",
	date:     "4 Disember 2026 10:30",
	dateline: "KUALA LUMPUR, 4 Dis (Bernama) -- ", lede: "Kerajaan akan menambah peruntukan untuk membantu petani kecil di seluruh negara pada tahun depan.",
	second: "Menteri Pertanian berkata peruntukan itu telah diluluskan oleh Kabinet minggu lepas.",
	place:  "Kuala Lumpur", agency: "Bernama", month: time.December, day: 4,
	alone: "Bernama melaporkan dari Kuala Lumpur bahawa kerajaan akan menambah peruntukan untuk petani kecil.",
}, {
	name: "Kazinform in Russian", title: "Президент подписал закон о местном самоуправлении",
	date:     "4 декабря 2026, 10:30",
	dateline: "АСТАНА. КАЗИНФОРМ – ", lede: "Президент подписал в четверг новый закон о местном самоуправлении, сообщила его пресс-служба.",
	second: "Закон вступит в силу с января следующего года.",
	place:  "Астана", agency: "Kazinform",
	alone: "Астана и Казинформ провели в четверг совместную конференцию о развитии регионов.",
}, {
	name: "UzA in Uzbek", title: "Poytaxtda yangi maktab ochildi",
	date:     "04.12.2026 10:30",
	dateline: "Toshkent, 4 dekabr /UzA/. ", lede: "Poytaxtda ming o‘rinli yangi maktab foydalanishga topshirildi, deya xabar berdi hokimlik.",
	second: "Maktabda zamonaviy sport zali va kutubxona bor.",
	place:  "Toshkent", agency: "UzA", month: time.December, day: 4,
	alone: "Toshkentda UzA muxbiri xabar berishicha, poytaxtda yangi maktab foydalanishga topshirildi.",
}, {
	name: "ANA-MPA in Greek, dated", title: "Νέο πλαίσιο για τις τράπεζες",
	date:     "04/12/2026 10:30",
	dateline: "ΒΡΥΞΕΛΛΕΣ, 4 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) - ", lede: "Οι υπουργοί Οικονομικών ενέκριναν την Πέμπτη το νέο πλαίσιο για την εποπτεία των τραπεζών.",
	second: "Το πλαίσιο θα ισχύσει από τον Ιανουάριο.",
	place:  "Βρυξελλες", agency: "ANA-MPA", month: time.December, day: 4,
	alone: "Οι Βρυξέλλες και το ΑΠΕ-ΜΠΕ φιλοξένησαν την Πέμπτη συνέδριο για την εποπτεία των τραπεζών.",
}, {
	name: "ARMENPRESS in Armenian", title: "Կառավարությունը հաստատել է նոր ծրագիրը",
	date:     "04.12.2026 10:30",
	dateline: "ԵՐԵՎԱՆ, 4 ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ: ", lede: "Կառավարությունը հաստատել է դպրոցների վերանորոգման նոր ծրագիրը, որը կսկսվի հունվարին:",
	second: "Ծրագիրը կներառի հարյուր դպրոց:",
	place:  "Երևան", agency: "ARMENPRESS", month: time.December, day: 4,
	alone: "Երևանում ԱՐՄԵՆՊՐԵՍ-ի թղթակիցը հայտնում է, որ կառավարությունը հաստատել է նոր ծրագիրը:",
}, {
	name: "AZERTAC in Azerbaijani", title: "Paytaxtda yeni məktəb istifadəyə verilib",
	date:     "04.12.2026 10:30",
	dateline: "Bakı, 4 dekabr, AZƏRTAC. ", lede: "Paytaxtda min şagird üçün yeni məktəb binası istifadəyə verilib, şəhər icra hakimiyyəti bildirib.",
	second: "Məktəbdə müasir idman zalı və kitabxana var.",
	place:  "Bakı", agency: "AZERTAC", month: time.December, day: 4,
	alone: "Bakıda AZƏRTAC-ın müxbiri bildirir ki, paytaxtda yeni məktəb binası istifadəyə verilib.",
}}

// inventedHead is one head made from a form: the page as flattened text
// and as HTML, and the authors it must give.
type inventedHead struct {
	name       string
	form       *headForm
	text, page string
	authors    []string
}

// inventedHeads yields every head of the forms: with and without the
// standfirst, and with and without the byline where the form prints one.
// Without a byline, the authors are the reporters the dateline names.
func inventedHeads(forms []headForm) iter.Seq[inventedHead] {
	return func(yield func(inventedHead) bool) {
		for i := range forms {
			f := &forms[i]
			for _, deck := range []bool{false, true} {
				for _, by := range []bool{false, true} {
					if deck && f.deck == "" || by && f.byline == "" {
						continue
					}
					h := inventedHead{name: f.name, form: f, authors: f.reporters}
					lines := []string{f.title}
					page := "<!doctype html><html><head><meta charset=utf-8><title>" + html.EscapeString(f.title) +
						"</title></head><body><article><h1>" + html.EscapeString(f.title) + "</h1>"
					if deck {
						h.name += ", standfirst"
						lines = append(lines, f.deck)
						page += `<p class="standfirst">` + html.EscapeString(f.deck) + "</p>"
					}
					if by {
						h.name += ", byline"
						h.authors = f.byNames
						lines = append(lines, f.byline)
						page += `<p class="byline">` + html.EscapeString(f.byline) + "</p>"
					}
					first := f.dateline + f.lede
					lines = append(lines, f.date, first, f.second)
					page += `<p class="date">` + html.EscapeString(f.date) + "</p><p>" + html.EscapeString(first) +
						"</p><p>" + html.EscapeString(f.second) + "</p></article></body></html>"
					h.text = strings.Join(lines, "\n\n") + "\n"
					h.page = page
					if !yield(h) {
						return
					}
				}
			}
		}
	}
}

// TestWorldForms cleans every invented head as text and as HTML and checks
// the title, the dateline's parts, the authors, the date and the story's
// first words; every line lands in a field or in the removed list.
func TestWorldForms(t *testing.T) {
	for h := range inventedHeads(worldHeadForms) {
		res, err := clean.String(h.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkPlacement(t, res)
		a, err := String(h.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkWorldForm(t, "text: "+h.name, h, a)
		a, err = HTMLBytes([]byte(h.page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		checkWorldForm(t, "html: "+h.name, h, a)
	}
}

// checkWorldForm checks the article a made of head h.
func checkWorldForm(t *testing.T, name string, h inventedHead, a *Article) {
	t.Helper()
	f := h.form
	if a.Title != f.title {
		t.Errorf("%s: title %q, want %q", name, a.Title, f.title)
	}
	d := a.Dateline
	switch {
	case d == nil:
		t.Errorf("%s: no dateline", name)
	case d.Text != strings.TrimRight(strings.TrimRight(strings.TrimSpace(f.dateline), "-:=،"), " ") && !strings.HasPrefix(strings.TrimSpace(f.dateline), d.Text):
		t.Errorf("%s: dateline %q, want %q", name, d.Text, f.dateline)
	case d.Place != f.place || d.Agency != f.agency:
		t.Errorf("%s: place %q, agency %q; want %q, %q", name, d.Place, d.Agency, f.place, f.agency)
	}
	if !slices.Equal(a.Authors, h.authors) {
		t.Errorf("%s: authors %q, want %q", name, a.Authors, h.authors)
	}
	if !strings.HasPrefix(a.Published, "2026-12-04") {
		t.Errorf("%s: published %q", name, a.Published)
	}
	if len(a.Body) == 0 || a.Body[0] != f.lede {
		t.Errorf("%s: body starts %q, want %q", name, a.Body, f.lede)
	}
}

// TestWorldFormsLeftAlone checks the sentences that merely mention a city
// and an agency at the head of the story: no dateline is read from them,
// and they open the body whole.
func TestWorldFormsLeftAlone(t *testing.T) {
	for _, f := range worldHeadForms {
		text := f.title + "\n\n" + f.date + "\n\n" + f.alone + "\n\n" + f.second + "\n"
		a, err := String(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != nil {
			t.Errorf("%s: dateline %q in %q", f.name, a.Dateline.Text, f.alone)
		}
		if len(a.Body) == 0 || a.Body[0] != f.alone {
			t.Errorf("%s: body %q, want %q first", f.name, a.Body, f.alone)
		}
	}
}
