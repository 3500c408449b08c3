// Command traintitle fits the title ranker of HTML pages: the logistic
// model package clean scores a page's candidate titles with
// (clean/titlerank.go). It reads the articles on the train side of WCXB's
// development split (internal/wcxb), takes each page's candidates with
// their features as package clean computes them (titlerank.Candidates),
// labels a candidate right when it equals the gold title after
// wcxb.NormTitle, and writes the model as Go source.
//
//	go run ./internal/traintitle -data ../shared/bench/wcxb-dev [-out clean/titlerank_gen.go]
//	go run ./internal/traintitle -data ../shared/bench/wcxb-dev -cv [-ablate] [-misses] [-sweep] [-pairs] [-salt ,a,b]
//	go run ./internal/traintitle -data ../shared/bench/wcxb-dev -cv -dump /tmp/titles.jsonl
//
// -cv prints the ranker's cross-validated share of right titles (five
// folds by site, so no site is both fitted and scored) beside the hand
// rules' share, and writes nothing; -ablate adds the figure with each
// feature left out; -misses lists the pages the CV gets wrong with every
// candidate's score and features; -dump FILE writes every page's
// candidates, features and labels as JSON lines (dump.go), to count a
// signal over all pages outside the trainer; -salt runs the CV over other
// draws of the folds (a salt added to each site's hash, several
// comma-separated; the empty salt is the standard draw); -sweep adds the
// CV of other fits (other L2 penalties, a listwise fit, boosted trees:
// sweep.go, sweeptrees.go); -pairs adds the pages whose first <h1> and
// metadata title differ, each signal's split of them and the site CV of
// always the <h1>, the ranker and a stump (pairs.go). Pages where no candidate is the gold title
// teach nothing about ranking and are left out of the fit (they count as
// misses in the shares). The same data give the same file, byte for byte.
//
// Where the ranker stands (seventh session, 591 train articles): right on
// 540 (CV by site 0.9137, the hand rules the same); some candidate is the
// gold on 576. The 51 misses, each candidate set read against the gold:
//   - 31: the gold is the metadata's title (og:title and <title> agreeing on
//     27, <title> alone on 4) and the first <h1> differs (on two of them
//     the <h1> is glued from two elements or prints "?" for apostrophes);
//     1 the other way.
//   - 8: the gold drops a subtitle every source prints ("X - Personally
//     Tested", "X: Consulting or Insurance?"); on train a dash's tail is
//     dropped by the gold as often as it is kept (6 against 8 titles).
//   - 7: the gold keeps the site's name ("X | ByteSauna", 3 pages with no
//     og:title, against 25 such pages where it drops it) or is the site's
//     or section's name ("Mine Safety and Health Administration (MSHA)").
//   - 4: other (a second <h1> agreeing with JSON-LD; an arXiv title
//     without its acronym; a gold longer than any source; a gold mixing
//     the <h1> and og:title).
//
// The h1 / og:title choice, looked at afresh: on 137 pages where both are
// plausible headlines and differ, the gold takes the <h1> on 105 and the
// metadata's on 32. How the two differ (one holds the other, word
// overlap), whether og:title equals the raw <title>, how far into the HTML
// the <h1> sits (a truncated view of the page would explain the gold
// taking <title>: it does not, the <h1>-gold pages' <h1> sits as deep),
// the <h1> in <header> or a hero, og:title printed elsewhere on the page
// (7 against 10 pages) or in the story's prose, the <h1> on several
// lines: none moves the CV figure by a page (tried as features, alone and
// all together). The best single evidence is the slug: where og:title
// matches the address's slug clearly better, the gold splits 18
// (og:title) against 20 (<h1>), a coin toss, against 4:1 for the <h1>
// elsewhere; as features (the slug match less the first <h1>'s, or a
// flag) it too leaves the CV figure unchanged. Pairs such as "The Best
// Home Security Cameras of 2026" against "Best Home Security Cameras of
// 2026" go to the <h1> on one site and to og:title on another: the gold's
// own choice, which the judge (case and punctuation only, the issue's
// rule; WCXB's README says nothing of titles) is right not to forgive.
//
// A fresh look (eleventh session; CV by site 0.9137 = 540 of 591, the
// hand rules the same). Where the first <h1> is the hand rules' choice and
// the metadata's title differs, the gold takes the <h1> 110 times and the
// metadata 29; two pages of one site and one template (security.org's
// "best" guides) go one each way. Looked at for a split better than half
// and half, none found: the candidate's share of the words (four letters
// or more) of the story's first 150 words (where og:title covers clearly
// more the gold still takes the <h1> 13 times against 3); the same
// against the meta description (21 against 6); the slug's words by F1
// (16 against 9); the JSON-LD headline agreeing with the <h1> (25 against
// 1 for the <h1>, which the ranker already follows); WordPress or Yoast
// markup; a title that is another's text with a tail, either way ("X -
// Personally Tested" over "X", "X in 2025" over "X"); a heading that
// spans lines or glues a lower-case run to a capitalised word (12 such
// candidates on train, right 2 times, wrong 10, but the hand rules rarely
// take them). As features (extends, extended, broken, topic) they left the
// CV figure at 540 with each one's ablation +0. Fitting on every page type
// of the train side (1,131 pages; shares still over the articles) lost 3
// pages: shops' and services' pages take the metadata's title far more
// often (their first <h1> is a slogan). Where <title> carries a site's
// name the gold keeps it on 4 pages without og:title against 38 that drop
// it. Of the 15 misses with no candidate equal to the gold, every one is a
// gold of its own (a subtitle dropped that every source prints, the site's
// name, a mix of two sources); none is a cut of <title> the candidates
// lack. The judge: wcxb.NormTitle drops punctuation and symbols, so "&"
// and "and" stay apart ("&" is dropped, "and" is a word); the issue asks
// for equality after case and punctuation only, and on train no miss would
// turn right if they were folded (nor with hyphens and spaces folded).
//
// Twelfth session (title20; 591 train articles, right 539 before, CV by
// site 539). The 52 misses, every one classed: 15 have no candidate equal
// to the gold (the ceiling, 576): 4 drop a tail every source prints
// ("Best Moving Companies in New York (2025)"), 3 keep the site's name
// ("| ByteSauna"), 3 are the site's or section's name, 4 mix two sources
// or run longer than any, 1 drops arXiv's acronym. Of the 37 reachable:
// 34 are the heading against the metadata (the gold takes og:title or
// <title> over the heading the ranker took: 31 the first <h1>, 3 another
// <h1> or an <h2>), 1 the other way (an <h1> the hand rules labelled a
// caption), and 2 generic and now fixed: a heading that lost its
// apostrophe and colon to "?" (clean/titlerank_lost.go) and a story
// streamed into a hidden container whose <h1> was no candidate, so a sale
// banner's <h5> won (clean/titlerank_hidden.go). No site-name cut, kicker
// or truncation miss on train articles; on the other page types a tag
// opening or closing with the domain's name ("- ProMatcher Cost Report")
// now goes (brandTail). Forum thread prefixes printed in the <h1> ("<span
// class=label>News</span>") the gold drops on 3 pages and keeps on 2:
// left. After: right 541, CV 541.
//
// The heading against the metadata, on the 199 train pages where the hand
// rules took an <h1> and og:title or <title> differs (gold: <h1> 166,
// metadata 33, neither 10); none splits them better than the present
// ranker, each leaves the metadata below half. Where the <h1> sits: the
// hops from it up to the element it shares with the story's first
// paragraph (1: 27 against 10; 2: 45/9; 3: 34/5; 4-5: 35/0; 6 or more:
// 25/7, not monotone), that shared element (<article> 45/5, <main> 17/4,
// a <div> 95/20), the <h1> inside <article> (71/9) or <header> (51/5),
// blocks from it to the paragraph (1: 26/12, 2-5: 71/13, 6 or more:
// 69/6), the story model's own score of it (0.8 or more 110/26), its
// class words (the most telling of those on twenty pages or more: "id"
// 13/9, "site" 34/12), one <h1> (156/32) or more (8/0). The breadcrumb: it
// repeats the <h1> on 38/6 and the metadata's title on 7/0. The metadata:
// og:title carrying the site's name (33/13, against 133/20 without),
// JSON-LD agreeing with the metadata (21/6) or with the <h1> (42/5),
// og:title equal to the raw <title> (77/27), the metadata longer (72/15)
// or holding the <h1> and more (29/2). Two of them as features (the hops
// as log(1+n), og:title carrying the site's name) left the CV figure at
// 541, each one's ablation +0. Of some 250,000 pairs of such signals, 30
// give the metadata the majority on four pages or more, none on more than
// seven: what a search that wide finds by chance.
//
// Thirteenth session (title21; right 541 of 591 in sample, CV by site
// 540). With each feature left out (-ablate) the CV figure moves by one
// page at most: without the hand rules' choice 539, without og:title 539,
// every other feature +0. The ranker learns the hand rules and little
// more, so its CV figure says nothing of how the rules, fitted by hand to
// these pages over many sessions, fare on new sites (held out 0.866
// against 0.915 here). Of the 50 misses, 35 have the gold among the
// candidates, all but one the heading against the metadata as above; no
// miss on train articles is the cleaning of the chosen text. The other page
// types of the train side are far lower (services 0.448, collections 0.667,
// listings 0.613, products 0.707, documentation 0.746, forums 0.893): their
// golds keep or drop the site's name, a product line or a forum's label
// ("News", "Tips/Techniques") page by page, and they are not scored.
//
// Fourteenth session (title23). The share links' text, a kind of evidence
// not tried before: on the train articles whose first <h1> and og:title
// differ, the text a share link carries (text=, title=, subject= of a
// tweet, mailto, LinkedIn or Reddit link) was read against both. Where the
// gold is the <h1>, the share text holds the <h1> 11 times, og:title once,
// both 2, neither 5; where the gold is og:title, og:title 5, the <h1> 1,
// both 2, neither 3; 133 such pages have no share link with a text. It
// separates, but of the 35 reachable CV misses only 3 carry a share text
// (one it would mend, one it would break, one ambiguous); as a feature
// ("shared": a share link's text holds the candidate, the parsed tree
// walked once for the links) it left the CV figure at 540, its ablation
// +0: not kept. Nor were, each alone at 540 with ablation +0: the
// candidate equal to the page's link home (Meta.HomeName, a site-wide
// constant), some print of it in navigation, a header, a footer or an
// aside, and its words against the first <h1>'s (log of the ratio).
// Taken instead, generically: the site's name set off by the
// separators of other scripts and styles (clean/titlesiteworld.go), a
// name with marks meeting its ASCII domain, and a site's own name cut
// whatever its length ("| Harvard Medical School Professional,
// Corporate, and Continuing Education"); features moved on 20 train
// candidates, CV by site 540 of 591 before and after (541 in sample),
// held out 0.866 before and after. The text head's 89 train misses: the
// gold printed nowhere as a line 37, only inside a longer line 15, a line
// of its own 37 (of which 4 are the taken line with a tail, or a part of
// it); trainhead -cv: 473 of 591, the gold a candidate on 522.
//
// Fifteenth session: the titles were built for sites not seen, by a census
// of the web's common templates as invented pages (clean/titlecensus_test.go,
// extract/texttitlecensus_test.go), not by train misses. Of its first 46
// HTML pages 9 failed; mended generically: the link home's text as the
// site's name where the page names none (Blogger's blog name in <h1>:
// clean/titlesitename.go), the page's section off a metadata title after
// or before the site ("Foo - Local news - Site", "Site » Islands » Foo",
// "X_频道_Y"), the site's name with its motto ("| Site: News from X"), a
// site's name in a script without capitals after a dash (Hindi, Korean,
// Arabic; CJK up to eight characters), a JSON-LD headline cut at 110
// characters merged with the whole print (clean/titlerank_cut.go). Site CV
// 540 of 591 before and after, train titles unchanged (two non-article
// pages now right), held out 0.866 unchanged (3 test pages' titles moved,
// none of the articles' scores; AEB HTML exact 0.365 -> 0.376, two Korean
// pages whose <h1> now agrees with the cut <title>). Left: a kicker set
// inside the <h1> ("<span>Exclusive</span> Foo": a capitalised first word
// the metadata lacks is as often "The", CV's any-candidate 576 -> 575);
// titles after a dash with no site evidence at all.
//
// Sixteenth session (title25): the 51 CV misses (540 of 591), each read
// against its candidates (-misses). (a) No candidate equals the gold, 15:
// 4 the gold drops a tail every source prints ("Best Moving Companies in
// New York (2025) – Top Local & Long-Distance Movers", "Actuary's Industry
// Choice: Consulting or Insurance?", an <h1> "X - Y" whose metadata is Y
// alone where the gold is X); 11 gold of its own, class (c): the site's
// or section's name (4: "ML (Machine Learning) at Georgia Tech" on ML@GT's
// page, "Mine Safety and Health Administration (MSHA)", "updates at
// OSSO", "Howerton+White"), "| Site" kept (3), a newsletter's issue name
// without its headline ("Digjitale Signal #18"), a mix of two sources, a
// gold longer than any print, arXiv's acronym dropped. (b) A right
// candidate ranked below a wrong one, 36: the metadata's title under the
// <h1> the hand rules took, 32 (og:title and <title> 23, with JSON-LD 6,
// <title> alone where the <h1>, og:title and JSON-LD agree 3); an <h2>
// taken over the metadata 2 (one its "- Part 1"); a printed line only the
// hand rules offer over <title> 1; the <h1> under the metadata 1. So the train CV can reach 580 of 591 (0.981) at most,
// and the 4 tails are a coin flip (dropped by the gold as often as kept).
// The ranker's capacity and regularisation (-sweep), each by the site CV:
// the pointwise logistic fit with L2 0.01 to 100 gives 538-540 (1: 540);
// a listwise fit (one softmax a page) 533-540 (3 and 10: 540); boosted
// trees of depth 1 to 6, 50 to 300 rounds, leaves of 20 to 100 pages
// 539-542 (the best of eight shapes, depth 3 with leaves of 20, +2: what
// picking the best of eight finds by chance; depth 3 with leaves of 100,
// 540). 535 of the 553 train sites give one article, so weighting pages
// by their site's size changes nothing (540, 541). The ranker is not
// fitting train sites: it learns the hand rules (its CV equals their
// in-sample share) and no fit of these features does better. New markup
// read on the 186 train pages whose first <h1> (the rules' choice) and
// metadata title differ and the gold is one of them (<h1> 155, metadata
// 31): twitter:title equal to the <h1> 31/0 (the ranker already takes the
// <h1>) and to the metadata 31/9; the <h1>'s class naming entry-title
// 26/2, headline 9/1, post-title 4/3; itemprop=headline on the <h1> 9/1;
// the <h1> inside Article microdata 4/1; the metadata title as an
// image's alt 0/1, the <h1> as one 12/5; the metadata printed as an
// element's whole text 4/1; a colon in the metadata and none in the <h1>
// 12/5. None gives the metadata a majority anywhere: not features.
//
// Eighteenth session (title27; site CV 540 of 591 before, the hand rules
// the same, any candidate 576). Of the evidence the brief listed, the
// ranker already reads (a) the slug (slug, has-slug), (c) the block
// distance to the story's first paragraph (gap, above), (d) prints only
// in furniture or as links (furniture, link), (e) one candidate holding
// another, length (part, words, most-words), (f) h1 against h2 (h1,
// first-h1, h2, h1s). New features tried, each computed by package clean
// as the ranker would read it: the share of the candidate's words of four
// letters or more in the meta description and in the story's first
// paragraph; how many blocks print it whole; a print marked as the
// headline (itemprop headline or name, a class word title, headline,
// entry or heading on the element or its near ancestors); a print that
// links to the page itself or to another address; a metadata-only
// candidate on a page with no publish date, with no author, with neither.
// Site CV 540 with all of them, every ablation within one page; -sweep
// with them 539-542 (listwise L2 3 542, trees 538-540): nothing kept. On
// the 197 train pages where the rules' choice (an <h1> on most) and a
// metadata title differ and the gold is one of them (rules 164, metadata
// 33) the metadata's share stays under a quarter whichever of the pair
// covers more of the description (11 of 66 where the metadata covers more, 10 of 71 where
// less), of the first paragraph (12/72, 11/76) or of the slug (13/57,
// 10/98); the <h1> linked to the page itself never, elsewhere once. The
// page's kind moves it most, never past half: gold without a date 12 of
// 35, without date and author 8 of 25, Yoast markup 9 of 27, NewsArticle
// 0 of 15 (the metadata's pages are shops' and services' guides: "best
// movers", insurance, wine, VPNs). Of the 120 pairs and triples of these
// signals, 11 give the metadata a majority on four pages or more, the
// best 6 against 4 (covers more of the first paragraph, no gold date):
// what a search that wide finds by chance. The judge: the golds are NFC; with
// NFKC, U+02BC and U+200B folded as well, 0 of the 1,212 train
// candidates is judged otherwise, so wcxb.NormTitle is left as it is.
// Built instead, from a census of 29 more templates (page builders,
// themes, news layouts: clean/titlecensus_more_test.go; 3 failed): a
// label, badge or kicker set in a marked span inside the headline's
// element comes off its text (clean/headtitle_badge.go), and a <title>
// that is only the site's name no longer makes a site-name <h1> agree
// when og:title names the article. Train articles and site CV unchanged
// (540); 6 forum pages' titles moved (train 3 right, 2 wrong: "Info -",
// "Question -" labels their golds keep); held out 0.866 before and after.
//
// Twenty-third session (title37; site CV 540 of 591 before, any candidate
// 576). Counted over every train page with -dump: of the 225 train
// articles whose first <h1> and a metadata title (og:title or <title>)
// differ and the gold is one of them, the gold takes the <h1> 156 times.
// Among the 111 where the ranker takes the <h1> and og:title agrees with
// <title> (82 right, 29 metadata golds missed), no split tried gives the
// metadata half: the metadata opening with a number the <h1> lacks (11
// against 4), an <h1> opening with "The" the metadata lacks (9/5), the
// metadata holding a year the <h1> lacks (14/4), a colon (12/5) or a
// bracket (12/3) only in the metadata, the metadata matching the slug
// better (26/11), word overlap under 0.3 (39/9) or over 0.7 (30/9), one
// holding all the other's words (29/4, 33/7), either with the larger
// share of capitalised words. An <h1> split by <br> (15 train pages): the
// gold joins the lines wherever it is a headline. The 15 misses with no
// candidate equal to the gold, each gold searched for in its page's
// source: no JSON-LD or meta variant holds it; 7 are the site's or
// section's name or keep "| Site", 2 mix sources, and 5 are a head before
// a dash or colon every source prints. Of those, "X (2025) – tagline" is
// a form (2 train pages of 2 sites, both golds drop the tagline, none
// keeps one, over all 1,131 train pages). Cutting that tagline off every
// candidate was tried and not kept: site CV 541 (any candidate 578), but
// on two pages' evidence, and the refit it needs moved near-tied weights
// (furniture 0.74 -> 0.62) and so the titles of four non-article pages.
// Other dash tails: " – " and " - " tails are kept by the gold on 7 pages
// and dropped on 4 with no candidate for the head.
//
// Twenty-sixth session (title40; train articles 541 right in sample, site
// CV 540). The 50 misses by cause: the gold is the metadata's title and
// the ranker took a printed <h1> or <h2>, 34 (3 of them the metadata's
// title plus a dash tagline in the heading); the gold drops a subtitle
// every source prints or the metadata files apart, 4 ("X (2025) – Top
// Local Movers", "X: Consulting or Insurance?", two headings "X – Y" whose
// metadata is Y alone); the gold is not on the page in any form, 5 ("|
// ByteSauna" kept where no source has it, a reworded og:title); the site's
// or section's name, 4; a source minus a prefix or suffix not cut, 2
// (arXiv's acronym, "– Top Affordable Picks" on an og:title the ranker did
// not take); the <h1> under the metadata, 1; whitespace, joined words or a
// truncated "...": none. Taken: the dash tagline the metadata leaves out
// comes off the ranker's choice, or the head stays where the metadata is
// the tail alone (clean/headtitle_tagline.go, after the model, so no
// refit): over all 1,131 train pages the gold takes the cut on 7 pages of
// 7 sites and the whole heading on 1. Put in titleInMeta instead (so in
// the candidates) it gave the same articles but the refit it forced moved
// near-tied weights (site -0.32 -> +0.05, short 0 -> +0.21) and the titles
// of 12 non-article pages, 5 of them to junk ("I'm shopping for..."): not
// kept. After: 545 in sample, site CV 540 (the candidates are unchanged).
//
// Twenty-eighth session (title42; site CV 540 of 591, any candidate 576).
// -salt draws other folds: the standard draw and four more (",a,b,c,d")
// all give 540, so the figure is no artefact of one draw. The 51 misses
// as the sessions before classed them: 36 the metadata's title under a
// printed heading, 15 no candidate equal to the gold. Tried as features
// (each with -ablate over three draws, computed from -dump): a
// candidate's mean and best word overlap with the page's other candidates
// (the consensus), the candidate a strict prefix or a strict suffix of
// another, the log of its words over the <title> candidate's, og:title
// and <title> agreeing, JSON-LD agreeing with og:title or with an <h1>:
// 540 on every draw, every ablation within one page; not kept. Built
// instead, for sites not seen (a census of invented <title> forms, no
// heading or og:title to help): the site's motto after its name, set off
// by the title's own separator ("Foo – Site – Realize your potential.":
// clean/titlesitename.go, siteBeforeMotto). One train article has the
// form (its <h1> already right; its <title> candidate now merges with
// it). Left: " ~ " as a separator, and "Site | Foo" or "Foo / Site" where
// nothing on the page names the site (the census's other misses).
//
// Forty-first session (title66; site CV 540 of 591, any candidate 576):
// the heading against the metadata measured as a class (-pairs, pairs.go).
// 224 train articles have a first <h1> and a metadata title (og:title,
// else JSON-LD, else <title>) that differ with the gold one of them: the
// <h1> 155, the metadata 69. By site CV always the <h1> gets 155, the
// ranker 190, the best stump of pairs.go's nine signals 176-180 (three
// draws of the folds); on the 185 where the ranker takes the <h1> (154
// against 31) that stump gets 151-153. Read from the raw HTML as well
// (outside the project, on the same 185; <h1> golds / metadata golds):
// the <h1> in the site's header (a <header> outside <article> and <main>,
// a masthead or a hero) 21/5, in the story's container 118/22, elsewhere
// 15/4; inside <article> or <main> 136/28; the generator meta WordPress 22/7, none
// 95/14, another 37/10; Yoast 18/9; og:title with "|" or og:site_name
// 38/10; the <h1> a link 0/1; more than one <h1> 8/0; og:title, JSON-LD
// and <title> all giving the metadata title 17/6, two of them 67/22, one
// 70/3; the metadata covering more of the slug than the <h1> 21/9; the
// metadata title a line of WCXB's own text of the page 6/1.
// With those 22 signals a stump, a logistic fit and a depth-2 tree by
// site CV get 186-189, 182-188 and 184-187 of the 224 and 148-154 of the
// 185: none above the ranker or always the <h1>, so no feature was added
// and no refit made. The 46 in-sample misses: 30 the metadata's title
// under the <h1>, 3 other rankings (a printed line over <title>, "- Part
// 1" on an <h2>, the dash tagline cut a gold keeps), 13 with no candidate
// the gold (the site's or section's name 4, "| Site" kept 3, a tail every
// source prints dropped 2, og:title less its tail 1, a gold mixing
// sources 1 or longer than any 1, arXiv's acronym 1): none generic on two
// sites.
//
// Forty-third session (htmltitle68; site CV 540 of 591 before and after,
// on three draws of the folds; any candidate 576). The misses read again
// fall in the classes above; none is a site-name cut, kicker or glued
// heading. A blind census of 99 invented heads
// (extract/titlesiteformscensus_test.go: every separator, the site known
// from og:site_name, the host, JSON-LD's publisher or another title, the
// site first, right to left, only <title> or JSON-LD, logo and sidebar
// <h1>s, AMP) read 92 right; mended after the model, so no refit: og:title
// that is the <title>'s last part names the site, the site's name in
// brackets after the choice, a heading glued from two elements spaced as
// its metadata, an Urdu paragraph (its stop unread) no longer the rules'
// title. The bracket cut put in the candidates moved 4 train pages'
// features (none to right) and its refit flipped a forum page's near tie
// (0.009 apart): not kept there. Left: an unlinked <h1> that agrees with a
// <title> of the site's name alone; a "▷" opening the <title>.
//
// Forty-fourth session (htmltitle69; site CV 540 of 591 before and after,
// in sample 545, any candidate 576). The 51 CV misses by the issue's
// classes: the gold is the metadata's title (og:title or <title> less the
// site) and the ranker took a printed heading, 34 (31 the first <h1>, 2
// an <h2>, 1 a second <h1>; on 2 of the 34 the heading is the metadata
// plus a dash tagline, which the tagline stage after the ranker takes
// off); the gold is the <h1> and the
// ranker took the metadata, 1; the site's name kept by the gold where no
// source has it or the ranker cut it, 3 ("| ByteSauna", "| Spice AI"); the
// gold is the site's or section's name, 4; a tail every source prints
// dropped by the gold, 4, and a gold reworded or longer than any source,
// 3; a prefix every source prints dropped (arXiv's acronym), 1; a printed
// line the hand rules offer over <title>, 1; a kicker or section joined,
// a truncated metadata title, whitespace, quotes, dashes or entities: 0.
// Where the first <h1> and the metadata title (og:title, else <title>,
// else JSON-LD) differ by a prefix or suffix of words only, the gold takes
// the <h1> 26 times and the metadata 7 (the metadata the <h1> plus a tail
// 10/2, the <h1> the metadata plus a tail 8/2, a head before either 8/3);
// pairs differing only by case are one candidate (the key folds case), so
// either is judged right. Built instead for sites not seen, from a blind
// census of 71 invented heads (clean/titlecensus_fifth_test.go and
// titlecensus_fifthcms_test.go; 63 right blind): the zero-width space,
// word joiner and byte-order mark come off every candidate with the soft
// hyphen (clean/titlerank_invisible.go), inline tags escaped into a
// metadata title come off when it closes one (clean/titlemarkup.go), a
// count of comments printed in the headline's element after it comes off
// (clean/headtitle_count.go). No feature moved on train (no refit).
//
// Forty-eighth session (htmltitle75; site CV 540 of 591 before and after,
// the same 51 pages missed, any candidate 576). A census of 80 more
// invented heads, mostly blind (extract/titlewidecensus_test.go; 75 of 81
// right as first written, one row then dropped as a subtitle the house
// keeps) found: a reading time
// set inside the headline's element (clean/headtitle_readtimepart.go),
// " // " before the site's name (titleSeps), the site's name in the
// full-width brackets of Chinese and Japanese titles
// (clean/titlesitebracket.go), and an <h1> in capitals alone, which now
// takes the metadata's case (clean/titlerank_cased.go, after the ranker;
// the judge folds case). No feature moved on train (no refit).
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"

	_ "github.com/newsclean/newsclean/clean" // sets titlerank.Candidates
	"github.com/newsclean/newsclean/internal/headline"
	"github.com/newsclean/newsclean/internal/titlerank"
	"github.com/newsclean/newsclean/internal/wcxb"
)

