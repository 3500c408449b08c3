package clean

import "testing"

// TestBreadcrumbVietnameseIndonesianThaiHindi checks that a trail opening with the home page's
// name in Vietnamese, Indonesian, Thai or Hindi is a breadcrumb, and that
// the same words without a trail's mark after them, or further into a
// line, are not.
func TestBreadcrumbVietnameseIndonesianThaiHindi(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Trang chủ > Thời sự > Xã hội", true},
		{"Trang chủ » Kinh doanh", true},
		{"Beranda > Berita > Nasional", true},
		{"Beranda / Olahraga", true},
		{"หน้าแรก > ข่าว > ภูมิภาค", true},
		{"होम > देश > राज्य", true},
		{"Trang chủ", false},
		{"Trang chủ mới của trường đã mở cửa từ thứ Hai", false},
		{"Beranda rumah itu menghadap ke laut", false},
		{"Bà nói trang chủ > mọi thứ", false},
	} {
		if got := isBreadcrumb(c.line); got != c.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestBreadcrumbPolishPersianNordicHebrew checks that a trail opening with
// the home page's name in Polish, Persian, Swedish, Danish or Norwegian,
// Finnish or Hebrew is a breadcrumb, and that the same words opening a
// sentence are not.
func TestBreadcrumbPolishPersianNordicHebrew(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Strona główna > Wiadomości > Kraj", true},
		{"خانه > سیاسی > مجلس", true},
		{"صفحه اصلی » اقتصاد", true},
		{"Startsida / Nyheter / Inrikes", true},
		{"Forside > Nyheder", true},
		{"Etusivu › Kotimaa", true},
		{"דף הבית > חדשות > בארץ", true},
		{"Strona główna portalu przeszła w weekend zmiany", false},
		{"خانه\u200cهای قدیمی محله پس از زلزله تخریب شدند", false},
		{"Forside af avisen blev trykt i farver", false},
	} {
		if got := isBreadcrumb(c.line); got != c.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
