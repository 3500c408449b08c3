package clean

import (
	"testing"
)

// The world census's stories: invented news stories of five paragraphs in
// fifteen languages, headline first, each paragraph marked "+" (body).
var (
	worldStoryTR = []string{
		"Köprü onarımı nedeniyle sahil yolu iki hafta kapalı kalacak",
		"+Karayolları bölge müdürlüğü, sahil yolundaki eski köprünün taşıyıcı ayaklarında çatlaklar tespit edildiğini ve onarım çalışmalarının pazartesi sabahı başlayacağını açıkladı. Çalışmalar süresince yol her iki yönde de trafiğe kapatılacak.",
		"+Sürücülerin şehir merkezine ulaşmak için eski sanayi bölgesinden geçen alternatif güzergahı kullanması istendi. Trafik polisi yoğun saatlerde kavşaklarda ek ekip görevlendireceğini bildirdi.",
		"+Bölge müdürü yaptığı açıklamada, köprünün yaklaşık kırk yıl önce yapıldığını ve son kapsamlı bakımın on iki yıl önce gerçekleştirildiğini hatırlattı. Müdür, onarımın ardından köprünün en az yirmi yıl daha güvenle kullanılabileceğini söyledi.",
		"+Sahil yolu üzerindeki esnaf ise kapanmanın turizm sezonu dışında yapılmasından memnun olduklarını, ancak iki haftalık sürenin uzamamasını umduklarını dile getirdi.",
		"+Belediye, toplu taşıma hatlarında da geçici değişiklik yapılacağını ve güncel sefer saatlerinin duraklara asılacağını duyurdu.",
	}
	worldStoryRU = []string{
		"В северном районе до пятницы будут отключать горячую воду",
		"+Коммунальные службы начали плановую замену труб теплотрассы в северном районе города. Работы затронут около сорока жилых домов, а также две школы и поликлинику, сообщили в городской администрации во вторник.",
		"+По словам главного инженера предприятия, старые трубы были проложены ещё в семидесятые годы и за последнюю зиму прорывались трижды. Новые трубы в изоляции должны прослужить не меньше тридцати лет.",
		"+Горячую воду будут отключать ежедневно с девяти утра до шести вечера. Жителям советуют заранее запасти воду и следить за объявлениями на подъездах, где указаны точные сроки для каждого дома.",
		"+В школах на время работ установили электрические водонагреватели, поэтому занятия пройдут по обычному расписанию. В поликлинике приём пациентов также не изменится.",
		"+Если после окончания работ вода в квартире не появится, жильцам следует обратиться в диспетчерскую службу своей управляющей компании.",
	}
	worldStoryUK = []string{
		"У Полтаві відкрили оновлену дитячу бібліотеку",
		"+Після півроку ремонту в центрі міста знову відчинила двері дитяча бібліотека. У приміщенні замінили вікна, підлогу та освітлення, а в читальній залі облаштували окремий куточок для найменших відвідувачів.",
		"+Директорка бібліотеки розповіла, що фонд поповнився майже двома тисячами нових книжок. Частину з них передали видавництва, а решту закупили коштом міського бюджету та пожертв місцевих підприємців.",
		"+Відтепер бібліотека працюватиме шість днів на тиждень, а по суботах тут проходитимуть читання вголос для дошкільнят. Для школярів планують гурток, де діти вчитимуться писати власні оповідання.",
		"+Батьки, які прийшли на відкриття, зауважили, що раніше дітям бракувало тихого місця для навчання після уроків. Тепер у залі є столи з розетками та безкоштовний інтернет.",
		"+Записатися до бібліотеки можна безкоштовно, достатньо прийти з одним із батьків і мати при собі свідоцтво про народження дитини.",
	}
	worldStoryID = []string{
		"Pasar tradisional di Bandung direnovasi, pedagang pindah sementara",
		"+Pemerintah kota mulai merenovasi pasar tradisional di kawasan timur Bandung yang sudah berdiri sejak tahun delapan puluhan. Selama pekerjaan berlangsung, sekitar tiga ratus pedagang dipindahkan ke lapangan parkir di sebelah pasar.",
		"+Kepala dinas perdagangan mengatakan renovasi akan memakan waktu sekitar delapan bulan. Bangunan baru dirancang dengan ventilasi yang lebih baik, saluran air yang lebih lebar, dan tempat pembuangan sampah terpisah.",
		"+Sebagian pedagang mengaku khawatir pembeli akan berkurang karena lokasi sementara kurang terlindung dari hujan. Pemerintah berjanji memasang tenda tambahan dan memperbaiki jalan masuk sebelum musim hujan tiba.",
		"+Seorang pedagang sayur yang sudah berjualan selama dua puluh tahun berharap pasar baru tetap terjangkau. Ia meminta agar biaya sewa kios tidak naik terlalu tinggi setelah renovasi selesai.",
		"+Pemerintah kota memastikan pedagang lama akan mendapat prioritas untuk menempati kios di gedung baru.",
	}
	worldStoryMS = []string{
		"Jalan utama ke pekan ditutup selepas tanah runtuh",
		"+Jalan utama yang menghubungkan beberapa kampung dengan pekan berhampiran ditutup sejak pagi semalam selepas berlaku tanah runtuh akibat hujan lebat berterusan. Tiada sebarang kecederaan dilaporkan dalam kejadian itu.",
		"+Jurutera daerah berkata kerja-kerja membersihkan tanah dan batu dijangka mengambil masa sekurang-kurangnya tiga hari. Pasukan pakar juga akan memeriksa cerun di sepanjang jalan itu bagi memastikan ia selamat.",
		"+Penduduk kampung dinasihatkan menggunakan jalan alternatif melalui ladang kelapa sawit walaupun perjalanan menjadi lebih jauh kira-kira dua puluh minit. Bas sekolah turut menggunakan laluan tersebut.",
		"+Ketua kampung berkata penduduk sudah lama meminta supaya cerun itu diperkukuh kerana tanah di kawasan tersebut mudah runtuh setiap kali musim tengkujuh.",
		"+Pihak berkuasa akan memaklumkan tarikh jalan dibuka semula melalui laman sosial pejabat daerah.",
	}
	worldStoryFR = []string{
		"Le nouveau tramway de la ville entrera en service en septembre",
		"+La métropole a présenté mardi le calendrier de mise en service de la troisième ligne de tramway, qui reliera la gare au campus universitaire en une vingtaine de minutes. Les premiers essais sans voyageurs commenceront au début de l'été.",
		"+Selon le vice-président chargé des transports, la ligne devrait transporter près de quarante mille personnes par jour. Elle comptera seize stations, dont quatre équipées de parkings relais pour les habitants des communes voisines.",
		"+Les commerçants du boulevard central, qui ont subi deux ans de travaux, attendent avec impatience la fin du chantier. Plusieurs d'entre eux ont obtenu des indemnités pour la baisse de leur chiffre d'affaires.",
		"+Les lignes de bus seront réorganisées à l'ouverture du tramway afin d'éviter les doublons. Deux lignes seront supprimées et trois autres verront leur fréquence augmenter aux heures de pointe.",
		"+Une journée portes ouvertes permettra aux habitants de découvrir les rames avant l'inauguration officielle.",
	}
	worldStoryES = []string{
		"Las piscinas municipales abrirán dos semanas antes por el calor",
		"+El ayuntamiento ha decidido adelantar la apertura de las piscinas municipales al primero de junio ante las altas temperaturas previstas para las próximas semanas. La medida afecta a las cinco instalaciones de la ciudad.",
		"+La concejala de Deportes explicó que el personal de socorrismo ya ha sido contratado y que las revisiones de las depuradoras terminaron la semana pasada. Los precios de las entradas se mantendrán igual que el año anterior.",
		"+Los vecinos podrán comprar abonos de temporada en las oficinas de los polideportivos o a través de la página web municipal. Los menores de seis años y los mayores de sesenta y cinco seguirán entrando gratis.",
		"+Además de las piscinas, el ayuntamiento habilitará salas climatizadas en los centros cívicos para las personas mayores que vivan solas durante los días de más calor.",
		"+Los servicios sociales llamarán por teléfono a los vecinos más vulnerables para recordarles cómo protegerse de las altas temperaturas.",
	}
	worldStoryPT = []string{
		"Centro de saúde do bairro passa a abrir aos sábados",
		"+O centro de saúde do bairro norte vai passar a atender aos sábados de manhã a partir do próximo mês, anunciou a secretaria municipal de saúde. A mudança pretende reduzir as filas que se formam durante a semana.",
		"+Segundo a secretária de saúde, foram contratados mais dois médicos de família e três enfermeiros para cobrir o novo horário. As consultas de sábado serão marcadas com antecedência pelo telefone ou no próprio posto.",
		"+Moradores ouvidos pela reportagem disseram que a novidade vai ajudar quem trabalha durante a semana e não consegue sair mais cedo do emprego para levar os filhos ao médico.",
		"+A vacinação também estará disponível aos sábados, incluindo as vacinas do calendário infantil e a campanha contra a gripe, que começa em abril.",
		"+Se a procura for grande, a secretaria estuda estender o atendimento de sábado a outros dois centros de saúde da cidade.",
	}
	worldStoryIT = []string{
		"Nuova pista ciclabile lungo il fiume, lavori al via in primavera",
		"+Il comune ha approvato il progetto definitivo della pista ciclabile che correrà lungo l'argine del fiume per circa sei chilometri, collegando il centro storico con i quartieri della periferia sud. I lavori inizieranno in primavera.",
		"+L'assessore alla mobilità ha spiegato che il percorso sarà illuminato e separato dalla strada da una fila di alberi. Lungo il tracciato sono previste tre aree di sosta con fontanelle e rastrelliere per le biciclette.",
		"+Il costo complessivo dell'opera è di quasi due milioni di euro, in gran parte coperti da fondi regionali. Il resto sarà finanziato con il bilancio comunale dei prossimi due anni.",
		"+Le associazioni di ciclisti hanno accolto con favore il progetto, ma chiedono che il cantiere non blocchi del tutto il passaggio lungo l'argine durante l'estate.",
		"+Il comune organizzerà un incontro pubblico il mese prossimo per presentare i dettagli ai residenti.",
	}
	worldStoryDE = []string{
		"Grundschule am Stadtpark bekommt eine neue Mensa",
		"+Die Grundschule am Stadtpark bekommt eine eigene Mensa. Der Bauausschuss des Gemeinderats hat am Dienstagabend einstimmig beschlossen, den Anbau auf dem bisherigen Parkplatz hinter der Turnhalle zu errichten.",
		"+Bisher essen die rund dreihundert Kinder in zwei umgebauten Klassenzimmern, die für die vielen Ganztagsschüler längst zu klein sind. Die neue Mensa soll Platz für hundertzwanzig Kinder auf einmal bieten.",
		"+Die Kosten werden auf etwa 2,4 Millionen Euro geschätzt. Das Land übernimmt knapp die Hälfte, den Rest zahlt die Stadt aus Rücklagen, die eigentlich für die Sanierung des Hallenbads vorgesehen waren.",
		"+Eltern hatten sich seit Jahren für den Neubau eingesetzt. Die Vorsitzende des Elternbeirats sprach von einem guten Tag für die Schule und lobte die schnelle Entscheidung des Ausschusses.",
		"+Der Baubeginn ist für die Sommerferien geplant, fertig sein soll die Mensa zum Beginn des übernächsten Schuljahres.",
	}
	worldStoryNL = []string{
		"Pont over het kanaal vaart weer na maanden onderhoud",
		"+De pont tussen de twee dorpen aan het kanaal vaart sinds maandag weer. Het vaartuig lag sinds de zomer op een werf in het noorden, waar de motor werd vervangen en de romp opnieuw werd geschilderd.",
		"+Volgens de gemeente was het onderhoud dringend nodig omdat de oude motor steeds vaker uitviel. Fietsers en scholieren moesten tijdens de werkzaamheden een omweg van bijna acht kilometer maken via de brug bij de sluis.",
		"+De nieuwe motor is elektrisch en wordt 's nachts opgeladen aan de steiger. Daardoor is de pont een stuk stiller en stoot hij geen uitlaatgassen meer uit, aldus de wethouder.",
		"+Bewoners zijn blij dat de verbinding terug is. Een moeder die dagelijks met haar kinderen naar school fietst, zei dat ze elke ochtend een half uur eerder van huis moest.",
		"+De pont vaart op werkdagen van zes uur 's ochtends tot negen uur 's avonds en in het weekend vanaf acht uur.",
	}
	worldStoryPL = []string{
		"Park miejski zostanie zamknięty na czas wycinki chorych drzew",
		"+Od poniedziałku park miejski przy ulicy Ogrodowej będzie zamknięty dla spacerowiczów. Służby miejskie rozpoczną wycinkę kilkudziesięciu drzew, które według ekspertyz są chore i mogą stanowić zagrożenie.",
		"+Dendrolog zatrudniony przez miasto ocenił, że większość wycinanych klonów jest zaatakowana przez grzyba, który osłabia korzenie. W czasie ostatniej wichury dwa drzewa przewróciły się na alejkę.",
		"+Urzędnicy zapewniają, że w miejsce każdego wyciętego drzewa zostaną posadzone dwa nowe. Nasadzenia zaplanowano na jesień, a mieszkańcy będą mogli zgłaszać propozycje gatunków.",
		"+Część mieszkańców krytykuje decyzję i domaga się drugiej opinii. Radni opozycji złożyli wniosek o udostępnienie pełnej dokumentacji ekspertyzy.",
		"+Park ma zostać ponownie otwarty pod koniec miesiąca, jeśli pogoda pozwoli na sprawne prowadzenie prac.",
	}
	worldStoryVI = []string{
		"Thành phố mở thêm tuyến xe buýt điện nối sân bay với trung tâm",
		"+Sở Giao thông vận tải thành phố cho biết từ đầu tháng tới sẽ đưa vào khai thác tuyến xe buýt điện nối sân bay với khu trung tâm. Tuyến dài khoảng mười tám cây số và có mười hai điểm dừng.",
		"+Theo đại diện doanh nghiệp vận hành, mỗi chuyến xe sẽ cách nhau mười lăm phút vào giờ cao điểm và hai mươi phút vào các giờ còn lại. Giá vé dự kiến bằng với các tuyến xe buýt thông thường.",
		"+Xe được trang bị điều hòa, wifi miễn phí và chỗ để hành lý rộng cho hành khách đi máy bay. Tài xế đã được đào tạo để hỗ trợ người cao tuổi và người khuyết tật lên xuống xe.",
		"+Nhiều người dân bày tỏ vui mừng vì trước đây việc di chuyển từ sân bay về trung tâm bằng taxi khá tốn kém, nhất là vào ban đêm.",
		"+Sở cũng đang nghiên cứu mở thêm hai tuyến xe buýt điện khác trong năm tới nếu tuyến đầu tiên hoạt động hiệu quả.",
	}
	worldStoryAR = []string{
		"افتتاح مكتبة عامة جديدة في حي الروضة",
		"+افتتحت البلدية يوم الأحد مكتبة عامة جديدة في حي الروضة تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية، إلى جانب قاعة واسعة للمطالعة وركن خاص بالأطفال وغرفة صغيرة للاجتماعات.",
		"+وقال مدير المكتبة إن المبنى صمم ليكون مكانا هادئا للطلاب بعد انتهاء الدوام المدرسي، مشيرا إلى أن القاعة الرئيسية تتسع لنحو مئة شخص في وقت واحد وأن الإنترنت فيها مجاني.",
		"+وستنظم المكتبة ورشا أسبوعية في الكتابة والرسم للأطفال، إضافة إلى دورات في استخدام الحاسوب لكبار السن الذين يرغبون في تعلم المهارات الرقمية الأساسية.",
		"+وعبر عدد من سكان الحي عن سعادتهم بالمشروع، موضحين أن أقرب مكتبة كانت تبعد عنهم أكثر من نصف ساعة بالسيارة، وأن أبناءهم كانوا يذاكرون في المقاهي.",
		"+وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، ما عدا يوم الجمعة، والاشتراك فيها مجاني لجميع سكان المدينة.",
	}
	worldStoryAZ = []string{
		"Şəhərdə yeni uşaq parkı istifadəyə verildi",
		"+Şəhərin mərkəzi hissəsində yerləşən köhnə stadionun yerində yeni uşaq parkı istifadəyə verilib. Parkda müxtəlif yaş qrupları üçün oyun meydançaları, velosiped yolu və kiçik süni göl salınıb.",
		"+İcra hakimiyyətinin məlumatına görə, tikinti işləri təxminən bir il davam edib. Ərazidə beş yüzdən çox ağac və kol əkilib, gecə saatları üçün isə yeni işıqlandırma sistemi quraşdırılıb.",
		"+Parkın açılışında iştirak edən sakinlər bildiriblər ki, əvvəllər uşaqların təhlükəsiz oynaya biləcəyi yer az idi. İndi isə valideynlər uşaqlarını evə yaxın bir yerdə gəzdirə bilirlər.",
		"+Parkda həmçinin kafe, ictimai tualetlər və əlilliyi olan şəxslər üçün xüsusi keçidlər nəzərdə tutulub. Ərazinin təmizliyinə gündəlik olaraq xüsusi xidmət nəzarət edəcək.",
		"+Park hər gün səhər saat səkkizdən gecə saat on birə qədər ziyarətçilərin üzünə açıq olacaq.",
	}
	worldStoryEN = []string{
		"Grocery chain fined over shelf prices that did not match the till",
		"+A regional grocery chain has been fined after inspectors found that prices on its shelves were lower than the amounts charged at the checkout in a third of the stores they visited.",
		"+The consumer office said shoppers had been overcharged on items such as coffee, washing powder and frozen vegetables, usually by small amounts that few people noticed.",
		"+Inspectors photographed more than four hundred shelf tags and compared each one with a till receipt for the same product on the same day.",
		"+The chain said the errors came from a software update that changed prices in its system before staff had replaced the paper tags in the aisles.",
		"+Also, the company has promised to refund the difference to any customer who brings in a receipt from the past three months.",
	}
)

