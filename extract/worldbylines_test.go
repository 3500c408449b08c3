package extract_test

import (
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// worldBylineRow is a row of testdata/worldbylines.tsv: an invented
// story's head as one CMS or newspaper template prints its byline, and the
// authors the contract wants from it.
type worldBylineRow struct {
	name, lang, kind string
	// head is markup for the page's <head> (html rows): meta tags and
	// JSON-LD.
	head string
	// byline is the markup after the h1 (html rows) or the lines between
	// the title and the story (text rows, "\n" between lines).
	byline  string
	authors []string
}

// worldBylineStories are the invented title and paragraphs of each
// language the table's rows use.
var worldBylineStories = map[string][3]string{
	"en": {"Council votes to extend the night bus network",
		"The city council voted on Tuesday to extend the night bus network to four more districts, after a year of complaints from shift workers about the lack of late services.",
		"The new routes will start in June. The transport department said the extension would cost less than expected because it uses buses that stand idle overnight."},
	"de": {"Stadtrat beschließt neue Nachtbuslinien",
		"Der Stadtrat hat am Dienstag beschlossen, das Netz der Nachtbusse auf vier weitere Stadtteile auszuweiten. Schichtarbeiter hatten sich seit einem Jahr über fehlende Verbindungen beklagt.",
		"Die neuen Linien sollen im Juni starten. Die Verkehrsbetriebe erklärten, die Kosten seien geringer als erwartet, weil nachts ohnehin abgestellte Busse eingesetzt würden."},
	"fr": {"Le conseil municipal étend le réseau de bus de nuit",
		"Le conseil municipal a voté mardi l'extension du réseau de bus de nuit à quatre nouveaux quartiers, après un an de plaintes des salariés en horaires décalés.",
		"Les nouvelles lignes ouvriront en juin. Le service des transports estime que le coût sera plus faible que prévu, car les bus utilisés dorment au dépôt la nuit."},
	"es": {"El ayuntamiento amplía la red de autobuses nocturnos",
		"El pleno del ayuntamiento aprobó este martes ampliar la red de autobuses nocturnos a cuatro barrios más, tras un año de quejas de los trabajadores por turnos.",
		"Las nuevas líneas empezarán a funcionar en junio. La concejalía de Movilidad asegura que el coste será menor de lo previsto porque se usarán autobuses que hoy pasan la noche en cocheras."},
	"it": {"Il consiglio comunale estende la rete dei bus notturni",
		"Il consiglio comunale ha approvato martedì l'estensione della rete dei bus notturni a quattro nuovi quartieri, dopo un anno di proteste dei lavoratori a turni.",
		"Le nuove linee partiranno a giugno. L'assessorato ai trasporti sostiene che il costo sarà inferiore al previsto perché verranno usati mezzi fermi in deposito durante la notte."},
	"pt": {"Câmara aprova alargamento da rede de autocarros noturnos",
		"A câmara municipal aprovou na terça-feira o alargamento da rede de autocarros noturnos a mais quatro bairros, depois de um ano de queixas dos trabalhadores por turnos.",
		"As novas linhas arrancam em junho. O departamento de transportes diz que o custo será menor do que o previsto, porque serão usados veículos parados durante a noite."},
	"da": {"Byrådet udvider nettet af natbusser",
		"Byrådet besluttede tirsdag at udvide nettet af natbusser til fire nye bydele, efter et år med klager fra skifteholdsarbejdere over manglen på sene afgange.",
		"De nye linjer begynder at køre i juni. Trafikforvaltningen siger, at udgiften bliver lavere end ventet, fordi der bruges busser, som ellers holder stille om natten."},
	"nl": {"Gemeenteraad breidt nachtbusnet uit",
		"De gemeenteraad heeft dinsdag besloten het nachtbusnet uit te breiden naar vier extra wijken, na een jaar van klachten van ploegendienstwerkers over het gebrek aan late ritten.",
		"De nieuwe lijnen gaan in juni rijden. Het vervoerbedrijf zegt dat de kosten lager uitvallen dan verwacht omdat er bussen worden ingezet die 's nachts stilstaan."},
	"pl": {"Rada miasta rozszerza sieć nocnych autobusów",
		"Rada miasta zdecydowała we wtorek o rozszerzeniu sieci nocnych autobusów na cztery kolejne dzielnice, po roku skarg osób pracujących na zmiany.",
		"Nowe linie ruszą w czerwcu. Zarząd transportu twierdzi, że koszt będzie niższy od zakładanego, bo wykorzystane zostaną autobusy, które nocą stoją w zajezdni."},
	"tr": {"Belediye meclisi gece otobüsü ağını genişletiyor",
		"Belediye meclisi salı günü gece otobüsü ağının dört yeni mahalleye genişletilmesine karar verdi. Vardiyalı çalışanlar bir yıldır geç saatlerde sefer olmadığından şikayet ediyordu.",
		"Yeni hatlar haziranda hizmete girecek. Ulaşım dairesi, gece garajda bekleyen otobüsler kullanılacağı için maliyetin beklenenden düşük olacağını açıkladı."},
	"ru": {"Горсовет расширил сеть ночных автобусов",
		"Городской совет во вторник решил продлить ночные автобусные маршруты ещё в четыре района после года жалоб от работников, которые трудятся посменно.",
		"Новые маршруты начнут работать в июне. В транспортном департаменте заявили, что расходы окажутся ниже ожидаемых, так как будут использованы автобусы, простаивающие ночью."},
	"uk": {"Міська рада розширила мережу нічних автобусів",
		"Міська рада у вівторок ухвалила рішення продовжити нічні автобусні маршрути ще до чотирьох районів після року скарг від працівників, які працюють позмінно.",
		"Нові маршрути запрацюють у червні. У транспортному департаменті заявили, що витрати будуть нижчими за очікувані, бо використають автобуси, які вночі стоять у депо."},
	"ar": {"المجلس البلدي يوسع شبكة حافلات الليل",
		"قرر المجلس البلدي يوم الثلاثاء توسيع شبكة حافلات الليل لتشمل أربعة أحياء جديدة، بعد عام من شكاوى العاملين بنظام المناوبات من غياب الرحلات المتأخرة.",
		"وتبدأ الخطوط الجديدة العمل في يونيو. وقالت إدارة النقل إن التكلفة ستكون أقل من المتوقع لأن الحافلات المستخدمة تبقى متوقفة في المرآب ليلا."},
	"hi": {"नगर परिषद ने रात्रि बस सेवा का विस्तार किया",
		"नगर परिषद ने मंगलवार को रात्रि बस सेवा को चार और इलाकों तक बढ़ाने का फैसला किया। पाली में काम करने वाले लोग एक साल से देर रात बसें न होने की शिकायत कर रहे थे।",
		"नए रूट जून से शुरू होंगे। परिवहन विभाग ने कहा कि खर्च उम्मीद से कम होगा क्योंकि रात में डिपो में खड़ी रहने वाली बसों का इस्तेमाल किया जाएगा।"},
	"id": {"DPRD setujui perluasan jaringan bus malam",
		"Dewan kota pada Selasa menyetujui perluasan jaringan bus malam ke empat kecamatan baru, setelah setahun pekerja sif mengeluhkan tidak adanya layanan larut malam.",
		"Rute baru akan mulai beroperasi pada Juni. Dinas perhubungan menyebut biayanya lebih rendah dari perkiraan karena memakai bus yang biasanya diam di pool pada malam hari."},
	"ja": {"市議会、深夜バス路線の拡大を可決",
		"市議会は火曜日、深夜バスの路線を新たに四つの地区へ広げる案を可決した。交代勤務の労働者からは一年前から終バスが早すぎるとの声が上がっていた。",
		"新路線は六月に運行を始める。交通局は、夜間に車庫で待機しているバスを使うため、費用は当初の見込みより少なくなると説明した。"},
	"ko": {"시의회, 심야버스 노선 확대 의결",
		"시의회는 화요일 심야버스 노선을 네 개 지역으로 확대하는 안을 의결했다. 교대 근무자들은 1년 전부터 늦은 시간 버스가 없다고 불만을 제기해 왔다.",
		"새 노선은 6월부터 운행된다. 교통국은 밤사이 차고지에 서 있는 버스를 활용하기 때문에 비용이 예상보다 적을 것이라고 밝혔다."},
	"zh": {"市议会通过扩大夜间公交线路方案",
		"市议会周二通过方案，将夜间公交线路扩大到另外四个城区。一年来，倒班工人一直抱怨深夜没有公交可坐。",
		"新线路将于六月开通。交通部门表示，由于使用夜间停放在车场的公交车，费用将低于预期。"},
	"vi": {"Hội đồng thành phố mở rộng mạng lưới xe buýt đêm",
		"Hội đồng thành phố hôm thứ Ba đã bỏ phiếu mở rộng mạng lưới xe buýt đêm tới bốn quận mới, sau một năm công nhân làm ca phàn nàn về việc thiếu chuyến muộn.",
		"Các tuyến mới sẽ bắt đầu chạy vào tháng Sáu. Sở giao thông cho biết chi phí thấp hơn dự kiến vì sử dụng những chiếc xe buýt vốn để không qua đêm."},
	"th": {"สภาเมืองขยายเครือข่ายรถโดยสารกลางคืน",
		"สภาเมืองลงมติเมื่อวันอังคารให้ขยายเส้นทางรถโดยสารกลางคืนไปอีกสี่เขต หลังจากพนักงานที่ทำงานเป็นกะร้องเรียนมาตลอดหนึ่งปีว่าไม่มีรถรอบดึก",
		"เส้นทางใหม่จะเริ่มให้บริการในเดือนมิถุนายน ฝ่ายคมนาคมระบุว่าค่าใช้จ่ายจะต่ำกว่าที่คาดไว้ เพราะใช้รถที่จอดทิ้งไว้ในอู่ช่วงกลางคืน"},
	"el": {"Το δημοτικό συμβούλιο επεκτείνει το δίκτυο νυχτερινών λεωφορείων",
		"Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να επεκτείνει το δίκτυο των νυχτερινών λεωφορείων σε τέσσερις ακόμη συνοικίες, ύστερα από έναν χρόνο παραπόνων από εργαζόμενους σε βάρδιες.",
		"Οι νέες γραμμές θα ξεκινήσουν τον Ιούνιο. Η υπηρεσία συγκοινωνιών ανέφερε ότι το κόστος θα είναι χαμηλότερο από το αναμενόμενο, επειδή θα χρησιμοποιηθούν λεωφορεία που μένουν ακινητοποιημένα τη νύχτα."},
	"ro": {"Consiliul local extinde rețeaua de autobuze de noapte",
		"Consiliul local a votat marți extinderea rețelei de autobuze de noapte în încă patru cartiere, după un an de plângeri din partea angajaților care lucrează în ture.",
		"Noile linii vor porni în iunie. Direcția de transport spune că acest cost va fi mai mic decât se aștepta, pentru că vor fi folosite autobuze care stau noaptea în depou."},
	"hu": {"Bővül az éjszakai buszhálózat a városban",
		"A városi közgyűlés kedden megszavazta, hogy az éjszakai buszhálózat további négy kerületre bővüljön, miután a műszakban dolgozók egy éve panaszkodtak a késői járatok hiányára.",
		"Az új vonalak júniusban indulnak. A közlekedési osztály szerint a költség a vártnál alacsonyabb lesz, mert éjszaka a garázsban álló buszokat állítják forgalomba."},
	"cs": {"Zastupitelstvo rozšíří síť nočních autobusů",
		"Městské zastupitelstvo v úterý odhlasovalo rozšíření sítě nočních autobusů do dalších čtyř čtvrtí poté, co si lidé pracující na směny rok stěžovali na chybějící pozdní spoje.",
		"Nové linky začnou jezdit v červnu. Dopravní odbor uvedl, že náklady budou nižší, než se čekalo, protože se využijí autobusy, které v noci stojí v garážích."},
	"sv": {"Kommunfullmäktige bygger ut nattbussnätet",
		"Kommunfullmäktige röstade på tisdagen för att bygga ut nattbussnätet till fyra nya stadsdelar, efter ett år av klagomål från skiftarbetare över bristen på sena avgångar.",
		"De nya linjerna börjar trafikera i juni. Trafikkontoret säger att kostnaden blir lägre än väntat eftersom bussar som annars står stilla om natten tas i bruk."},
	"fi": {"Kaupunginvaltuusto laajentaa yöbussiverkkoa",
		"Kaupunginvaltuusto päätti tiistaina laajentaa yöbussiverkkoa neljään uuteen kaupunginosaan, kun vuorotyöläiset olivat vuoden ajan valittaneet myöhäisten vuorojen puutteesta.",
		"Uudet linjat aloittavat liikennöinnin kesäkuussa. Liikennevirasto kertoi, että kustannukset jäävät odotettua pienemmiksi, koska käyttöön otetaan yöllä varikolla seisovia busseja."},
	"he": {"מועצת העיר מרחיבה את רשת האוטובוסים הליליים",
		"מועצת העיר החליטה ביום שלישי להרחיב את רשת האוטובוסים הליליים לארבע שכונות נוספות, לאחר שנה של תלונות מצד עובדי משמרות על היעדר נסיעות מאוחרות.",
		"הקווים החדשים יתחילו לפעול ביוני. מחלקת התחבורה מסרה כי העלות תהיה נמוכה מהצפוי, משום שייעשה שימוש באוטובוסים שעומדים בחניון בלילה."},
	"fa": {"شورای شهر شبکه اتوبوس\u200cهای شبانه را گسترش می\u200cدهد",
		"شورای شهر روز سه\u200cشنبه تصویب کرد که شبکه اتوبوس\u200cهای شبانه به چهار محله دیگر گسترش یابد، پس از یک سال شکایت کارگران نوبت\u200cکار از نبود سرویس\u200cهای دیروقت.",
		"خطوط جدید از خرداد به کار می\u200cافتند. اداره حمل و نقل اعلام کرد هزینه کمتر از پیش\u200cبینی خواهد بود، زیرا از اتوبوس\u200cهایی استفاده می\u200cشود که شب\u200cها در پارکینگ می\u200cمانند."},
	"sw": {"Baraza la jiji lapanua mtandao wa mabasi ya usiku",
		"Baraza la jiji Jumanne lilipiga kura kupanua mtandao wa mabasi ya usiku hadi mitaa minne mipya, baada ya mwaka mmoja wa malalamiko kutoka kwa wafanyakazi wa zamu kuhusu ukosefu wa safari za usiku.",
		"Njia mpya zitaanza kazi mwezi Juni. Idara ya usafiri ilisema gharama itakuwa ndogo kuliko ilivyotarajiwa kwa sababu mabasi yanayokaa kituoni usiku yatatumika."},
	"bn": {"নগর পরিষদ রাতের বাস চলাচল বাড়াচ্ছে",
		"নগর পরিষদ মঙ্গলবার রাতের বাস চলাচল আরও চারটি এলাকায় বাড়ানোর সিদ্ধান্ত নিয়েছে। পালায় কাজ করা শ্রমিকেরা এক বছর ধরে গভীর রাতে বাস না থাকার অভিযোগ করে আসছিলেন।",
		"নতুন রুটগুলো জুন মাসে চালু হবে। পরিবহন বিভাগ জানিয়েছে, রাতে ডিপোতে পড়ে থাকা বাস ব্যবহার করায় খরচ প্রত্যাশার চেয়ে কম হবে।"},
	"ta": {"மாநகராட்சி மன்றம் இரவு பேருந்து சேவையை விரிவாக்குகிறது",
		"மாநகராட்சி மன்றம் செவ்வாய்க்கிழமை இரவு பேருந்து சேவையை மேலும் நான்கு பகுதிகளுக்கு விரிவாக்க முடிவு செய்தது. ஷிப்ட் முறையில் வேலை செய்பவர்கள் ஓராண்டாக இரவு நேர பேருந்துகள் இல்லை என்று புகார் கூறி வந்தனர்.",
		"புதிய வழித்தடங்கள் ஜூன் மாதம் தொடங்கும். இரவில் பணிமனையில் நிற்கும் பேருந்துகள் பயன்படுத்தப்படுவதால் செலவு எதிர்பார்த்ததை விட குறைவாக இருக்கும் என்று போக்குவரத்துத் துறை தெரிவித்தது."},
	"ms": {"Majlis bandaraya luluskan perluasan rangkaian bas malam",
		"Majlis bandaraya pada Selasa meluluskan perluasan rangkaian bas malam ke empat kawasan baharu, selepas setahun pekerja syif merungut tentang ketiadaan perkhidmatan lewat malam.",
		"Laluan baharu akan mula beroperasi pada bulan Jun. Jabatan pengangkutan berkata kosnya lebih rendah daripada jangkaan kerana bas yang diletakkan di depoh pada waktu malam akan digunakan."},
	"hr": {"Gradsko vijeće proširuje mrežu noćnih autobusa",
		"Gradsko vijeće u utorak je izglasalo proširenje mreže noćnih autobusa na još četiri kvarta, nakon godinu dana pritužbi radnika u smjenama na nedostatak kasnih polazaka.",
		"Nove linije kreću u lipnju. Prometni odjel tvrdi da će trošak biti manji od očekivanog jer će se koristiti autobusi koji noću stoje u garaži."},
	"ca": {"L'ajuntament amplia la xarxa d'autobusos nocturns",
		"El ple de l'ajuntament va aprovar dimarts ampliar la xarxa d'autobusos nocturns a quatre barris més, després d'un any de queixes dels treballadors per torns.",
		"Les noves línies començaran a funcionar al juny. La regidoria de Mobilitat assegura que el cost serà menor del previst perquè s'utilitzaran autobusos que ara passen la nit a les cotxeres."},
	"tl": {"Pinalawak ng konseho ang ruta ng mga bus sa gabi",
		"Bumoto noong Martes ang konseho ng lungsod na palawakin ang ruta ng mga bus sa gabi sa apat pang distrito, matapos ang isang taon ng reklamo ng mga manggagawang may shift tungkol sa kawalan ng huling biyahe.",
		"Magsisimula ang mga bagong ruta sa Hunyo. Sinabi ng tanggapan ng transportasyon na mas mababa ang gastos kaysa inaasahan dahil gagamitin ang mga bus na nakaparada lamang tuwing gabi."},
	"ur": {"سٹی کونسل نے رات کی بس سروس میں توسیع کر دی",
		"سٹی کونسل نے منگل کو رات کی بس سروس کو مزید چار علاقوں تک بڑھانے کا فیصلہ کیا، جس سے پہلے شفٹوں میں کام کرنے والے ایک سال سے رات گئے بسیں نہ ہونے کی شکایت کر رہے تھے۔",
		"نئے روٹ جون میں شروع ہوں گے۔ محکمہ ٹرانسپورٹ نے کہا کہ خرچ توقع سے کم ہوگا کیونکہ رات کو ڈپو میں کھڑی رہنے والی بسیں استعمال کی جائیں گی۔"},
	"az": {"Şəhər şurası gecə avtobus şəbəkəsini genişləndirir",
		"Şəhər şurası çərşənbə axşamı gecə avtobus şəbəkəsini daha dörd rayona genişləndirmək barədə qərar qəbul etdi. Növbə ilə işləyənlər bir ildir gec saatlarda reys olmamasından şikayət edirdi.",
		"Yeni marşrutlar iyunda işə düşəcək. Nəqliyyat idarəsi bildirib ki, xərclər gözləniləndən az olacaq, çünki gecələr qarajda dayanan avtobuslardan istifadə ediləcək."},
	"hy": {"Քաղաքային խորհուրդը ընդլայնում է գիշերային ավտոբուսների ցանցը",
		"Քաղաքային խորհուրդը երեքշաբթի որոշեց գիշերային ավտոբուսների երթուղիները երկարացնել ևս չորս թաղամաս։ Հերթափոխով աշխատողները մեկ տարի բողոքում էին ուշ ժամերին երթերի բացակայությունից։",
		"Նոր երթուղիները կգործարկվեն հունիսին։ Տրանսպորտի վարչությունը հայտնել է, որ ծախսերը սպասվածից քիչ կլինեն, քանի որ կօգտագործվեն գիշերը կայանատեղիում կանգնած ավտոբուսները։"},
	"ka": {"საკრებულომ ღამის ავტობუსების ქსელი გააფართოვა",
		"ქალაქის საკრებულომ სამშაბათს გადაწყვიტა ღამის ავტობუსების მარშრუტები კიდევ ოთხ უბანში გააგრძელოს. ცვლაში მომუშავეები ერთი წელია უჩიოდნენ გვიან საათებში რეისების არარსებობას.",
		"ახალი მარშრუტები ივნისში ამოქმედდება. ტრანსპორტის სამსახურის თქმით, ხარჯი მოსალოდნელზე ნაკლები იქნება, რადგან გამოყენებული იქნება ავტობუსები, რომლებიც ღამით დეპოში დგას."},
	"kk": {"Қалалық мәслихат түнгі автобус желісін кеңейтті",
		"Қалалық мәслихат сейсенбі күні түнгі автобус бағыттарын тағы төрт ауданға ұзарту туралы шешім қабылдады. Ауысыммен жұмыс істейтіндер бір жыл бойы кешкі рейстердің жоқтығына шағымданған.",
		"Жаңа бағыттар маусымда іске қосылады. Көлік басқармасы түнде депода тұратын автобустар пайдаланылатындықтан шығын күтілгеннен аз болатынын хабарлады."},
	"uz": {"Shahar kengashi tungi avtobus tarmog'ini kengaytirdi",
		"Shahar kengashi seshanba kuni tungi avtobus yo'nalishlarini yana to'rtta mahallaga uzaytirishga qaror qildi. Smenada ishlaydiganlar bir yildan beri kechki reyslar yo'qligidan shikoyat qilib kelgan.",
		"Yangi yo'nalishlar iyun oyida ishga tushadi. Transport boshqarmasi xarajat kutilganidan kam bo'lishini ma'lum qildi, chunki tunda depoda turadigan avtobuslardan foydalaniladi."},
}

// readWorldBylineRows reads a census table in testdata: worldbylines.tsv,
// worldbylines2.tsv, worldbylines3.tsv or worldbylines4.tsv.
func readWorldBylineRows(t *testing.T, file string) []worldBylineRow {
	t.Helper()
	var out []worldBylineRow
	for _, row := range readTSV(t, file, 6) {
		f := row.fields
		r := worldBylineRow{name: f[0], lang: f[1], kind: f[2], head: f[3], byline: f[4]}
		if _, ok := worldBylineStories[r.lang]; !ok {
			t.Fatalf("%s:%d: no story in %q", file, row.line, r.lang)
		}
		if r.kind != "html" && r.kind != "text" {
			t.Fatalf("%s:%d: kind %q", file, row.line, r.kind)
		}
		if f[5] != "" {
			r.authors = strings.Split(f[5], ";")
		}
		out = append(out, r)
	}
	return out
}

// storyMark in a row's byline marks where the story's paragraphs go (a
// byline printed at the story's end); without it they follow the byline.
const storyMark = "{story}"

// article runs the row through extract.HTMLBytes or extract.String.
func (r worldBylineRow) article(t *testing.T) *extract.Article {
	t.Helper()
	s := worldBylineStories[r.lang]
	before, after, marked := strings.Cut(r.byline, storyMark)
	if !marked {
		before, after = r.byline, ""
	}
	var a *extract.Article
	var err error
	if r.kind == "text" {
		var b strings.Builder
		b.WriteString(s[0] + "\n")
		lines := func(x string) {
			for _, l := range strings.Split(x, `\n`) {
				if l != "" {
					b.WriteString(l + "\n")
				}
			}
		}
		lines(before)
		b.WriteString("\n" + s[1] + "\n\n" + s[2] + "\n")
		if after != "" {
			b.WriteString("\n")
			lines(after)
		}
		a, err = extract.String(b.String(), nil)
	} else {
		e := html.EscapeString
		page := `<!doctype html><html lang="` + r.lang + `"><head><meta charset="utf-8"><title>` + e(s[0]) + "</title>" + r.head +
			"</head><body><article><h1>" + e(s[0]) + "</h1>" + before + "<p>" + e(s[1]) + "</p><p>" + e(s[2]) + "</p>" + after + "</article></body></html>"
		a, err = extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Invented heads whose bylines are printed as the world's CMSs and
// newspaper templates print them (WordPress, Arc, Brightspot, Drupal,
// Ghost, Substack, Medium, JSON-LD and meta forms, and sixteen languages'
// byline words), as HTML pages and as flattened text: the authors come out
// as the contract says, desks credited as the byline among them (see
// CONTRIBUTING.md, "Authors"), agencies, photo credits and the outlet's
// own name never, and the title stays the story's.
func TestWorldBylines(t *testing.T) {
	runWorldBylines(t, "worldbylines.tsv", 90, gapTable{list: "knownWorldBylineGaps", known: knownWorldBylineGaps})
}

// runWorldBylines reads a byline census file of at least min rows and
// checks each row's authors and title, rows in g's list logged rather
// than failed.
func runWorldBylines(t *testing.T, file string, min int, g gapTable) {
	rows := readWorldBylineRows(t, file)
	if len(rows) < min {
		t.Fatalf("%s: %d rows", file, len(rows))
	}
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a := r.article(t)
			if !slices.Equal(a.Authors, r.authors) {
				ck.Errorf("%s: authors %q, want %q", r.kind, a.Authors, r.authors)
			}
			if want := worldBylineStories[r.lang][0]; a.Title != want {
				ck.Errorf("%s: title %q, want %q", r.kind, a.Title, want)
			}
		})
	}
	g.done(t, len(rows))
}

