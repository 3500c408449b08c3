package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/internal/testkit"
)

// again cleans a's text output (title and body, as the CLI's text format
// prints them) with the same options, and reports how the second article's
// title or body differ from the first's: "" when they do not.
func again(a *Article, opts *Options) (string, error) {
	if strings.TrimSpace(a.PlainText()) == "" {
		return "", nil // nothing to clean again
	}
	b, err := String(a.PlainText(), opts)
	if err != nil {
		return "", err
	}
	if d := cmp.Diff(a.PlainText(), b.PlainText()); d != "" {
		return "the text output changed (-first +second):\n" + d, nil
	}
	return "", nil
}

// TestIdempotentSeeds: the seeds' text output, cleaned again, gives the
// same title and body, with the URL and without it.
func TestIdempotentSeeds(t *testing.T) {
	for _, s := range seeds {
		page := testkit.Seed(t, s.file+".txt")
		for _, url := range []string{s.url, ""} {
			opts := &Options{URL: url}
			a, err := Text(page.Data, opts)
			if err != nil {
				t.Fatal(err)
			}
			if d, err := again(a, opts); err != nil || d != "" {
				t.Errorf("%s (url %q): %v%s", s.file, url, err, d)
			}
		}
	}
}

// TestIdempotentCases: pages the fuzzer (FuzzIdempotent) or its families
// showed changing on a second pass, written out.
func TestIdempotentCases(t *testing.T) {
	para := "The two ministers met in Moscow on Tuesday, officials said after the talks."
	for _, c := range []struct{ name, page string }{
		// The credit with two spaces: the normaliser makes them one, and
		// the second pass took it for a credit.
		{"credit with two spaces", "Talks go on\n\n" + para + "\n\nPresident Ilham Aliyev EPA-EFE/JOHN  SMITH\n\nMore text here in the story."},
		{"credit with a tab", "Talks go on\n\n" + para + "\n\nPresident Ilham Aliyev EPA-EFE/JOHN\tSMITH\n\nMore text here in the story."},
		// One line of 80 bytes: prose, the page's body; printed with
		// Nakhchivan, 79 bytes: a headline, the page's title.
		{"one line over a limit by a name", "The ministers of both countries met in Nakhichevan on Monday and talked about r."},
		// The headline printed again lower down shielded the section
		// line above it from the outside-story stage; the output leaves
		// the repeat out, and the second pass dropped the section line.
		{"a section line above a repeated headline", "Ministers agree on a road link\n\nMinisters agree on a road link Both governments signed the deal on Monday.\nForeign policy\nMarch 5, 2024 14:07\nMinisters agree on a road link\n\n" + para + " The road opens next year.\n\nThe road will open next year, the ministry said in a statement on Wednesday."},
		{"one line at the headline limit", strings.Repeat("Ministers met in Nakhichevan and talked about roads ", 6)[:301]},
		// The outlet's dateline form reads the line only alone ("...-Anadolu
		// Agency" at its end), and the line is the page's only sign of the
		// outlet: printed glued to a short first paragraph, the second pass
		// read neither, and took the two for the headline.
		// A hard-wrapped line under a line left out as clutter: the
		// output prints it as a paragraph of its own, the second pass
		// read it as a short line above the story and dropped it, while
		// the first pass's head-settle stage took it for the end of the
		// clutter's paragraph (FuzzIdempotent/wrapped-under-clutter).
		{"a wrapped line under clutter", "Ministers agree o0000000000000\n0000000000000000000000000000000000000000\nB\n\nMinisters agree o\na000000000000 00000000 000000000 0000 00000 000 000000 000 0000 00000 0000 0000!"},
		// A dateline under a line the output keeps: printed glued in
		// front of it, the page was one line, which the second pass took
		// for the headline (FuzzIdempotent/dateline-below-kept-line).
		{"a dateline under a kept line", "bY 00 0 0!\nB(Reuters)"},
		// A direction mark at a line's edge in Latin text: the
		// normaliser drops it, so the detectors must read the line
		// without it, or "A \u200e" is a line to the first pass and a
		// share button "A" to the second (FuzzIdempotent/f7acf5d6b817f391).
		{"a direction mark after a word", "A \u200e"},
		{"a direction mark after a share button", "Share\u200e\n\n" + para},
		{"a direction mark before a share button", "\u200eShare\n\n" + para},
		{"a right-to-left mark after a space", "Share \u200f\n\n" + para},
		{"a dateline split off a line under a kept line", "bY 00 0 0!\nB(Reuters) 0"},
		// A summary over an agency's dateline on a page without a
		// headline, a line without words between: the dateline stage,
		// which the line stopped, split the dateline on the second pass
		// only (FuzzIdempotent/515287ca8384773b).
		{"a summary over a dateline without a headline", para + " The road opens next year.\n---\nMOSCOW (Reuters) - The talks will go on next week, both sides said in a statement on Wednesday."},
		// A line under the headline that the next one continues in lower
		// case: the head steps over the two as one wrapped paragraph, and
		// the output prints them so (FuzzIdempotent/f32e2d25f745c3db).
		{"a line continued in lower case", "Ferry Timetable Changes This Winter\nThe late boat stays on Fridays!\nand the island ferries keep their summer times until the end of October, the harbour office said on Monday."},
		// An outlet named only by its date line's form takes the first
		// headline-shaped line for the headline; the output has no date
		// line, and the second pass took the line closest above the
		// story (FuzzIdempotent/69c497c064fcf123).
		{"a line under an outlet's headline", "POLITICS\u00a0\u00a05 March 2024 - 14:07\nMinisters agree on a road link\nTalks go on for now!\n" + para + " The road opens next year."},
		// A headline hard-wrapped over two lines, found as the page's
		// first headline-shaped line: printed as the story's first
		// paragraph, its second line was the second pass's headline
		// (FuzzIdempotent/7a1916b5145cdaa6).
		{"a headline wrapped over two lines", "Ministers agree\non a road link!\n" + para + " The road opens next year."},
		// A date line that ends a sentence alone, with a hard-wrapped
		// line under it: printed joined, the second pass read a date line
		// and left the two out (FuzzIdempotent/date-line-wrapped).
		{"a date line with a wrapped line", "Ministers agree on a road link after the talks in Baku on Tuesday!\nPosted on May 1, 2024 at 4:07 PM by the desk!\nok\n"},
		// A dateline split off its line, the rest left out, over a
		// paragraph in lower case: printed glued, the line read as no
		// dateline, and as the one-line page's headline
		// (FuzzIdempotent/20d4928436561aa4).
		{"a dateline glued to a paragraph in lower case", "MOSCOW /TASS/ 2024\nministers met on Tuesday!"},
		// Hard-wrapped lines, no story, no headline-shaped line: printed
		// joined, the second pass read the paragraph as the headline
		// (FuzzIdempotent/caccd2fd0e6b47eb).
		{"wrapped lines that joined read as a headline", "Grundstuecksverkehrsgenehmigungszustaendigkeit\nRindfleischetikettierungsueberwachungsaufgaben\nShare"},
		// A summary over a dateline split late becomes the deck: the
		// story ends at the dateline, and the second pass left out the
		// rest of its line (FuzzIdempotent/5b7845079e68d13e).
		{"the rest of a dateline's line under a deck", "The two ministers agreed on a road link between both countries after long talks on Tuesday!\n---\nBAKU (Reuters) Road link talks in Baku, day two: photos and video"},
		// A date line over a line that opens with the same date: the
		// title-repeat stage took it for the headline printed again, and
		// the second pass read the line alone as the page's date
		// (FuzzIdempotent/865b7ddfa10f56bd).
		// No headline found, and the lines above the story go on in
		// lower case: titleAbove stepped over them as one paragraph, the
		// output printed a line per paragraph, and the second pass took
		// the short line over the story for its headline
		// (FuzzIdempotent/5c5892ce98b0ca62).
		{"lines going on in lower case over the story, no headline", ", talks go on for now!\nand the ministers said:\nthe road opens next year and both countries will share the cost of it, officials said on Tuesday."},
		// Two exclamations between a headline found over its date line
		// and the story, one on each side of the date line
		// (FuzzIdempotent/342b9c400a33ac5f).
		{"two exclamations around the date line", "Ministers agree on a road link for now\nWatch the video here!\nMay 1, 2024\nAll our coverage of the talks!\n" + para + " The road opens next year."},
		{"a date line over a line opening with it", "4.1.2024\n4.1.2024 10:15 Road link talks, day two"},
		// A space, then a soft hyphen: the detectors read the line
		// without the space, one word, no headline; the normaliser keeps
		// the space, and the second pass read a headline of two words
		// (FuzzIdempotent/bb2ff474bda3d8c4).
		{"a space before a soft hyphen", "Talks \u00adcontinue"},
		// A dateline read only with the rest of its line, which the
		// story leaves out: printed alone under the headline, the second
		// pass read it as no dateline (FuzzIdempotent/814ebfc33e158c68).
		{"a dateline printed alone that no form reads alone", "Ministers agree on a road link\nBAKUa  (Reuters) A a0A 00 0 00 0"},
		// Soft hyphens opening a line: the share button's word escaped
		// the detectors, the output printed it without them, and the
		// second pass left it out (FuzzIdempotent/a8ed88f753ad9569).
		{"soft hyphens at a line's start", "\u00ad\u00adShare"},
		// The headline glued to the story's first paragraph with a row of
		// digits between, which the outside-story stage left out after
		// the title-repeat stage had run: printed one under the other,
		// the second pass split the headline off the paragraph
		// (FuzzIdempotent/9c163ba4b1d5de87).
		{"a headline glued to the story under a row of digits", "Ministers agree on a road link\n00000000000000000000\nMinisters agree on a road link " + para},
		// The head's last resort took a line for the headline that the
		// next line goes on with in lower case, read as one paragraph of
		// prose on the way up from the story: the second line, printed
		// alone, was the second pass's headline
		// (FuzzIdempotent/1ea5625a8adf7b40).
		{"a line going on in lower case as prose", "Ministers met in Moscow on Tuesday\nand agreed on the agenda for the talks, the ministry said.\n\n" + para},
		// A dateline split off a line the story leaves out, under the
		// headline, that alone reads as a photo's credit: given back to
		// the body, the second pass's image stage left it out
		// (FuzzIdempotent/fcaccfbed2e81f5d).
		{"a dateline alone under the headline read as a credit", "Ministers agree on a road link\n(Reuters) A a0A 00 0 00 0"},
		// A space before a carriage return inside a line: the normaliser
		// removes it, and the line printed 40 bytes long was the second
		// pass's line without words (FuzzIdempotent/fb5eae70c14e713c).
		{"a space before a carriage return inside a line", "0000000000\n00000000 \r0000000000000000000000000000000"},
		// A page ending in a run of BEL bytes: the output, without the
		// lines left out, held them as a larger share of its bytes, and
		// the second pass refused it as binary data. The detectors read
		// C0 controls as the normaliser prints them, not at all
		// (FuzzIdempotent/cb440c208f341f9f).
		{"control bytes a larger share of the output", strings.Repeat("----------\n", 20) + "Talks go on\n\n" + para + strings.Repeat("\a", 12)},
		// A share button with a control byte after it, which the
		// normaliser removes: the detectors read it without.
		{"a control byte after a share button", "Talks go on\n\n" + para + "\n\nShare\a\n\nMore\x1b text here \x07in the story."},
		// A line under a kicker-like line, going on in lower case on the
		// next: the head stepped over the two as a wrapped paragraph and
		// took the line above; the output printed the two joined, and the
		// second pass took that line for the headline, with the first
		// pass's as its kicker (FuzzIdempotent/cccfadb2e2c7579c).
		{"a line and its continuation that joined read as a headline", "Baku talks\nMinisters agree on a road link!\nand a rail line too!\n" + para + " The road opens next year!"},
		// The same where the first line alone is no headline: taken for
		// the headline, it was printed alone, and the second pass left it
		// out (FuzzIdempotent/4a43a4bdce3f806f).
		{"a continued line that alone is no headline", "Baku\nagrees\n" + para + " The road opens next year!"},
		// A dateline split off a line the story leaves out, under a line
		// the output keeps, that alone reads as a photo's credit: given
		// back to the body, the second pass's image stage left it out
		// (FuzzIdempotent/a9a1b567a7158932).
		{"a dateline under a kept line read as a credit", "By the way, 00 0 0!\n(Reuters) A 0 0 0 0 a00A"},
		// The headline over a line that is the same but for a name's
		// spelling: the head compared the lines as found and kept the
		// second; the output prints both with the name rewritten, and the
		// second pass left the second out as the headline's copy
		// (FuzzIdempotent/0bb343568aa9c28f).
		{"a headline printed again in another spelling", "Road talks in Nakhichevan\nRoad talks in Nakhchivan"},
		// The headline's copy glued to the lede in another spelling of a
		// name: printed alike, the second pass split it off.
		{"a headline's copy in another spelling glued to the lede", "Road talks in Nakhichevan\nRoad talks in Nakhchivan " + para},
		// A dateline split off a line the story leaves out, under a line
		// the output keeps, that alone reads as no dateline and no credit,
		// on a page without a headline or a story: given back to the body,
		// the second pass took it for the headline
		// (FuzzIdempotent/1d18a3550f7a8fa6).
		{"a dateline under a kept line read as the headline", "By the way, 00 0 0!\nBAKU(B)-A 0 0 0 0 a00A"},
		// A lead-in (it ends with a comma) taken for the headline over a
		// dateline whose rest of line is left out: the output held no
		// story, and a second pass's last resort passed over the lead-in
		// printed first and took the dateline's line; the dateline is the
		// headline now, the lead-in in the body
		// (FuzzIdempotent/lead-in-over-bare-dateline).
		{"a lead-in over a bare dateline", "0000000000000000000000000 000A,\nAAAAaAA(Reuters) A a0A 00 0 00 0"},
		{"a lead-in in words over a bare dateline", "Talks go on:\nAAAAaAA(Reuters) A a0A 00 0 00 0"},
		// (FuzzIdempotent/outlet-dateline-own-line, as found.)
		{"an outlet's dateline alone on its line", "0 A\nAA-Anadolu Agency\nB\n00000000000000 000\xb700\xbf0\xf70\xec0A\xb0A00000000000 0000000 0000 00 0 000000000!"},
		// A headline-shaped line ending in "!" or "?" kept between the
		// headline (found by its copy glued to the lede) and the story:
		// printed right above the story, the second pass took it for the
		// headline (FuzzIdempotent/afaf6d8266876c55). It is the deck now.
		{"a question between the headline and the story", "Ministers agree on a road link\n\nMinisters agree on a road link Both governments signed the deal on Monday.\nForeign policy\nMarch 5, 2024 14:07\nWill the road open next year?\n\n" + para + " The road opens next year.\n\nMore text here in the story."},
		// The headline printed again under a date line, with a list's
		// header glued after it: the head-settle stage split the copy
		// off, and the rest, read as part of the line until then, was
		// printed in the body; the second pass read it alone, as the
		// header it is (FuzzIdempotent/e420e10dc2b252a5).
		{"a list's header after the headline's copy", "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link POPULAR\n\n" + para},
		{"a photo's credit after the headline's copy", "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link Photo by Jane Doe\n\n" + para},
		{"a date line after the headline's copy", "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link Updated: May 6, 2024 10:00\n\n" + para},
		{"a dateline after the headline's copy", "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link MOSCOW (Reuters) -\n\n" + para},
		// The same dateline over short lines, on a page without a
		// paragraph of prose: read alone by the second pass's dateline
		// stage, it was where the story ended, and the outside-story stage
		// left out every line under it, which the first pass, finding the
		// dateline after that stage, had kept.
		{"a dateline after the headline's copy over short lines", "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link MOSCOW (Reuters) -\n\nRoad opens in May\n\nBridge closed\n\n" + para + "\n\nMore text here in the story."},
		// The rest after the headline's copy is a dateline only by the form
		// of the outlet it alone names by fingerprint: printed on its own
		// line, the second pass named the outlet, read the dateline and
		// left out the short lines under it.
		{"a dateline after the headline's copy that names its outlet", "Ministers agree on a road link\nMay 5, 2024 14:07\nMinisters agree on a road link ANKARA-Anadolu Agency\n\nRoad opens in May\n\nBridge closed\n\n" + para},
		// A headline that alone reads as a caption with a credit glued to
		// it, found by its copy opening the line under it: the title-repeat
		// stage shielded it from the image stage, the output leaves the
		// copy out, and the second pass's image stage took the line
		// (FuzzIdempotent/90244cb52aced860).
		{"a headline read alone as a caption with a credit", "Ministers at the border EPA-EFE/JOHN SMITH\nMinisters at the border EPA-EFE/JOHN SMITH " + para + " The road opens next year.\n\n" + para},
		{"a headline read alone as a photo's credit", "Photo: Reuters/John Smith\nPhoto: Reuters/John Smith 00\n\n" + para + " The road opens next year."},
		// A paragraph under the headline, a byline, then a date line the
		// head does not take: the dates stage, with the byline between,
		// read no standfirst; the output leaves the byline out, and the
		// second pass read the paragraph as the deck and the date line as
		// clutter (FuzzIdempotent/6db62fb41509c2ba).
		{"a paragraph over a byline and a date line", "Ministers agree on a road link\n\nSince the first talks, both sides have kept the road on the agenda of every meeting of their ministers.\n\nBy Jane Doe\n\nFriday, November 14, 2.00\n\n" + para + " The road opens next year."},
		// A hard-wrapped line whose paragraph, above it, was taken out as
		// outside the story (the line under it a byline): the head-settle
		// stage kept it, the output printed it alone over the story, and
		// the second pass left it out.
		{"a wrapped line left alone over the story", "Ministers agree on a road link\n\nMINISTERS AGREE\n\nThe big difference in the new deal is that both sides can now send goods by the road\nany day of the week and, typically, at any hour. The ministry can usually be\nreached by Jane Doe, e-mail, and/or phone.\n\n" + strings.Repeat(para[:len(para)-1]+" in the city.\n\n", 2)},
		// A line of figures whose copy opens the next line: the
		// title-repeat stage took it for the headline, printed alone it
		// was a line without words (FuzzIdempotent/fbdc86d39394da33).
		{"a line of figures glued again to the next", "0 0 0\n0 0 0 0 0 0!"},
		{"a line of figures glued again to the story", "4 5 2024\n4 5 2024 " + para},
		// The rest of the headline's copy opening with a dateline and
		// going on with a line without words: the first pass read the
		// rest only as a whole, the second split the dateline off and
		// left the figures out (FuzzIdempotent/d8ef15254f3e2b36).
		{"a dateline and figures after the headline's copy", "Ministers agree on a road link\na0000000000000000\nMinisters agree on a road link AAAAAAA(Reuters) 0"},
		// Characters NFC changes: Hebrew presentation forms (U+FB30 is
		// printed U+05D0 U+05BC, a letter and a mark), letters with their
		// accents apart, Devanagari letters NFC never composes (U+0958).
		// The detectors read the line as found, one word a run of
		// presentation forms, and the output as printed, a word a letter:
		// a one-line page's headline was a paragraph of prose to the
		// second pass. They read it composed now, as the normaliser
		// prints it (clean's tidyNFC; FuzzIdempotent/hebrew-presentation-forms).
		{"a line of Hebrew presentation forms", strings.TrimSuffix(strings.Repeat("\ufb30\ufb31\ufb32\ufb33\ufb34 ", 6), " ") + "."},
		{"a line of Hebrew presentation forms under a headline", "Talks go on\n\n" + strings.Repeat("\ufb30\ufb31\ufb32\ufb33\ufb34 ", 6) + ".\n\n" + para},
		{"a line of letters with their accents apart", strings.Repeat("e\u0301te\u0301 de\u0301ja\u0300 re\u0301sume\u0301 ", 4) + "."},
		{"a line of Devanagari letters NFC decomposes", strings.Repeat("\u0915\u093c\u0916\u093c\u0917\u093c \u0958\u0959 ", 5) + "."},
		// Direction marks and joiners inside a line, in Latin text: the
		// normaliser removes them, and the detectors read the line
		// without them (clean's joinersKept): "Sha\u200ere" was a
		// one-line page's title, printed "Share" a share button the
		// second pass left out (FuzzIdempotent/direction-mark-in-a-word).
		{"a direction mark inside a share button", "Sha\u200ere"},
		{"a joiner inside a share button under the story", "Talks go on\n\n" + para + "\n\nSha\u200dre\n\nMore text here in the story."},
		{"direction marks inside words under a headline", "Talks go on\n\n" + strings.Repeat("Mos\u200ecow Ba\u200fku Tbi\u200dlisi ", 4) + "talks.\n\n" + para},
		// A joiner after a mark NFC composes with the Latin letter
		// before it: kept by the mark, printed "è\u200d", and removed
		// by the letter on a second pass. The normaliser, and the
		// detectors with it, read the letter (uchar.IsInheritedMark;
		// FuzzString/joiner-after-mark).
		{"a joiner after a mark composed with a Latin letter", "Talks go on\n\n" + para + "\n\nCafe\u0300\u200d x and more text."},
		{"a direction mark after a mark composed with a Latin letter", "Cafe\u0301\u200e!"},
		{"joiners Arabic text keeps", strings.Repeat("\u0645\u0646\u200c\u0647\u0627 \u0628\u200d\u0627 ", 6) + "."},
		// Compatibility forms, which the normaliser prints as found.
		{"a line of ligatures, fullwidth letters and Arabic presentation forms", strings.Repeat("\ufb01 \ufb02 \uff21\uff22\uff23 \ufe8d\ufe8e ", 6) + "."},
	} {
		opts := &Options{Disable: []string{"model"}}
		a, err := String(c.page, opts)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := again(a, opts); err != nil || d != "" {
			t.Errorf("%s: %v%s", c.name, err, d)
		}
	}
}

// TestPlainTextDatelineAlone: a dateline marked Alone is printed on a line
// of its own at the head of the first paragraph; others are glued to it.
func TestPlainTextDatelineAlone(t *testing.T) {
	a := &Article{Title: "Talks go on", Body: []string{"Talks.", "More."}, Dateline: &Dateline{Text: "ANKARA-Anadolu Agency", Alone: true}}
	if got, want := a.PlainText(), "Talks go on\n\nANKARA-Anadolu Agency\nTalks.\n\nMore.\n"; got != want {
		t.Errorf("alone: %q, want %q", got, want)
	}
	a.Dateline.Alone = false
	if got, want := a.PlainText(), "Talks go on\n\nANKARA-Anadolu Agency Talks.\n\nMore.\n"; got != want {
		t.Errorf("glued: %q, want %q", got, want)
	}
}
