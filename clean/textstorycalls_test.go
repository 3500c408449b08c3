package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestDropTextCallsMoreForms covers the calls, credits, ad labels and
// bylines added to dropTextCalls: each furniture line is dropped with its
// kind, each story line that opens with the same words stays.
func TestDropTextCallsMoreForms(t *testing.T) {
	furniture := []textCallCase{
		{"Why Trust Us?", Other},
		{"See List", Other},
		{"Buy Poster", Other},
		{"BUY THE BOOK", Other},
		{"How Was This Issue?", Other},
		{"Shop Bells of Steel", Other},
		{"SHOP FOLIAGE HOUSEPLANTS", Other},
		{"✉️ Reply by email", Other},                 // an emoji before the call
		{"Sign up for free →Contact Sales →", Other}, // two calls of one row
		{"Image Credit: Harbour Museum", Credit},
		{"Photo courtesy of Jane Doe", Credit},
		{"(Image credit: Harbour Weekly)", Credit},
		{"Foto: Max Muster", Credit},
		{"Advertisement: New Tide Tables Book!", Ad},
		{"Anzeige: Die besten Fähren", Ad},
		{"Published by Jane Doe", Byline},
		{"View Full Profile", Other},
		{"See full bio", Other},
		{"Table of Contents", Other},
		{"Inhaltsverzeichnis", Other},
		{"7 min read", Other},
		{"$49.99 at Harbour Store", Other},
		{"$1,299 from Best Boats", Other},
		{"Thank you! Your submission has been received!", Other},
		{"Oops! Something went wrong while submitting the form.", Other},
		{"Was this content helpful?", Other},
		{"More articles from Jane Doe", Other},
		{"Share With a Friend or Colleague", Other},
		{"Want more harbour news?", Other},
		{"Looking for fresh ferry content?", Other},
		{"84% of people found this article helpful.", Other},
		{"1 reader likes this.", Other},
		{"There was an issue with the form. Please try again.", Other},
		{"Skip to table of contents", Other},
		{"Estimated reading time: 6 minutes", Other},
		{"Thanks for visiting!", Other},
		{"You can also connect with me here:", Other},
		{"Schedule a free introductory call", Other},
		{"Jump to:", Other},
		{"See More Rows", Other},
		{"Suggest changes to inaccurate or misleading information.", Other},
		{"Continue reading this post for free, courtesy of Jane Doe.", Other},
		{"View on Amazon", Other},
		{"Check Price on Amazon", Other},
		{"Product successfully added to the cart!", Other},
		{"Like what you see? Share with a friend", Other},
		{"Join / Sign in", Other},
		{"More Like This", Other},
		{"Love Harbour Weekly? Tell your friends and get rewards.", Other},
		{"Powered by Verbosa & WordPress.", Other},
		{"Help Keep Harbour Weekly Free and Independent", Other},
		{"Harbour Weekly is a Trust Project member", Other},
		{"Get a free quote today.", Other},
		{"Next Post Next post:", Other},
		{"Share:", Other},
		{"Free standard shipping on orders $60 or more. For more information on shipping rates, please visit our page", Other},
		{"Follow me on Instagram for new ferry photos every week!", Other},
		{"Want more harbour walks? Be sure to follow us on social media to see where we go next.", Other},
		{"Please fill out the form below, and one of our skippers will call you back within a day.", Other},
		{"Fill this form to download every ferry timetable from Harbour Lines.", Other},
		{"Fill out the form for a free quote that includes a berth plan and a breakdown of the mooring fees.", Other},
		{"Book Your Free Demo", Other},
		{"Schedule a personalised demo", Other},
		{"See all case studies", Other},
		{"Explore customer stories", Other},
	}
	story := []string{
		"Shop for a winter coat",
		"Buy or Lease",
		"See the list below for every ferry that runs on Sundays.",
		"Photo Credit:",
		"Starts at $49.99",
		"Price: $568",
		"7 minutes read like an hour when the ferry is late.",
		"Photo sources and display controls",
		"Written by hand, the letters reached the island a week later.",
		"Advertisement revenue fell by a third last year, the harbour board said.",
		"Why trust us with your boat? Because we have fixed ferries for forty years.",
		"Thank you for reading, the harbour master wrote in his last letter.",
		"More articles from the archive will appear every week, the editor said.",
		"Was this content helpful to the ferry's passengers? The survey says yes.",
		"Passengers can follow the ferry on Instagram, where the crew posts the tides.",
		"Follow us on a walk round the old harbour, from the pier to the lighthouse.",
		"Want to know why the ferry was late? The harbour master blamed the tide.",
		"Looking for the old pier, we found only its posts in the mud.",
		"84% of people found the ferry late at least once last year.",
		"Jump to the harbour wall and you will land in the mud.",
		"Thanks for visiting the harbour, the mayor told the crew.",
		"Schedule a call with the harbour master before you moor.",
		"View on the harbour from the lighthouse, at dawn",
		"Powered by AI, the new ferry finds its own way round the bay.",
		"Share prices of the ferry company fell by a third.",
		"Free shipping on orders was the shop's answer to the ferry strike, its owner said.",
		"Fill in the form at the harbour office and bring two photos of your boat.",
		"Fill the form with wet sand and let it dry before you lift the mould.",
		"Book your ferry tickets early in summer",
		"See all the boats in the harbour from the lighthouse",
		"Case studies of three harbours show the same pattern.",
	}
	p, lines := checkTextCallKinds(t, furniture, story)
	if i := slices.Index(lines, "Published by Jane Doe"); !slices.Equal(p.blocks[i].Authors, []string{"Jane Doe"}) {
		t.Errorf("byline's authors %q, want Jane Doe", p.blocks[i].Authors)
	}
}