// knownWorldBylineGaps are the rows the author code still reads wrong,
// logged rather than failed; a row that comes to read right fails the
// test until it leaves this list. The table was written blind (before the
// author code was read): 94 of its 108 rows read right then, 104, and
// 106 since a staff credit alone under a flattened headline, or a name
// with a job's title after a bar, is read (clean's creditUnder).
var knownWorldBylineGaps = map[string]bool{
	"desk: a Bureau as the byline":           true,
	"meta author with two names and a comma": true,
}

// A second census, written blind like the first and in forms the first
// lacks: the markup of more CMSs (Joomla, the Newspaper, Jannah,
// GeneratePress and Astra themes, Drupal fields, Blogger, Hugo, Jekyll,
// TYPO3, Bitrix, DLE, uCoz), microdata, rel=author, more meta and JSON-LD
// shapes, a reviewer, fact-checker, translator or photographer beside the
// writer, bylines printed only at the story's end, and fifteen more
// languages.
func TestWorldBylinesSecond(t *testing.T) {
	runWorldBylines(t, "worldbylines2.tsv", 90, gapTable{list: "knownWorldBylineGaps2", known: knownWorldBylineGaps2})
}

// knownWorldBylineGaps2 are worldbylines2.tsv's rows the author code
// still reads wrong, as knownWorldBylineGaps. The table was written
// blind: 62 of its 100 rows read right then, 85, and 86 since a
// Japanese reporter's name in full-width brackets at the story's end
// reads on flattened text (clean's bracketSignoff); 87 since a Greek
// name in the genitive after its article ("Του", "Της") reads on
// flattened text as a byline alone on its line (clean's
// greekArticleByline); 88 since a Turkish "Haber:" strip an update
// closes is no headline of the flattened head (clean's
// datedNamesStrip); 89 since a photographer's "Kuvat:" credit under the
// writer's is no headline of the flattened head (clean's
// photoLabelLine); 90 since two Drupal field items, each a marked
// element of one shape, read as two writers (clean's nextBylineName).
// Left: a byline
// printed only at the story's end (a Vietnamese name in bold: the tail
// readers want a label or a marked panel); a name in no marked element and after no label
// (Hugo's strip, uCoz's "Добавил:"); a desk outside staffCredits and deskCredit (Bengali "নিজস্ব
// প্রতিবেদক"); and the text path's forms that the HTML path reads only
// inside a marked element ("Na", "From").
var knownWorldBylineGaps2 = map[string]bool{
	"Hugo PaperMod, date, reading time and the name after middle dots": true,
	"uCoz, Добавил in the details line":                                true,
	"Japanese, the reporter in brackets at the story's end":            true,
	"Vietnamese, the name in bold at the story's end":                  true,
	"Bengali, desk: নিজস্ব প্রতিবেদক":                                  true,
	"text, From a name and the city":                                   true,
	"text, a name, a date and read time after middle dots":             true,
	"text, Vietnamese name at the end":                                 true,
	"text, Bengali desk নিজস্ব প্রতিবেদক":                              true,
}