func main() {
	data := flag.String("data", "", "the WCXB data folder")
	out := flag.String("out", "clean/titlerank_gen.go", "where to write the model")
	cv := flag.Bool("cv", false, "print cross-validated figures instead of writing the model")
	ablate := flag.Bool("ablate", false, "with -cv, also each feature left out")
	misses := flag.Bool("misses", false, "with -cv, also list the pages the cross-validated model gets wrong")
	sweepFits := flag.Bool("sweep", false, "with -cv, also the site CV of other penalties and of a listwise fit")
	dump := flag.String("dump", "", "also write every page's candidates, features and labels to this file (JSON lines)")
	pairs := flag.Bool("pairs", false, "with -cv, also the pages whose first <h1> and metadata title differ: their signals and site CV (pairs.go)")
	salt := flag.String("salt", "", "with -cv, the fold draws to run, as salts added to each site's hash, comma-separated (empty: the standard folds; \",a,b\" the standard and two more)")
	flag.Parse()
	if *data == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	err := func() error {
		pages, err := load(*data)
		if err != nil {
			return err
		}
		if *dump != "" {
			if err := dumpPages(pages, *dump); err != nil {
				return err
			}
		}
		if *cv {
			for _, s := range strings.Split(*salt, ",") {
				if s != "" {
					fmt.Printf("folds drawn with salt %q:\n", s)
				}
				for k := range pages {
					pages[k].fold = foldOf(pages[k].site, s)
				}
				crossValidate(pages, *ablate, *misses, os.Stdout)
				if *sweepFits {
					sweep(pages, os.Stdout)
				}
				if *pairs {
					pairReport(pages, os.Stdout)
				}
			}
			return nil
		}
		src, err := train(pages, os.Stderr)
		if err != nil {
			return err
		}
		return os.WriteFile(*out, src, 0o644)
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, "traintitle:", err)
		os.Exit(1)
	}
}

