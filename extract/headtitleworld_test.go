package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// Pages of the templates that print no headline the extractor can tell
// from the <title>'s tails of their scripts: the Korean news CMS's "<
// Section < 기사본문 - Outlet", a Chinese portal's "_Channel_Site", a
// Russian site's name before an em dash. The title is the headline alone;
// where the visible <h1> is the headline, it stays the title.
func TestHTMLTitleWorldTags(t *testing.T) {
	story := strings.Repeat("<p>"+strings.Repeat("항만청은 가을 태풍이 오기 전에 북쪽 수로를 준설하기로 했다. ", 4)+"</p>", 4)
	for _, c := range []struct{ name, lang, head, body, want string }{{
		name: "Korean news CMS: the section and 기사본문 after the headline",
		lang: "ko",
		head: `<title>항만청, 북쪽 수로 준설 결정 &lt; 사회 &lt; 기사본문 - 항만타임스</title>`,
		body: `<div id="user-container"><div class="article-head-sub">사회</div><article id="article-view-content-div" itemprop="articleBody">` + story + `</article></div>`,
		want: "항만청, 북쪽 수로 준설 결정",
	}, {
		name: "Chinese portal: a channel and the site after underscores",
		lang: "zh",
		head: `<title>港务局将疏浚北航道_新闻_港口时报</title>`,
		body: `<div class="main"><div id="artibody" class="article">` + strings.Replace(story, "항만청은 가을 태풍이 오기 전에 북쪽 수로를 준설하기로 했다.", "港务局决定在秋季台风到来之前疏浚北航道，施工期间渔船需绕行南航道。", -1) + `</div></div>`,
		want: "港务局将疏浚北航道",
	}, {
		name: "leave alone: the visible headline holds an underscore's neighbour in its words",
		lang: "zh",
		head: `<title>港务局将疏浚北航道_新闻_港口时报</title>`,
		body: `<div class="main"><h1 class="main-title">港务局将疏浚北航道 渔船施工期间绕行</h1><div id="artibody" class="article">` + strings.Replace(story, "항만청은 가을 태풍이 오기 전에 북쪽 수로를 준설하기로 했다.", "港务局决定在秋季台风到来之前疏浚北航道，施工期间渔船需绕行南航道。", -1) + `</div></div>`,
		want: "港务局将疏浚北航道 渔船施工期间绕行",
	}} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!doctype html><html lang=" + c.lang + "><head><meta charset=utf-8>" + c.head + "</head><body>" + c.body + "</body></html>"
			a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", &extract.Options{URL: "https://news.example/articleView.html?idxno=1042"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.want {
				t.Errorf("Title = %q, want %q", a.Title, c.want)
			}
		})
	}
}
