package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// worldTextBylineRow is a row of testdata/worldtextbylines.tsv: an
// invented page as a scraper flattens it (nav words, breadcrumbs, the
// title, a deck, the byline in its place, a date line, captions, share
// words, the story, an author card), and the authors the contract wants.
type worldTextBylineRow struct {
	name, lang, page string
	authors          []string
}

// worldTextBylineStories adds the languages worldBylineStories lacks.
var worldTextBylineStories = map[string][3]string{
	"cs": {"Zastupitelstvo rozšířilo síť nočních autobusů",
		"Městské zastupitelstvo v úterý schválilo rozšíření sítě nočních autobusů do čtyř dalších čtvrtí poté, co si lidé pracující na směny rok stěžovali na chybějící pozdní spoje.",
		"Nové linky vyjedou v červnu. Dopravní podnik uvedl, že náklady budou nižší, než se čekalo, protože využije autobusy, které v noci stojí v garážích."},
	"vi": {"Hội đồng thành phố mở rộng mạng lưới xe buýt đêm",
		"Hội đồng thành phố hôm thứ ba đã thông qua việc mở rộng mạng lưới xe buýt đêm tới bốn quận mới, sau một năm công nhân làm ca phàn nàn vì thiếu chuyến muộn.",
		"Các tuyến mới sẽ chạy từ tháng sáu. Sở giao thông cho biết chi phí thấp hơn dự kiến vì sử dụng những chiếc xe buýt vốn nằm yên trong bãi vào ban đêm."},
	"az": {"Şəhər şurası gecə avtobuslarının şəbəkəsini genişləndirir",
		"Şəhər şurası çərşənbə axşamı növbə ilə işləyən sakinlərin bir il davam edən şikayətlərindən sonra gecə avtobus xətlərini daha dörd rayona uzatmağı təsdiqləyib.",
		"Yeni xətlər iyun ayından işləyəcək. Nəqliyyat idarəsi bildirib ki, xərclər gözləniləndən az olacaq, çünki gecələr qarajda dayanan avtobuslardan istifadə ediləcək."},
	"hy": {"Ավագանին ընդլայնում է գիշերային ավտոբուսների ցանցը",
		"Քաղաքի ավագանին երեքշաբթի հաստատեց գիշերային ավտոբուսային երթուղիների ընդլայնումը ևս չորս թաղամասերում՝ հերթափոխով աշխատողների մեկ տարվա բողոքներից հետո։",
		"Նոր երթուղիները կգործեն հունիսից։ Տրանսպորտի վարչությունը հայտնել է, որ ծախսերը սպասվածից ցածր կլինեն, քանի որ կօգտագործվեն գիշերը կայանատեղիում կանգնած ավտոբուսները։"},
	"ka": {"საკრებულო ღამის ავტობუსების ქსელს აფართოებს",
		"ქალაქის საკრებულომ სამშაბათს დაამტკიცა ღამის ავტობუსების მარშრუტების გაფართოება კიდევ ოთხ უბანში, მას შემდეგ რაც ცვლებში მომუშავე ადამიანები ერთი წლის განმავლობაში უჩიოდნენ გვიანი რეისების ნაკლებობას.",
		"ახალი მარშრუტები ივნისიდან ამოქმედდება. ტრანსპორტის სამსახურის თქმით, ხარჯები მოსალოდნელზე ნაკლები იქნება, რადგან გამოყენებული იქნება ავტობუსები, რომლებიც ღამით ავტოპარკში დგას."},
	"kk": {"Қалалық мәслихат түнгі автобус желісін кеңейтті",
		"Қалалық мәслихат сейсенбі күні ауысыммен жұмыс істейтін тұрғындардың бір жылғы шағымынан кейін түнгі автобус бағыттарын тағы төрт ауданға ұзартуды мақұлдады.",
		"Жаңа бағыттар маусым айынан бастап жүреді. Көлік басқармасының айтуынша, шығын күтілгеннен аз болады, өйткені түнде паркте тұратын автобустар пайдаланылады."},
	"uz": {"Shahar kengashi tungi avtobus tarmog‘ini kengaytirdi",
		"Shahar kengashi seshanba kuni smenada ishlaydigan aholining bir yillik shikoyatlaridan so‘ng tungi avtobus yo‘nalishlarini yana to‘rtta tumanga uzaytirishni ma’qulladi.",
		"Yangi yo‘nalishlar iyun oyidan qatnay boshlaydi. Transport boshqarmasi xarajatlar kutilganidan kam bo‘lishini aytdi, chunki tunda garajda turgan avtobuslardan foydalaniladi."},
}

