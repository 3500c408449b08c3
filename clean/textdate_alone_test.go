package clean

import "testing"

// readDateAlone reads the world's date lines that hold only a date, and
// tells an update's; a line with words that are no label, or a part that
// is no date, reads as none.
func TestReadDateAlone(t *testing.T) {
	for _, c := range []struct {
		line, want string // want: the day, "" for none
		upd        bool
	}{
		{"２０２５年３月５日（水）１５：２０", "2025-03-05", false},
		{"2025/3/5 15:20配信", "2025-03-05", false},
		{"2025/3/4(火) 10:15配信", "2025-03-04", false},
		{"2025/3/6 09:10更新", "2025-03-06", true},
		{"发布于 2025/03/05", "2025-03-05", false},
		{"更新時間：2025年3月6日 09:10", "2025-03-06", true},
		// A date that ends on its day's sign: the sign is the date's, no word that closes it.
		{"更新日：2025年3月6日", "2025-03-06", true},
		{"公開日：2025年3月5日", "2025-03-05", false},
		{"2025年3月6日更新", "2025-03-06", true},
		{"2025年3月6日最終更新", "2025-03-06", true}, // four characters after the day's sign
		{"2025/3/6 最終更新", "2025-03-06", true},
		{"2025年3月6日最終更新時刻", "", false}, // five: no closing word
		{"수정 2025년 3월 6일", "2025-03-06", true},
		{"פורסם: 5 במרץ 2025 | עודכן: 6 במרץ 2025", "2025-03-05", false},
		{"Ενημέρωση: 6 Μαρτίου 2025 | Δημοσίευση: 5 Μαρτίου 2025", "2025-03-05", false},
		{"अपडेटेड: 6 मार्च 2025", "2025-03-06", true},
		// Vietnamese prints its time before the date, after "lúc" (at), under a publication's label ("Đăng lúc") or an update's ("Cập nhật lúc").
		{"Đăng lúc 14:22 ngày 05/03/2025", "2025-03-05", false},
		{"Ngày đăng: 05/03/2025", "2025-03-05", false},
		{"Cập nhật lúc 14:22 ngày 06/03/2025", "2025-03-06", true},
		{"Cập nhật lúc 10:15 ngày 06/03/2025 | Đăng lúc 14:22 ngày 05/03/2025", "2025-03-05", false},
		{"Hội đồng họp lúc 14:22 ngày 05/03/2025", "", false},
		{"市议会通过新图书馆预算 2025/03/05", "", false},
		{"פורסם: 5 במרץ 2025 | חדשות", "", false},
		{"发布于 2025/03/05 | 2 | 3 | 4", "", false},
		{"2025/3/5 15:20 市议会通过新图书馆预算", "", false},
	} {
		st, upd, ok := readDateAlone(c.line)
		got := ""
		if ok {
			got = st.ISO()[:10]
		}
		if got != c.want || ok && upd != c.upd {
			t.Errorf("%q: %q update %v, want %q update %v", c.line, got, upd, c.want, c.upd)
		}
	}
}