// A third census, written blind like the first two and in forms they
// lack: bylines printed only at the story's end (wire sign-offs whose
// editors are no authors, dashed sign-offs, author cards), JSON-LD and
// meta shapes (givenName and familyName, creator, a profile URL, Yoast's
// twitter:label1, sailthru and cXense tags), hCard and address markup,
// credits with roles, the editors, photographers and sponsors that are no
// authors, and more languages' byline words.
func TestWorldBylinesThird(t *testing.T) {
	runWorldBylines(t, "worldbylines3.tsv", 90, gapTable{list: "knownWorldBylineGaps3", known: knownWorldBylineGaps3})
}

// knownWorldBylineGaps3 are worldbylines3.tsv's rows the author code
// still reads wrong, as knownWorldBylineGaps. The table was written
// blind: 64 of its 90 rows read right then, 86 now (a name and a role in
// two spans printed with no blank between, "Paolo SerraTransport
// correspondent": the case change before a sentence-case role ends the
// name, unglueRoleAfter). Left: a
// second writer after "with" (the names' pattern joins by "and" and
// commas only); credits that
// give each person's role in brackets or a list of "Reporter:",
// "Photos:" lines (read as picture credits); and the Catalan "Per",
// also a Scandinavian given name ("Per Olsson").
var knownWorldBylineGaps3 = map[string]bool{
	"By a name with a name":                                   true,
	"credits with roles in brackets":                          true,
	"credits as a list of Reporter, Photos and Editor labels": true,
	"Catalan, Per a name":                                     true,
}

