package clean

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// mayGuardCases are the guards of mayguard.go, each with the pattern it
// stands before, lines at its edges and lines it must turn down.
var mayGuardCases = []struct {
	name    string
	pattern *lazyRegexp
	may     func(string) bool
	edges   []string // made-up lines near the pattern's forms (each checked, match or not)
	turned  []string // lines the guard turns down
	kept    []string // lines it lets through
}{
	{"byline", byline.lazyRegexp, mayOpenByline,
		[]string{"By Jane Doe", "BY JANE DOE", "by\tJane Doe", "Author: Jane Doe", "AUTHORS: Jane Doe and John Roe",
			"Story by Jane Doe", "Written by Jane Doe, John Roe", "ſtory by Jane Doe", "authorſ: Jane Doe", "By\u00a0Jane Doe",
			"By", "By ", "Byron Bay", "Bylaw changes", "By Jane Doe, John Roe and Ann Lee", "By Seán O’Brien-Smith Jr.",
			"By Ölaf Doe", "By Jane Doe\u00a0", "By Jane \xffDoe", "By Jane Doe | 3 May 2024", "By Jane Doe (Harbour)", "By jane doe",
			"By \u01c5ane Doe", "By Jane Doe2", "BY ſTORY", "ſtory by Jane Doe and John Roe", "Written by:\tJane"},
		[]string{"Byron Bay", "Bylaw changes", "Authored: Jane", "Stories by Jane Doe", "Jane Doe", "© 2025 Harbour News. All rights reserved.",
			"Özgür Yildirim", "By logging in, you agree to our terms", "By Jane Doe | 3 May 2024", "By Jane \xffDoe", "\u200d", "By jane doe",
			"By Jane Doe2"},
		[]string{"By Jane Doe", "Written by Jane Doe", "ſtory by Jane Doe", "By Seán O’Brien-Smith Jr.", "authorſ: Jane Doe, John Roe",
			"By Ölaf Doe"}},
	{"writerNote", writerNote.lazyRegexp, mayOpenWriterNote,
		[]string{"Jane Doe is a freelance writer", "Jane is a writer", "Jane Mary Doe was the editor", "Jane Mary Ann Doe is a writer",
			"Joe co-founded Harbour", "Joe cofounded Harbour", "Eduard Kovacs (@EduardKovacs) is the managing editor",
			"Jane Doe, MD, is a physician", "Jane Doe, PhD, RD is a dietitian", "Jane Doe MD RDN has been a dietitian",
			"Jane Doe, CFP®, writes about money", "Jane Doe, Esq., joined in 2020", "*Jane Doe is a writer", "About the author: Jane Doe is",
			"About the author:\tJane Doe is", "About the authorJane Doe is", "Author Jane Doe writes", "About the author Author Jane Doe is",
			"As Harbour Weekly's shopping editor, Jane has covered ferries", "Seán O’Brien-Smith is a reporter", "Ölaf Doe leads the desk",
			"Jane Doe isn't", "Jane Doe island", "Jane Doe is", "Jane Doe,is", "Jane Doe  is", "Jane doe is", "J is a writer",
			"Jane Doe (a very long handle that runs past forty runes here) is", "Jane Doe (ab) MD is", "Jane Doe ()is", "Jane Doe (x) is",
			"Jane Doe M.D. is", "Jane Doe, M.D., oversees", "Jane Doe, MDs is", "Jane Doe RDN, serves", "Jane Doe is\u00e9", "Jane Doe is_",
			"Jane Doe Smith Jones is", "Jane Doe, (x) is", "Jane \xffDoe is", "Jane Doe\xff is", "**Jane Doe is a writer", "Ǆane Doe is", "\u01c5ane Doe is"},
		[]string{"At the end of the day, the biggest trend is sustainability", "A basic understanding is important",
			"The Harbour Ferry Company Ltd is open", "Jane Doe said she is a writer", "Jane doe is", "Jane Doe isn't", "J is a writer",
			"Work With Harbour Bank for Advice", "Jane Doe (a very long handle that runs past forty runes here) is", "\u01c5ane Doe is"},
		[]string{"Jane Doe is a freelance writer", "Eduard Kovacs (@EduardKovacs) is the managing editor", "Jane Doe, PhD, RD is a dietitian",
			"As Harbour Weekly's shopping editor, Jane has covered ferries", "About the author: Jane Doe is a writer"}},
	{"shareCall", shareCall, func(s string) bool { return mayHoldFoldWord(s, shareCallWords) },
		[]string{"Like this story? Share it with a friend!", "Follow us on Twitter @harbour", "Help me spread the word about this podcast!",
			"Tell your friends", "Enjoyed what you read? Share it", "Love this? Tell us", "If you enjoyed this article, share it",
			"Chat with us on Signal", "Follow her on Instagram", "FOLLOW US ON X", "Share this post with your friends",
			"Liked this story? ſhare it with a friend!", "Like this? It’s free — share it with a friend", "Ship & \u212aeep? Follow us on X"},
		[]string{"Do you follow? We ask", "What if you went there?", "The ferry leaves at noon.", "The harbour’s ferry — at noon?"},
		[]string{"Follow us on Twitter", "Share it with your friends"}},
	{"supportCall", supportCall, func(s string) bool { return mayHoldFoldWord(s, supportCallWords) },
		[]string{"Support Harbour News so we can keep reporting", "Donate to Harbour today", "This story is funded by readers like you",
			"CLICK HERE TO GET THE HARBOUR NEWS APP", "Tap here to download our app", "Read us on the go by clicking here",
			"Download the Harbour app", "Want more stories like this?", "Get the FREE eBook!", "This article is exclusive to members",
			"Please support Harbour and donate"},
		[]string{"Get the app for free?", "This is the free ferry.", "Want to know more?"},
		[]string{"Want more stories like this?", "Support Harbour so we can go on"}},
	{"newsletterCall", newsletterCall, func(s string) bool { return mayHoldFoldWord(s, newsletterCallWords) },
		[]string{"Subscribe to get the latest posts sent to your email", "Join our mailing list!", "Sign up for our newsletter",
			"Abonnez-vous à notre infolettre", "Melden Sie sich für unseren Newsletter an", "SUBSCRIBE NOW", "Subscribe to Harbour and save",
			"Get e-mail updates", "Receive the best stories in your inbox", "Suscríbete a nuestro boletín", "Schrijf je in voor de nieuwsbrief",
			"Get it to your e-mail", "Direkt in Ihren Posteingang"},
		[]string{"Join us at the pier", "Get the ferry times", "Want to sign the petition?"},
		[]string{"Sign up for our newsletter", "Subscribe"}},
	{"wireAuthor", wireAuthor, mayBeWireAuthor,
		[]string{"Jane Doe, Reuters", "Jane Doe and John Roe | Reuters", "Jane Doe / AFP ", "Jane Doe,Associated Press\t",
			"Jane Doe, REUTERS", "Jane Doe, Anadolu", "Jane Doe, dpa", "Jane Doe | EFE\n"},
		[]string{"Jane Doe Reuters", "Jane Doe, Reuters Health", "Jane Doe, APP", "Jane Doe, the harbour master"},
		[]string{"Jane Doe, Reuters", "Jane Doe | AP"}},
	{"cookieNotice", cookieNotice, func(s string) bool { return mayHoldFoldWord(s, cookieWord) },
		[]string{"This website uses cookies to improve your experience", "We use cookies", "Diese Seite nutzt Cookies",
			"Questo sito usa i cookie", "Wij gebruiken cookies", "WE USE COOKIES"},
		[]string{"We use ferries to cross the harbour", "This site uses maps"},
		[]string{"We use cookies"}},
	{"morePosts", morePosts, mayBeMorePosts,
		[]string{"Explore more Blog Posts by category: Ferries", "Find More Posts by Jane", "Browse all articles on ferries",
			"On a related note, here are some interesting articles.", "Discover our guides to the harbour", "Here are a few more reads"},
		[]string{"Explore the harbour", "Find out more", "Here are the ferry times"},
		[]string{"Find More Posts by Jane"}},
	{"photoCredit", photoCredit.lazyRegexp, mayEndInPhotoCredit,
		[]string{"The pier at dawn (Photo: Jane Doe)", "The pier at dawn (Credit: " + strings.Repeat("é", 60) + ")😀😀😀",
			"The pier at dawn (bild " + strings.Repeat("x", 61) + ")", "Ferries wait. Getty Images/" + strings.Repeat("\u212a", 30) + "😀😀😀",
			"Ferries wait. GETTY IMAGES/" + strings.Repeat("ſ", 30) + "«»—", "Ferries wait. Getty/Jane Doe", "Ferries wait. AP Photo😀😀😀",
			"Ferries wait. ap photo.", "The map", "Ferries wait (AP)", "Ferries wait. ſhutterſtoc\u212a", "iſtoc\u212aphoto", "ISTOCK",
			"Jane Doe/REUTERS", "Jane Doe/reuterſ", "Associated Preſs »»»", "AFP", "EPA-EFE", "epa-efe/Jane", "Submitted photo", "File Photo:",
			"The harbour" + strings.Repeat(" ", 200) + "Getty Images", "Getty Images" + strings.Repeat("\u00a0", 4), "Jane Doe, AP Photo/Harbour"},
		[]string{"Share", "3 min read", "Jane Doe", "Harbour News, 3 May 2024", "Getty Images and the harbour at dawn" + strings.Repeat(", seen from the pier", 8)},
		[]string{"The pier at dawn (Photo: Jane Doe)", "Getty Images", "Jane Doe/Reuters", "Ferries wait. AP Photo😀😀😀"}},
	{"reportCredit", reportCredit.lazyRegexp, reportCreditWords.holdsAnyFold,
		[]string{"(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by Jane Doe", "WITH REPORTING BY JANE DOE",
			"— and reporting by Jane Doe", "Edited by John Roe", "Compiled by the desk", "Jane Doe contributed to this report.",
			"Jane Doe contributed reporting from the harbour", "John Roe CONTRIBUTED TO THE STORY", "Jane Doe contributed this article",
			"Reporting by", "reporting byline", "Jane Doe contributed\treporting", "Editing by\u00a0John", "Reportingby Jane", "*** Edited by x"},
		[]string{"Jane Doe in the harbour", "The report was edited", "She contributed.", "Reported by Jane Doe", "Copyright 2025 Harbour News"},
		[]string{"(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe contributed to this report."}},
}