// TestTextBylineRepeat: a byline printed again under the story is not a
// second byline, whose names would be the story's authors twice.
func TestTextBylineRepeat(t *testing.T) {
	lines := append([]string{"Written by Jane Doe"}, storyLines(3)...)
	lines = append(lines, "Written by Jane Doe", "Posted by John Roe")
	p, shapes := textTestPage(lines)
	p.labelAs(0, Byline, "generic/byline")
	drop := make([]bool, len(lines))
	p.dropTextCalls(drop, shapes)
	if b := p.blocks[4]; !drop[4] || b.Kind != Other {
		t.Errorf("the repeat: dropped %v, kind %q; want dropped as other", drop[4], b.Kind)
	}
	if b := p.blocks[5]; !drop[5] || b.Kind != Byline || !slices.Equal(b.Authors, []string{"John Roe"}) {
		t.Errorf("another name: dropped %v, kind %q, authors %q; want a byline of John Roe", drop[5], b.Kind, b.Authors)
	}
}

// TestDropTextDisclosures: a disclosure of more than maxCallWords words
// that names the links and the commission together, and the earnings
// textEarns reads, are dropped; a story's sentences about commissions and
// compensation stay.
func TestDropTextDisclosures(t *testing.T) {
	furniture := []string{
		"Editorial Note: Harbour Weekly may contain affiliate links on some articles. If you make a purchase through these links, " +
			"we will earn a commission at no extra cost to you. Learn more.", // 32 words
		"HarbourLiving.org is supported by commissions from providers listed on our site. Read our Editorial Guidelines",
		"Many of the ferry offers on this site are from companies from which we may receive financial compensation.",
	}
	story := []string{
		"The harbour board said on Tuesday that the ferry company had paid its agents a commission on every ticket sold, " +
			"and that the links between the two firms would be examined by the regulator next year.",
		"Victims of the storm may receive compensation from the harbour fund, the mayor said.",
		"The museum is supported by donations from the town's fishermen and their families.",
	}
	p, _ := checkTextCalls(t, furniture, story)
	for i, l := range furniture {
		if p.blocks[i].Rule != "model/text-disclosure" {
			t.Errorf("%q: rule %q", l, p.blocks[i].Rule)
		}
	}
}

