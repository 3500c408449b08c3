package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A flattened text page (no language tag) whose own lines are mostly in a
// script or language that writes a numeric date year first reads a short
// date year first even where its date line holds only numbers: Korean,
// Japanese, Chinese, Hungarian, Lithuanian. A page in English or Polish,
// and a Chinese page naming Hong Kong (which writes dates day first), is
// left day first.
func TestPublishedYearFirstFromPageText(t *testing.T) {
	for _, c := range []struct{ name, head, body, want string }{
		{"ko", "부산시, 해안 산책로 정비 공사 시작\n이서연 기자",
			"부산시는 해안 산책로의 낡은 난간과 조명을 바꾸는 공사를 시작한다고 밝혔다. 공사는 여름 전에 끝날 예정이다.\n" +
				"시는 공사 구간마다 안내판을 세우고 우회로를 마련해 산책하는 시민들의 불편을 줄이겠다고 설명했다.", "2025-03-04"},
		{"ja", "港町の遊歩道、来月から改修工事へ\n佐藤花子",
			"市は港沿いの遊歩道で古くなった手すりと照明を取り替える工事を来月から始めると発表した。工事は夏までに終わる予定だ。\n" +
				"工事の区間ごとに案内板を設け、散歩する市民のために迂回路を用意するという。", "2025-03-04"},
		{"zh", "上海地铁新线路今日开通运营\n记者 王明",
			"上海地铁新线路今天上午正式开通运营，全长二十多公里，共设十五座车站，连接城市东部和南部的多个居民区。\n" +
				"市交通部门表示，新线路开通后将大大缓解沿线道路的交通压力，方便市民出行。", "2025-03-04"},
		{"hu", "Megnyílt a felújított könyvtár Szegeden\nKovács Anna",
			"A felújított városi könyvtár kedden nyitotta meg kapuit az olvasók előtt, a munkálatok több mint egy évig tartottak.\n" +
				"Az intézmény vezetője szerint az új olvasóterem és a gyermekrészleg is nagy érdeklődésre tarthat számot, ősszel pedig felolvasóesteket is szerveznek.", "2025-03-04"},
		{"lt", "Vilniuje atidaryta atnaujinta biblioteka\nJonas Petraitis",
			"Atnaujinta miesto biblioteka antradienį atvėrė duris skaitytojams, darbai truko daugiau nei metus.\n" +
				"Bibliotekos vadovė teigė, kad nauja skaitykla ir vaikų skyrius sulauks didelio lankytojų dėmesio.", "2025-03-04"},
		{"leave alone: en", "Harbour walk works begin next week\nAnn Lee",
			"The city council said on Tuesday that works on the harbour walk would begin next week and last until the summer.\n" +
				"Residents will be able to use a temporary path along the old quay while the railings are replaced.", "2004-03-25"},
		{"leave alone: pl", "Ruszyła przebudowa bulwaru nad rzeką\nAnna Kowalska",
			"Miasto rozpoczęło we wtorek przebudowę bulwaru, a prace potrwają do końca lata, jak poinformował urząd.\n" +
				"Mieszkańcy będą mogli korzystać z tymczasowej ścieżki wzdłuż starego nabrzeża podczas wymiany barierek.", "2004-03-25"},
		{"leave alone: zh Hong Kong", "香港海濱長廊今日重開\n記者 陳大文",
			"香港海濱長廊經過一年翻新後今日重新開放，新增休憩設施和照明，方便市民晚間散步。\n" +
				"有關部門表示，長廊沿線會設置更多指示牌，並在週末安排特別交通措施。", "2004-03-25"},
	} {
		page := c.head + "\n25.03.04 10:05\n" + c.body + "\n"
		a, err := extract.Text([]byte(page), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want %s", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// The guess reads a bounded head of the page: a page whose first 16 KB
// are an English menu is read as English, though Korean lines below
// outnumber them (the date line's own Hangul is what reads a date year
// first there).
func TestPublishedYearFirstFromPageTextBounded(t *testing.T) {
	menu := strings.Repeat("Home News Sport Business Culture Weather Travel Opinion\n", 320)
	story := strings.Repeat("부산시는 해안 산책로의 낡은 난간과 조명을 바꾸는 공사를 시작한다고 밝혔다. 공사는 여름 전에 끝날 예정이다.\n", 400)
	page := menu + "Harbour walk works begin\nAnn Lee\n25.03.04 10:05\n" + story
	a, err := extract.Text([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != "2004-03-25" {
		t.Errorf("published %q, want 2004-03-25: the text past the budget was read", a.Published)
	}
}
