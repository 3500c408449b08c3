package clean

import "testing"

// A paper's name that opens with its language's word for a paper is the
// site's after a dash; the same word before lower-case words is not.
func TestPaperWordName(t *testing.T) {
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"Báo Bờ Sông", true},
		{"Tạp chí Bờ Sông", true},
		{"Báo điện tử Bờ Sông", true},
		{"Harian Kota Baru", true},
		{"Gazeta Rzeczna", true},
		{"Báo động đỏ", false},                       // "red alert": lower-case words after it
		{"Báo", false},                               // the word alone
		{"Riverside Daily Herald", false},            // no paper word first
		{"Báo Bờ Sông Và Những Người Bạn Cũ", false}, // too long for a name
	} {
		if got := paperWordName(c.tail); got != c.want {
			t.Errorf("paperWordName(%q) = %v, want %v", c.tail, got, c.want)
		}
	}
}

// The site's name opening a title goes at the first separator after it,
// and a colon later in the headline stays.
func TestWithoutSiteOpening(t *testing.T) {
	for _, c := range []struct{ title, site, want string }{
		{"Riverside Herald | Mayor: the footbridge will pay for itself", "Riverside Herald", "Mayor: the footbridge will pay for itself"},
		{"Riverside Herald: City opens footbridge", "Riverside Herald", "City opens footbridge"},
		{"Riverside Herald | Local | City opens footbridge to the station", "Riverside Herald", "City opens footbridge to the station"},
		{"Thành phố khánh thành cầu đi bộ nối phố cổ với nhà ga - Báo Bờ Sông", "", "Thành phố khánh thành cầu đi bộ nối phố cổ với nhà ga"},
		{"市政府开通连接老城区与火车站的人行桥-河畔网", "", "市政府开通连接老城区与火车站的人行桥"},
		{"北京-上海高铁今日起增开夜间列车", "", "北京-上海高铁今日起增开夜间列车"},           // a hyphen joining places
		{"市政府开通连接老城区与火车站的人行桥-北京", "", "市政府开通连接老城区与火车站的人行桥-北京"}, // no site word closes the tail
	} {
		if got := withoutSite(c.title, c.site, "news.example"); got != c.want {
			t.Errorf("withoutSite(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
