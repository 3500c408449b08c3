package dateparse

import (
	"strings"
	"unicode/utf8"
)

// cnaPlaces are places CNA's reporters file from, in the spelling CNA
// prints: Taiwan's cities and counties (in both spellings of 台/臺) and
// the bureaus abroad. cnaPlace looks for them at the end of the
// reporter's name.
var cnaPlaces = [...]string{
	"台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "苗栗", "彰化",
	"南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "連江",
	"華盛頓", "紐約", "舊金山", "洛杉磯", "東京", "大阪", "首爾", "北京", "上海", "香港", "新加坡",
	"曼谷", "雅加達", "馬尼拉", "河內", "新德里", "雪梨", "倫敦", "巴黎", "柏林", "布魯塞爾", "日內瓦",
	"莫斯科", "多倫多", "溫哥華", "聖保羅",
}

// cnaPlace returns the place that ends the reporter part of CNA's
// dateline ("王小明台北" -> "台北", "王小明、李大華高雄" -> "高雄"): a
// place of cnaPlaces, the longest that leaves a name of two runes or
// more before it; else, for a last part of four or five runes, its last
// two (a name of two or three runes, a place of two, the common case);
// "" otherwise.
func cnaPlace(reporter string) string {
	last := reporter
	if i := strings.LastIndex(reporter, "、"); i >= 0 {
		last = reporter[i+len("、"):]
	}
	best := ""
	for _, pl := range cnaPlaces {
		if len(pl) > len(best) && strings.HasSuffix(last, pl) && utf8.RuneCountInString(last[:len(last)-len(pl)]) >= 2 {
			best = pl
		}
	}
	if best != "" {
		return best
	}
	if n := utf8.RuneCountInString(last); n == 4 || n == 5 {
		_, w1 := utf8.DecodeLastRuneInString(last)
		_, w2 := utf8.DecodeLastRuneInString(last[:len(last)-w1])
		return last[len(last)-w1-w2:]
	}
	return ""
}