// Fitting: an L2 penalty and Newton steps enough to converge.
const (
	l2    = 1.0
	iters = 30
	folds = 5
)

// page is one train article's candidates, which are its title, and the
// fold its site falls in.
type page struct {
	cands []titlerank.Candidate
	right []bool
	any   bool
	fold  int
	id    string
	gold  string
	site  string
}

// load reads the train side's articles with a gold title and their
// candidates.
func load(dir string) ([]page, error) {
	ds, err := wcxb.Open(dir)
	if err != nil {
		return nil, err
	}
	var pages []page
	for i := range ds.Pages {
		p := &ds.Pages[i]
		if p.Type != wcxb.Article || p.Side() != wcxb.Train || wcxb.NormTitle(p.Title) == "" {
			continue
		}
		src, err := ds.HTML(p.ID)
		if err != nil {
			return nil, err
		}
		pg := page{fold: foldOf(p.Site, ""), id: p.ID, gold: p.Title, site: p.Site}
		pg.cands, _ = titlerank.Candidates(src, p.URL) // an empty page has none: a miss
		pg.right = make([]bool, len(pg.cands))
		for j, c := range pg.cands {
			pg.right[j] = wcxb.SameTitle(c.Text, p.Title)
			pg.any = pg.any || pg.right[j]
		}
		pages = append(pages, pg)
	}
	return pages, nil
}

