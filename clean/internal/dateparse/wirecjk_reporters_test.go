package dateparse

import (
	"slices"
	"testing"
)

// TestCJKReporters checks the reporters the Chinese, Japanese and Korean
// forms name inside their datelines, and the heads that only look like
// such a dateline: a story that mentions a paper's reporter, a Japanese
// bracket with no correspondent's name, a Korean line whose names lack
// their role.
func TestCJKReporters(t *testing.T) {
	for _, c := range []struct {
		para, text string
		reporters  []string
	}{
		{"新华社北京12月4日电（记者 王海涛 刘晓燕）国务院常务会议4日研究部署了新的就业措施。", "新华社北京12月4日电（记者 王海涛 刘晓燕）", []string{"王海涛", "刘晓燕"}},
		{"新华社北京12月4日电（记者王海涛、刘晓燕）国务院常务会议4日研究部署了新的就业措施。", "新华社北京12月4日电（记者王海涛、刘晓燕）", []string{"王海涛", "刘晓燕"}},
		{"本报讯（记者 林雪 实习生 周明）市交通部门近日开通了三条新的公交线路。", "本报讯（记者 林雪 实习生 周明）", []string{"林雪", "周明"}},
		// brackets that credit no reporter: the dateline, without names
		{"新华社北京12月4日电（国际在线报道）国务院常务会议4日研究部署了新的就业措施。", "新华社北京12月4日电（国际在线报道）", nil},
		{"【ニューヨーク=鈴木花子】米株式市場は4日、大幅に上昇した。", "【ニューヨーク=鈴木花子】", []string{"鈴木花子"}},
		{"【ワシントン=ジョン・スミス】米政府は4日、新たな経済対策を発表した。", "【ワシントン=ジョン・スミス】", []string{"ジョン・スミス"}},
		{"(서울=연합뉴스) 김민수 기자 = 정부는 4일 새로운 경제 정책을 발표했다.", "(서울=연합뉴스) 김민수 기자", []string{"김민수"}},
		{"(서울=연합뉴스) 정부는 4일 새로운 경제 정책을 발표했다.", "(서울=연합뉴스)", nil},
	} {
		d, ok := ParseDateline(c.para)
		if !ok || d.Text != c.text || !slices.Equal(d.Reporters, c.reporters) {
			t.Errorf("%q: %+v %v; want %q, reporters %q", c.para, d, ok, c.text, c.reporters)
		}
	}
	for _, para := range []string{
		"本报记者林雪近日走访了多家公交公司，了解到新线路的开通情况。",
		"【速報】米政府は4日、新たな経済対策を発表した。",
		"【東京=共同通信社調べ】内閣支持率は4日までの調査で上昇した。",
		"新华社北京分社记者王海涛4日在会上发言，介绍了新的就业措施。",
	} {
		if d, ok := ParseDateline(para); ok {
			t.Errorf("%q: dateline %+v, want none", para, d)
		}
	}
}
