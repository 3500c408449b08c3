package clean

import (
	"strings"
	"testing"
)

// TestUnspacedProseWords: paragraphs of the scripts without spaces
// between words count as prose by their runes; short lines, unclosed
// lines, and spaced scripts (which ShapeOf counts) count nothing.
func TestUnspacedProseWords(t *testing.T) {
	cases := []struct {
		name, text string
		prose      bool
	}{
		{"Japanese paragraph", "港湾局は月曜日の夜、二年前の冬の嵐で床板が損傷し閉鎖されていた旧フェリー桟橋を再建することを決めた。", true},
		{"Chinese paragraph", "港务局周一晚间决定重建旧渡轮码头，该码头两年前冬季遭暴风雨损坏后一直关闭。", true},
		{"Thai paragraph", "คณะกรรมการท่าเรือตัดสินใจสร้างท่าเรือข้ามฟากเก่าขึ้นใหม่หลังจากพายุเมื่อสองปีก่อนทำให้พื้นไม้เสียหายอย่างหนักและต้องปิดไว้นานกว่าหนึ่งปีเต็ม.", true},
		{"Japanese menu item", "経済ニュース", false},
		{"Japanese headline, no stop", "東京の港湾局、旧フェリー桟橋の再建を決定", false},
		{"English paragraph", "The harbour board agreed on Monday to rebuild the old ferry pier, closed since the storms.", false},
		{"Korean paragraph (spaced)", "항만청은 월요일 밤 2년 전 겨울 폭풍으로 손상된 옛 여객선 부두를 다시 짓기로 결정했다.", false},
	}
	for _, c := range cases {
		if got := unspacedProseWords(c.text); (got > 0) != c.prose {
			t.Errorf("%s: %d words, want prose %v", c.name, got, c.prose)
		}
	}
	if long := strings.Repeat("港湾局は桟橋を再建する", 20); unspacedProseWords(long) < 60 {
		t.Errorf("a long unclosed Japanese block counts %d words, want 60 or more", unspacedProseWords(long))
	}
}

// TestJapaneseTextIsArticle: a Japanese news page of three paragraphs is
// an article, with no not-an-article warning (ShapeOf saw its paragraphs
// as a few words each, and the page as holding no prose).
func TestJapaneseTextIsArticle(t *testing.T) {
	page := "ホーム\nニュース\n東京の港湾局、旧フェリー桟橋の再建を決定\n2025年3月14日 10:30\n" +
		"港湾局は月曜日の夜、二年前の冬の嵐で床板が損傷し閉鎖されていた旧フェリー桟橋を再建することを決めた。工事は来年春に始まる予定で、総費用は約十二億円と見込まれている。\n" +
		"地元の住民団体は以前から桟橋の再開を求めており、決定を歓迎する声明を出した。一方で、費用の負担をめぐっては市議会で議論が続いている。\n" +
		"局の担当者によると、新しい桟橋には観光船も発着できるようにし、周辺の商店街の活性化にもつなげたいという。\n"
	res, err := String(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Kind == "not-an-article" {
			t.Errorf("warning %q on a Japanese article", w.Detail)
		}
	}
}