// foldOf returns the fold of a site: its hash, with salt appended (none
// for the standard folds), modulo the folds.
func foldOf(site, salt string) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	h.Write([]byte(salt))
	return int(h.Sum32() % folds)
}

// fit fits the model on the pages keep accepts, with the features drop
// marks set to zero.
func fit(pages []page, keep func(int) bool, drop []bool) headline.Model {
	rows, ys := rowsOf(pages, keep, drop)
	return headline.Fit(rows, ys, l2, iters)
}

// rowsOf returns the candidates of the pages keep accepts that have a
// right one, as rows with the features drop marks set to zero, and their
// labels.
func rowsOf(pages []page, keep func(int) bool, drop []bool) (rows [][]float64, ys []bool) {
	for k, pg := range pages {
		if !pg.any || !keep(k) {
			continue
		}
		for i, c := range pg.cands {
			rows = append(rows, masked(c.X, drop))
			ys = append(ys, pg.right[i])
		}
	}
	return rows, ys
}

// masked returns x with the dropped features zeroed (x itself when none is).
func masked(x []float64, drop []bool) []float64 {
	if drop == nil {
		return x
	}
	y := make([]float64, len(x))
	for i, v := range x {
		if !drop[i] {
			y[i] = v
		}
	}
	return y
}

// train fits the model on every page and returns the generated file; it
// reports the fit's share of right titles on the train pages to log.
func train(pages []page, log io.Writer) ([]byte, error) {
	if len(pages) == 0 || len(pages[0].cands) > 0 && len(pages[0].cands[0].X) != len(titlerank.Names) {
		return nil, fmt.Errorf("%d pages, or features per candidate do not match titlerank.Names (%d)", len(pages), len(titlerank.Names))
	}
	m := fit(pages, func(int) bool { return true }, nil)
	right := 0
	for _, pg := range pages {
		if topRight(m, pg, nil) {
			right++
		}
	}
	rules, some := handRight(pages)
	fmt.Fprintf(log, "traintitle: %d pages (%d with the title among the candidates); right: hand rules %d, model %d (on the pages it was fitted on)\n",
		len(pages), some, rules, right)
	return generate(m)
}

