package clean

import "testing"

// The writer-note census's stories: the world census's stories (their
// headline and five paragraphs) lengthened by invented paragraphs of their
// own to some three hundred words, the story a note about its writer
// needs above it (minBioStoryWords).
var (
	bioStoryDE = longWorldStory(worldStoryDE,
		"+Der Gemeinderat muss dem Beschluss des Ausschusses noch formal zustimmen. Das gilt als sicher, weil alle Fraktionen im Ausschuss für den Anbau gestimmt haben und die Mittel im Haushalt bereits eingeplant sind.",
		"+Der Schulleiter erinnerte daran, dass die Schule in den vergangenen zehn Jahren um fast ein Drittel gewachsen ist. Viele Familien aus den Neubaugebieten am Stadtrand schicken ihre Kinder inzwischen an die Grundschule am Stadtpark.",
		"+Für die Küche ist ein Caterer aus der Region vorgesehen, der das Essen frisch vor Ort zubereiten soll. Die Stadt will dabei auf Gemüse aus der Umgebung und auf ein vegetarisches Gericht an jedem Tag achten.",
		"+Während der Bauzeit fällt der Parkplatz weg. Lehrkräfte sollen deshalb den Parkplatz des benachbarten Sportvereins nutzen, mit dem die Stadt bereits eine Vereinbarung getroffen hat.",
		"+Ein Teil der Anwohner sorgt sich um den Lärm der Baustelle. Die Verwaltung hat zugesagt, dass laute Arbeiten nur werktags zwischen acht und sechzehn Uhr stattfinden und die Anwohner vorab informiert werden.",
		"+Nach der Fertigstellung soll der Speisesaal am Nachmittag auch von Vereinen und für Elternabende genutzt werden können.",
	)
	bioStoryFR = longWorldStory(worldStoryFR,
		"+Le conseil métropolitain votera en juin les derniers ajustements du réseau de bus. Les habitants peuvent donner leur avis jusqu'à la fin du mois sur un registre ouvert dans chaque mairie de l'agglomération.",
		"+Le chantier a mobilisé jusqu'à trois cents ouvriers au plus fort des travaux. La métropole assure que le budget initial, fixé à deux cent quarante millions d'euros, a été respecté à quelques pour cent près.",
		"+Les associations de cyclistes ont obtenu qu'une piste cyclable longe la plateforme sur la plus grande partie du tracé. Elles regrettent cependant l'absence d'arceaux suffisants près de la gare.",
		"+Le prix du ticket restera le même que pour le bus, et les abonnements en cours seront valables sur la nouvelle ligne sans démarche particulière de la part des usagers.",
		"+Les riverains de la dernière station, en bout de ligne, s'inquiètent du bruit des rames lors des manœuvres nocturnes. La métropole promet des mesures acoustiques dès les premières semaines.",
		"+Une quatrième ligne est déjà à l'étude pour desservir les quartiers est de l'agglomération d'ici la fin de la décennie.",
	)
	bioStoryES = longWorldStory(worldStoryES,
		"+El consistorio recuerda que está prohibido entrar con envases de cristal y que los menores de doce años deberán ir acompañados de un adulto en todo momento dentro del recinto de las piscinas.",
		"+El año pasado las piscinas recibieron más de ciento veinte mil visitas, una cifra récord que el ayuntamiento atribuye a las olas de calor de julio y agosto y a la ampliación del horario de tarde.",
		"+Para evitar aglomeraciones, el aforo de cada instalación se podrá consultar en tiempo real en la web municipal. Cuando se alcance el límite, los accesos se cerrarán hasta que salgan otros bañistas.",
		"+Los clubes de natación podrán seguir entrenando a primera hora de la mañana, antes de la apertura al público, como en temporadas anteriores, según el acuerdo firmado con las federaciones.",
		"+La oposición ha pedido que se estudie abrir también por la noche durante las semanas más calurosas, una propuesta que el equipo de gobierno no descarta si hay personal suficiente.",
		"+Las obras de mejora de los vestuarios de la piscina del barrio sur terminarán antes de la apertura, según fuentes municipales.",
	)
	bioStoryIT = longWorldStory(worldStoryIT,
		"+Il consiglio comunale dovrà ancora approvare la variazione di bilancio necessaria per la quota comunale. La maggioranza ha già annunciato il proprio voto favorevole, mentre l'opposizione chiede di conoscere i costi di manutenzione.",
		"+Secondo i dati del comune, ogni giorno circa quattromila persone si spostano tra il centro e i quartieri a sud, e quasi la metà di loro percorre meno di cinque chilometri, una distanza adatta alla bicicletta.",
		"+Il progetto prevede anche un ponte pedonale sul canale di scolo, oggi attraversabile solo lungo la strada provinciale, dove negli ultimi anni si sono verificati diversi incidenti.",
		"+I residenti delle case lungo l'argine hanno chiesto garanzie sull'illuminazione notturna, che secondo il progetto sarà a basso consumo e orientata verso il basso per non disturbare le abitazioni.",
		"+Durante i lavori il parcheggio vicino all'ospedale resterà aperto, mentre l'accesso al campo sportivo sarà spostato sul lato nord per circa due mesi.",
		"+La pista sarà collegata alla rete regionale, che permette di arrivare in bicicletta fino al lago.",
	)
	bioStoryPT = longWorldStory(worldStoryPT,
		"+A câmara municipal garante que o reforço de médicos não vai tirar profissionais de outros centros de saúde, porque as novas contratações foram pagas com verbas próprias aprovadas no orçamento deste ano.",
		"+No ano passado, o centro de saúde registou mais de quarenta mil consultas, um aumento de quase vinte por cento em relação ao ano anterior, sobretudo por causa da chegada de novas famílias ao bairro.",
		"+Os utentes poderão também levantar receitas e fazer análises de rotina ao sábado, desde que tenham marcado com pelo menos dois dias de antecedência pelo telefone ou pela aplicação do serviço.",
		"+A associação de moradores pede ainda que o horário da farmácia do bairro seja alargado, para que os doentes consigam comprar os medicamentos logo depois da consulta.",
		"+O sindicato dos enfermeiros avisou que o novo horário só será sustentável se as equipas forem reforçadas de forma permanente, e não apenas com contratos temporários.",
		"+A secretaria promete fazer um balanço do novo horário ao fim de seis meses de funcionamento.",
	)
	bioStoryNL = longWorldStory(worldStoryNL,
		"+De gemeenteraad besprak het onderhoud vorige week nog uitgebreid. Meerdere partijen wilden weten waarom de werf zoveel langer nodig had dan gepland, en vroegen om afspraken over boetes bij vertraging.",
		"+De gemeente betaalde ruim een half miljoen euro voor de nieuwe motor en de accu's. De provincie droeg daar een derde aan bij uit een fonds voor schoner vervoer op het water.",
		"+De schipper, die al twintig jaar op de pont werkt, vindt het varen een stuk prettiger nu hij zijn eigen stem weer kan horen. Passagiers merken vooral dat de trillingen op het dek zijn verdwenen.",
		"+Ondernemers aan beide kanten van het kanaal zagen hun klanten in de afgelopen maanden wegblijven. Een café bij de steiger draaide volgens de eigenaar bijna de helft minder omzet.",
		"+De gemeente onderzoekt of de pont in de zomer ook 's avonds langer kan varen, zodat toeristen die een fietstocht maken langs het kanaal later kunnen oversteken.",
		"+Een overtocht blijft gratis voor voetgangers en fietsers.",
	)
	bioStoryEN = longWorldStory(worldStoryEN,
		"+Shoppers who think they were overcharged can also file a complaint online with the consumer office, which said it had received more than two hundred such reports about various stores since January.",
		"+The inspections began after a shopper complained to the consumer office that she had been charged for a family pack of chicken at a higher price than the one printed on the shelf label beside it.",
		"+Under the regional pricing rules, a shop must charge the lowest price it displays for a product, whether on the shelf, in a leaflet or on its website, and must correct a wrong tag within a day.",
		"+A spokesperson for a shoppers' group said the amounts involved might look small on a single receipt, but they added up to a large sum across thousands of customers over several months.",
		"+The consumer office said it would return to the same stores within six months to check that the tags and the tills now agree, and that a second offence would bring a higher penalty.",
		"+The fine will be paid into the regional budget for consumer education.",
	)
)

