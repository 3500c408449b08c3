package extract_test

import (
	"strings"
	"testing"
)

// The page-head census: the lines a flattened news page prints above its
// story (a site's name, its menu, a trail, a kicker, the headline, a deck,
// a byline, a date, a share row, the <title> line), in the layouts the
// web's templates print them, each with the title a reader would give the
// page. Every line is invented; the story under them is one invented
// story told in nine languages.

// headStory is the story under each page head, by language: two or three
// paragraphs of invented news.
var headStory = map[string][]string{
	"en": {
		"The central library will stay open until ten at night on weekdays from the start of next month, the city's culture office said on Wednesday, after students asked for a quiet place to work in the evenings.",
		"The longer hours will cost about four hundred thousand a year, most of it for two extra staff on each evening shift, and will be paid from a fund the city set aside for education last spring.",
		"Readers who signed a petition last winter said the reading rooms were full by late afternoon during the exam season and that many had nowhere else to study after the building closed at six.",
	},
	"ru": {
		"Центральная библиотека с начала следующего месяца будет работать по будням до десяти вечера, сообщило в среду городское управление культуры. Об этом просили студенты, которым негде заниматься по вечерам.",
		"Продление часов работы обойдётся примерно в четыреста тысяч в год, большая часть этих денег пойдёт на двух дополнительных сотрудников в каждую вечернюю смену.",
	},
	"uk": {
		"Центральна бібліотека з початку наступного місяця працюватиме в будні до десятої вечора, повідомило в середу міське управління культури. Про це просили студенти, яким увечері ніде тихо позайматися.",
		"Подовження годин роботи коштуватиме близько чотирьохсот тисяч на рік, більша частина цих грошей піде на двох додаткових працівників у кожну вечірню зміну.",
	},
	"ar": {
		"ستبقى المكتبة المركزية مفتوحة حتى العاشرة ليلاً في أيام الأسبوع اعتباراً من بداية الشهر المقبل، بحسب ما أعلن مكتب الثقافة في المدينة يوم الأربعاء، بعد أن طالب الطلاب بمكان هادئ للدراسة في المساء.",
		"وستبلغ كلفة الساعات الإضافية نحو أربعمئة ألف في السنة، يذهب معظمها إلى موظفين إضافيين في كل نوبة مسائية، وستُدفع من صندوق خصصته المدينة للتعليم في الربيع الماضي.",
	},
	"zh": {
		"市文化局周三表示，从下月初起，中央图书馆将在工作日开放至晚上十点。此前有学生提出，希望晚上能有一个安静的学习场所。",
		"延长开放时间每年将花费约四十万元，其中大部分用于在每个晚班增加两名工作人员，资金来自市政府去年春天设立的教育基金。",
	},
	"ja": {
		"市の文化局は水曜日、中央図書館が来月初めから平日は午後十時まで開館すると発表した。夜に静かに勉強できる場所がほしいという学生の要望を受けたもの。",
		"開館時間の延長には年間約四十万ドルがかかり、その大半は夜間の各シフトに職員を二人増やす費用に充てられる。",
	},
	"ko": {
		"시 문화국은 수요일 중앙도서관이 다음 달 초부터 평일에는 밤 10시까지 문을 연다고 밝혔다. 저녁에 조용히 공부할 곳이 필요하다는 학생들의 요청에 따른 것이다.",
		"연장 운영에는 연간 약 40만 달러가 들며, 대부분은 저녁 근무조마다 직원 두 명을 더 배치하는 데 쓰인다.",
	},
	"ka": {
		"ცენტრალური ბიბლიოთეკა მომავალი თვის დასაწყისიდან სამუშაო დღეებში საღამოს ათ საათამდე იმუშავებს, განაცხადა ოთხშაბათს ქალაქის კულტურის სამსახურმა. ამას სტუდენტები ითხოვდნენ, რომლებსაც საღამოობით მეცადინეობისთვის წყნარი ადგილი სჭირდებათ.",
		"სამუშაო საათების გახანგრძლივება წელიწადში დაახლოებით ოთხასი ათასი ლარი დაჯდება, რომლის უმეტესი ნაწილი ყოველ საღამოს ცვლაში ორი დამატებითი თანამშრომლის ხელფასს მოხმარდება.",
	},
	"hy": {
		"Կենտրոնական գրադարանը հաջորդ ամսվա սկզբից աշխատանքային օրերին բաց կլինի մինչև երեկոյան ժամը տասը, չորեքշաբթի հայտարարել է քաղաքի մշակույթի վարչությունը։ Դրա մասին խնդրել էին ուսանողները, որոնք երեկոյան պարապելու հանգիստ տեղ չունեն։",
		"Աշխատաժամերի երկարացումը տարեկան կարժենա մոտ չորս հարյուր հազար դրամ, որի մեծ մասը կծախսվի յուրաքանչյուր երեկոյան հերթափոխում երկու լրացուցիչ աշխատակցի վրա։",
	},
}

