package clean

import "testing"

// TestWithoutSiteBracket checks that the site's name in brackets after a
// title comes off and that other brackets, a short rest and a bracket
// naming something else stay.
func TestWithoutSiteBracket(t *testing.T) {
	const site, host = "Harbour Times", "harbourtimes.example"
	for _, c := range []struct{ in, want string }{
		{"Ferry returns to service [Harbour Times]", "Ferry returns to service"},
		{"Ferry returns to service (Harbour Times)", "Ferry returns to service"},
		{"Ferry returns to service (harbourtimes.example)", "Ferry returns to service"},
		{"Ferry returns to service [Video]", "Ferry returns to service [Video]"},
		{"Ferry returns to service (updated)", "Ferry returns to service (updated)"},
		{"Ferry returns (Harbour Times)", "Ferry returns (Harbour Times)"},
		{"[Harbour Times] Ferry returns to service", "[Harbour Times] Ferry returns to service"},
		{"Ferry returns to service (see (Harbour Times))", "Ferry returns to service (see (Harbour Times))"},
		{")", ")"},
		{"", ""},
	} {
		if got := withoutSiteBracket(c.in, site, host); got != c.want {
			t.Errorf("withoutSiteBracket(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWithoutSiteBracketFullWidth checks the site's name in the full-width
// and lenticular brackets of Chinese and Japanese pages, and that a label
// in them ("【動画】", a video mark) or a bracket opening the title stays.
func TestWithoutSiteBracketFullWidth(t *testing.T) {
	for _, c := range []struct{ in, site, want string }{
		{"旧市街と駅を結ぶ歩道橋が開通【東都新聞】", "東都新聞", "旧市街と駅を結ぶ歩道橋が開通"},
		{"连接老城区与火车站的人行桥开通（江城日报）", "江城日报", "连接老城区与火车站的人行桥开通"},
		{"连接老城区与火车站的人行桥开通［江城日报］", "江城日报", "连接老城区与火车站的人行桥开通"},
		{"Ferry returns to service【Harbour Times】", "Harbour Times", "Ferry returns to service"},
		{"旧市街と駅を結ぶ歩道橋が開通【動画】", "東都新聞", "旧市街と駅を結ぶ歩道橋が開通【動画】"},
		{"【東都新聞】旧市街と駅を結ぶ歩道橋が開通", "東都新聞", "【東都新聞】旧市街と駅を結ぶ歩道橋が開通"},
		{"開通【東都新聞】", "東都新聞", "開通【東都新聞】"},
		{"】", "東都新聞", "】"},
	} {
		if got := withoutSiteBracket(c.in, c.site, ""); got != c.want {
			t.Errorf("withoutSiteBracket(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestWithoutSiteBracketCJKLabel checks that a label of two characters in
// full-width brackets ("（视频）", video; "【動画】") stays when the site's
// name holds it ("山谷视频"): counted in bytes it passed as the name. A
// site whose whole name is two characters still loses it.
func TestWithoutSiteBracketCJKLabel(t *testing.T) {
	if got := withoutSiteBracket("连接老城区与火车站的人行桥正式开通（江报）", "江报", ""); got != "连接老城区与火车站的人行桥正式开通" {
		t.Errorf("withoutSiteBracket with the site's whole name = %q, want it cut", got)
	}
	for _, c := range []struct{ in, site string }{
		{"连接老城区与火车站的人行桥正式开通（视频）", "山谷视频"},
		{"旧市街と駅を結ぶ歩道橋が開通【動画】", "東都動画ニュース"},
	} {
		if got := withoutSiteBracket(c.in, c.site, ""); got != c.in {
			t.Errorf("withoutSiteBracket(%q, %q) = %q, want it whole", c.in, c.site, got)
		}
	}
}