// longWorldStory is a world census story with more paragraphs: story's
// headline and paragraphs, then more.
func longWorldStory(story []string, more ...string) []string {
	out := make([]string, 0, len(story)+len(more))
	out = append(out, story...)
	return append(out, more...)
}

// writerNoteWorldCensus: notes about a story's writer set under a story of
// some three hundred words in seven languages (a writer's or an editor's
// note that opens with the name and a verb of being or working, under an
// "about the author" heading or not, with a pronoun's second sentence,
// with a handle), and story lines that name a journalist, an editor or a
// post and stay (a profile's subject, an official, a quoted editor, a
// closing note of the story's own about a correction or a source).
// Written before the stages were read for them, and counted so: 32 of 42
// read right (the notes under a heading of another language than English,
// Dutch and Indonesian notes, one with a handle, and an official's
// sentence that names a post), 41 after isWorldWriterNote, isNoteHeading
// and reportsSpeech; with the seven rows fixa69 added (story lines that
// look like notes, notes that name speech) 44 of 49 before its mend
// (namesWorldTrade, opensWithDeterminer, word-start reading in
// notesWriter, bareNotesWriter), 48 of 49 after it.
var writerNoteWorldCensus = []footClutterCase{
	// German
	{"de note ist redakteurin", withFoot(bioStoryDE,
		"-Anna Berger ist Redakteurin im Ressort Stadt und schreibt vor allem über Schulen, Kitas und Familienpolitik.")},
	{"de ueber die autorin heading", withFoot(bioStoryDE,
		"-Über die Autorin",
		"-Lena Hofmann ist freie Journalistin in Leipzig. Sie berichtet seit 2016 über Bildung und Kommunalpolitik.")},
	{"de note arbeitet als", withFoot(bioStoryDE,
		"-Markus Vogel arbeitet seit 2012 als Reporter für das Lokalressort und leitet das Team Bildung.")},
	{"de note schreibt ueber", withFoot(bioStoryDE,
		"-Jonas Keller schreibt als Autor über Stadtentwicklung und Verkehr. Er lebt mit seiner Familie in Freiburg.")},
	{"de story names a reporter (stays)", withEnd(bioStoryDE, []string{
		"+Die Reporterin Eva Roth, die als Erste über die engen Speiseräume berichtet hatte, war bei der Sitzung ebenfalls anwesend und stellte dem Ausschuss mehrere Fragen zum Zeitplan.",
	})},
	{"de story names an official with a post (stays)", withEnd(bioStoryDE, []string{
		"+Thomas Weber ist Leiter des städtischen Bauamts und war schon an der Planung der Turnhalle beteiligt. Er rechnet mit einer Bauzeit von vierzehn Monaten.",
	})},

	// French
	{"fr note est journaliste", withFoot(bioStoryFR,
		"-Claire Martin est journaliste au service Société et couvre les transports et l'urbanisme depuis 2018.")},
	{"fr a propos de l'auteur heading", withFoot(bioStoryFR,
		"-À propos de l'auteur",
		"-Julien Moreau est rédacteur en chef adjoint. Il a auparavant travaillé pour plusieurs quotidiens régionaux.")},
	{"fr note travaille comme", withFoot(bioStoryFR,
		"-Sophie Laurent travaille comme journaliste indépendante à Lyon et écrit sur la mobilité et le climat.")},
	{"fr story quotes an editor (stays)", withEnd(bioStoryFR, []string{
		"+« Nous suivrons la mise en service de près », a déclaré Paul Girard, rédacteur en chef du journal des usagers, qui publie chaque mois un bilan de la ponctualité des lignes.",
	})},
	{"fr story names an engineer with a post (stays)", withEnd(bioStoryFR, []string{
		"+Marc Dubois est directeur du projet depuis ses débuts. Il estime que la ligne pourra accueillir des rames plus longues si la fréquentation dépasse les prévisions.",
	})},

	// Spanish
	{"es note es periodista", withFoot(bioStoryES,
		"-Laura Gómez es periodista de la sección de Local y escribe sobre servicios municipales, deportes y medio ambiente.")},
	{"es sobre la autora heading", withFoot(bioStoryES,
		"-Sobre la autora",
		"-María Ruiz es redactora en Madrid. Ha trabajado en radio y televisión y colabora con varios medios digitales.")},
	{"es note trabaja como", withFoot(bioStoryES,
		"-Carlos Navarro trabaja como reportero en la redacción de Valencia desde 2019 y cubre la información municipal.")},
	{"es story names a reporter (stays)", withEnd(bioStoryES, []string{
		"+La periodista Ana Torres, que destapó el año pasado las averías de las depuradoras, pidió en el pleno que se publiquen los informes de calidad del agua cada semana.",
	})},
	{"es story names a director with a post (stays)", withEnd(bioStoryES, []string{
		"+Javier Molina es director de Deportes del ayuntamiento desde hace cuatro años. Según él, las piscinas han ganado usuarios cada temporada desde entonces.",
	})},

	// Italian
	{"it note e giornalista", withFoot(bioStoryIT,
		"-Giulia Romano è giornalista professionista e scrive di mobilità, ambiente e urbanistica per la redazione locale.")},
	{"it l'autore heading", withFoot(bioStoryIT,
		"-L'autore",
		"-Marco Bianchi è redattore della sezione Cronaca. In passato ha lavorato per un settimanale economico di Milano.")},
	{"it note lavora come", withFoot(bioStoryIT,
		"-Francesca Greco lavora come giornalista freelance a Bologna e collabora con diverse testate nazionali.")},
	{"it story names an assessore (stays)", withEnd(bioStoryIT, []string{
		"+Luca Ferrari è direttore dei lavori pubblici del comune e ha seguito il progetto fin dall'inizio. Ha assicurato che il cantiere rispetterà i tempi previsti.",
	})},
	{"it story quotes a journalist (stays)", withEnd(bioStoryIT, []string{
		"+Il giornalista Paolo Conti, che da anni scrive di ciclismo urbano, ha definito il progetto un passo importante, pur chiedendo più parcheggi per le biciclette in centro.",
	})},

	// Portuguese
	{"pt note e jornalista", withFoot(bioStoryPT,
		"-Ana Costa é jornalista da editoria de Cidades e escreve sobre saúde pública, transportes e educação.")},
	{"pt sobre o autor heading", withFoot(bioStoryPT,
		"-Sobre o autor",
		"-Pedro Almeida é repórter em Lisboa. Antes, trabalhou durante dez anos na rádio e num jornal regional.")},
	{"pt note trabalha como", withFoot(bioStoryPT,
		"-Rita Santos trabalha como jornalista freelancer no Porto e colabora com várias publicações sobre saúde.")},
	{"pt story names a director (stays)", withEnd(bioStoryPT, []string{
		"+João Ferreira é diretor do centro de saúde há sete anos. Ele diz que o atendimento ao sábado era um pedido antigo dos moradores do bairro.",
	})},
	{"pt story names a reporter (stays)", withEnd(bioStoryPT, []string{
		"+A jornalista Marta Lopes, que acompanhou as filas durante uma semana, contou mais de cem pessoas à espera antes da abertura numa segunda-feira de manhã.",
	})},

	// Dutch
	{"nl note is verslaggever", withFoot(bioStoryNL,
		"-Sanne de Vries is verslaggever bij de regioredactie en schrijft over verkeer, water en het platteland.")},
	{"nl over de auteur heading", withFoot(bioStoryNL,
		"-Over de auteur",
		"-Pieter Jansen is redacteur economie. Hij schreef eerder voor een landelijk dagblad en een vakblad.")},
	{"nl note werkt als", withFoot(bioStoryNL,
		"-Lotte Bakker werkt als freelance journalist in Utrecht en schrijft over mobiliteit en duurzaamheid.")},
	{"nl story names an alderman's adviser (stays)", withEnd(bioStoryNL, []string{
		"+Kees Visser is directeur van het veerbedrijf en was betrokken bij de keuze voor de elektrische motor. Hij verwacht dat de accu's tien jaar meegaan.",
	})},

	// English
	{"en note is a reporter", withFoot(bioStoryEN,
		"-Jane Doe is a reporter covering consumer affairs and retail. She joined the paper in 2019.")},
	{"en about the author heading", withFoot(bioStoryEN,
		"-About the author",
		"-Tom Reed is a senior editor on the business desk. He previously wrote about banking for a trade magazine.")},
	{"en note with handle", withFoot(bioStoryEN,
		"-Sam Patel (@sampatel) covers the retail industry for the business desk and writes the weekly shopping column.")},
	{"en note works as", withFoot(bioStoryEN,
		"-Nina Brooks works as a freelance journalist in Leeds, writing about money, consumer rights and food prices.")},
	{"en note pronoun second line", withFoot(bioStoryEN,
		"-Oliver Grant",
		"-He is a staff writer who covers prices, pensions and household bills.")},
	{"en story names an official with a post (stays)", withEnd(bioStoryEN, []string{
		"+Mary Collins is the director of the consumer office and led the inspections herself. She said the findings would be shared with other regions.",
	})},
	{"en story names a journalist (stays)", withEnd(bioStoryEN, []string{
		"+The journalist who first reported the mismatched tags, Alan Hughes, said readers had sent him dozens of receipts after his article ran.",
	})},
	{"en correction note (stays)", withEnd(bioStoryEN, []string{
		"+An earlier version of this story gave the wrong number of stores visited; inspectors visited thirty-two stores, not twenty-three.",
	})},
	{"en quoted editor (stays)", withEnd(bioStoryEN, []string{
		"+\"Readers notice these things before regulators do,\" said Ruth Hale, editor of a shoppers' newsletter that had collected complaints about the chain since spring.",
	})},

	// Story lines that look like notes and stay: an English sentence about
	// someone who writes (no trade), an article and a noun in the name's
	// place, trades inside longer words ("Autoridad", "Autoren",
	// "décrit", "descrive"). Added with fixa69's mend; the English,
	// Spanish, French and Italian ones read wrong before it.
	{"en story names a nurse who writes (stays)", withEnd(bioStoryEN, []string{
		"+Rosa Delgado is a school cook in the town and writes to the chain every few weeks to ask why the labels still differ.",
	})},
	{"de story article and noun with autoren (stays)", withEnd(bioStoryDE, []string{
		"+Der Elternbeirat ist bereit, eine Tafel mit den Namen aller Autoren der Schulchronik im neuen Speisesaal aufzuhängen.",
	})},
	{"es story names a port authority head (stays)", withEnd(bioStoryES, []string{
		"+Andrés Pardo es el gerente de la Autoridad del Agua comarcal y ha pedido que se revisen los filtros antes de la apertura.",
	})},
	{"fr story names a neighbour who describes (stays)", withEnd(bioStoryFR, []string{
		"+Odile Perrin est riveraine de la dernière station et décrit des nuits troublées par le passage des rames vides.",
	})},
	{"it story names a resident who describes (stays)", withEnd(bioStoryIT, []string{
		"+Sergio Gallo è un residente dell'argine e descrive con preoccupazione il traffico dei camion del cantiere.",
	})},
	{"en note whose council says", withFoot(bioStoryEN,
		"-Jane Doe is a reporter covering city hall and what the council says and does for the Harbor Daily.")},
	{"en note that has told stories", withFoot(bioStoryEN,
		"-Jane Doe is a reporter on the city desk. She has told the stories of the city for the Harbor Daily since 2019.")},

	// Polish, Swedish and Indonesian notes under the English story: the
	// notes are read by their own words, whatever the story's language.
	{"pl note jest dziennikarka", withFoot(bioStoryEN,
		"-Katarzyna Nowak jest dziennikarką działu gospodarczego i pisze o handlu oraz prawach konsumentów.")},
	{"sv note ar reporter", withFoot(bioStoryEN,
		"-Erik Lindqvist är reporter på ekonomiredaktionen och skriver om handel och konsumentfrågor.")},
	{"id note adalah jurnalis", withFoot(bioStoryEN,
		"-Dewi Lestari adalah jurnalis yang meliput isu ekonomi, perdagangan, dan perlindungan konsumen.")},
}

// TestWriterNoteWorldCensus reads each page of writerNoteWorldCensus like
// TestFootClutterCensus does. Rows still read wrong are in
// writerNoteWorldGaps with their cause; the test fails when one of them
// reads right (take it out) or a row outside them reads wrong.
func TestWriterNoteWorldCensus(t *testing.T) {
	runFootClutterCensus(t, writerNoteWorldCensus, writerNoteWorldGaps, "writerNoteWorldGaps")
}

// writerNoteWorldGaps are writer-note census rows still read wrong, with
// their cause.
var writerNoteWorldGaps = map[string]string{
	"en note with handle": "a note whose name a handle in brackets follows (noteOpensName reads a comma, a dash or a word " +
		"in lower case after the name) and that names no trade of bioRole, only the work (\"covers\", \"writes\")",
}
