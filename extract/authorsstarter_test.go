package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// starterThread is an invented forum thread as flattened text: the header
// names the thread's starter under its label, and each post is signed by
// its poster ("by ..."), the replies by others.
func starterThread(label, name string) string {
	post := "I have been restoring an old lathe from the nineteen fifties and the headstock bearings need replacing. The original parts are long gone, and the modern ones I found are a few thousandths too wide for the housing. Has anyone here machined a sleeve for this, or is there a better way to fit them without reboring the casting?"
	reply := "I did the same job on a smaller lathe two winters ago. A bronze sleeve pressed into the housing worked well, but take the bore out slowly and check it with a telescoping gauge after every pass, or the bearing will sit loose and chatter."
	return strings.Join([]string{
		"Home", "Forums", "Machining", "Lathes",
		"Fitting modern bearings to an old headstock",
		label, name, "Start date", "Mar 3, 2024",
		"by " + name, "Mar 3, 2024", post,
		"by Brass Turner", "Mar 4, 2024", reply,
		"by Quill Miller", "Mar 5, 2024", reply + " Mind the oil holes too.",
		"You must log in or register to reply here.",
	}, "\n\n")
}

// A forum thread's page names the poster who opened it under a "Thread
// starter" label (or "Topic author", "Started by"): on flattened text that
// poster is the page's author, not a replier who signs a post; the
// poster's name is read by its shape, a handle as much as a person's name.
func TestAuthorsThreadStarterText(t *testing.T) {
	for _, c := range []struct{ label, name string }{
		{"Thread starter", "lathe_fan42"},
		{"Topic author", "Mara Quill"},
		{"Started by", "b.holm"},
	} {
		a, err := extract.Text([]byte(starterThread(c.label, c.name)), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, []string{c.name}) {
			t.Errorf("%s over %s: authors %q, want the starter", c.label, c.name, a.Authors)
		}
	}
}

// The label names nobody where the line under it is no poster's name: a
// date, a sentence, a label of its own; then the starter gives no author
// (whatever else the page's bylines give, never the line under the
// label).
func TestAuthorsThreadStarterTextLeaveAlone(t *testing.T) {
	for _, under := range []string{
		"Mar 3, 2024",
		"Join Date: Aug 2008",
		"The thread was moved to the archive by a moderator after the sale ended.",
	} {
		a, err := extract.Text([]byte(starterThread("Thread starter", under)), nil)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(a.Authors, under) {
			t.Errorf("%q under the label: authors %q", under, a.Authors)
		}
	}
}

// On HTML the starter named in the thread's header ("Thread starter
// lathe_fan42", the label and the name joined in one line) comes before
// the page's metadata, whose microdata marks the replies' authors only.
func TestAuthorsThreadStarterHTML(t *testing.T) {
	reply := `<article itemscope itemtype="https://schema.org/Comment"><section itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Brass Turner</span></section><p itemprop="text">A bronze sleeve pressed into the housing worked well for me, but take the bore out slowly and check it after every pass.</p></article>`
	body := `<h1>Fitting modern bearings to an old headstock</h1><ul><li><span>Thread starter</span> <a href="/members/lathe_fan42.7/">lathe_fan42</a></li><li>Start date Mar 3, 2024</li></ul>` +
		`<article><p>I have been restoring an old lathe from the nineteen fifties and the headstock bearings need replacing. The original parts are long gone, and the modern ones are a few thousandths too wide for the housing.</p></article>` + reply
	a, err := extract.HTMLBytes(page(``, body), "text/html; charset=utf-8", &extract.Options{URL: "https://forum.lathes.example/threads/fitting-bearings.123/"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Authors, []string{"lathe_fan42"}) {
		t.Errorf("authors %q, want the thread's starter", a.Authors)
	}
}