// withFoot is a census page: story's lines, then the lines under it.
func withFoot(story []string, foot ...string) []string {
	page := make([]string, 0, len(story)+len(foot))
	page = append(page, story...)
	return append(page, foot...)
}

// withEnd is a census page: story with its last paragraph put in place of
// last (each line of last marked "+" or "-"), then foot.
func withEnd(story []string, last []string, foot ...string) []string {
	page := make([]string, 0, len(story)+len(last)+len(foot))
	page = append(page, story[:len(story)-1]...)
	page = append(page, last...)
	return append(page, foot...)
}

// footClutterWorldCensus: the clutter under a news story of normal length
// in fifteen languages (related or "read also" headings over teasers, tag
// rows, share rows, newsletter calls, comment prompts, previous and next
// article links) and stories whose own last lines look a little like that
// clutter and stay.
var footClutterWorldCensus = []footClutterCase{
	{"tr ilgili haberler with dates", withFoot(worldStoryTR,
		"-İlgili Haberler",
		"-Kıyı şeridinde yeni bisiklet yolu planlanıyor",
		"-14 Ekim 2026",
		"-Limana gelen kruvaziyer sayısı arttı",
		"-9 Ekim 2026",
		"-Eski tersane binası müzeye dönüşüyor",
		"-2 Ekim 2026")},
	{"tr etiketler", withFoot(worldStoryTR,
		"-Etiketler: köprü, onarım, sahil yolu, trafik")},
	{"tr onceki sonraki haber", withFoot(worldStoryTR,
		"-Önceki Haber",
		"-Kültür merkezinde çocuk tiyatrosu başlıyor",
		"-Sonraki Haber",
		"-Balıkçı barınağına yeni iskele yapılacak")},
	{"tr yorum prompt", withFoot(worldStoryTR,
		"-Yorumlar (0)",
		"-Henüz yorum yapılmamış. İlk yorumu siz yapın!")},
	{"tr paylas row", withFoot(worldStoryTR,
		"-Bu haberi paylaş: Facebook Twitter WhatsApp E-posta")},
	{"tr ayrica list of steps (stays)", withEnd(worldStoryTR, []string{
		"+Onarım programı şöyle olacak:",
		"+Pazartesi: iskele kurulumu ve yolun kapatılması",
		"+Çarşamba: taşıyıcı ayakların güçlendirilmesi",
		"+Cuma: asfalt serimi ve yol çizgilerinin boyanması",
		"+Ayrıca belediye, çalışmalar süresince sahil yolundaki otoparkların ücretsiz olacağını açıkladı.",
	})},

	{"ru читайте также", withFoot(worldStoryRU,
		"-Читайте также",
		"-В парке Победы высадили двести лип",
		"-12 ноября 2026",
		"-Автобус номер семь изменит маршрут",
		"-10 ноября 2026",
		"-Горожане выбрали проект нового сквера",
		"-5 ноября 2026")},
	{"ru теги", withFoot(worldStoryRU,
		"-Теги: ремонт, теплотрасса, горячая вода")},
	{"ru поделиться", withFoot(worldStoryRU,
		"-Поделиться:",
		"-ВКонтакте",
		"-Одноклассники",
		"-Telegram")},
	{"ru telegram call", withFoot(worldStoryRU,
		"-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости города.")},
	{"ru comments prompt", withFoot(worldStoryRU,
		"-Комментарии (0)",
		"-Чтобы оставить комментарий, войдите на сайт.")},
	{"ru также last paragraph (stays)", withEnd(worldStoryRU, []string{
		"+Также в администрации напомнили, что жалобы на сроки ремонта можно оставить по телефону горячей линии, который работает круглосуточно.",
	})},

	{"uk читайте також", withFoot(worldStoryUK,
		"-Читайте також",
		"-На Подолі відремонтували стару школу",
		"-12 листопада 2026",
		"-Міський транспорт переходить на зимовий розклад",
		"-9 листопада 2026",
		"-Волонтери прибрали берег річки",
		"-3 листопада 2026")},
	{"uk теги", withFoot(worldStoryUK,
		"-Теги: бібліотека, діти, Полтава")},
	{"uk попередня наступна", withFoot(worldStoryUK,
		"-Попередня новина",
		"-У місті встановили нові зупинки",
		"-Наступна новина",
		"-Ярмарок меду пройде у вихідні")},

	{"id baca juga", withFoot(worldStoryID,
		"-Baca Juga",
		"-Harga beras di pasar induk mulai turun",
		"-Terminal bus baru dibuka akhir bulan",
		"-Pemkot tambah armada angkot listrik",
		"-Pedagang kaki lima ditata di alun-alun")},
	{"id tag", withFoot(worldStoryID,
		"-Tag: pasar tradisional, bandung, renovasi")},
	{"id bagikan", withFoot(worldStoryID,
		"-Bagikan artikel ini",
		"-Facebook",
		"-Twitter",
		"-WhatsApp")},
	{"id berita lainnya with dates", withFoot(worldStoryID,
		"-Berita Lainnya",
		"-Jalan layang baru mulai dibangun",
		"-5 Desember 2026",
		"-Warga keluhkan sampah menumpuk di sungai",
		"-4 Desember 2026",
		"-Sekolah gratis untuk anak yatim diperluas",
		"-2 Desember 2026")},
	{"id selain itu last paragraph (stays)", withEnd(worldStoryID, []string{
		"+Selain itu, pemerintah kota akan menyediakan bus gratis dari lokasi sementara ke terminal selama renovasi berlangsung.",
	})},

	{"ms berita berkaitan", withFoot(worldStoryMS,
		"-Berita Berkaitan",
		"-Banjir kilat landa tiga kampung",
		"-Jambatan baharu siap lebih awal",
		"-Penduduk diminta bersedia hadapi musim tengkujuh")},
	{"ms tag", withFoot(worldStoryMS,
		"-Tag: tanah runtuh, jalan raya, hujan lebat")},

	{"fr a lire aussi with dates", withFoot(worldStoryFR,
		"-À lire aussi",
		"-Le marché de Noël s'installe sur la place centrale",
		"-12 novembre 2026",
		"-Les travaux du pont reprendront en janvier",
		"-10 novembre 2026",
		"-Une nouvelle piste cyclable le long du canal",
		"-4 novembre 2026")},
	{"fr vous aimerez aussi", withFoot(worldStoryFR,
		"-Vous aimerez aussi",
		"-Le parking de la gare devient payant",
		"-La piscine municipale rouvre après travaux",
		"-Un festival de jazz en plein air cet été")},
	{"fr mots-cles", withFoot(worldStoryFR,
		"-Mots-clés : tramway, transports, métropole")},
	{"fr newsletter", withFoot(worldStoryFR,
		"-Recevez chaque matin l'essentiel de l'actualité de votre ville.",
		"-Je m'inscris à la newsletter")},
	{"fr commentaires", withFoot(worldStoryFR,
		"-Réagissez à cet article",
		"-Vous devez être connecté pour publier un commentaire.")},
	{"fr par ailleurs last paragraph naming a read (stays)", withEnd(worldStoryFR, []string{
		"+Par ailleurs, le plan complet du nouveau réseau est à lire aussi dans le journal municipal distribué cette semaine dans toutes les boîtes aux lettres.",
	})},

	{"es noticias relacionadas with dates", withFoot(worldStoryES,
		"-Noticias relacionadas",
		"-El mercado central amplía su horario en verano",
		"-3 de junio de 2026",
		"-Nuevos bancos a la sombra en el paseo del río",
		"-28 de mayo de 2026",
		"-La biblioteca abrirá por las tardes en agosto",
		"-20 de mayo de 2026")},
	{"es etiquetas", withFoot(worldStoryES,
		"-Etiquetas: piscinas, verano, calor, ayuntamiento")},
	{"es compartir", withFoot(worldStoryES,
		"-Compartir en Facebook",
		"-Compartir en Twitter",
		"-Enviar por WhatsApp")},
	{"es deja un comentario", withFoot(worldStoryES,
		"-Deja un comentario",
		"-Tu dirección de correo electrónico no será publicada.")},
	{"es mas informacion sentence (stays)", withEnd(worldStoryES, []string{
		"+Más información sobre horarios y precios en las oficinas de los polideportivos, que abren de lunes a viernes por la mañana.",
	})},

	{"pt leia tambem", withFoot(worldStoryPT,
		"-Leia também",
		"-Prefeitura abre inscrições para creches",
		"-Nova linha de ônibus liga bairro norte ao centro",
		"-Feira de artesanato volta à praça")},
	{"pt tags", withFoot(worldStoryPT,
		"-Tags: saúde, bairro norte, vacinação")},
	{"pt anterior proxima", withFoot(worldStoryPT,
		"-Notícia anterior",
		"-Escola estadual ganha quadra coberta",
		"-Próxima notícia",
		"-Câmara aprova reforma da praça da matriz")},

	{"it leggi anche", withFoot(worldStoryIT,
		"-Leggi anche",
		"-Chiude per lavori il ponte sul canale",
		"-Nuovi orari per la biblioteca civica",
		"-Mercato contadino ogni sabato in piazza")},
	{"it tag", withFoot(worldStoryIT,
		"-Tag: pista ciclabile, mobilità, fiume")},
	{"it precedente successivo", withFoot(worldStoryIT,
		"-Articolo precedente",
		"-Raccolta dei rifiuti, cambia il calendario",
		"-Articolo successivo",
		"-Scuole, al via le iscrizioni online")},
	{"it lascia un commento", withFoot(worldStoryIT,
		"-Lascia un commento",
		"-Il tuo indirizzo email non sarà pubblicato.")},

	{"de mehr zum thema with dates", withFoot(worldStoryDE,
		"-Mehr zum Thema",
		"-Gemeinderat streitet über Kita-Gebühren",
		"-12.11.2026",
		"-Hallenbad bleibt bis Frühjahr geschlossen",
		"-05.11.2026",
		"-Neuer Radweg zur Gesamtschule freigegeben",
		"-29.10.2026")},
	{"de schlagwoerter", withFoot(worldStoryDE,
		"-Schlagwörter: Schule, Mensa, Gemeinderat")},
	{"de newsletter", withFoot(worldStoryDE,
		"-Newsletter abonnieren",
		"-Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.")},
	{"de ausserdem and a list of figures (stays)", withEnd(worldStoryDE, []string{
		"+Die wichtigsten Zahlen im Überblick:",
		"+Kosten: rund 2,4 Millionen Euro",
		"+Plätze: 120",
		"+Bauzeit: etwa 14 Monate",
		"+Außerdem will die Stadt prüfen, ob die Mensa abends von Vereinen genutzt werden kann.",
	})},

	{"nl lees ook", withFoot(worldStoryNL,
		"-Lees ook",
		"-Nieuwe fietsbrug over de rivier geopend",
		"-Dorpshuis krijgt zonnepanelen",
		"-Veerdienst naar het eiland vaart vaker")},
	{"nl tags", withFoot(worldStoryNL,
		"-Tags: pont, kanaal, gemeente")},

	{"pl czytaj takze with dates", withFoot(worldStoryPL,
		"-Czytaj także",
		"-Nowe ścieżki rowerowe na osiedlu Zielonym",
		"-12 listopada 2026",
		"-Tramwaje pojadą objazdem przez dwa tygodnie",
		"-8 listopada 2026",
		"-Miasto szuka chętnych do ogrodów społecznych",
		"-3 listopada 2026")},
	{"pl tagi", withFoot(worldStoryPL,
		"-Tagi: park, wycinka drzew, zieleń miejska")},
	{"pl poprzedni nastepny", withFoot(worldStoryPL,
		"-Poprzedni artykuł",
		"-Remont dworca potrwa do wiosny",
		"-Następny artykuł",
		"-Biblioteka otwiera nową czytelnię")},

	{"vi tin lien quan with dates", withFoot(worldStoryVI,
		"-Tin liên quan",
		"-Mở rộng đường dẫn vào sân bay",
		"-12/11/2026",
		"-Thêm bãi đỗ xe máy gần ga tàu",
		"-10/11/2026",
		"-Thành phố trồng mới hai nghìn cây xanh",
		"-05/11/2026")},
	{"vi tu khoa", withFoot(worldStoryVI,
		"-Từ khóa: xe buýt điện, sân bay, giao thông công cộng")},

	{"ar iqra aydan", withFoot(worldStoryAR,
		"-اقرأ أيضا",
		"-افتتاح حديقة جديدة على الكورنيش",
		"-البلدية تعلن مواعيد جمع النفايات الجديدة",
		"-معرض الكتاب يستقبل زواره الأسبوع المقبل")},
	{"ar alwusum", withFoot(worldStoryAR,
		"-الوسوم: مكتبة، حي الروضة، ثقافة")},

	{"az diger xeberler with dates", withFoot(worldStoryAZ,
		"-Digər xəbərlər",
		"-Metronun yeni stansiyası açılır",
		"-12 noyabr 2026",
		"-Bulvarda yeni skverlər salınacaq",
		"-10 noyabr 2026",
		"-Məktəblərdə qış tətili başlayır",
		"-5 noyabr 2026")},
	{"az teqler", withFoot(worldStoryAZ,
		"-Teqlər: park, uşaqlar, şəhər")},
	{"az paylas", withFoot(worldStoryAZ,
		"-Paylaş:",
		"-Facebook",
		"-WhatsApp",
		"-Telegram")},

	{"en also last paragraph and tags in sentences (stays)", worldStoryEN},

	// Short pages (under minModelBlocks): the story detector steps aside.
	{"short ru читайте также", []string{
		"Во дворе на улице Мира поставили новые качели",
		"+Коммунальщики установили качели и песочницу во дворе дома номер восемь.",
		"+Жильцы просили об этом два года.",
		"-Читайте также:",
		"-В сквере у вокзала заменили фонари",
		"-На набережной откроют прокат лодок",
	}},
	{"short fr mots-cles", []string{
		"Une collision sans gravité sur la rocade",
		"+Deux voitures se sont percutées lundi matin à la sortie numéro quatre.",
		"+La circulation a été ralentie pendant une heure.",
		"-Mots-clés : rocade, accident, circulation",
	}},
	{"short pl poprzedni nastepny", []string{
		"Nowa wiata na przystanku przy szkole",
		"+Przystanek przy szkole podstawowej dostał nową wiatę z ławką.",
		"+Uczniowie nie będą już czekać na deszczu.",
		"-Poprzedni artykuł",
		"-Remont mostu na Wiśle potrwa dłużej",
		"-Następny artykuł",
		"-Koncert chóru w kościele parafialnym",
	}},
	{"short tr fact lines with colons (stays)", []string{
		"Kent müzesinde fotoğraf sergisi açıldı",
		"+Kent müzesinde eski fotoğraflardan oluşan sergi ziyarete açıldı.",
		"+Giriş: ücretsiz",
		"+Saatler: 10.00-18.00",
	}},
	{"short ru sentence naming a read also (stays)", []string{
		"Комиссия проверила детские площадки",
		"+Комиссия проверила сорок площадок и нашла нарушения на шести.",
		"+Читайте также отчёт комиссии, опубликованный в понедельник на сайте мэрии.",
	}},
	{"short en also read heading over sentences that stay", []string{
		"Harbour ferry adds a late sailing",
		"+The harbour ferry will add a sailing at eleven at night from May.",
		"-Also read",
		"+The operator says the late boat will run on weekdays only for the first month.",
		"+Tickets for it cost the same as for any other sailing.",
	}},
	{"short id list under a plain heading (stays)", []string{
		"Pendaftaran sekolah negeri dibuka Senin",
		"+Pendaftaran siswa baru sekolah negeri dibuka mulai Senin depan.",
		"+Syarat pendaftaran",
		"+KTP orang tua",
		"+Kartu keluarga",
		"+Pas foto berwarna",
	}},
	{"short es etiquetas in a sentence (stays)", []string{
		"Consumo revisa los precios de las tiendas del centro",
		"+Los inspectores de consumo visitaron veinte tiendas del centro esta semana.",
		"+Etiquetas: el ayuntamiento revisará también las de los mercados.",
	}},
}

// TestFootClutterWorldCensus reads each page of footClutterWorldCensus
// like TestFootClutterCensus does. Rows still read wrong are in
// footClutterWorldGaps with their cause; the test fails when one of them
// reads right (take it out) or a row outside them reads wrong.
func TestFootClutterWorldCensus(t *testing.T) {
	runFootClutterCensus(t, footClutterWorldCensus, footClutterWorldGaps, "footClutterWorldGaps")
}

// footClutterWorldGaps are world census rows still read wrong, with their
// cause.
var footClutterWorldGaps = map[string]string{
	"tr ayrica list of steps (stays)": "the story detector (model/text) ends the story at the list of weekday-labelled steps " +
		"under its last paragraph and the detectors after it take the closing paragraph with them (generic/outside-story)",
	"fr newsletter": "a newsletter's pitch line that names neither an inbox (isInboxTagline) nor a call, over its sign-up " +
		"line: the detector keeps it as the story's last sentence",
}