// handRight counts the pages whose first candidate, the hand rules'
// choice, is right (rules) and those with some candidate right (some).
func handRight(pages []page) (rules, some int) {
	for _, pg := range pages {
		if len(pg.right) > 0 && pg.right[0] {
			rules++
		}
		if pg.any {
			some++
		}
	}
	return rules, some
}

// crossValidate prints the share of pages the hand rules get right and the
// share a model fitted on the other folds' sites gets right; with ablate
// the latter with each feature left out, with misses the pages it gets
// wrong and their candidates' scores.
func crossValidate(pages []page, ablate, misses bool, w io.Writer) {
	rules, some := handRight(pages)
	n := float64(len(pages))
	var list io.Writer
	if misses {
		list = w
	}
	all := cvRight(pages, nil, list)
	fmt.Fprintf(w, "%d pages: hand rules %.4f, any candidate %.4f, model (CV by site) %.4f\n", len(pages), float64(rules)/n, float64(some)/n, float64(all)/n)
	if !ablate {
		return
	}
	for f, name := range titlerank.Names {
		drop := make([]bool, len(titlerank.Names))
		drop[f] = true
		r := cvRight(pages, drop, nil)
		fmt.Fprintf(w, "  without %-12s %.4f (%+d)\n", name, float64(r)/n, r-all)
	}
}

