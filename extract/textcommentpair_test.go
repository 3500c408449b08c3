package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A thread of two readers' comments under a story on flattened text, its
// count over it and a "Reply" under each comment, is the page's comments:
// the first comment is not the story's last paragraph, and the page's
// date does not come from a comment's date. A story that quotes two
// people with a date in each one's line keeps them.
func TestTextTwoCommentThread(t *testing.T) {
	const head = "Home\nNews\nContact\nHarbour ferry returns after a winter of repairs\n"
	const story = "The harbour ferry returned to service on Saturday after four months in the dry dock at the north yard, where crews replaced its engines and rebuilt the passenger deck.\n" +
		"The operator said the new engines use a third less fuel and will let the ferry keep its timetable in the autumn gales that stopped it for weeks last year.\n" +
		"Commuters who had driven the long way round the bay since November said they were glad to be back on the water, though fares have risen by twenty pence.\n" +
		"The council will review the timetable in the summer and has asked passengers to send their views on an extra evening crossing through its website.\n"
	const thread = "2 Comments\nMartha Quill\nMarch 5, 2024 at 4:15 pm\nSo glad it is back. The drive round the bay added forty minutes to my day and the bus never kept to its times in the rain.\nReply\n" +
		"Tom Reyes\nMarch 6, 2024 at 9:02 am\nAn extra evening crossing would help those of us who work late shifts at the hospital across the water.\nReply\n" +
		"Leave a Reply\nYour email address will not be published.\n"
	const quotes = "Reactions\nJane Roe, harbour master\nMarch 3, 2024\nWe are glad to see the ferry back, and the crews worked through the winter to do it, often in the dark.\n" +
		"Harry Poe, ferry operator\nMarch 4, 2024\nThe new engines will let us keep the timetable when the autumn gales come in, which matters most to the commuters.\n"
	for _, c := range []struct {
		name, src, published string
		kept, gone           []string // words the body holds, words it must not
	}{
		{"a thread under a dated story", head + "March 2, 2024\n" + story + thread, "2024-03-02",
			[]string{"passengers to send"}, []string{"So glad", "late shifts"}},
		{"a thread under an undated story", head + story + thread, "",
			[]string{"passengers to send"}, []string{"So glad", "late shifts"}},
		{"leave alone: two quoted people with dates", head + "March 2, 2024\n" + story + quotes + story, "2024-03-02",
			[]string{"crews worked through", "commuters."}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(10, len(a.Published))]; got != c.published {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.published)
			}
			body := strings.Join(a.Body, "\n")
			for _, w := range c.kept {
				if !strings.Contains(body, w) {
					t.Errorf("body lost %q:\n%s", w, body)
				}
			}
			for _, w := range c.gone {
				if strings.Contains(body, w) {
					t.Errorf("body keeps the comment's %q:\n%s", w, body)
				}
			}
		})
	}
}