// TestMayGuards: each guard of mayguard.go turns down no line its pattern
// matches, over the corpus's lines and made-up ones at its edges, and
// turns down lines that only come near the pattern's forms.
func TestMayGuards(t *testing.T) {
	testkit.SkipUnderRace(t, "eleven patterns over every corpus line, on one goroutine")
	corpus := testkit.CorpusLines(t)
	for _, c := range mayGuardCases {
		for _, l := range append(c.edges, corpus...) {
			if c.pattern.MatchString(l) && !c.may(l) {
				t.Errorf("%s: guard turns down %q, which the pattern matches", c.name, l)
			}
		}
		for _, l := range c.turned {
			if c.may(l) {
				t.Errorf("%s: guard lets %q through", c.name, l)
			}
		}
		for _, l := range c.kept {
			if !c.may(l) || !c.pattern.MatchString(l) {
				t.Errorf("%s: %q: guard %v, pattern %v; want both true", c.name, l, c.may(l), c.pattern.MatchString(l))
			}
		}
	}
}

// TestGuardedRegexp: a guardedRegexp matches what its pattern matches
// where its guard lets the text through, and nothing where it does not.
func TestGuardedRegexp(t *testing.T) {
	for s, want := range map[string]bool{"By Jane Doe": true, "Byron Bay": false, "Jane Doe": false} {
		if got := byline.MatchString(s); got != want {
			t.Errorf("byline.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
	never := guardedRegexp{func(string) bool { return false }, byline.lazyRegexp}
	if never.MatchString("By Jane Doe") {
		t.Error("a guard that turns everything down let a match through")
	}
}

// TestMayHoldFoldWord: past ASCII only the long s and the Kelvin sign fold
// to an ASCII letter, as mayHoldFoldWord takes it; a text with a curly
// quote is read, one with either rune is let through.
func TestMayHoldFoldWord(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 && unicode.IsLetter(f) && r != 'ſ' && r != '\u212a' {
				t.Errorf("%U folds to %q", r, f)
			}
		}
	}
	words := []string{"share it", "cookie"}
	for s, want := range map[string]bool{
		"Share it with a friend — it’s free": true,
		"We use COOKIES":                     true,
		"ſhare it":                           true,
		"Coo\u212aies":                       true,
		"The harbour’s ferry":                false,
		"Shared items":                       false,
		"":                                   false,
	} {
		if got := mayHoldFoldWord(s, words); got != want {
			t.Errorf("mayHoldFoldWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayOpenDateLabel: mayOpenDateLabel turns down no line dateLabel's
// expression matches, over the corpus's lines and made-up ones at its
// edges, and turns down lines whose first word only looks like a label's.
func TestMayOpenDateLabel(t *testing.T) {
	testkit.SkipUnderRace(t, "dateLabel over every corpus line, on one goroutine")
	re := regexp.MustCompile(dateLabelExpr)
	edges := []string{"Published on 3 May 2024", "First published: 3 May 2024", "FIRST\tPUBLISHED 2024", "Originally posted by Jane Doe",
		"Initially date: 2024", "Post time: 01-04-2024", "Post\ndate: 01-04-2024", "Publish Date 2024", "Last updated: 2 hours ago",
		"Last modified 2024", "Page last modified on 3 May", "Page updated 2024", "Publication date: 2024", "Fecha de publicación: 2024",
		"Data di pubblicazione: 2024", "Data de publicação: 2024", "Mise à jour le 3 mai", "Mis à jour le 3 mai", "Mis en ligne le 3 mai",
		"MISE À JOUR : 3 mai", "Veröffentlicht am 3. Mai", "VERÖFFENTLICHT: 3. Mai", "Publié le 3 mai", "PUBLIÉ le 3 mai",
		"Güncelleme: 3 Mayıs", "Yayınlanma: 3 Mayıs", "Giriş tarihi: 3 Mayıs", "Päivitetty 3.5.2024", "Ažurirano 3. 5. 2024",
		"Poſted on 3 May", "Firſt published 2024", "Laſt updated 2024", "Data\u212a", "Ngày đăng: 3/5/2024", "— Updated: 2024",
		"“Published” 2024", "Date", "Date: 2024", "Posted", "Post", "Post ", "First", "First ", "Last Name", "Post navigation",
		"Data Science", "Today’s Paper", "Técnica", "Posté", "Publicación", "First Last", "Post a Comment", "First, the harbour"}
	for _, l := range append(edges, testkit.CorpusLines(t)...) {
		if re.MatchString(l) && !mayOpenDateLabel(l) {
			t.Errorf("guard turns down %q, which the pattern matches", l)
		}
	}
	for _, l := range []string{"Last Name", "Post navigation", "Post a Comment", "Data Science", "Data", "First Last", "First, the harbour",
		"Today’s Paper", "Técnica", "Posté", "Page six", "Mise en scène", "Post\u00a0date: 2024", "First first published"} {
		if mayOpenDateLabel(l) {
			t.Errorf("guard lets %q through", l)
		}
	}
	for _, l := range []string{"Published on 3 May 2024", "First published: 3 May 2024", "Last updated: 2 hours ago", "Veröffentlicht am 3. Mai",
		"Mise à jour le 3 mai", "Poſted on 3 May"} {
		if !mayOpenDateLabel(l) || !dateLabel().MatchString(l) {
			t.Errorf("%q: guard %v, pattern %v; want both true", l, mayOpenDateLabel(l), dateLabel().MatchString(l))
		}
	}
}

// TestDispatchOpens: a dispatch's opens turn down no line its pattern
// matches (TestAltDispatches runs the corpus's lines) among made-up ones
// at their edges, and spare the group's compile on lines that only open
// like its alternatives.
func TestDispatchOpens(t *testing.T) {
	for _, c := range []struct {
		d      *altDispatch
		edges  []string // each checked against the pattern
		turned []string // lines whose group mayOpen turns down (after marks)
	}{
		{relatedDispatch,
			[]string{"Related articles", "RELATED POSTS:", "— Related blog posts", "Related Articles from the Harbour blog", "related reading",
				"Recommended for you", "Recommended reading »", "Read more articles", "Read more of our articles", "Read next", "READ NEXT →",
				"Recent posts", "Recent blog", "Related\tarticles", "Read  next", "Reſent posts", "Related articleſ", "» Read more stories", "Read More »"},
			[]string{"Read more", "Related", "Related: The harbour's ferries", "Relationships", "Recommended", "Recovery",
				"Recently added", "Read our full review", "Recent"}},
		{relatedDispatch,
			[]string{"More from Harbour News", "MORE FROM THE DESK:", "— More articles by Jane Doe", "More stories", "More stories like this",
				"More videos", "More in this section", "More to explore", "More to read »", "All posts on this topic", "More reads about this topic",
				"Featured stories", "Most popular articles", "Most read", "Most viewed stories", "More like this", "More news", "More on this topic",
				"More  from Harbour", "Moſt read", "More ſtories", "More\tnews", "Most Popular Guides", "More to explorer"},
			[]string{"More", "More Industries", "More sharing options...", "More Show", "More Blog Stories", "More in Amsterdam", "Most people agree",
				"Mostly sunny", "Moreover, the ferry", "More  from Harbour", "More\tnews"}},
		{textCallDispatch,
			[]string{"Contact us", "CONTACT US TODAY!", "• Contact sales", "Cancel reply", "Continue reading →", "Copy", "Copy!", "copy code",
				"Copy to clipboard", "Copied!", "Connect with us on Mastodon", "Check price on Harbourmart", "Check the deals",
				"Compare ferry deals with harbour.example", "Cancelar respuesta", "Contactez-nous", "Contáctanos", "CONTÁCTANOS", "Contacto",
				"Contattaci", "Continue reading this post for free", "Contact", "Copyright", "Copy1", "Copy_"},
			[]string{"Copyright © 2024 Harbour News", "Comments", "Categories", "Copy1", "Copy_", "Cancel", "Checkout", "Compared to last year",
				"Continue", "Connect"}},
		{textCallDispatch,
			[]string{"Sign up", "Sign-up now!", "SIGNUP TODAY", "Start your free trial", "Start free trial →", "Subscribe", "Subscribe to get full access",
				"Share", "Share this", "Share on Mastodon", "Share this article", "Share it with a friend", "Shop now", "Shop all ferries",
				"Shop Harbour Goods", "See price at Harbourmart", "See more results", "See the deals", "See all our case studies",
				"See the full list", "See full profile", "See their rates and availability", "Save this story", "Sponsored by Harbour",
				"Sponsor this newsletter", "Skip to content", "Schedule a free call", "Schedule your free demo call today", "Suggest an edit",
				"Scan the QR code", "Substack is the home for great culture", "Schreibe einen Kommentar", "S'abonner", "Suscríbete",
				"Sommaire", "Sommario", "Sign up today and sail this summer.", "See also", "ſhare", "ſign up", "Share of homes"},
			[]string{"Save a life", "See also", "See Academic Tutoring In Action", "Start with a pilot region", "Shipping", "Summary",
				"Sources", "Sports", "Search", "Skipper's log", "Schedule", "Sponge"}},
	} {
		re := c.d.whole.get()
		for _, l := range append(c.edges, c.turned...) {
			if got, want := c.d.MatchString(l), re.MatchString(l); got != want {
				t.Errorf("%.30s: MatchString(%q) = %v, the pattern %v", c.d.whole.expr, l, got, want)
			}
		}
		for _, l := range c.turned {
			if c.d.mayOpen(strings.TrimLeft(l, "»—• ")) {
				t.Errorf("%.30s: %q let through", c.d.whole.expr, l)
			}
		}
	}
}
