package clean

import "testing"

// Invented <title>s whose tails the templates of scripts without capitals
// print after the headline whatever the site's name, and the site's name
// before the headline after the separators of other scripts; headlines
// that hold the same marks stay whole.
func TestWithoutWorldTags(t *testing.T) {
	for _, c := range []struct{ title, site, host, want string }{
		{"항만청, 북쪽 수로 준설 결정 < 사회 < 기사본문 - 항만타임스", "", "www.hangman.example", "항만청, 북쪽 수로 준설 결정"},
		{"항만청, 북쪽 수로 준설 결정 < 기사본문 - 항만타임스", "", "www.hangman.example", "항만청, 북쪽 수로 준설 결정"},
		{"港务局将疏浚北航道_新闻_港口时报", "", "news.gangkou.example", "港务局将疏浚北航道"},
		{"港务局将疏浚北航道_新闻_港口时报", "港口时报", "news.gangkou.example", "港务局将疏浚北航道"},
		{"港务局将疏浚北航道_国内新闻_新闻中心_港口网", "", "news.gangkou.example", "港务局将疏浚北航道"},
		{"港湾局が北水路を浚渫へ｜港湾タイムズ", "", "www.kowan.example", "港湾局が北水路を浚渫へ"},
		{"Гаванские вести — Совет порта углубит северный канал", "Гаванские вести", "gavan.example", "Совет порта углубит северный канал"},
		{"Harbour Times · Harbour board to dredge the north channel", "Harbour Times", "harbourtimes.example", "Harbour board to dredge the north channel"},
		// left alone
		{"港务局将疏浚北航道_市民关心渔船在施工期间如何通行", "", "news.gangkou.example", "港务局将疏浚北航道_市民关心渔船在施工期间如何通行"},
		{"航道_新闻", "", "news.gangkou.example", "航道_新闻"},
		{"Naming in snake_case: why_it matters", "", "blog.example", "Naming in snake_case: why_it matters"},
		{"삼성 < 애플? 스마트폰 점유율 비교", "", "www.hangman.example", "삼성 < 애플? 스마트폰 점유율 비교"},
		{"港湾局が北水路を浚渫へ｜漁業者は工事期間中の通航方法に強い関心を示す", "", "www.kowan.example", "港湾局が北水路を浚渫へ｜漁業者は工事期間中の通航方法に強い関心を示す"},
		{"Итоги года — Совет порта углубит северный канал", "Гаванские вести", "gavan.example", "Итоги года — Совет порта углубит северный канал"},
	} {
		if got := withoutSite(c.title, c.site, c.host); got != c.want {
			t.Errorf("withoutSite(%q, %q, %q) = %q, want %q", c.title, c.site, c.host, got, c.want)
		}
	}
}