// headFoot is the footer under each page.
var headFoot = []string{"About us", "Contact", "Privacy policy", "© 2026 Riverside Courier. All rights reserved."}

// headMenu is the English site's name and menu.
var headMenu = []string{"Riverside Courier", "Home", "News", "Local", "Culture", "Opinion", "Subscribe"}

// headPage is a flattened page: the head's lines, the story in lang, and
// the footer, a blank line between each.
func headPage(lang string, head ...string) string {
	lines := append(append(append([]string{}, head...), headStory[lang]...), headFoot...)
	return strings.Join(lines, "\n\n") + "\n"
}

// menuHead is the English menu followed by the head's lines.
func menuHead(head ...string) []string {
	return append(append([]string{}, headMenu...), head...)
}

// The headlines of the census, one a language, and some English variants.
const (
	hlEn = "City library to stay open until ten on weeknights"
	hlRu = "Центральная библиотека будет работать до десяти вечера"
	hlUk = "Центральна бібліотека працюватиме до десятої вечора"
	hlAr = "المكتبة المركزية تمدد ساعات عملها حتى العاشرة ليلاً"
	hlZh = "中央图书馆工作日将开放至晚上十点"
	hlJa = "中央図書館、平日は午後十時まで開館へ"
	hlKo = "중앙도서관, 평일 밤 10시까지 연장 운영"
	hlKa = "ცენტრალური ბიბლიოთეკა საღამოს ათ საათამდე იმუშავებს"
	hlHy = "Կենտրոնական գրադարանը կաշխատի մինչև երեկոյան տասը"

	deckEn   = "Students had asked for somewhere quiet to work after six"
	bylineEn = "By Ann Pike"
	dateEn   = "4 March 2026"
)

