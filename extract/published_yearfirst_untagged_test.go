package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A page with no language tag whose date block is Korean or Japanese
// ("입력 25.03.04 10:05", "公開 25/03/04 10:05 ・ ニュース編集部") reads its short date
// year first, as a tagged one does, and so does a Korean text page (the
// text path has no tag): revB75 point 7. An untagged page in Latin
// script or in Han alone (Hong Kong prints day first) is left day first.
func TestPublishedYearFirstUntagged(t *testing.T) {
	for _, c := range []struct{ name, top, want string }{
		{"ko untagged", `<p class="date">입력 25.03.04 10:05</p>`, "2025-03-04"},
		{"ja untagged", `<p class="date">公開 25/03/04 10:05 ・ ニュース編集部</p>`, "2025-03-04"},
		{"leave alone: Latin untagged", `<p class="date">Published 25.03.04 10:05</p>`, "2004-03-25"},
		{"leave alone: Han alone untagged", `<p class="date">發布時間 25/03/04 10:05</p>`, "2004-03-25"},
	} {
		a, err := extract.HTMLBytes(censusPage("", "", c.top, ""), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want %s", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
	page := "부산시, 해안 산책로 정비 공사 시작\n이서연 기자\n입력 25.03.04 10:05\n" +
		"부산시는 해안 산책로의 낡은 난간과 조명을 바꾸는 공사를 시작한다고 밝혔다. 공사는 여름 전에 끝날 예정이다.\n" +
		"시는 공사 구간마다 안내판을 세우고 우회로를 마련해 산책하는 시민들의 불편을 줄이겠다고 설명했다.\n"
	a, err := extract.Text([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-04" {
		t.Errorf("ko text page: published %q (from %q), want 2025-03-04", a.Published, a.PublishedFrom)
	}
}
