package clean

import "testing"

// Invented titles in many scripts: the site's name goes after the
// separators those pages print, a headline that holds the same marks
// stays whole.
func TestWithoutSiteWorld(t *testing.T) {
	for _, c := range []struct{ title, site, host, want string }{
		{"東京で新しい図書館が開館｜東都新聞", "東都新聞", "www.toto-shimbun.jp", "東京で新しい図書館が開館"},
		{"東京で新しい図書館が開館 ｜ 東都新聞", "東都新聞", "www.toto-shimbun.jp", "東京で新しい図書館が開館"},
		{"东京新图书馆今日开馆_东都新闻网", "东都新闻网", "news.dongdu.cn", "东京新图书馆今日开馆"},
		{"东京新图书馆今日开馆-东都新闻网", "东都新闻网", "news.dongdu.cn", "东京新图书馆今日开馆"},
		{"新しい図書館の開館式典が行われる丨日本経済新報電子版", "日本経済新報電子版", "", "新しい図書館の開館式典が行われる"},
		{"서울에 새 도서관 문 열어 : 한빛일보", "한빛일보", "www.hanbit.co.kr", "서울에 새 도서관 문 열어"},
		{"Yeni kütüphane açıldı / Ankara Postası", "", "ankarapostasi.com.tr", "Yeni kütüphane açıldı"},
		{"Nouvelle bibliothèque à Lyon : ce qu'il faut savoir - Le Progrès Lyonnais", "", "leprogres-lyonnais.fr", "Nouvelle bibliothèque à Lyon : ce qu'il faut savoir"},
		{"Neue Straßenbahn für Graz - Grazer Straßenblatt", "", "grazerstrassenblatt.at", "Neue Straßenbahn für Graz"},
		// left alone: the marks belong to the headline, or name no site
		{"Spider-Man - Far From Home Review", "", "moviereviews.example", "Spider-Man - Far From Home Review"},
		{"21+ Best Movers / Moving Companies in San Francisco", "", "sfmovers.example", "21+ Best Movers / Moving Companies in San Francisco"},
		{"东京新图书馆今日开馆-市民排队参观", "东都新闻网", "news.dongdu.cn", "东京新图书馆今日开馆-市民排队参观"},
		{"Tokio-Hotel : Die neue Tour beginnt in Graz", "", "grazer-tagblatt.at", "Tokio-Hotel : Die neue Tour beginnt in Graz"},
		{"開館｜東都新聞", "東都新聞", "", "開館｜東都新聞"},
		{"Новая библиотека в Казани / Итоги года", "", "vgorod.ru", "Новая библиотека в Казани / Итоги года"},
	} {
		if got := withoutSite(c.title, c.site, c.host); got != c.want {
			t.Errorf("withoutSite(%q, %q, %q) = %q, want %q", c.title, c.site, c.host, got, c.want)
		}
		if got := pageTitle(c.title, c.site, c.host); got != c.want {
			t.Errorf("pageTitle(%q, %q, %q) = %q, want %q", c.title, c.site, c.host, got, c.want)
		}
	}
}

func TestLatinKey(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Le Progrès", "leprogres", true},
		{"Ankara Postası", "ankarapostasi", true},
		{"Straße 12", "strasse12", true},
		{"Łódź Øresund", "lodzoresund", true},
		{"Вечерний Город", "", false},
		{"東都新聞", "", false},
	} {
		if got, ok := latinKey(c.in); got != c.want || ok != c.ok {
			t.Errorf("latinKey(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestWithoutSiteWorldFullWidthColon checks that the site's name after a
// full-width colon comes off a title, and that a headline's own
// full-width colon, before words that are no site's name, stays.
func TestWithoutSiteWorldFullWidthColon(t *testing.T) {
	for _, c := range []struct{ in, site, want string }{
		{"フェリー、冬の修理終え島への運航再開：東湾新聞", "東湾新聞", "フェリー、冬の修理終え島への運航再開"},
		{"市长：新人行桥让步行到车站缩短二十分钟", "河畔日报", "市长：新人行桥让步行到车站缩短二十分钟"},
	} {
		if got, _ := withoutSiteWorld(c.in, c.site, "news.example"); got != c.want {
			t.Errorf("withoutSiteWorld(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNamesChainOff checks that a chain of two short names or more after
// a full-width bar goes from a headline in a script written without
// spaces, and that one name, a long part or a Latin headline stays.
func TestNamesChainOff(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"旧市街と駅結ぶ歩道橋が開通｜山田 花子｜note", "旧市街と駅結ぶ歩道橋が開通"},
		{"旧市街と駅結ぶ歩道橋が開通｜市民チャンネル｜市民新聞", "旧市街と駅結ぶ歩道橋が開通"},
		{"旧市街と駅結ぶ歩道橋が開通｜市民新聞", "旧市街と駅結ぶ歩道橋が開通｜市民新聞"},
		{"旧市街と駅結ぶ歩道橋が開通｜駅まで歩く人は片道で最大二十分短縮できるという話｜note", "旧市街と駅結ぶ歩道橋が開通｜駅まで歩く人は片道で最大二十分短縮できるという話｜note"},
		{"Footbridge opens｜Anna Field｜note", "Footbridge opens｜Anna Field｜note"},
		{"開通｜山田｜note", "開通｜山田｜note"},
	} {
		if got, _ := namesChainOff(c.in, "｜"); got != c.want {
			t.Errorf("namesChainOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