// A fourth census, written blind like the first three and in forms they
// lack: rel=author links, microdata authors with nested Persons, JSON-LD
// author arrays and @id references into the graph, authors given only as
// URLs, staff and desk credits, photographers and translators that are no
// authors, and the byline words of Azerbaijani, Armenian, Georgian,
// Russian, Turkish, Persian, Kazakh and Uzbek, two writers joined by each
// language's "and".
func TestWorldBylinesFourth(t *testing.T) {
	runWorldBylines(t, "worldbylines4.tsv", 70, gapTable{list: "knownWorldBylineGaps4", known: knownWorldBylineGaps4})
}

// knownWorldBylineGaps4 are worldbylines4.tsv's rows the author code
// still reads wrong, as knownWorldBylineGaps. The table was written
// blind: 61 of its 73 rows read right then, 71 now (a news story's JSON-LD
// author typed Organization that is its publisher: ldOutletAuthors).
// Left: the outlet's own organisation given as the author in microdata
// where the page names no site apart from the publisher: the author's
// type is gone by the time notOutlet judges the name, and a name of three
// capitalised words reads as a person's. Its
// last 21 rows, newsrooms' desks printed as the byline (deskCredit),
// desks beside a writer's name and agencies alone, were added blind
// later: 7 read right then, 21 now (the class "autor" and the kana
// outlet's desk read since the fifth census).
var knownWorldBylineGaps4 = map[string]bool{
	"itemprop author, a nested Organization that is the outlet, is no author": true,
}