// TestDropTextMeta: a post's date line, its tags and a note on whose views
// it gives are dropped; the writer's signing line, a review's signature,
// code and a story's list of topics stay.
func TestDropTextMeta(t *testing.T) {
	furniture := []textCallCase{
		{"Posted on December 20, 2025 by Jane Doe - 5 Comments on The harbour ferry", Other}, // signed: the byline detectors may take it back
		{"Published on May 02, 2024 07:44 PM IST", Metadata},
		{"Posted by Jane Doe on 2025-12-18 in ferries. Tags: harbour, tides, timetables.", Other}, // the stamp goes on to the tags
		{"Tags: ferries, harbour, tides", Metadata},
		{"Categories Buyer's Guides, Ferry Timetables, Harbour Reviews", Metadata},
		{"Schlagwörter: Fähre, Hafen", Metadata},
		{"Note: The views expressed on Harbour.org are not necessarily those of the Harbour Institute.", Other},
		{"The views expressed by the authors of this blog are their own", Other},
	}
	story := []string{
		"Posted by Jane Doe on December 20, 2025",
		"Posted by Jane Doe on December 20, 2025 in Harbour News",
		"Written by Jane Doe on the 2024 crossing, whose tags: blue for adults, red for children, were new.",
		"Posted on Trustpilot.com by Pat K.",
		`{ category: "Fruits", price: "$1", name: "Apple" },`,
		"Category:Ferries",
		"Topics include Harbour Ecology, Tide Tables, Ferry Routes and Fishing Rights.",
		"Tags are printed on every crate that leaves the harbour.",
		"The views of the bay from the ferry are the best in the county.",
	}
	checkTextCallKinds(t, furniture, story)
}

// textCallCase is a line of furniture and the kind dropTextCalls gives it.
type textCallCase struct {
	line string
	kind Kind
}

// checkTextCallKinds runs dropTextCalls over the furniture's lines then the
// story's, and checks that it drops each line of furniture, with its kind,
// and keeps each line of the story. It returns the page and its lines.
func checkTextCallKinds(t *testing.T, furniture []textCallCase, story []string) (*Page, []string) {
	t.Helper()
	lines := make([]string, 0, len(furniture))
	for _, f := range furniture {
		lines = append(lines, f.line)
	}
	p, lines := checkTextCalls(t, lines, story)
	for i, f := range furniture {
		if p.blocks[i].Kind != f.kind {
			t.Errorf("%q: kind %q, want %q", f.line, p.blocks[i].Kind, f.kind)
		}
	}
	return p, lines
}

// checkTextCalls runs dropTextCalls over a page of the furniture lines,
// then the story lines, and checks that it drops the furniture and keeps
// the story. It returns the page and its lines.
func checkTextCalls(t *testing.T, furniture, story []string) (*Page, []string) {
	t.Helper()
	lines := append(append([]string{}, furniture...), story...)
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(lines))
	p.dropTextCalls(drop, shapes)
	for i, l := range lines {
		if want := i < len(furniture); drop[i] != want {
			t.Errorf("%q: dropped %v, want %v", l, drop[i], want)
		}
	}
	return p, lines
}

// TestDropTextTrails: breadcrumb trails and pointers to more of the site's
// posts are dropped; a story's arrows and its own pointers stay.
func TestDropTextTrails(t *testing.T) {
	furniture := []string{
		"Home » Resources » Ferries » How To Read a Tide Table",
		"Home > Travel Insurance - Ferry and Travel Insurance Quotes",
		"Harbour Weekly » Price Guides » Ferry Ticket Cost",
		"Explore more Blog Posts by category: Ferries, Harbours, Tides, Fishing",
		"Find More Posts by harbourfan",
		"On a related note, here are some interesting articles.",
	}
	story := []string{
		"Prices rose from $10 > $12 > $15 over three years, the harbour board said.",
		"Homeowners near the bay → see the map below.",
		"Explore the old harbour on foot: the walk takes an hour.",
		"Here are some of the ferries that still run in winter.",
	}
	checkTextCalls(t, furniture, story)
}

// TestIsTextMetaAccent checks that a tag line whose label opens with an
// accented capital ("Étiquettes") gets past isTextMeta's first-byte test.
func TestIsTextMetaAccent(t *testing.T) {
	s := "Étiquettes : ferries, marées"
	if !isTextMeta(s, blockfeat.ShapeOf(s)) {
		t.Errorf("isTextMeta(%q) = false, want true", s)
	}
}