// cvRight counts the pages whose top candidate is right under a model
// fitted without the page's fold, listing the others to misses when it is
// not nil.
func cvRight(pages []page, drop []bool, misses io.Writer) int {
	return cvRightWith(pages, func(keep func(int) bool) headline.Model { return fit(pages, keep, drop) }, drop, misses)
}

// cvRightWith is cvRight with the model fitOn fits on the pages keep
// accepts.
func cvRightWith(pages []page, fitOn func(keep func(int) bool) headline.Model, drop []bool, misses io.Writer) int {
	right := 0
	for f := range folds {
		m := fitOn(func(k int) bool { return pages[k].fold != f })
		for _, pg := range pages {
			if pg.fold != f {
				continue
			}
			if topRight(m, pg, drop) {
				right++
			} else if misses != nil {
				fmt.Fprintf(misses, "%s gold %q\n", pg.id, pg.gold)
				for i, c := range pg.cands {
					fmt.Fprintf(misses, "  %6.2f %v %q %v\n", m.Score(masked(c.X, drop)), pg.right[i], c.Text, c.X)
				}
			}
		}
	}
	return right
}

// topRight reports whether the page's best-scored candidate is its title;
// the first candidate wins ties, as in package clean.
func topRight(m headline.Model, pg page, drop []bool) bool {
	best, bestScore := -1, 0.0
	for i, c := range pg.cands {
		if s := m.Score(masked(c.X, drop)); best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return best >= 0 && pg.right[best]
}

// generate writes the model as the Go file package clean compiles.
func generate(m headline.Model) ([]byte, error) {
	return headline.GoSource(headline.Source{
		Command: "./internal/traintitle",
		About:   "// The title ranker of HTML pages, fitted on the articles of the train side\n// of WCXB's development split (internal/wcxb; CC-BY-4.0).",
		Package: "clean",
		Var:     "titleModel",
		Names:   titlerank.Names,
	}, m)
}
