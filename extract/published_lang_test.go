package extract_test

import "testing"

// TestPublishedDateLineLanguages checks the visible date line of pages in
// languages whose dates were not read: Japanese, Korean, Czech, Hindi.
func TestPublishedDateLineLanguages(t *testing.T) {
	const h1 = `<h1>Library reopens after repairs</h1>`
	for _, c := range []headCase{{
		name:      "Japanese",
		src:       page(``, h1+`<p>投稿日：2025年11月17日</p>`),
		published: "2025-11-17", from: "date-line",
	}, {
		name:      "Korean, with the time",
		src:       page(``, h1+`<p>기사입력 2025년 11월 16일 09:05</p>`),
		published: "2025-11-16T09:05:00", from: "date-line",
	}, {
		name:      "Czech",
		src:       page(``, h1+`<p>17. listopadu 2025</p>`),
		published: "2025-11-17", from: "date-line",
	}, {
		name:      "Hindi",
		src:       page(``, h1+`<p>17 सितंबर 2025</p>`),
		published: "2025-09-17", from: "date-line",
	}} {
		t.Run(c.name, c.run)
	}
}