// pageHeadRows are the census's rows: a name, the page, and its title.
var pageHeadRows = []titleCensusRow{
	{"menu, headline, byline, date", headPage("en", menuHead(hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"trail with >", headPage("en", menuHead("Home > News > Culture", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"trail with /", headPage("en", menuHead("Home / Local / Libraries", hlEn, dateEn)...), hlEn, ""},
	{"trail with »", headPage("en", menuHead("Home » Culture » Books", hlEn, bylineEn)...), hlEn, ""},
	{"capitals kicker", headPage("en", menuHead("CULTURE", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"mixed-case kicker", headPage("en", menuHead("Exclusive", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"headline, deck, byline", headPage("en", menuHead(hlEn, deckEn, bylineEn, dateEn)...), hlEn, ""},
	{"headline, deck, two writers, published stamp", headPage("en", menuHead(hlEn, deckEn, "By Ann Pike and Tomas Reyes", "Published 4 March 2026, 09:15")...), hlEn, ""},
	{"title line then menu then headline", headPage("en", append([]string{hlEn + " | Riverside Courier"}, menuHead(hlEn, bylineEn)...)...), hlEn, ""},
	{"title line with a bar only", headPage("en", append([]string{hlEn + " | Riverside Courier"}, menuHead(bylineEn, dateEn)...)...), hlEn, ""},
	{"title line with a hyphen only", headPage("en", append([]string{hlEn + " - Riverside Courier"}, menuHead(dateEn)...)...), hlEn, ""},
	{"title line with section and site", headPage("en", append([]string{hlEn + " | Culture | Riverside Courier"}, menuHead(hlEn, dateEn)...)...), hlEn, ""},
	{"weekday date above headline", headPage("en", menuHead("Wednesday, 4 March 2026", hlEn, bylineEn)...), hlEn, ""},
	{"updated stamp above headline", headPage("en", menuHead("Updated 4 March 2026 10:02 GMT", hlEn, bylineEn)...), hlEn, ""},
	{"headline wrapped on two lines", headPage("en", menuHead("City library to stay open\nuntil ten on weeknights", bylineEn, dateEn)...), hlEn, ""},
	{"question headline", headPage("en", menuHead("Will the city library stay open until ten on weeknights?", bylineEn, dateEn)...), "Will the city library stay open until ten on weeknights?", ""},
	{"capitals headline", headPage("en", menuHead("CITY LIBRARY TO STAY OPEN UNTIL TEN ON WEEKNIGHTS", bylineEn, dateEn)...), "CITY LIBRARY TO STAY OPEN UNTIL TEN ON WEEKNIGHTS", ""},
	{"quote headline, curly", headPage("en", menuHead("‘We had nowhere to study’: city library to stay open until ten", bylineEn, dateEn)...), "‘We had nowhere to study’: city library to stay open until ten", ""},
	{"quote headline, straight", headPage("en", menuHead("\"We had nowhere to study,\" students say as library extends hours", bylineEn, dateEn)...), "\"We had nowhere to study,\" students say as library extends hours", ""},
	{"topic and colon headline", headPage("en", menuHead("Libraries: city extends reading hours to ten at night", bylineEn, dateEn)...), "Libraries: city extends reading hours to ten at night", ""},
	{"listen and read time under headline", headPage("en", menuHead(hlEn, "Listen to this article", "3 min read", bylineEn, dateEn)...), hlEn, ""},
	{"share row under headline", headPage("en", menuHead(hlEn, "Share", "Facebook", "X", "Email", bylineEn)...), hlEn, ""},
	{"photo credit under headline", headPage("en", menuHead(hlEn, bylineEn, dateEn, "Students at work in the main reading room. Photo: Tomas Reyes")...), hlEn, ""},
	{"cookie notice first", headPage("en", append([]string{"We use cookies to make this site work and to measure its use.", "Accept", "Reject"}, menuHead(hlEn, bylineEn, dateEn)...)...), hlEn, ""},
	{"skip link first", headPage("en", append([]string{"Skip to main content"}, menuHead(hlEn, bylineEn, dateEn)...)...), hlEn, ""},
	{"advertisement above headline", headPage("en", menuHead("Advertisement", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"most-read list above headline", headPage("en", menuHead("Most read", "1. Council sells the old bus depot", "2. Harbour wall repairs to start in June", "3. Two schools to merge next year", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"trending line above headline", headPage("en", menuHead("Trending: Budget | Harbour wall | School merger", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"opinion label and column", headPage("en", menuHead("Opinion", "Why the library's late hours matter", "Ann Pike", dateEn)...), "Why the library's late hours matter", ""},
	{"numbered headline", headPage("en", menuHead("7 ways the new library hours will change your evenings", bylineEn, dateEn)...), "7 ways the new library hours will change your evenings", ""},
	{"live kicker", headPage("en", menuHead("LIVE", "Council debates library hours: follow the vote", dateEn)...), "Council debates library hours: follow the vote", ""},
	{"dash in headline", headPage("en", menuHead("City library to stay open until ten — but only on weeknights", bylineEn, dateEn)...), "City library to stay open until ten — but only on weeknights", ""},
	{"three-word headline", headPage("en", menuHead("Library hours extended", bylineEn, dateEn)...), "Library hours extended", ""},
	{"long headline", headPage("en", menuHead("City library to stay open until ten on weeknights from next month after students and night-shift workers asked for somewhere quiet to read", bylineEn, dateEn)...), "City library to stay open until ten on weeknights from next month after students and night-shift workers asked for somewhere quiet to read", ""},
	{"section label above headline", headPage("en", menuHead("News", hlEn, bylineEn, dateEn)...), hlEn, ""},
	{"writer and date above headline", headPage("en", menuHead("Ann Pike · 4 March 2026", hlEn)...), hlEn, ""},
	{"site prefix title line", headPage("en", append([]string{"Riverside Courier — " + hlEn}, menuHead(dateEn)...)...), hlEn, ""},
	{"press release", headPage("en", "FOR IMMEDIATE RELEASE", hlEn, "RIVERSIDE, March 4, 2026 —"), hlEn, ""},
	{"money headline", headPage("en", menuHead("Library gets $400,000 to stay open until ten", bylineEn, dateEn)...), "Library gets $400,000 to stay open until ten", ""},
	{"blog post stamp", headPage("en", menuHead(hlEn, "Posted on March 4, 2026 by ann")...), hlEn, ""},
	{"last updated line", headPage("en", menuHead(hlEn, "Last updated: 4 March 2026", bylineEn)...), hlEn, ""},
	{"tags above headline", headPage("en", menuHead("Tags: libraries, students, city budget", hlEn, dateEn)...), hlEn, ""},
	{"headline then colon lead-in", headPage("en", menuHead(hlEn, bylineEn, dateEn, "The new hours are as follows:")...), hlEn, ""},
	{"short headline, writer, date, read time", headPage("en", menuHead("Late hours", "Ann", "2 days ago", "4 min read")...), "Late hours", ""},
	{"Russian menu, headline, writer, date", headPage("ru", "Речной курьер", "Главная", "Новости", "Культура", hlRu, "Автор: Анна Пайк", "4 марта 2026"), hlRu, ""},
	{"Russian trail", headPage("ru", "Речной курьер", "Главная / Новости / Культура", hlRu, "4 марта 2026, 10:15"), hlRu, ""},
	{"Russian quote headline", headPage("ru", "Речной курьер", "Главная", "Новости", "«Нам негде было заниматься»: библиотека будет работать до десяти вечера", "4 марта 2026"), "«Нам негде было заниматься»: библиотека будет работать до десяти вечера", ""},
	{"Ukrainian kicker", headPage("uk", "Річковий кур'єр", "Головна", "Новини", "КУЛЬТУРА", hlUk, "4 березня 2026"), hlUk, ""},
	{"Ukrainian title line", headPage("uk", hlUk+" | Річковий кур'єр", "Головна", "Новини", "4 березня 2026"), hlUk, ""},
	{"Arabic menu and date", headPage("ar", "ساعي النهر", "الرئيسية", "أخبار", "ثقافة", hlAr, "الأربعاء 4 مارس 2026"), hlAr, ""},
	{"Arabic title line", headPage("ar", hlAr+" | ساعي النهر", "الرئيسية", "أخبار", "الأربعاء 4 مارس 2026"), hlAr, ""},
	{"Chinese menu and source line", headPage("zh", "河畔信使报", "首页", "新闻", "文化", hlZh, "2026-03-04 09:15 来源：河畔信使报"), hlZh, ""},
	{"Chinese trail", headPage("zh", "河畔信使报", "首页 > 新闻 > 文化", hlZh, "2026年03月04日 09:15"), hlZh, ""},
	{"Japanese headline and stamp", headPage("ja", "リバーサイド新聞", "ホーム", "ニュース", "文化", hlJa, "2026年3月4日 9:15"), hlJa, ""},
	{"Korean headline and input stamp", headPage("ko", "리버사이드 신문", "홈", "뉴스", "문화", hlKo, "입력 2026.03.04 09:15"), hlKo, ""},
	{"Georgian menu and date", headPage("ka", "მდინარის კურიერი", "მთავარი", "ახალი ამბები", "კულტურა", hlKa, "4 მარტი, 2026"), hlKa, ""},
	{"Georgian question", headPage("ka", "მდინარის კურიერი", "მთავარი", "ახალი ამბები", "იმუშავებს თუ არა ბიბლიოთეკა საღამოს ათ საათამდე?", "4 მარტი, 2026"), "იმუშავებს თუ არა ბიბლიოთეკა საღამოს ათ საათამდე?", ""},
	{"Armenian menu and date", headPage("hy", "Գետափնյա սուրհանդակ", "Գլխավոր", "Լուրեր", "Մշակույթ", hlHy, "04.03.2026"), hlHy, ""},
	{"Armenian title line", headPage("hy", hlHy+" | Գետափնյա սուրհանդակ", "Գլխավոր", "Լուրեր", "04.03.2026"), hlHy, ""},
	{"Korean trail", headPage("ko", "리버사이드 신문", "홈 > 뉴스 > 문화", hlKo, "2026.03.04"), hlKo, ""},

	// Added after the blind count, from reading the <title> line's code:
	// Georgian's letters, which Unicode files as lower case.
	{"Georgian title line", headPage("ka", hlKa+" | მდინარის კურიერი", "მთავარი", "ახალი ამბები", "4 მარტი, 2026"), hlKa, ""},
}

// knownPageHeadGaps are the census's rows that read wrong, with the cause.
// Written blind, the census read 52 of its first 60 rows right.
var knownPageHeadGaps = map[string]bool{
	// The headline's first line is taken: its second, opening lower
	// case, is not read as the same headline wrapped.
	"headline wrapped on two lines": true,
	// The site's name over a trail is taken; the headline under the
	// trail goes as outside the story.
	"Chinese trail": true,
	// A <title> line that names the site first, before a dash, keeps
	// it: cutting a masthead's name there cut product names ("Brand
	// Console - OLED Model") on three benchmark pages.
	"site prefix title line": true,
}

// TestTextTitlePageHeads reads each census page as flattened text.
func TestTextTitlePageHeads(t *testing.T) {
	runTitleCensus(t, "knownPageHeadGaps", knownPageHeadGaps, pageHeadRows)
}
