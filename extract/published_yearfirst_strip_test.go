package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A short date on a Korean or Japanese page is read year first wherever
// the page prints it, not only in a block labelled a date: an update line
// alone ("수정 25.03.06 08:00", the publish date then taken from it) and a
// <time>'s text in a strip the story model leaves outside the story
// (revB75's points). Day first stays where the page's tag writes so: an
// English page and a Hong Kong Chinese one.
func TestYearFirstOutsideDateBlocks(t *testing.T) {
	for _, c := range []struct{ name, lang, top, pub, mod string }{
		{"ko page: update alone outside the story", "ko", `<p class="date">수정 25.03.06 08:00</p>`, "2025-03-06", "2025-03-06"},
		{"ja page: time in a reporter strip outside the story", "ja", `<div class="info"><span>記者 山田太郎</span> <time>25.03.04 10:05</time></div>`, "2025-03-04", ""},
		{"ko page: time in a reporter strip outside the story", "ko", `<div class="info"><span>홍길동 기자</span> <time>25/03/04 10:05</time></div>`, "2025-03-04", ""},
		{"ko update alone", "ko", `<p class="date">수정 25.03.06 08:00</p>`, "2025-03-06", "2025-03-06"},
		{"ko update alone, slashes", "ko-KR", `<div class="upd">최종수정 25/03/06 08:00</div>`, "2025-03-06", "2025-03-06"},
		{"ja time in a reporter strip", "ja", `<div class="info"><span>記者 山田太郎</span> <time>25.03.04 10:05</time></div>`, "2025-03-04", ""},
		{"ko time in a reporter strip", "ko", `<div class="info"><span>홍길동 기자</span> <time>25.03.04 10:05</time></div>`, "2025-03-04", ""},
		{"leave alone: en strip day first", "en-GB", `<div class="info"><span>Jane Doe</span> <time>04.03.25 10:05</time></div>`, "2025-03-04", ""},
		{"leave alone: zh-HK strip day first", "zh-HK", `<div class="info"><span>記者 陳大文</span> <time>04/03/25 10:05</time></div>`, "2025-03-04", ""},
	} {
		page := censusPage(c.lang, "", c.top, "")
		if strings.HasPrefix(c.name, "ko page") || strings.HasPrefix(c.name, "ja page") {
			page = yearFirstStoryPage(c.lang, c.top)
		}
		a, err := extract.HTMLBytes(page, "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.pub {
			t.Errorf("%s: published %q (from %q), want %s", c.name, a.Published, a.PublishedFrom, c.pub)
		}
		if got := a.Modified[:min(len(a.Modified), 10)]; got != c.mod {
			t.Errorf("%s: modified %q, want %q", c.name, a.Modified, c.mod)
		}
	}
}

// yearFirstStoryPage is a page in Korean or Japanese (lang) with top
// between its headline and its story, all invented.
func yearFirstStoryPage(lang, top string) []byte {
	h1, story := "시장 상인들 봄맞이 준비 한창", "<p>첫 문단입니다. 오늘 시장에서는 많은 일이 있었습니다. 상인들은 새로운 계절을 맞아 물건을 준비했습니다.</p>"+
		"<p>둘째 문단입니다. 시민들은 아침 일찍부터 시장을 찾았고 가격은 지난주보다 조금 올랐습니다.</p>"+
		"<p>셋째 문단입니다. 시장 관계자는 다음 달에도 행사가 이어질 것이라고 말했습니다.</p>"
	if lang == "ja" {
		h1, story = "市場の商人たち春の準備に追われる", "<p>最初の段落です。今日の市場ではたくさんのことがありました。商人たちは新しい季節に向けて品物を準備しました。</p>"+
			"<p>二番目の段落です。市民は朝早くから市場を訪れ、価格は先週より少し上がりました。</p>"+
			"<p>三番目の段落です。市場の関係者は来月もイベントが続くと述べました。</p>"
	}
	return []byte(`<!doctype html><html lang="` + lang + `"><head><title>` + h1 + `</title></head><body><article><h1>` + h1 + `</h1>` +
		top + story + `</article></body></html>`)
}
