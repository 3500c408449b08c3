package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

func TestFurnitureLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want Kind
	}{
		// one-line labels, with the marks around them
		{"Advertisement", Ad},
		{"ADVERTISEMENT", Ad},
		{"Anzeige", Ad},
		{"Like this:", Share},
		{"Sharing is caring!", Share},
		{"Share this post", Share},
		{"Read Next »", Related},
		{"Você pode gostar...", Related},
		{"More Great WIRED Stories", Related},
		{"Popular on IndieWire", Related},
		{"You may be interested in the following topics as well:", Related},
		{"You might also be interested in…", Related},
		{"Further Reading", Related},
		{"Related Topics:", Related},
		{"< back to top", Nav},
		{"Table of Contents", Nav},
		{"Leave a Reply", CommentPrompt},
		{"Topics", Metadata},
		{"Article Continues Below", Ad},
		{"Page 1 of 8", Nav},
		{"In partnership with", Ad},
		{"Em parceria com", Ad},
		{"Be the first to comment", CommentPrompt},
		{"3 MIN. READ", Metadata},
		{"⏱ 11 min read", Metadata},
		{"5 Min. Lesezeit", Metadata},
		{"Temps de lecture : 4 min", Metadata},
		{"Tiempo de lectura: 3 minutos", Metadata},
		// a label and what it labels
		{"Tags: laptops, reviews", Metadata},
		{"Filed Under:Eastern Equine Encephalitis, EEE, health", Metadata},
		{"タグ: ソフトウェア", Metadata},
		{"Related article\nThe Smart Thermostat Buying Guide", Related},
		{"(Leggi anche su: I Cavalieri dello Zodiaco)", Related},
		{"You might also like: The Challenges of Palm Oil", Related},
		{"Advertisement: New AI Book!", Ad},
		// story lines that start with a label's word
		{"Share of homes that sold above asking (2024)", ""},
		{"Related products and services", ""},
		{"Read more about recent LG innovations.", ""},
		{"Tags are how the site groups its posts, and we used them.", ""},
		{"Topics covered in the course include grammar and style.", ""},
		{"Advertisement revenue fell by a third in the quarter.", ""},
		{"Comments", ""},
		{"You may be interested in how the ferry is run.", ""},
		{"In partnership with the city, the club runs a ferry.", ""},
		{"The crossing takes 11 min and the ferry runs hourly.", ""},
		{"Reading time matters less than you think", ""},
	} {
		if got := furnitureLabel(c.text); got != c.want {
			t.Errorf("furnitureLabel(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestShareAndSupportCalls(t *testing.T) {
	for _, c := range []struct {
		text        string
		share, supp bool
	}{
		{"Like this story? Share it with a friend!", true, false},
		{"Love Tech World With Milan Newsletter? Tell your friends and get rewards.", true, false},
		{"Help me spread the word about this podcast!", true, false},
		{"Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", true, false},
		{"Follow us on Twitter @Spacedotcom and on Facebook.", true, false},
		{"Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.", true, false},
		{"Support Snopes and make a difference for readers everywhere.", false, true},
		{"This story is funded by readers like you", false, true},
		{"CLICK HERE TO GET THE FOX NEWS APP", false, true},
		{"GET FOX BUSINESS ON THE GO BY CLICKING HERE", false, true},
		{"Get the FREE eBook!", false, true},
		{"Want more stories like this?", false, true},
		{"This article is exclusive to STAT+ subscribers", false, true},
		{"If you liked this post you might also like:", true, false},
		// the story's own sentences
		{"Use these free outreach tools to help spread the word.", false, false},
		{"Click here to get more information or download this game.", false, false},
		{"She asked readers to share it with the council before the vote.", false, false},
		{"Support for the measure grew over the summer.", false, false},
	} {
		if got := shareCall.MatchString(c.text); got != c.share {
			t.Errorf("shareCall(%q) = %v, want %v", c.text, got, c.share)
		}
		if got := supportCall.MatchString(c.text); got != c.supp {
			t.Errorf("supportCall(%q) = %v, want %v", c.text, got, c.supp)
		}
	}
}

func TestNewsletterCallForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Abonnez-vous à notre newsletter", true},
		{"Melden Sie sich für unseren Newsletter an", true},
		{"Suscríbete a nuestro boletín", true},
		{"SUBSCRIBE", true},
		{"Subscribe now!", true},
		{"Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", true},
		{"Sign up for the Disney+ bundle using the same email as your Hulu account", false},
		{"Subscribers paid more this year than last.", false},
	} {
		if got := newsletterCall.MatchString(c.text); got != c.want {
			t.Errorf("newsletterCall(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestDropCallsToActLabels(t *testing.T) {
	src := `<html><body><div class="story">
<p>One` + para + `</p>
<h2>Table of Contents</h2>
<p>Two` + para + `</p>
<p>Advertisement</p>
<p>Three` + para + `</p>
<p>Like this story? Share it with a friend!</p>
<p>Like this:</p>
<p>Tags: harbour, ferries</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCallsToAct(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Table Advertisement Like Like Tags:" {
		t.Errorf("dropped %q, want the labels and the call to share", got)
	}
	for i := range p.blocks {
		if drop[i] && p.blocks[i].Kind == "" {
			t.Errorf("block %q dropped without a label", p.blocks[i].Text)
		}
	}
}

func TestAttrWords(t *testing.T) {
	got := strings.Join(htmldoc.SplitWords("abh_box authorBio post-author__card", nil), " ")
	if want := "abh box author bio post author card"; got != want {
		t.Errorf("SplitWords = %q, want %q", got, want)
	}
}

func TestBoxRule(t *testing.T) {
	for _, c := range []struct {
		class, want string
	}{
		{"author-bio", "model/html-bio"},
		{"authorBox", "model/html-bio"},
		{"about-author", "model/html-bio"},
		{"abh_tab_content", "model/html-bio"},
		{"affiliate-disclaimer", "model/html-disclaimer"},
		// the story's wrapper, named after its author or its type
		{"post author-admin type-post", ""},
		{"entry-content", ""},
		{"bio-sciences", ""},
	} {
		if got := boxRule(htmldoc.SplitWords(c.class, nil)); got != c.want {
			t.Errorf("boxRule(%q) = %q, want %q", c.class, got, c.want)
		}
	}
}

func TestDropNearBox(t *testing.T) {
	bio := "Ann Lee covers the harbour and its ferries for the paper and writes its weekly newsletter."
	src := `<html><body><article class="post author-admin"><div class="entry-content">
<p>One` + para + `</p>
<p>Two` + para + `</p>
</div>
<div class="author-box"><div class="author-description"><p>` + bio + `</p><p>By Ann Lee</p><p>June 4, 2025</p></div></div>
<div class="site-disclaimer"><p>Prices were correct when we wrote this and may have changed since.</p></div>
</article></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCallsToAct(drop)
	// The bio and the disclaimer go; the story, in a wrapper named after
	// its author, stays, and so do the byline and the date line.
	if got := strings.Join(dropped(p, drop), " "); got != "Ann Prices" {
		t.Errorf("dropped %q, want the bio and the disclaimer", got)
	}
}

func TestDropLongDisclosure(t *testing.T) {
	long := "Some of the links in this article are affiliate ones. This means that if you click through them to make a purchase, " +
		"we may earn a small commission at no additional cost to you. It helps us keep the site running, and we only recommend what we use."
	story := "The streamers we spoke to make money in three ways. Affiliate programs pay them a commission when viewers buy games " +
		"or gear they name on stream, sponsors pay for mentions, and subscribers pay a monthly fee for badges and emotes."
	src := `<html><body><div class="story"><p>One` + para + `</p><p>` + long + `</p><p>` + story + `</p></div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCallsToAct(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Some" {
		t.Errorf("dropped %q, want the disclosure only", got)
	}
}

func TestDropRelatedItems(t *testing.T) {
	src := `<html><body><div class="story">
<p>One` + para + `</p>
<p>More Great Harbour Stories</p>
<p><a href="/a">The ferry that never came back</a></p>
<p><a href="/b">Why the pier is closing for a year</a></p>
<p>Short subheading</p>
<p>Two` + para + `</p>
<p>Read Next</p>
<p>Three` + para + `</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCallsToAct(drop)
	// The links under the heading go; the run ends at the first block that
	// is not a link, and a heading over a story paragraph takes nothing.
	if got := strings.Join(dropped(p, drop), " "); got != "More The Why Read" {
		t.Errorf("dropped %q, want the heading and its two links, and the bare heading", got)
	}
}

func TestCallsToActOutlastStoryGaps(t *testing.T) {
	// The detector drops the label between two paragraphs; labelled, it
	// stays out when fillStoryGaps takes back the gap between them.
	src := `<html><body><div class="story">
<p>One` + para + `</p>
<p>Advertisement: New harbour guide</p>
<p>Two` + para + `</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	for i := range p.blocks {
		drop[i] = strings.HasPrefix(p.blocks[i].Text, "Advertisement")
	}
	p.dropCallsToAct(drop)
	p.fillStoryGaps(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Advertisement:" {
		t.Errorf("dropped %q, want the label", got)
	}
}

func TestCallsToActInNamedBoxOutlastStoryGaps(t *testing.T) {
	// A newsletter platform wraps the whole post in an element named
	// "newsletter": every heading the detector drops has an element kind.
	// A label among them stays out under the element's kind; a story's
	// heading is still taken back as a gap.
	src := `<html><body><div class="newsletter-post"><div class="body markup">
<p>One` + para + `</p>
<h2 class="header-anchor-post">Advertisement: New harbour guide</h2>
<p>Two` + para + `</p>
<h2 class="header-anchor-post">The ferries at night</h2>
<p>Three` + para + `</p>
</div></div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	for i := range p.blocks {
		drop[i] = !strings.HasSuffix(p.blocks[i].Text, para)
	}
	p.dropCallsToAct(drop)
	p.fillStoryGaps(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Advertisement:" {
		t.Errorf("dropped %q, want the label only", got)
	}
	for i := range p.blocks {
		if drop[i] && p.blocks[i].Kind != Subscribe {
			t.Errorf("block %q labelled %q, want the element's kind %q", p.blocks[i].Text, p.blocks[i].Kind, Subscribe)
		}
	}
}

func TestBusinessCall(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Get a Quote (212) 555-0100", true},
		{"Get an instant quote now.", true},
		{"Get in touch today to see how we can help you!", true},
		{"Stop Searching & Start Winning. Talk To Our Harbour Experts", true},
		{"Book a free consultation", true},
		{"Kontaktieren Sie uns", true},
		{"Demandez un devis gratuit", true},
		// a story's lines about quotes and demos
		{"We got a quote from three movers before we chose one.", false},
		{"Three firms asked for a demo of the ferry booking app.", false},
		{"The council said residents could get in touch with the harbour master.", false},
	} {
		if got := businessCall.MatchString(c.text); got != c.want {
			t.Errorf("businessCall(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestDropBusinessCall(t *testing.T) {
	// A mover's card button goes; a closing pitch the length of a
	// sentence, which the gold keeps as often as not, stays.
	src := `<html><body><div class="story">
<p>One` + para + `</p>
<p><a href="/q">Get a Quote (212) 555-0100</a></p>
<p>Two` + para + `</p>
<p>Want to see the ferry planner at work? Request a demo today and plan your crossing in minutes.</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCallsToAct(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "Get" {
		t.Errorf("dropped %q, want the button only", got)
	}
}

func TestFormCall(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.", true},
		{"Join Medium for free to get updates from this writer.", true},
		{"Would you like to receive notifications about new posts?", true},
		{"Your information will be processed according to Harbour Ltd Privacy Policy.", true},
		{"For daily ferry times, sign up for the Harbour newsletter.", true},
		{"If you like it, please share it!", true},
		// a story's lines on the same words
		{"Thanks for reading the report, the minister said, before taking questions.", false},
		{"Passengers can sign up to get updates by text when a crossing is cancelled.", false},
		{"Your data will be processed in Dublin, the company said.", false},
	} {
		if got := formCall.MatchString(c.text); got != c.want {
			t.Errorf("formCall(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