// worldTextStory is the row language's title and paragraphs.
func worldTextStory(lang string) ([3]string, bool) {
	if s, ok := worldBylineStories[lang]; ok {
		return s, true
	}
	s, ok := worldTextBylineStories[lang]
	return s, ok
}

// readWorldTextBylineRows reads a flattened-text byline census file of
// testdata (worldtextbylines.tsv, worldtextbylines2.tsv).
func readWorldTextBylineRows(t *testing.T, file string) []worldTextBylineRow {
	t.Helper()
	var out []worldTextBylineRow
	for _, row := range readTSV(t, file, 4) {
		f := row.fields
		r := worldTextBylineRow{name: f[0], lang: f[1], page: f[2]}
		if _, ok := worldTextStory(r.lang); !ok {
			t.Fatalf("%s:%d: no story in %q", file, row.line, r.lang)
		}
		if f[3] != "" {
			r.authors = strings.Split(f[3], ";")
		}
		out = append(out, r)
	}
	return out
}

// text is the row's page with its story filled in.
func (r worldTextBylineRow) text() string {
	s, _ := worldTextStory(r.lang)
	var b strings.Builder
	for _, l := range strings.Split(r.page, `\n`) {
		switch l {
		case "{title}":
			l = s[0]
		case "{p1}":
			l = s[1]
		case "{p2}":
			l = s[2]
		case "{long}":
			l = strings.Join(textAuthorNoteLongStory, "\n")
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

// Invented flattened-text pages in the bylines the world prints, in
// nineteen languages, written blind (before the text author code was
// read): the authors come out as the contract says (CONTRIBUTING.md,
// "Authors"): desks printed as the byline among them; roles, agencies,
// photographers, the outlet's name and story sentences that open with
// "By" never.
func TestWorldTextBylines(t *testing.T) {
	runWorldTextBylines(t, "worldtextbylines.tsv", 70, gapTable{list: "knownWorldTextBylineGaps", known: knownWorldTextBylineGaps})
}

// runWorldTextBylines reads a flattened-text byline census file of at
// least min rows and checks each row's authors, rows in g's list logged
// rather than failed.
func runWorldTextBylines(t *testing.T, file string, min int, g gapTable) {
	rows := readWorldTextBylineRows(t, file)
	if len(rows) < min {
		t.Fatalf("%s: %d rows", file, len(rows))
	}
	for _, r := range rows {
		g.row(t, r.lang+", "+r.name, func(t *testing.T, ck checker) {
			a, err := extract.String(r.text(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, r.authors) {
				ck.Errorf("authors %q, want %q", a.Authors, r.authors)
			}
		})
	}
	g.done(t, len(rows))
}

// knownWorldTextBylineGaps are the rows the text author code still reads
// wrong, logged rather than failed; a row that comes to read right fails
// the test until it leaves this list. Written blind, 50 of the table's 73
// rows read right; 60 after the fixes the table led to (the label words of
// Indonesian, German, Hindi, Japanese; an editor's or photographer's
// credit after the writer's; the source before a Chinese byline; a Korean
// reporter's address; "For The ..." after a name; a name in capitals); 61
// since the third table's fixes read a wire's sign-off under the story; 62
// since a paper's nameplate word ("Gazette") is no word of a name; 63
// since a Korean reporter's credit kept as the story's last line is read
// (clean's footScriptNames).
var knownWorldTextBylineGaps = map[string]bool{
	// a name glued to a relative time ("Published 3 hours ago"), which
	// the date reader does not take as the head's date line
	"en, a name then Published 3 hours ago": true,
	// a writer's note is read only under a story of 300 words or more
	// (minBioStoryWords); the table's stories are shorter
	"en, an author card at the end": true,
	// "Story by" over "Photos by": the pair is read as an image's credits
	"en, Story by a name": true,
	// a name alone over a handle and "Follow", or over the agency's name,
	// the desk's name or a role in lower case, with no date line beside
	// it: the text path reads a lone name only by a date line or right
	// under the headline with a role in capitals
	"en, a name, a handle line and Follow":   true,
	"en, a name over the agency's name":      true,
	"fr, French a name and envoyée spéciale": true,
	"nl, Dutch a name and Redactie":          true,
	// a name over the headline, taken as its kicker
	"en, a name above the title": true,
	// the outlet's own name: flattened text gives no site name to know it by
	// (the paper's nameplate word marks "La Gazette": clean's notname.txt)
	"en, the outlet's name is no author": true,
	// a byline under the story: a Vietnamese paper's name alone
	"vi, Vietnamese a name at the end": true,
}

// TestTextCapsByline checks that flattened text's byline in capitals
// gives the name as a name is written, as an HTML page's does, and that
// a name in mixed case is kept as printed.
func TestTextCapsByline(t *testing.T) {
	s := worldBylineStories["en"]
	for _, c := range [][2]string{
		{"BY SAMUEL OKAFOR", "Samuel Okafor"},
		{"By Samuel McOkafor", "Samuel McOkafor"},
	} {
		a, err := extract.String(s[0]+"\n"+c[0]+"\n\n"+s[1]+"\n\n"+s[2]+"\n", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, []string{c[1]}) {
			t.Errorf("%q: authors %q, want %q", c[0], a.Authors, c[1])
		}
	}
}

// A second census of flattened pages, written blind like the first and in
// forms the first lacks: the byline above the title, glued to "Updated",
// after a caption's credit or only at the story's end; avatars' alt text,
// handles, "Email" and "Follow" lines beside a name; several authors over
// several lines; roles above and beside names; "Reported by", "Story:",
// "Text and photos:", "Words by"; wire credits; more languages' labels; and
// lines that must stay no byline (a pull quote's attribution, "By the
// numbers", a heading opening "By 2030", a name in the story's first
// sentence, a sentence opening "Por la", "Par ailleurs", "Von Montag",
// "Oleh karena itu").
func TestWorldTextBylinesSecond(t *testing.T) {
	runWorldTextBylines(t, "worldtextbylines2.tsv", 80, gapTable{list: "knownWorldTextBylineGaps2", known: knownWorldTextBylineGaps2})
}

// knownWorldTextBylineGaps2 are worldtextbylines2.tsv's rows the text
// author code still reads wrong, as knownWorldTextBylineGaps. Written
// blind, 64 of the table's 88 rows read right; 78 after the fixes the
// table led to (a weekday of any language after "Von" or "Par" is no
// name; "Special to The ..." after a name is her role; a wire in brackets
// after "avec", "mit"; a byline after an update line's bar; the labels
// "Story:", "Text and photos:", "Opracowanie:", "Ein Kommentar von",
// "Door onze redacteur", Arabic "إعداد:" and "كتب -", Japanese "文・写真：",
// Korean "글·사진"; Hindi's label with an update or an editor's credit
// after the name; Chinese "报道" after the names); 80 since the third
// table's fixes read a dash's and a wire's sign-off under the story; 81
// since a world byline too long in bytes for the head's first pass is
// read by the text byline reader (clean.wideWorldByline); 83 since a
// line the byline reader reads is no headline over a longer one above it
// (clean's namesByline).
var knownWorldTextBylineGaps2 = map[string]bool{
	// an avatar's alt text read as the headline (it stands over the
	// name, as a title over its byline)
	"en, Headshot of a name, the name and Email": true,
	// several names over several lines: only the first line is read
	"en, By, two names and and on four lines": true,
	"en, two names each over a role":          true,
	// "Staff Reporter" alone: the text path reads a desk's credit only
	// after "By" (the first table's "By Our Correspondent")
	"en, Staff Reporter alone as the byline": true,
	// "Story:" over "Photos:": the pair read as an image's credits, as
	// the first table's "Story by" over "Photos by"
	"en, Story colon a name over Photos colon a name": true,
}

// A third census of flattened pages, written blind like the first two:
// bylines in the languages of the Caucasus, Central Asia, Iran, Turkey and
// the Slavic east (Müəllif, Հեղինակ, ავტორი, Автор, Текст, Haber, نویسنده,
// Мәтін, Muallif), a byline glued to a date and time, an author card after
// the story, two and three authors, staff credits, translators and
// photographers beside the writer, names with titles and particles, Chinese
// and Korean reporters' marks, and lines that must stay no byline.
func TestWorldTextBylinesThird(t *testing.T) {
	runWorldTextBylines(t, "worldtextbylines3.tsv", 70, gapTable{list: "knownWorldTextBylineGaps3", known: knownWorldTextBylineGaps3})
}

// knownWorldTextBylineGaps3 are worldtextbylines3.tsv's rows the text
// author code still reads wrong, as knownWorldTextBylineGaps. Written
// blind, 57 of the table's 76 rows read right; 68 after the fixes the
// table led to (a labelled byline of another language, a wire's
// "Reporting by ...; editing by" and a dash's sign-off under the story; a
// labelled byline glued to its date line by a bar; Kazakh "Мәтін:",
// Persian "گزارش:", Chinese "本报记者"; "By Jane Doe with John Roe"; the
// particles "al-", "de los", "de La"). Its last 12 rows, newsrooms'
// desks alone over the date line, a desk under a writer's byline and an
// agency alone, were added blind later: 5 read right then, 11 now.
var knownWorldTextBylineGaps3 = map[string]bool{
	// the title reader takes "Name - Desk" for a headline and its
	// outlet, the line above the byline reader's reach
	"tr, Turkish a name and Haber Merkezi after a dash": true,
	// a writer's note with no heading over it is read only under a story
	// of 300 words or more (minBioStoryWords); the table's stories are
	// shorter. Under "About the author" the note that the story detector
	// keeps as the story's last paragraph stays the body's (taking a kept
	// line out would make a second cleaning of the output differ)
	"en, About the author and a bio after the story":         true,
	"en, a bio sentence alone after the story":               true,
	"en, a name is a reporter at the outlet after the story": true,
	// "Words:" over "Photos:": the pair read as an image's credits, as
	// the second table's "Story:" over "Photos:"
	"en, Words colon over Photos colon": true,
	// Catalan "Per" is also a Scandinavian given name ("Per Olsson"):
	// no line opening with it is read as labelled
	"ca, Catalan Per a name": true,
}

// TestTextTailDashSignoff checks that a dash and a name alone under the
// story of flattened text sign it, and that the same line under a
// quotation that closes the story names the quotation's speaker, no author.
func TestTextTailDashSignoff(t *testing.T) {
	s := worldBylineStories["en"]
	for _, c := range []struct {
		tail string
		want []string
	}{
		{"— Nadia Brooks", []string{"Nadia Brooks"}},
		{"“We waited years for a late bus home.”\n— Nadia Brooks", nil},
	} {
		a, err := extract.String(s[0]+"\nMarch 4, 2025\n\n"+s[1]+"\n\n"+s[2]+"\n\n"+c.tail+"\n", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.tail, a.Authors, c.want)
		}
	}
}
