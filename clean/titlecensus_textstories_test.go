package clean

// The text title census's stories (titlecensus_text_test.go): one invented
// story per language, three paragraphs of prose to put under each head, so
// that the head's lines are read above a story as they are on a page.
var textCensusStories = map[string][]string{
	"en": {
		"The harbour board agreed on Tuesday to run the night ferry to the outer islands again from April, two years after the service was cut to save money during the repairs to the old pier.",
		"Islanders had asked for the late crossing for months, saying the last boat at six left nurses, students and shift workers stranded on the mainland every evening of the week.",
		"The board said tickets would cost the same as on the day boats, and that a review in the autumn would decide whether the crossing stays for the winter timetable.",
	},
	"de": {
		"Der Hafenrat hat am Dienstag beschlossen, die Nachtfähre zu den Inseln ab April wieder fahren zu lassen, zwei Jahre nachdem der Betrieb wegen der Arbeiten am alten Anleger eingestellt worden war.",
		"Viele Bewohner der Inseln hatten die späte Überfahrt seit Monaten gefordert, weil Pflegekräfte, Studierende und Schichtarbeiter nach dem letzten Schiff um sechs Uhr auf dem Festland festsaßen.",
		"Die Fahrkarten sollen so viel kosten wie tagsüber, und im Herbst will der Rat prüfen, ob die Verbindung auch im Winterfahrplan bleibt.",
	},
	"fr": {
		"Le conseil du port a décidé mardi de remettre en service le bac de nuit vers les îles à partir d'avril, deux ans après l'arrêt de la liaison pendant les travaux de l'ancien quai.",
		"Les habitants réclamaient depuis des mois cette traversée tardive, car le dernier bateau de dix-huit heures laissait infirmières, étudiants et travailleurs de nuit bloqués sur le continent.",
		"Les billets coûteront le même prix qu'en journée, et un bilan à l'automne dira si la liaison reste dans l'horaire d'hiver.",
	},
	"es": {
		"El consejo del puerto aprobó el martes volver a poner en marcha el ferry nocturno a las islas a partir de abril, dos años después de que el servicio se suspendiera por las obras del viejo muelle.",
		"Los vecinos de las islas llevaban meses pidiendo la travesía tardía, porque el último barco de las seis dejaba a enfermeras, estudiantes y trabajadores por turnos atrapados en tierra firme.",
		"Los billetes costarán lo mismo que los de día, y una revisión en otoño decidirá si la ruta sigue en el horario de invierno.",
	},
	"it": {
		"Il consiglio del porto ha deciso martedì di riattivare il traghetto notturno per le isole da aprile, due anni dopo la sospensione del servizio per i lavori al vecchio molo.",
		"Gli abitanti delle isole chiedevano da mesi la corsa serale, perché l'ultima nave delle sei lasciava infermieri, studenti e lavoratori a turni bloccati sulla terraferma.",
		"I biglietti costeranno quanto quelli diurni e una verifica in autunno dirà se la corsa resterà nell'orario invernale.",
	},
	"pt": {
		"O conselho do porto decidiu na terça-feira voltar a operar o ferry noturno para as ilhas a partir de abril, dois anos depois de o serviço ter sido suspenso durante as obras do velho cais.",
		"Os moradores das ilhas pediam há meses a travessia tardia, porque o último barco das seis deixava enfermeiros, estudantes e trabalhadores por turnos retidos no continente.",
		"Os bilhetes vão custar o mesmo que os diurnos, e uma avaliação no outono dirá se a ligação fica no horário de inverno.",
	},
	"nl": {
		"De havenraad heeft dinsdag besloten de nachtveerboot naar de eilanden vanaf april weer te laten varen, twee jaar nadat de dienst werd stilgelegd tijdens de werkzaamheden aan de oude steiger.",
		"Eilandbewoners vroegen al maanden om de late overtocht, omdat de laatste boot van zes uur verpleegkundigen, studenten en ploegendienstwerkers op het vasteland liet stranden.",
		"Kaartjes kosten evenveel als overdag, en een evaluatie in het najaar moet uitwijzen of de verbinding in de winterdienstregeling blijft.",
	},
	"pl": {
		"Rada portu zdecydowała we wtorek o przywróceniu nocnego promu na wyspy od kwietnia, dwa lata po tym, jak kursy zawieszono na czas remontu starego nabrzeża.",
		"Mieszkańcy wysp od miesięcy domagali się późnego rejsu, bo ostatni statek o szóstej zostawiał pielęgniarki, studentów i pracowników zmianowych na lądzie.",
		"Bilety będą kosztować tyle samo co w dzień, a jesienna ocena przesądzi, czy połączenie zostanie w rozkładzie zimowym.",
	},
	"ru": {
		"Совет порта во вторник решил с апреля вновь запустить ночной паром на острова, спустя два года после того, как рейсы отменили на время ремонта старого причала.",
		"Жители островов несколько месяцев просили вернуть поздний рейс, потому что последний паром в шесть часов оставлял медсестёр, студентов и сменных рабочих на материке.",
		"Билеты будут стоить столько же, сколько дневные, а осенью совет решит, останется ли рейс в зимнем расписании.",
	},
	"tr": {
		"Liman kurulu salı günü, eski iskeledeki onarımlar nedeniyle iki yıl önce durdurulan adalara gece feribotunun nisan ayından itibaren yeniden sefere başlamasına karar verdi.",
		"Ada sakinleri aylardır geç saatteki seferi istiyordu, çünkü saat altıdaki son tekne hemşireleri, öğrencileri ve vardiyalı çalışanları anakarada mahsur bırakıyordu.",
		"Biletler gündüz seferleriyle aynı fiyatta olacak ve sonbaharda yapılacak bir değerlendirme seferin kış tarifesinde kalıp kalmayacağını belirleyecek.",
	},
	"id": {
		"Dewan pelabuhan pada Selasa memutuskan untuk kembali menjalankan feri malam ke pulau-pulau mulai April, dua tahun setelah layanan itu dihentikan selama perbaikan dermaga lama.",
		"Warga pulau sudah berbulan-bulan meminta penyeberangan malam, karena kapal terakhir pukul enam membuat perawat, mahasiswa, dan pekerja sif terjebak di daratan.",
		"Harga tiket akan sama dengan penyeberangan siang, dan evaluasi pada akhir tahun akan menentukan apakah layanan tetap ada di jadwal berikutnya.",
	},
	"ja": {
		"港湾委員会は火曜日、旧桟橋の改修工事のため二年前に運休していた離島への夜行フェリーを、四月から再開することを決めた。島の住民は数か月前から遅い便の復活を求めていた。",
		"午後六時の最終便のあと、看護師や学生、交代勤務の労働者が本土に取り残される状況が続いていたためだ。運賃は昼の便と同じとなる。",
		"委員会は秋に利用状況を検証し、冬のダイヤでも運航を続けるかどうかを判断するとしている。",
	},
	"zh": {
		"港务委员会周二决定，从四月起恢复开往外岛的夜间渡轮，该航线两年前因旧码头维修而停运。岛上居民数月来一直要求恢复晚班船。",
		"居民表示，下午六点的末班船开走后，护士、学生和轮班工人常常滞留在大陆。新航班的票价将与白天航班相同。",
		"委员会称将在秋季评估客流情况，再决定冬季时刻表是否保留这一航线。",
	},
	"ko": {
		"항만위원회는 화요일 옛 부두 보수 공사로 2년 전 중단됐던 섬 지역 야간 여객선 운항을 4월부터 재개하기로 결정했다. 섬 주민들은 몇 달 전부터 늦은 배편의 부활을 요구해 왔다.",
		"오후 6시 마지막 배가 떠난 뒤 간호사와 학생, 교대 근무자들이 육지에 발이 묶이는 일이 잦았기 때문이다. 요금은 낮 배편과 같다.",
		"위원회는 가을에 이용 현황을 점검한 뒤 겨울 시간표에도 운항을 유지할지 결정할 방침이다.",
	},
	"ar": {
		"قرر مجلس الميناء يوم الثلاثاء إعادة تشغيل العبّارة الليلية إلى الجزر اعتبارا من أبريل، بعد عامين من توقف الخدمة خلال أعمال ترميم الرصيف القديم.",
		"وكان سكان الجزر يطالبون منذ أشهر بعودة الرحلة المتأخرة، لأن آخر قارب في السادسة مساء كان يترك الممرضين والطلاب وعمال المناوبات عالقين على البر.",
		"وستكون أسعار التذاكر مماثلة لرحلات النهار، على أن يحدد تقييم في الخريف ما إذا كانت الرحلة ستبقى في جدول الشتاء.",
	},
	"hi": {
		"बंदरगाह बोर्ड ने मंगलवार को फैसला किया कि द्वीपों के लिए रात की फेरी अप्रैल से फिर शुरू होगी, जो पुराने घाट की मरम्मत के कारण दो साल पहले बंद कर दी गई थी।",
		"द्वीपों के लोग कई महीनों से देर रात की सेवा की मांग कर रहे थे, क्योंकि शाम छह बजे की आखिरी नाव के बाद नर्सें, छात्र और पाली में काम करने वाले लोग मुख्य भूमि पर फंस जाते थे।",
		"टिकट का दाम दिन की फेरी जितना ही रहेगा, और शरद ऋतु में समीक्षा के बाद तय होगा कि सर्दियों की समय-सारिणी में यह सेवा रहेगी या नहीं।",
	},
	"ne": {
		"बन्दरगाह बोर्डले मंगलबार पुरानो घाटको मर्मतका कारण दुई वर्षअघि रोकिएको टापुहरूतर्फको रात्रि फेरी चैतदेखि फेरि सञ्चालन गर्ने निर्णय गरेको छ।",
		"टापुका बासिन्दाले महिनौँदेखि ढिलो सेवाको माग गर्दै आएका थिए, किनभने साँझ छ बजेको अन्तिम डुंगापछि नर्स, विद्यार्थी र पालोमा काम गर्ने कामदार मुख्य भूमिमै अड्किन्थे।",
		"टिकटको मूल्य दिउँसोको सेवा जत्तिकै हुनेछ, र शरद ऋतुमा हुने समीक्षाले हिउँदको तालिकामा यो सेवा रहन्छ कि रहँदैन भन्ने तय गर्नेछ।",
	},
	"vi": {
		"Ban quản lý cảng hôm thứ Ba quyết định cho tàu đêm ra các đảo chạy lại từ tháng Tư, hai năm sau khi tuyến này bị dừng để sửa chữa cầu cảng cũ.",
		"Người dân trên đảo đã đề nghị khôi phục chuyến muộn trong nhiều tháng, vì sau chuyến cuối lúc sáu giờ chiều, y tá, sinh viên và công nhân làm ca thường bị kẹt lại trên đất liền.",
		"Giá vé sẽ bằng giá chuyến ban ngày, và một đợt đánh giá vào mùa thu sẽ quyết định tuyến có được giữ trong lịch mùa đông hay không.",
	},
	"sv": {
		"Hamnstyrelsen beslutade på tisdagen att nattfärjan till öarna ska gå igen från april, två år efter att trafiken stoppades under arbetet med den gamla bryggan.",
		"Öborna har i månader krävt den sena turen, eftersom den sista båten klockan sex lämnade sjuksköterskor, studenter och skiftarbetare strandsatta på fastlandet.",
		"Biljetterna kostar lika mycket som dagtid, och en utvärdering i höst avgör om turen blir kvar i vintertidtabellen.",
	},
	"cs": {
		"Rada přístavu v úterý rozhodla, že noční trajekt na ostrovy začne od dubna znovu jezdit, dva roky poté, co byl provoz kvůli opravě starého mola zastaven.",
		"Obyvatelé ostrovů se pozdního spoje domáhali několik měsíců, protože po poslední lodi v šest hodin zůstávaly zdravotní sestry, studenti a směnní pracovníci uvězněni na pevnině.",
		"Jízdenky budou stát stejně jako přes den a podzimní vyhodnocení rozhodne, zda spoj zůstane i v zimním jízdním řádu.",
	},
}
