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
