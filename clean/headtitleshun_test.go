package clean

import (
	"strings"
	"testing"
)

// shunPage is an invented notes page that sets its file's name as the
// first <h1> and renders the notes' own headings as <h1>s below it.
const shunPage = `<!doctype html><html><head>
<title>How the harbour ferry timetable was rebuilt in a weekend · Notes</title>
<meta property="og:title" content="How the harbour ferry timetable was rebuilt in a weekend">
</head><body>
<h1>mara/timetable.md</h1>
<div class="markdown-body">
<h1>Background</h1>
<p>The ferry company kept its timetable in a spreadsheet that nobody had opened since the last captain retired, and the crossings at night had drifted by several minutes each winter.</p>
<h1>What we changed</h1>
<p>Over one weekend the crews wrote every crossing down again, checked it against the pier logs, and published the result as a single table that the ticket office now prints each morning.</p>
<p>The night crossings now leave on the hour and the half hour, and the first morning boat waits for the train from the city when it runs late.</p>
</div>
</body></html>`

// TestShunnedHeadings checks that once the first <h1> is the page's file
// name, a later <h1> (a heading of the notes) is not the title unless the
// metadata agrees with it; with a headline first, the headline stays.
func TestShunnedHeadings(t *testing.T) {
	const url = "https://notes.example/mara/timetable"
	want := "How the harbour ferry timetable was rebuilt in a weekend"
	res, err := HTML([]byte(shunPage), "text/html; charset=utf-8", &Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
	for _, b := range res.Blocks {
		if b.Kind == Title && b.Text == "Background" {
			t.Errorf("the notes' heading %q is labelled the title", b.Text)
		}
	}
	// Left alone: a later <h1> that the metadata names is the title.
	agreeing := strings.Replace(shunPage, "<h1>Background</h1>", "<h1>"+want+"</h1>", 1)
	if res, err = HTML([]byte(agreeing), "text/html; charset=utf-8", &Options{URL: url}); err != nil {
		t.Fatal(err)
	}
	labelled := false
	for _, b := range res.Blocks {
		labelled = labelled || b.Kind == Title && b.Text == want
	}
	if !labelled || res.Title != want {
		t.Errorf("the agreeing <h1> is not the title (Title %q)", res.Title)
	}
	// Left alone: a page whose first <h1> is its headline.
	headline := strings.Replace(shunPage, "<h1>mara/timetable.md</h1>", "<h1>Ferry crews rebuild the timetable</h1>", 1)
	if res, err = HTML([]byte(headline), "text/html; charset=utf-8", &Options{URL: url}); err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Kind == Title && b.Text != "Ferry crews rebuild the timetable" {
			t.Errorf("block %q labelled the title, want the first <h1>", b.Text)
		}
	}
}
