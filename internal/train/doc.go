// Command train fits newsclean's learned story detector on the training side
// of WCXB's development split and writes it as Go source.
//
//	go run ./internal/train -data ../shared/bench/wcxb-dev
//
// It reads every page of the train side (internal/wcxb's split by
// registrable domain; the test side is never read), labels each block with
// the teacher (internal/train/align: story, title and date line against
// the gold), computes the blocks' features (internal/blockfeat; with
// -model-lines a text page's lines read as clean's detector reads them,
// textlines.go), and fits
// two models, one for the blocks of HTML pages and one for the lines of
// flattened text: two passes of gradient-boosted trees (see
// blockfeat.Model), whose second pass is fitted on first-pass scores
// cross-fitted over three folds of sites, so that it learns from scores
// like those it sees at run time. The threshold is the one whose kept
// blocks give the train side's articles the highest mean word F1 against
// their gold (the benchmark's metric), on second-pass scores cross-validated
// over the same folds (each fold scored by a second pass that did not see
// it, over first-pass scores from models that did not see it either);
// -text-threshold sets the text model's instead, for a threshold chosen on
// the pipeline cross-validation (-pipecv, below).
//
// With -pipecv it fits the text model's folds alone and runs each fold's
// model inside the whole text path (extract.Text, through
// blockfeat.SetOverride) over the held-out fold's pages, and prints the
// benchmark's figures of what the text path outputs at the thresholds of
// -pipe-t (pipe.go): the figures the text model is chosen on, since the
// stages after the detector change what its kept lines score.
// -pipe-models caches the three fold models (a rule after the detector is
// then scored in a minute or two); -pipe-dump writes, at the first
// threshold, each held-out article's output with the must-not snippets it
// keeps (mustnot.tsv) and its lines the gold does not hold (nongold.tsv),
// the errors to read by cause (pipedump.go); with -pipecv also
// snippets.txt, each kept must-not snippet beside what the HTML path (the
// built-in model) does with the same page, its line's place against the
// output's gold lines and the page's flattened lines around it, counted
// by sites (pipesnippets.go).
//
// With -only html it fits the HTML model alone and writes it with the text
// model the file at -out already holds, copied as it is: a change to the
// HTML features refitted in half the CPU of a whole fit; -only text is the
// same for the text model.
//
// With -cv it also prints those cross-validated figures at several
// thresholds, for the first pass alone and for both (articles' word F1, P,
// R and must / must-not snippet rates of the kept blocks); -cvonly skips the
// final models; -cvdump writes the held-out errors on articles. Features
// and settings are chosen on these figures, never on the test side.
//
// The text model's second pass also learns from each train page's story as
// a page of its own (the title line, then the story blocks: what the text
// output is when cleaned again; see againPage), at a tenth of a page's
// weight, so that cleaning the text output again keeps what the first
// cleaning kept (-second-pages=false leaves them out). They add about a
// fifth to the text model's training time; the HTML model is unchanged.
//
// The output, clean/model_gen.go by default, is the same bytes for the same
// data and seed, whatever the order the forests grow in: the forests of the
// folds and of the two models grow side by side, one per core. Each pass
// of each model is a bag of three forests (-bag, bag.go: each grown with
// its own seed, their log-odds averaged into one forest); the whole fit
// takes 14.8 CPU minutes (4m54s CPU for a single forest per pass; 54 minutes
// wall on the loaded machine of 2026-12-02, about 8 on an idle one).
//
// # Why this model
//
// Chosen on the train side alone (mean page word F1 of the kept blocks
// against the teacher's, first pass cross-fitted over three folds of
// sites; then the whole pipeline on the train side's articles):
//
//   - Logistic regression over the features (the first feature set,
//     without the main-element features): 0.818 HTML, 0.780 text; a
//     second logistic pass over the neighbours' scores did not help
//     (0.815, 0.785). End to end, articles' word F1 0.906 on both paths:
//     no better than without a model on HTML. A linear model cannot say
//     "long and few links, unless in an aside or after the footer".
//   - Gradient-boosted trees on the same features (150 trees of depth 4,
//     our own trainer in gbt.go: histograms over each row's non-zero
//     features, so the hashed class, path and word buckets cost nothing
//     where they are 0): 0.831 HTML, 0.793 text. With the main-element
//     features 0.840 HTML; with a second forest over the first's scores
//     around each block, articles' F1 end to end 0.916 HTML and 0.922
//     text, and 0.961 HTML once the hand-written HTML stages it replaces
//     step aside (html-elements, html-main, outside-story; each measured
//     with Options.Disable).
//   - 300 trees at shrinkage 0.1: 0.841 against 0.840 on HTML, for twice
//     the inference cost: not taken.
//   - Second round (issue 7 again), cross-validated articles' word F1 and
//     must-not rate of the kept blocks, both passes: the site features
//     (names the site, topic words, lead word), the distances to prose,
//     the neighbours' link density and the second pass's place against
//     the story took HTML from 0.9399 (must-not 7.5%) to 0.9402 (7.1%) at
//     the old threshold 0.30 and text from 0.9039 (13.5%) to 0.9049
//     (12.6%) at 0.35; choosing the threshold on the articles' held-out F1
//     rather than on the teacher's in-sample F1 moved it from 0.40 to 0.50
//     on HTML (0.9437, 5.8% -> 0.9450, 4.6%). Trees of depth 6: a better
//     first pass (0.9454 alone) but a worse second (0.9438): not taken.
//     The text model's forests of 90 trees at shrinkage 0.25: 0.9085
//     (8.0%) against 0.9081 (8.5%) with 150, for 40% fewer trees per line.
//   - Third round (2026-12-01, tried, not taken; HTML, cross-validated
//     articles' F1 and must-not rate at the chosen threshold, against
//     F1 0.9450 and 4.6% at 0.50 for the committed features): nine
//     first-pass features of the element a block hangs from (its branch,
//     the child of the lowest element holding both the block and the
//     story's main element, and its parent's blocks: count, share of the
//     page's prose, prose share of their words, link density) with four
//     second-pass features pooling the first pass's scores over those
//     groups gave F1 0.9464 and 4.4% at 0.55 (F1 0.9461 and 5.0% at a
//     threshold of 0.50), inside the noise of the folds, and worse on
//     AEB (F1 0.956 and exact 0.343, against 0.961 and 0.376). The pooled scores alone,
//     first pass unchanged: F1 0.9447 and 5.1% at 0.45. Most of what the
//     model keeps inside the story's container reads as a call to act or
//     a disclosure (newsletter sign-ups, affiliate notes, a lone
//     "Advertisement"; see -cvdump), which where it hangs does not tell.
//   - Fourth round (2026-12-01, tried, not taken): two word models
//     stacked into the first pass. Each is a logistic regression
//     over a block's tokens hashed into 2^14 buckets, each token weighing
//     1/sqrt(tokens), its weights quantised to bytes: one over the
//     block's text (its first 120 words lower-cased, digit runs as one
//     token, and the pairs of adjacent words), one over its class and id
//     tokens (all of them, the nearest six again apart, and its tag).
//     Their scores were two more HTML features, fitted out of fold over
//     the same three folds of sites the forests use. Alone, out of fold,
//     their teacher F1 is 0.762 (text) and 0.792 (class), the forests'
//     first pass 0.846. Both passes, cross-validated articles' F1 and
//     must-not rate: 0.9450 and 4.6% at 0.50 before; both word models
//     0.9465 and 4.2% at the chosen 0.45 (0.9464 and 3.7% at 0.50); the
//     class model alone 0.9434 and 5.1% at 0.45 (worse). Held out, both
//     models: WCXB test articles 0.945 -> 0.949, must-not 3.5% -> 3.3%,
//     but AEB 0.963 -> 0.953 and exact 0.398 -> 0.309 (0.958 and 0.326
//     at 0.50): the text model reads a comment thread's and a rail's
//     related teasers as the story's prose (what they are written as),
//     and package clean's TestHTMLMainZone (a teaser in a rail) fails.
//     Fifth round (2026-12-01, tried, not taken, code not kept), the
//     same two models, measured against the committed 0.9450 and 4.6%
//     at 0.50 (cross-validated, both passes) and AEB 0.963, exact 0.398 (re-measured the same hour): the text
//     model fitted on and scoring only blocks of at most 15 words, -1
//     for longer ones: 0.9445 and 4.7% at 0.50, AEB 0.957 and exact
//     0.331 (the short blocks' words carry none of the WCXB gain); the
//     text score held to the class score (the lower of the two; alone
//     out of fold its teacher F1 is 0.800, above either model's): 0.9447
//     and 4.9% at 0.45 (0.9446 and 4.4% at 0.50), AEB 0.950 and exact
//     0.254, TestHTMLMainZone passes; the class model alone: 0.9434 at
//     0.45, AEB 0.952 and exact 0.282. So the class and id words lose
//     about as much on AEB as the text words, and the text words kept to
//     short blocks or to where the class model agrees gain nothing on CV:
//     the AEB loss is not only comments read as prose. Untested guesses
//     left: the word scores in the second pass only, or word models with
//     fewer buckets and more decay (less fitted to the training sites).
//   - Text round five (2026-12-01, tried, not taken): nine text-line features of
//     where a line sits against the page's prose lines (blockfeat's
//     textgap.go: prose within 1, 2 and 3 lines on both sides, the
//     gap's width, the words to the nearest prose above and below, a
//     list a line ending with ":" announces and prose follows, its head,
//     the share of the page's prose words above). Text, both passes,
//     cross-validated articles' F1 and must-not rate: 0.9080 and 9.4% at
//     the chosen 0.45 before, 0.9118 and 7.9% at the chosen 0.50 (0.9108
//     and 8.8% at 0.45; first pass alone 0.9068 -> 0.9102, teacher F1
//     0.7978 -> 0.8032). Two more (the gap's shares of menu-shaped and
//     sentence-ending lines): 0.9117 and 8.6% at 0.45, not taken. End to
//     end, articles' F1 and must-not: train side (in sample) 0.941 and
//     3.2% -> 0.938 and 2.7%; held out 0.919 and 4.9% -> 0.916 and 3.4%
//     (P 0.910 -> 0.922, R 0.957 -> 0.943); AEB text 0.910 -> 0.912
//     (exact 0.149 -> 0.160). The kept blocks gain, but the whole text
//     path loses recall on a few sectioned pages (a listicle's product
//     boxes between its prose), where the clean-side stages kept more;
//     over all the held-out pages the text path's F1 fell 0.785 -> 0.776
//     (documentation 0.876 -> 0.836). Not taken: a lost story line cannot
//     be had back downstream, a kept furniture line can. The features'
//     code is not kept; the next try should score the whole pipeline in
//     cross-validation, not the kept blocks alone.
//   - HTML round six (2026-12-01, the errors read, not the features):
//     the -cvdump of the committed model (both passes at 0.50, held out
//     over the three folds of sites) lists 139 kept blocks holding a
//     must-not snippet and 912 lost story blocks of 8 words or more, on
//     150 of the 591 train articles. The lost blocks bunch on a few
//     comparison and listicle pages (a product or provider card's lines
//     scored 0.2-0.5 between the prose: movebuddha, security.org, a CRM
//     chart, a course list hold 270 of them); the kept must-not blocks
//     are mostly calls to act, labels and disclosures that the clean-side
//     stages already drop (dropCallsToAct), then a business's own pitch
//     written as prose, a newsletter's sponsor box, author bios and a
//     comment thread. Two categories were left because the gold is not
//     consistent about them: an author's bio under the story (of the 12
//     train articles whose body keeps a bio opening with the author's
//     full name and a verb, 6 golds keep it) and footnotes (the "↩"
//     back-links: 0191's gold keeps them, 0436's and 0422's do not).
//     Taken, in package clean: a comment thread a count heads ("10
//     comments:") with dated headers and no "said:" (comments.go), and the
//     page's own author's byline printed again in the body
//     (htmlcallsbyline.go).
//   - HTML round seven (2026-12-01, tried, not taken, code not kept):
//     nine first-pass features of a block's card, the nearest element
//     from the block's own (when it has a class) up to four levels above
//     it with a sibling of the same tag and class, digits left out of
//     the class so "card-1" and "card-2" match: found, its level, how
//     many siblings share it, whether it has a class, and of the group
//     of those siblings: its blocks, its share of the page's prose words,
//     its link density, the smaller of the page's prose-word shares
//     before its first block and after its last (a card between the
//     story's paragraphs), whether it sits inside the main node.
//     Cross-validated articles' F1 and must-not rate, against the
//     committed features re-measured the same hour (first pass alone
//     0.9439 and 5.1% at 0.50; both passes 0.9450 and 4.6% at 0.50, P
//     0.932 R 0.973): first pass alone 0.9458 and 5.6% at 0.45 (0.9453
//     and 5.1% at 0.50), both passes 0.9437 and 4.7% at the chosen 0.50
//     (P 0.929 R 0.974): the first pass gains, the second gives it back
//     and more, recall bought with precision. The four group
//     features alone (prose share, link density, prose around, in
//     main): first pass 0.9433 at 0.50, both passes 0.9434 and 4.8% at
//     0.45 (0.9431 and 4.4% at 0.50), worse again. Where a card sits is
//     not what the trees lack on those pages; left to try: the second
//     pass pooling the first pass's scores over a card group (whether
//     its siblings' lines are kept, and strong blocks before and after
//     the group), which needs the groups passed to SecondFeatures.
//   - HTML round eight (2026-12-01): first the teacher. Its kept blocks
//     (story only) give the train side's 591 articles a mean word F1 of
//     0.9957 against the gold (0.9894 with the title and date lines it
//     also keeps), and only 7 articles fall below 0.95: the teacher is
//     not what caps the model's 0.945. Then round seven's left idea, the
//     second pass pooling the first pass's scores over card groups
//     (the card: the nearest element, from the block's own up to
//     four levels above it, with a sibling of the same tag and class,
//     digits left out; the features: in a card, the share of the
//     group's other cards holding a block of first-pass score 0.5 or
//     more and the mean of their best scores, the best score within 10
//     blocks before the group and after it, and the smaller of the two).
//     Cross-validated articles' F1 and must-not rate, both passes, against
//     0.9450 and 4.6% at 0.50 re-measured the same hour: cards of any
//     element but a classless block's own (on 80 train articles, 72% of
//     the blocks and 68% of the story's in a card) 0.9442 and 4.3% at the chosen 0.50 (teacher F1
//     0.8301 -> 0.8323; -cvdump: 139 -> 128 kept must-not blocks, 912 ->
//     902 lost story blocks); cards of classed elements only (58% of
//     the blocks, 40% of the story's) 0.9452 and 5.2% at the chosen 0.45
//     (0.9434 and 4.7% at 0.50; 149 kept must-not blocks, 684 lost). Both
//     inside the noise of the folds, the second with more must-not: not
//     taken, so neither trained nor measured held out, and the code (a
//     -cards flag, blockfeat.Cards and CardFeatures) was not kept.
//     Pooling over a card group moves errors about more than it removes
//     them; a guess, not checked page by page: a comparison page's cards
//     score low all together, so their siblings do not vouch for them.
//   - Text round eight (2026-12-01, tried, not taken; code not kept):
//     the pipeline cross-validation (-pipecv) above, then round five's
//     gap features chosen on it. Articles' word F1 and must-not rate, and
//     the F1 of all 1,131 pages, of the text path's whole output (each
//     fold's model on the held-out fold) at thresholds 0.35 / 0.40 / 0.45
//     / 0.50 / 0.55: the committed features 0.9260 4.8% 0.799 / 0.9260
//     4.5% 0.796 / 0.9244 3.8% 0.790 / 0.9212 3.5% 0.783 / 0.9174 3.0%
//     0.774 (their kept lines: 0.9080 at 0.45, the best); round five's
//     nine gap features 0.9247 4.6% / 0.9249 4.1% / 0.9251 3.6% 0.793 /
//     0.9241 3.4% / 0.9221 3.0% (kept lines 0.9110 at 0.50); five of
//     them (prose within 1, 2 and 3 lines on both sides, the list a line
//     ending with ":" announces and prose follows, its head) 0.9264 4.6%
//     0.800 / 0.9260 4.0% / 0.9258 3.7% 0.791 / 0.9237 3.3% / 0.9208 3.2%
//     (kept lines 0.9089 at 0.50). The text path wants a lower threshold
//     than its kept lines do (its stages drop furniture the detector
//     keeps, never story it drops), and the gains are small against the
//     gap between folds. The five at 0.45 (the best F1 at a must-not rate
//     no higher than the committed model's) held out, once: WCXB test
//     articles F1 0.919 -> 0.915, must-not 4.7% -> 3.9% (P 0.912 R 0.951),
//     all pages 0.785 -> 0.785, date 0.627 -> 0.639, author 0.513 ->
//     0.500; AEB text 0.910 -> 0.911 (exact 0.149 -> 0.160); and
//     extract's TestIdempotentAEB failed (5 of 181 AEB pages change when
//     the text output is cleaned again, at most 2 allowed). Not taken.
//     As in round five, features of where a line sits against the prose
//     trade recall for must-not held out, whatever the CV says; a gain
//     of 0.001-0.002 on the pipeline CV is not evidence. Left to try on
//     -pipecv: the threshold alone (0.40: F1 +0.0016, must-not +0.7
//     point), and anything that lowers must-not without reading the
//     prose around a line (a call to act's words, a bio's shape).
//   - Text round nine (2026-12-02, tried, not taken; code not kept): the
//     held-out errors of the whole text path (-pipecv -pipe-dump, the
//     committed features' fold models, threshold 0.45): articles F1
//     0.9271, must-not 3.27% (72 snippets kept on 591 train articles),
//     all pages 0.7910; 103,550 non-gold words kept against 1,089,537
//     gold (6,951 above the story's first gold line, 50,993 between its
//     lines, 39,254 below its last; 7 pages with a truncated gold, a
//     museum's captions or a comparison's cards hold 33,000 of them).
//     The 58 snippets left at 0.50 with the features below, by cause:
//     a business's pitches, service blurbs and "About us" lines 26,
//     newsletter and sign-up forms 10, a snippet that is a word of a
//     story sentence ("About", "Subscribe", "Posts") 9, labels and
//     headings at the story's edges 7, disclosures and credits 3, bios
//     and tag lines 3. No opening of two words has 5x more non-gold than
//     gold words on 4 pages or more ("thanks for" 88 / 9, "find out"
//     53 / 0), and a business's blurb reads as a corporate blog's story
//     ("At X, we ..." 319 non-gold words against 1,952 gold; "X is a
//     leading ..." 99 against 2,629). Taken: a writer's greeting with
//     their name under the story ("Hi, I'm Jane ...", clean's
//     textstoryhello.go, read by dropAuthorBio with no trade named): of the
//     greeting lines kept, 250 words on 4 pages are non-gold and none
//     gold; under the story and of 6 words or more, 67 non-gold words
//     out on 1 page, none gold (F1 +0.0001); held out, all unchanged
//     (WCXB test articles text F1 0.921, must-not 4.6%, head 0.723 /
//     0.645 / 0.539; AEB text 0.910, exact 0.171). Tried: two
//     features of a line against the story, (a) the share of its words
//     of five bytes or more held by another prose line of the densest
//     run, and their number (lexical cohesion: a pitch or a company's
//     blurb shares few words with the story); (b) its words over the
//     median words of the run's prose lines. Pipeline CV, articles F1 /
//     must-not / all pages at 0.45 and 0.50: committed 0.9271 3.27%
//     0.7910, 0.9238 3.01% 0.7840; (a) 0.9288 2.96% 0.7892, 0.9271 2.64%
//     0.7821; (a)+(b) 0.9291 3.22% 0.7925, 0.9289 2.64% 0.7851 (0.55, the
//     kept lines' best: 0.9277 2.45% 0.7757). (a)+(b) at 0.50 trained
//     (-text-threshold 0.5) and measured held out once: WCXB test
//     articles text F1 0.921 -> 0.921, must-not 4.6% -> 3.7%, all pages
//     0.785 -> 0.783, text title 0.723 -> 0.708, date 0.645 -> 0.639,
//     author 0.539 -> 0.519; AEB text 0.910 -> 0.899 (exact 0.171 ->
//     0.182); and extract's TestIdempotentAEB failed (2 AEB pages change
//     when cleaned again: the second pass drops a product list and a
//     form's "To / SEND" the first kept; 3 at 0.45). Not taken: AEB and
//     the text head fall, and the ratchet breaks. Cohesion costs about a
//     quarter of blockfeat.Text's time (one more word walk per line, a
//     table of the run's words). Left: the must-not gain held out is
//     real (0.9 point), so a cohesion feature that is the same on the
//     output cleaned again (counted over the story's kept lines, not the
//     densest run of the raw page) may keep it without the idempotence
//     and AEB losses; and business pitches, the largest cause, need
//     evidence beyond the line (its place after the story's end).
//   - Text round ten (2026-12-02, tried, not taken; code not kept):
//     round nine's left idea, (a) cohesion that reads the same on the output
//     cleaned again. Two features of a line: the share of its distinct
//     words of five bytes or more (not all digits) that another prose line
//     of the page holds, and their number; counted over all the page's
//     prose lines, not the densest run's (on the output, which holds the
//     story's prose and little else, a story line's words are still held
//     by the other story lines). A table of the long words' prose-line
//     counts, two word walks per line. Pipeline CV (-pipecv, fold models
//     refitted), articles F1 / must-not / all pages, against the
//     committed features re-measured the same hour (0.45: 0.9272 3.27%
//     0.7910; 0.50: 0.9239 3.01% 0.7841): 0.45 0.9277 3.46% 0.7911; 0.50
//     0.9272 3.02% 0.7821; 0.55 0.9229 2.66% 0.7708 (kept lines' best 0.50,
//     0.9113 against 0.9080). Trained at 0.50 and measured held out once:
//     WCXB test articles text F1 0.921 -> 0.919 (P 0.921 R 0.945),
//     must-not 4.6% -> 4.0%, all pages 0.785 -> 0.781, text title 0.728
//     -> 0.713, date 0.651 -> 0.645, author 0.545 unchanged; AEB text
//     0.910 -> 0.906 (exact 0.177 -> 0.171, both the same hour; 0.905 with
//     the same model at 0.45, so the loss is the feature's, not the
//     threshold's); TestIdempotentAEB 0 / 0 (all prose lines, unlike the
//     densest run, keep the second pass's reading). Of the 81 AEB pages
//     whose output changed, the worst: a post of two short paragraphs
//     lost whole (F1 -0.94: two prose lines share few long words), a
//     newsletter's digest and a standings page's notes lost, a rail of
//     teasers kept. Then (b): the same with both features set to 1 on a
//     page of fewer than 4 prose lines (a short post reads as cohesive).
//     Pipeline CV: 0.45 0.9296 3.07% 0.7917; 0.50 0.9288 2.73% 0.7851
//     (P 0.934 R 0.946); 0.55 0.9240 2.52% 0.7747 (kept lines' best 0.50,
//     0.9131; non-gold words kept at 0.45 103,447 -> 98,035): better than
//     the committed features at both thresholds. Trained at 0.50, held out
//     once: WCXB test articles text F1 0.921 -> 0.917 (P 0.914 -> 0.925,
//     R 0.957 -> 0.941), must-not 4.6% -> 3.8%, all pages 0.785 -> 0.780,
//     head 0.728 / 0.651 / 0.545 -> 0.723 / 0.645 / 0.539; AEB text 0.910
//     -> 0.902 (exact 0.177 -> 0.182); TestIdempotentAEB fails (5 of 181
//     pages change when cleaned again: the output holds fewer prose lines
//     than the page, so the switch at 4 flips between the passes). Not
//     taken either. As in rounds five, eight and nine, a feature of a
//     line against the page's prose buys must-not held out (0.6-0.8
//     point) with recall, AEB and the text head, whatever the CV gains;
//     a gate on the page's size breaks idempotence. Left: the
//     pipeline CV does not predict AEB or the held-out recall for these
//     features, so a next try wants an AEB-like check inside the choice
//     (news pages of a few paragraphs), or evidence that is not about the
//     prose around a line at all. The code (blockfeat's textcohesion.go,
//     about 90 lines with its test) is not kept. The brief's other
//     direction, a rule for a business's pitch under the story, read on
//     the committed model's -pipe-dump at 0.45: the output's closing run of
//     lines that each speak as the site ("we", "our", "us") to the reader
//     or with a call's words (contact, call, visit, quote, today ...) or
//     are headings, at most 12 lines under at least 300 words of story
//     and 4 times its own, holds 4,595 gold words against 2,172 non-gold (the
//     golds keep most closing pitches of a firm's blog): no 5x cause, no
//     rule.
//   - Text round eleven (2026-12-02): must-not by the run, not the line.
//     The committed fold models at 0.45 (-pipe-dump) keep 72 must-not
//     snippets on the 591 train articles; the HTML path (the built-in
//     model on the train split, so in-sample) drops 48 of them. Those 48,
//     read by hand, roughly: a business's menus, blurbs, pitches and ads
//     above, in or under the story 24, headings and teaser lists at its
//     edges 11, bios, disclosures and notes 6, forms and sign-ups 3, a
//     comment thread's lines 3, a word of a story's sentence 2 (one
//     counted twice); what the HTML path sees there is a box or a nav
//     element, where the text shows at most a run of short lines. (1)
//     Cohesion over the first pass's kept lines was not built: the second
//     pass (blockfeat.SecondFeatures, PassTwo) reads only first-pass
//     scores and is shared with the HTML model, so a text-only feature
//     needs the lines inside Model.Scores and a refit of both models.
//     Read as a rule on the -pipe-dump output instead (the share of a
//     prose line's words of five bytes or more that another kept prose
//     line holds, pages of 6 prose lines or more, lines in the last fifth
//     of the prose): share under 0.1 holds 872 gold words against 656
//     non-gold, under 0.2 2,812 against 2,065; no 5x anywhere, no rule.
//     (2) Runs, taken (clean's textfurn.go, after dropTextCalls' lines):
//     a web form's field labels ("Your Preferred Bootcamp*", "Your Phone
//     Number") to a submit button, with the form's heading and pitch
//     above; the short lines between two screen-reader labels ("Opens
//     in a new tab") and the labels; a form's standing text (the comment
//     form's notice, a robots' hidden field, an opt-in box, a sign-up's
//     thanks); a widget's settings left as one JSON line of 12 keys or
//     more. On the pipeline CV they take 1,237 non-gold words out on 10
//     train pages and no gold word; articles F1 / must-not / all pages at
//     0.45 0.9272 3.27% 0.7910 -> 0.9279 3.18% 0.7914, at 0.50 0.9239
//     3.01% 0.7841 -> 0.9244 2.96% 0.7843; the train split's text head
//     unchanged (0.836 / 0.764 / 0.675). Tried, not taken: a bare button
//     ("Get started", "Submit", "Learn more") with up to 3 lines of at
//     most 25 words above it as a call-to-act box, 157 non-gold words
//     against 62 gold (the buttons 26 against 13); a line the output
//     repeats, 2,736 non-gold against 14,204 gold; a pronoun's writer note
//     ("He's a ...") under a name line, 1 page. Held out, once (model not
//     refitted, clean/model_gen.go unchanged): WCXB test articles text F1
//     0.921 -> 0.921, must-not 4.6% -> 4.6%, all pages 0.785 -> 0.784
//     (the rules fire on 7 held-out pages, not read); AEB text 0.910 ->
//     0.910 (exact 0.177); TestIdempotentAEB 0 / 0. The held-out must-not
//     did not move: the causes left are each a page or two (a firm's
//     mega-menu, a product list, a donation appeal), and a firm's blurb
//     reads as its blog's story, so the rest wants what the HTML path has
//     (the box), or a page-level cue of a corporate blog, not a line rule.
//   - HTML round nine (2026-12-01): the errors of the whole HTML path
//     held out, not of the kept blocks. -pipecv-html (pipehtml.go) runs
//     each fold's model inside extract.HTMLBytes over the fold's train
//     pages (-pipe-models caches the three fold models, so a change after
//     the detector is scored in a minute or two; -pipe-out writes the
//     outputs). At threshold 0.50 the kept blocks give articles' F1 0.9450
//     and must-not 4.6%, the whole path F1 0.9530 (P 0.948 R 0.971) and
//     2.28% (49 of the 2,311 snippets of the 591 train articles), all
//     1,131 pages 0.8311: the stages after the detector already drop most
//     of what -cvdump lists. What the path keeps that the gold does not,
//     by paragraph (3-word shingles against the gold): 80,319 words, 6,799
//     above the story's first gold paragraph, 48,848 between its
//     paragraphs, 24,672 below its last, 44,607 of them on 10 pages (a
//     truncated gold, a comparison page's cards, a blog's 59 comments, a
//     gallery's captions); what it loses: 32,958 gold words, 16,811 on 10
//     pages. The 49 must-not snippets kept: a business's calls and pitches
//     15, labels and menu words at the story's edges ("Key Takeaways",
//     "Next Steps", "JUMP TO THE LIST") 9, newsletter and share furniture
//     8, gold that is not consistent (footnotes, a truncated body) 4, date
//     and byline lines 3, authors' bios 3, snippets that are words of the
//     story or of its code 3, disclaimers and credits 2, comments 2: no
//     cause large enough for a rule that takes 5x more non-gold than gold
//     words to move the rate. Taken (package clean, commentstitled.go): a
//     comment thread headed by its count and the post's quoted title
//     ("59 Comments on “Title”") when the title is printed above it, which
//     the boxes step kept as a forum's posts because the comments held
//     more prose than the post: 3,938 non-gold words out, none gold, on
//     one page; pipeline CV F1 0.9530 -> 0.9539, must-not unchanged.
//     Small causes read and left (each under 100 words on the CV output):
//     rating widgets ("How useful was this post?", 82 words on 3 pages),
//     reviewers' credits ("Reviewed by ...", 43 words on 5 pages, read by
//     the author detector), tail date lines ("Posted by ... at ...").
//     Held out: WCXB test articles F1 0.945 and must-not 3.5%, text 0.921
//     and 4.6%, all pages 0.827 / 0.785, AEB HTML 0.963 exact 0.398: all
//     unchanged. Tried, not taken: the forests with a least hessian of 10
//     on each side of a split (-min-hes; 2 committed), against fitting the
//     training sites' class and path hashes: kept blocks 0.9438 and 4.3%
//     at 0.50 (0.9450 and 4.6% before), whole path 0.9513 and 2.30% at 0.50
//     (0.9530 and 2.28%), 0.9525 and 2.64% at 0.45. The committed model's
//     whole path at other thresholds (with the titled thread): 0.40 F1
//     0.9545 must-not 2.84% all pages 0.8407; 0.45 0.9541 2.34% 0.8355;
//     0.50 0.9539 2.28% 0.8315; 0.55 0.9521 2.04% 0.8251; 0.60 0.9491 1.93%
//     0.8156. Like the text path, the HTML path would take a lower
//     threshold than its kept blocks: 0.45 gains the other page types
//     (+0.004 over all pages) for articles level and must-not +0.06 point;
//     not taken (the articles' gain is inside the noise), left to weigh
//     held out with the other page types in view.
//   - HTML round ten (2026-12-01, tried, not taken: AEB fell): making
//     the detector generalise, chosen on the whole-path cross-validation
//     (-pipecv-html), against the committed model re-measured the same
//     hour (kept blocks 0.9450 and 4.6% at 0.50, teacher F1 0.8301;
//     whole path 0.9539 and 2.28% at 0.50, 0.9541 and 2.34% at 0.45, all
//     pages 0.8315 at 0.50). Two changes. Three first-pass features of
//     how much a block looks like the prose of the page's densest run, in
//     terms that mean the same on any site: the share of the run's prose
//     words in blocks of the same slot (tag path and nearest six class
//     and id tokens, hashed), the share of the block's nearest class and
//     id tokens that no prose block of the run carries (a box of another
//     kind set inside the story), its words against the mean of the
//     run's prose blocks (capped at 4x). And trees that each split on a
//     random half of the HTML model's features (-colsample 0.5, drawn per
//     tree from a stream of their own, so -colsample 1 grows the
//     committed forests; kept as a flag, default 1). The features alone:
//     kept blocks 0.9473 and 4.1% at 0.50 (0.9474 and 3.5% at 0.55),
//     whole path 0.9563 and 2.35% at 0.50, 0.9561 and 1.98% at 0.55, all
//     pages 0.8315 / 0.8249. The sampling alone: teacher F1 0.8339, kept
//     blocks 0.9459 and 4.6%, whole path 0.9549 and 2.40% at 0.50, 0.9556
//     and 2.57% at 0.45, all pages 0.8346 (inside the noise, must-not
//     up). Both: teacher F1 0.8344, kept blocks 0.9480 and 3.9% at the
//     chosen 0.50, whole path 0.9571 and 2.20% (P 0.950 R 0.976), 0.9550
//     and 2.07% at 0.55, all pages 0.8337 at 0.50. Both trained (text
//     model byte-identical) and measured held out once: WCXB test
//     articles F1 0.945 -> 0.951, must-not 3.5% -> 3.2% (29 snippets),
//     all pages 0.827 -> 0.833, head date 0.825 -> 0.837, author 0.799
//     -> 0.805, title 0.866 unchanged; but AEB HTML 0.963 -> 0.958, exact
//     0.398 -> 0.337, precision lost on a few pages (four pages from
//     0.79-0.9 to 0.55-0.71, furniture and threads kept with the story).
//     The same pattern as rounds four and five and the box features:
//     what gains on WCXB's sites loses on AEB's news pages. Not taken;
//     the features' code is not kept (recorded here). Each alone, refitted
//     and on AEB only: the features (threshold chosen 0.55) AEB HTML 0.959
//     and exact 0.365; the sampling (0.50) 0.949 and 0.348: both fall, the
//     sampling the more. Left to try: -colsample with more trees or a
//     lower shrinkage.
//   - HTML round eleven (2026-12-02, tried, not taken: AEB fell again;
//     code not kept). Round ten's three run features rebuilt (the share
//     of the densest run's prose words in the block's slot, tag path
//     and nearest six class and id tokens hashed; the share of its
//     nearest tokens no prose block of the run carries; its words over
//     the run's mean, capped at 4x), the HTML model alone refitted
//     (-only html), without -colsample: threshold chosen 0.55, kept
//     blocks 0.9474 (as in round ten); AEB HTML 0.963 -> 0.959, exact
//     0.398 -> 0.365 (0.960 / 0.354 at 0.50, 0.959 / 0.365 at 0.45: not
//     the threshold). Why, read page by page (AEB -worst 181 before and
//     after): on three of the four pages that fall most the densest run
//     is the page's furniture, not the story: a footer's legal
//     paragraphs under a meal plan of short lines (0.993 -> 0.601: the
//     plan's lines, gold, read as foreign to the run), a tag cloud of 97
//     words and a footer's contact text of 102 words, each a run of one
//     block on an old news page whose story is a few short paragraphs
//     (0.926 -> 0.553, 0.923 -> 0.639); on a CNN page the paragraphs'
//     nearest tokens differ ("idx", "ordinary"), so the story's own slot
//     holds 0.06-0.37 of the run. Tried: the look read from the densest
//     run outside footer, header, nav, aside and form elements, and no
//     look (the three features 0) when that run holds fewer than three
//     prose blocks. Kept blocks 0.9459 at the chosen 0.50 (first-pass
//     teacher F1 0.8419); AEB HTML 0.959, exact 0.376: the three pages
//     mend (to 0.99, 0.93, 1.000) and others fall, by recall, most on
//     pages with no look (16 of AEB's 181 pages, 228 of WCXB-dev's
//     1,497; on AEB's 16 a mean -0.035, two of them 0.824 -> 0.421 and
//     0.993 -> 0.678: a 0 slot share reads as "not the story's slot" to
//     trees that learnt 0 from foreign boxes). With a fourth feature,
//     has-look (1 when the page has a look): kept blocks 0.9464 at the
//     chosen 0.50, AEB HTML 0.946, exact 0.387, worse: on the pages with
//     no look a mean -0.116, two of them output nothing (0.926 and
//     0.824 -> 0): WCXB's pages without a look are mostly not articles,
//     and a page-level flag lets the trees learn the page type from it.
//     A "no look" state needs a value that does not mark the page.
//     The whole-path CV (-pipecv-html) of these variants was not run
//     (time); the committed model's, re-measured the same hour: 0.9541
//     and 2.34% at 0.45, 0.9539 and 2.28% at 0.50, 0.9521 and 2.04% at
//     0.55, all pages 0.8355 / 0.8315 / 0.8251. No variant held AEB, so
//     none was measured held out. Left: a look for every page that does
//     not mark it (read from the prose under the main element, say, when
//     the run is short), then its CV; the slot on fewer tokens (the
//     nearest two) for sites that number their paragraphs' classes;
//     -colsample with more trees (not tried).
//   - HTML round twelve (2026-12-02, tried, not taken; code not kept):
//     the stages after the detector, on the whole-path CV (the round-nine
//     fold models, cached; committed model at 0.50: F1 0.9539, P 0.9494,
//     R 0.9713, must-not 2.28%, all pages 0.8315). -pipe-dump now works
//     with -pipecv-html and writes lostgold.tsv, the gold lines the path
//     removed by the rule that removed them (pipelost.go): the detector
//     itself 42,004 words on 337 of the 591 articles, half of them on 15
//     pages; every stage after it together about 1,600 (tail strays 396
//     on 4 pages, furniture labels 284 on 19, disclosures the gold keeps
//     241 on 9, repeats 228, boxes 227, calls 91, comments 99). By place,
//     on those pages: 24,127 words between the kept gold paragraphs, 8,348
//     below, 2,019 above. Tried: taking back a dropped prose block between
//     the first and the last kept prose block, visible, few links, outside
//     nav, aside, footer, form and figure, whatever its parent (unlike
//     fillStoryGaps), when its score reaches a floor. On the held-out
//     output, <p> at 0.3: 4,040 gold words back on articles against 587
//     not (other pages 6,013 / 1,964); the same below the story (within 3
//     blocks) 721 / 873 and above it 189 / 62: not worth a rule. Whole
//     path: <p> at 0.3 and other prose at 0.4, F1 0.9551, must-not 2.33%,
//     all pages 0.8336, but AEB HTML 0.963 -> 0.962 (five pages down: a
//     teaser's blurb and a caption in divs, scored 0.38-0.53); <p> at 0.3
//     alone 0.9551, 2.33%, 0.8332, AEB unchanged (no page moves); <p> at
//     0.2 and <li> at 0.3, 0.9552 (P 0.9489 R 0.9734), 2.33% (one snippet
//     more: a language app's promo paragraph), 0.8334, AEB unchanged (by
//     a bag-of-words F1, 18 articles up and 16 down). Held out once (that last variant): WCXB
//     test articles 0.945 -> 0.946, must-not 3.5% -> 3.6%, all pages 0.827
//     -> 0.830 (service pages 0.822 -> 0.835). Not taken: +0.0013 on the CV
//     is inside the +-0.003 the brief asks, and must-not rises. With the
//     threshold at 0.55 the refill keeps F1 level (0.9537 against 0.9539
//     at 0.50; the committed model at 0.55 0.9521) for a lower must-not
//     (2.09%, all pages 0.8277), but AEB HTML falls to 0.960 (exact 0.398;
//     a page output empty, two lose a third of their story); at 0.45 AEB
//     0.961, exact 0.370. The model's losses are what cost F1, and the
//     stages after it are no lever beyond a tenth of a point; the
//     kept non-gold words spread over every score band (0.5-0.6: 2,750
//     prose and 4,187 other non-gold words against 10,486 and 5,995 gold).
//     The model-side ideas of round eleven (a look for every page, the
//     slot on two tokens, -colsample with more trees) were not run: one
//     refit of the fold models and the model took over half an hour under
//     the session's load.
//   - HTML round thirteen (2026-12-02, tried, not taken; code not kept):
//     round eleven's model-side ideas, each gated on AEB HTML (0.963,
//     exact 0.398, re-measured the same hour) before the whole-path CV.
//     First -colsample 0.5 with twice the trees at half the shrinkage
//     (-trees 300 -rate 0.075, HTML model alone, text model
//     byte-identical; twice the HTML model's trees per block): kept blocks
//     0.9444 at the chosen 0.50 (first pass cross-fitted, teacher F1
//     0.8413); AEB HTML 0.956, exact 0.354 (24 pages down by 0.01 or more,
//     20 up; a page of 0.926 scored 0, others keep furniture): it fails
//     the gate, so its whole-path CV was not run. Round ten's 0.949 at 150
//     trees is mended only in part: fewer features per tree lose AEB at
//     both forest sizes tried. Then a look for every page, with the slot
//     on two tokens: three first-pass features after the committed ones,
//     the share of the look's words in the block's slot (its tag path and
//     its nearest two class and id tokens, hashed, for sites that number
//     their paragraphs' classes), the share of its nearest six tokens no
//     block of the look carries, its words over the look's mean block
//     (capped at 4x). The look is the first of: the prose of the densest
//     run outside header, footer, nav, aside, form and hidden elements
//     when it holds three prose blocks or more; the prose under an article
//     or main element; the longest run of prose outside that furniture;
//     the longest block outside it; the longest block. No page reads "no
//     look", and no flag marks which rule gave it. HTML model alone
//     refitted (-only html): kept blocks 0.9438 at the chosen 0.55 (the
//     committed 0.9450 at its 0.50; must-not 4.15% against 4.62% at 0.50),
//     first pass alone cross-fitted, teacher F1 0.8408; AEB HTML 0.963 ->
//     0.959, exact 0.398 -> 0.354 (29 pages down by 0.01 or more, 16 up:
//     most by precision, furniture kept with the story; one page from
//     0.333 to 0, three from 0.79-0.82 to 0.99-1.0). Whole-path CV (fold
//     models refitted), against the committed model re-measured the same
//     hour (0.45: F1 0.9541, must-not 2.34%, all pages 0.8355; 0.50:
//     0.9539, 2.28%, 0.8315; 0.55: 0.9521, 2.04%, 0.8251): 0.45 0.9545,
//     2.69%, 0.8314; 0.50 0.9543, 2.51%, 0.8257; 0.55 0.9534, 2.24%,
//     0.8200. F1 inside the noise, must-not up, the other page types down:
//     not taken on either gate. The features' code is not kept (recorded
//     here). Not run for want of time (each refit took 34 to 50 minutes
//     under the session's load): the slot on two tokens alone, with round
//     ten's densest-run look. (Features appended to the first pass shift
//     the second pass's own, so the committed model scores wrongly over
//     the longer vectors: AEB HTML 0.940 until refitted.)
//   - Text round twelve (2026-12-02): the text path's kept must-not
//     snippets, read on the pipeline CV (the committed fold models at
//     0.45, cached; -pipe-dump), then rules after the detector, each kept
//     only where the CV's must-not fell and its F1 did not. Taken (package
//     clean): a writer's note with the writer's degrees ("Jane Doe, MD, is
//     ...") and more trades (adviser, planner, physician, pediatrician,
//     dietitian, nutritionist, therapist, psychologist, coach, expert); a
//     card's pronoun note under the writer's name line ("Jane Doe" / "She's
//     a ... expert"); a note right under its mark ("Who curated this
//     article?") whatever follows it (an FAQ); an FAQ's heading holds the
//     story's end only when kept questions follow it (a footer's "FAQ"
//     link does not); a form's consent box ("I have read and agree to the
//     Privacy Policy", "By clicking ..., you agree to our Terms"); more
//     heads of related lists ("More Videos", "You'll Also Love", "All Reads
//     on This Topic"). Together on 21 train pages: 1,222 non-gold words
//     out against 309 gold (teasers and notes some golds keep), kept
//     must-not snippets 70 -> 61. Articles F1
//     / must-not / all pages at 0.45: 0.9279 3.18% 0.7914 -> 0.9288 2.78%
//     0.7918 (at 0.50 0.9244 2.96% 0.7843 -> 0.9252 2.74% 0.7845); AEB
//     text 0.910, exact 0.177, unchanged; the seeds' golden files
//     unchanged. Held out, once: WCXB test articles text F1 0.921 -> 0.922,
//     must-not 4.6% -> 4.5%, all pages 0.785, head 0.743 / 0.657 / 0.552,
//     all unchanged. Tried, not taken: a run of short title-case lines
//     under the story as its end (runs of 4 to 6 lines of at most 6 or 8
//     words: 635 to 4,492 gold words against 256 to 1,275 not; a story's
//     product and spec lists look the same); everything above the story's first long sentence but its last
//     few lines (gold 2,700 to 5,700 words against 1,600 to 3,100); a line
//     the output prints three times or more (3,247 gold against 388); a
//     menu item glued to its blurb ("Unified DataUnify data ...": brand
//     names glue the same way, 5,911 gold against 1,683); a comment thread
//     kept when its prose outweighs the story's up to 4 times (one page,
//     373 words out, but the rule's guard against a thread inside the
//     story goes). What is left is mostly one page each: a firm's
//     mega-menu or pitch, a promotion's leftovers, a newsletter's sections.
//   - Text round thirteen (2026-12-02, thirteenth session). (1) The text
//     model was fitted on a page's lines as found, but clean's detector
//     scores them as tidied (white space, invisible characters and edge
//     joiners, NFC; clean/tidy.go) and cut by the stages before it: the
//     trainer now reads them through clean itself (modelLines,
//     textlines.go; TestModelLinesScored checks through an override that
//     clean scores the trainer's features). The features change on 93 of
//     the 1,131 train pages (lines of a lone zero-width joiner, narrow
//     no-break spaces, joiners closing a line). Refitted (-model-lines -only text,
//     33 minutes wall under load): kept lines' articles F1 0.9129 at
//     0.55, cross-validated (the committed features: 0.9107 at 0.50);
//     pipeline CV at 0.45 with (2) below, articles F1 / must-not / all
//     pages, 0.9323 / 2.71% / 0.7945 -> 0.9333 / 2.83% / 0.7954 (inside
//     the folds' noise); held out, once,
//     with (2) below: WCXB test articles text F1 0.923 -> 0.921, must-not
//     3.6% -> 3.5%, all pages 0.787 unchanged, head 0.762 / 0.651 / 0.565
//     -> 0.757 / 0.651 / 0.552 (the head rankers were fitted over the
//     committed model); AEB text 0.912 unchanged (exact 0.166 -> 0.171);
//     and extract's TestIdempotentAEB failed (4 of 181 AEB pages change
//     when cleaned again: the second pass drops teasers and headings the
//     first kept). Not committed: the model stays the one fitted on the
//     lines as found, and so does the trainer's default (-model-lines=false,
//     so that TestModelCurrent holds); the next refit should take the
//     consistent reading once it passes the ratchet (the againPage
//     reading under -model-lines, and the head rankers refitted over it,
//     are the first things to look at).
//     (2) Must-not on the pipeline CV (fold models of the committed
//     features cached, 0.45: articles F1 0.9313, P 0.9325, R 0.9518,
//     must-not 2.74%, all pages 0.7939; 61 snippets kept, most a page
//     each: a firm's menus, blurbs and product pitches, a promotion's
//     leftovers, a word of a story's sentence). Taken (package clean):
//     a firm's standing notice, two or more stock phrases of one in a line
//     (clean/textnotice.go: an adviser's registration, past performance,
//     the risk of investing, forward-looking statements, the advice it
//     does not give): 238 non-gold words out on 3 pages, none gold (one
//     phrase alone: 474 against 281), 0.9316 / 2.71% / 0.7941; a site's
//     list of its pages made from one template, 20 or more kept lines in a
//     row opening with the same three words (clean/textlinkfarm.go): one
//     page, 296 lines out, none gold (runs of 6 or more: 56 gold words, a
//     story's steps), 0.9323 / 2.71% / 0.7945. Held out, once (committed
//     model): WCXB test articles text F1 0.923, must-not 3.6%, all pages
//     0.787, head 0.762 / 0.651 / 0.565, all unchanged; AEB text 0.912,
//     exact 0.166, unchanged; TestIdempotentAEB passes. Read, no rule: a
//     promotion's "N% off" (140 non-gold words against 1,887 gold), a
//     call ending "today!" (228 against 360), a promo code (86 against
//     305), runs of lines opening alike under 20 lines (a story's tables
//     of contents and picks).
//   - Text round fourteen (2026-12-02, fourteenth session): comment
//     threads the text path kept, on the pipeline CV (the committed fold
//     models, cached, t=0.45: articles F1 0.9323, must-not 2.71%, all
//     pages 0.7945). Taken (package clean): a thread whose entries open
//     with the commenter's name and a present-tense verb ("Kathy Owen
//     says:", "by greytree ( 7124971 ) writes:", "dit :", "sagt:"), three
//     or more lines naming three or more commenters, once the run has them
//     a next line up to 40 blocks on (textcommentauthor.go): 6,099
//     non-gold words out against 44 gold on 2 articles, 0.9340 / 2.66% /
//     0.7948; the past tense ("wrote:", "said:") heads forum quotes (with
//     it three forums lost their replies, all pages 0.7944). A dated thread
//     under a count of comments ("10 comments:") runs on past a long
//     comment, 40 blocks between stamps instead of 12 (countAbove): one
//     article, 787 non-gold words, 0.9349 / 2.55% / 0.7953 (without the
//     count, forums' replies went too: all pages 0.7933). Held out, once:
//     WCXB test articles text F1 0.923, must-not 3.6%, all pages 0.787,
//     unchanged to the digit (one test article changes); AEB text 0.912,
//     exact 0.166, unchanged. Read, no rule: a firm's own blurb at the
//     story's end naming the site ("At Glossier, we ..."): the golds keep
//     such blurbs more often than not (116 gold lines against 29 on the
//     kept outputs, 4,942 words against 818); a line of 4 or more short items between " | ",
//     " / " or " • " (62 gold words against 90); lines the page prints
//     twice (19k gold words against 4.3k); the page's title printed again
//     below the story (26 gold lines against 13); a footer's legal links
//     (one page keeps any). The tails left are mostly the golds' own cuts
//     (a story cut mid-way, its references or FAQ) and one page each.
//   - Text round fifteen (2026-12-02, fifteenth session): must-not on
//     the pipeline CV (the committed fold models, cached, t=0.45: articles
//     F1 0.9349, must-not 2.55%, 57 snippets, all pages 0.7953). Candidate
//     rules were first scored on the CV's output itself (each article's
//     lines, cut as the rule would, scored as internal/wcxb scores them:
//     multiset word F1, must-not snippets; the base reproduced to the
//     digit), and gold against non-gold words counted (nonGold's test).
//     Taken (package clean, textendbox.go): a newsletter platform's
//     subscribe box ("Thanks for reading X! Subscribe for free to receive
//     new posts", "... This post is public so feel free to share it") ends
//     the story where as much kept prose stands above it as below,
//     whatever teaser questions follow (dropStoryEnd's FAQ guard held it
//     back on its one page): 1,494 non-gold words out against 5 gold on 2
//     pages, 0.9353 / 2.47% / 0.7955. With the committed model it changes
//     one train page's output over AEB, the seeds and WCXB-dev's text.
//     Held out, once: WCXB test articles text F1 0.923, must-not 3.6%,
//     all pages 0.787, head 0.767 / 0.657 / 0.584, unchanged; AEB text
//     0.912, exact 0.166, unchanged. Read, no rule (F1 / must-not on the
//     CV's output): a line the page prints twice, the copy outside the
//     output's densest run of prose (gaps of 2 or 5 lines; above, below or
//     both): 0.9340-0.9349, must-not down to 2.37% above the story only;
//     later copies of a line the output prints twice (5 words or more):
//     0.9356, but 48 pages up and 42 down; the story's last one to three
//     lines when they speak of the site (subscribe, newsletter, contact
//     us, our team or services, "we help/offer"): 0.9336-0.9345, 2.48%
//     (the golds keep closing pitches); a heading and a run of
//     headline-shaped lines ending the output: 1 or 2 pages (138 non-gold
//     words, 0 to 69 gold), the tails are clean of them already; two or
//     more headline-and-blurb pairs opening or closing the output: 686
//     gold words against 98 at the top, 8,788 against 2,472 at the end
//     (FAQs); an island of kept lines 10 to 40 page lines away from the
//     rest with 5-15% of the words: gold and non-gold alike (above, 10
//     lines, 15%: 4,175 against 3,162, must-not 2.28%, F1 flat); lines the
//     page prints in both its first and its last 10-30% (a site's chrome):
//     12 gold against 40 at 10%, 1,462 against 510 at 30% (tables of
//     contents). Tried in clean and dropped: dated cards, three or more
//     kept lines that are only a date (isStamp) at most three kept lines
//     apart below the story's first prose, with the story's prose above
//     outweighing theirs: 537 non-gold words out, none gold, on 4
//     articles (0.9360), but forum threads (a name, a date, a reply) went
//     with them, all pages 0.7955 -> 0.7950 (two forums from 0.76 and 0.61
//     to 0.48 and 0.42); with a title line wanted between each two dates,
//     one article (0.9354), a forum and a listing down, another up. Ten
//     word runs of three stand in the non-gold lines of three articles or
//     more and in the gold of at most half as many ("check out these" on
//     6, 1 gold; the rest on 3 or 4): what the text path keeps against the
//     golds is each page's own. The platforms'
//     other marks ("Share this:", "Like this:", "Ready for more?", "You've
//     successfully subscribed") already end the story or are dropped by
//     the detector.
//   - Text round sixteen (2026-12-02, sixteenth session): must-not on the
//     pipeline CV (the committed fold models, cached, t=0.45: articles F1
//     0.9353, must-not 2.47%, 55 snippets on 43 articles, all pages
//     0.7955), each snippet read with its line and the lines around it. By
//     kind: a firm's blurb or pitch in or under the story 13 (the golds
//     keep others like them: rounds eleven and fourteen); a site's menu,
//     section or newsletter heading, a short line 13 (0041's glued
//     mega-menu, "Next Steps", "Ideas Made to Matter", a list of the
//     site's resources); a nav word ("About", "Subscribe", "Posts") inside
//     a story's own sentence 9, which no cut can drop without the
//     sentence; an ad or a call to act 6 ("... with Babbel! Unlock up to
//     55% OFF", "See Packages"); a tag or keyword list 5 (one page 4); a
//     teaser headline 2; a heading the gold keeps in part 2; a footnote,
//     a writer's role line, a photo credit glued to the site's blurb, an
//     archive notice ("This is the home of X's blog which ran from
//     2009-2025"), a reader's pitch ("you can subscribe to it too!"), one
//     each. Taken (package clean, textlinemarks.go, after dropTextCalls),
//     the two generic forms no train gold keeps: a tag list, 8 or more
//     items between one of " | ", " / ", " • ", " · ", more than half of
//     at most 4 words (texttaglist.go; on the train articles' flattened
//     text all 6 such lines, on 5 pages, are outside the gold; at 6 items
//     the CV's output held 96 gold words, a laptop's specs, against 85);
//     a Markdown footnote, a line ending with the return mark "↩" or
//     "↩︎" (textfootnote.go; 39 lines on 3 train articles, 484 words, none
//     gold). Pipeline CV 0.9353 / 2.47% / 0.7955 -> 0.9354 / 2.24% /
//     0.7956 (4 articles change, 6 fewer snippets kept: tag lists 5,
//     footnote 1). Over AEB (text and HTML), the seeds and WCXB-dev (text
//     and HTML) 8 of 3,361 records change, all WCXB-dev text (3 test
//     articles, 2 train articles, a man page's section list, Hacker News'
//     footer links); the seeds' golden files unchanged; no feature
//     changed, no refit. Held out, once: WCXB test articles text F1 0.923
//     -> 0.923, must-not 3.6% -> 3.6%, all pages 0.787, head 0.767 / 0.657
//     / 0.584, all unchanged to the printed digit; AEB text 0.912, exact
//     0.166, unchanged. Read, no rule: a call to talk to "our experts" (72
//     gold words against 48); a slogan line "Verb, verb, and verb your X
//     with Brand!" (one line); a writer's card whose name runs into its
//     note ("Jane Doe, CFP®Jane Doe is a ...": one page); "This site is
//     no longer updated" notices (the detector drops all but NPR's own
//     form); a bare ad label "Sponsor Message" (one page, 4 words).
//   - Text round seventeen (2026-12-03, seventeenth session): the
//     pipeline CV's kept must-not snippets read again (cached fold
//     models, t=0.45: 0.9354 / 2.24%, 49 snippets on 40 articles), and
//     each candidate form checked over every train page's flattened
//     lines against the teacher. Not separable by their words: a firm's
//     blurb or pitch ("At X, we ..." opens 38 gold lines and 5 others on
//     the CV's output; calls to book, try, call or request: 33 gold, 14
//     not), a FAQ under the story (gold on most pages), a short heading
//     (11,374 gold lines of at most six words against 2,152), a line glued
//     to its heading ("Unified DataUnify ...": 402 gold lines). Taken
//     (package clean, textsitefurn.go, in dropTextMarkedLines): forms of
//     a site's furniture none or almost none of the golds keep, about 400
//     train lines, most of them dropped by the detector already: a short
//     heading ending in "Newsletter" and a newsletter's tagline, a price
//     button ("See Packages", "View Deal": 8 of 100 gold, one page's price
//     table), an icon font's ligature name ("chevron_right"), a feature
//     image's credit, a notice of an ended promotion or of an archive
//     ("... blog which ran from 2009-2025"), a newsroom desk's card ("The
//     X Desk is a team of ... journalists"). Pipeline CV 0.9354 / 2.24% /
//     0.7956 -> 0.9356 / 1.92% / 0.7957 (42 snippets kept; one gold line
//     of 2 words lost). Held out, once: WCXB test articles text F1 0.923
//     -> 0.923, must-not 3.6% -> 3.6%, all pages 0.787, head 0.767 /
//     0.657 / 0.584, all unchanged to the printed digit (the forms are
//     not among the test side's kept snippets); AEB text 0.912, exact
//     0.166, unchanged. No feature changed, no refit. Over AEB, the seeds
//     and WCXB-dev (text and HTML) 17 of 3,361 records change, all text:
//     2 AEB, 15 WCXB-dev (blocks, body, removed; 3 credits moved to
//     images; a "See Price" kicker gone). Cost: AEB text 3.537G -> 3.595G
//     instructions (+1.6%, cachegrind, -j 1), the patterns behind cheap
//     first tests.
//   - Text round eighteen (2026-12-03, eighteenth session): generic levers for
//     must-not instead of more forms (train's pipeline CV is far better than
//     held out: the forms of rounds fifteen to seventeen were train's sites'
//     own). (1) -text-mustnot-weight (textmustnot.go, HTML round eighteen's
//     -mustnot-weight for the text model): a line outside the story holding a
//     must-not snippet of its page weighs more in the loss, both passes. Fold
//     models refitted (bag 3, as committed), pipeline CV, articles F1 /
//     must-not, all pages, at t=0.40 / 0.45 / 0.50: weight 1 (the committed
//     setting) 0.9366 / 2.21%, 0.7999; 0.9356 / 1.92%, 0.7957; 0.9335 / 1.86%,
//     0.7903 (round seventeen's figures to the digit: the fit is
//     deterministic); weight 2 0.9362 / 2.08%, 0.8020; 0.9357 / 1.96%, 0.7960;
//     0.9333 / 1.69%, 0.7878; weight 4 0.9378 / 2.01%, 0.8025; 0.9372 / 1.79%,
//     0.7963; 0.9331 / 1.60%, 0.7862; weight 8 0.9351 / 1.93%, 0.7949; 0.9344
//     / 1.81%, 0.7885; 0.9314 / 1.73%, 0.7789. Kept lines at 0.45 (as -cv
//     prints them): weight 1 0.9095 / 8.50%, 2 0.9103 / 8.13%, 4 0.9141 /
//     7.74%, 8 0.9123 / 7.17%. Weight 4 at the committed 0.45 is the one that
//     raises F1 and lowers must-not at once (+0.0016, -0.13 points, all pages
//     +0.0006); 8 lowers must-not as much and loses F1; 2 changes nothing. Not
//     monotone in the weight, so part of 4's gain may be the fit's own spread
//     (a seed moved text F1 by a few thousandths before bagging). (2) Four
//     text features of a line's context the vector lacked (the distance to the
//     densest run, the prose neighbours either side, the share of capitalised
//     words are in it already): the share of the line's distinct words of four
//     or more bytes standing in another line of the densest run (its subject),
//     the share standing in two or more other lines of the page, and the
//     lengths of the menu-shaped runs just above and just below it (a line
//     between two link lists). Kept lines 0.9116 / 8.58% at 0.45; pipeline CV
//     at weight 1: 0.9372 / 2.08%, 0.8018; 0.9370 / 1.99%, 0.7960; 0.9347 /
//     1.80%, 0.7881: F1 up but must-not up at the committed threshold: not
//     taken, code not kept (one map of word hashes per page; with the weight
//     together not fitted, for want of time). Weight 4, the candidate,
//     refitted (`go run ./internal/train -data ../shared/bench/wcxb-dev -only
//     text -text-mustnot-weight 4`, bag 3, 29 minutes wall at a load of 15-30)
//     and run held out once: WCXB's test articles text F1 0.923 -> 0.920,
//     must-not 3.6% -> 3.8% (34 -> 35 snippets kept), all pages 0.787 ->
//     0.783, head 0.767 / 0.657 / 0.584 -> 0.752 / 0.663 / 0.578; AEB text F1
//     0.912 -> 0.906, exact 0.166 -> 0.177. Not taken: train's gain does not
//     carry to other sites (the gate: F1 >= 0.92, must-not no worse, AEB >=
//     0.90; must-not is worse and both F1s fall), as HTML round eighteen's
//     weight did not. The flag stays at 1 for the next round to combine with
//     other evidence; the committed model and every output are unchanged.
//   - Text round nineteen (2026-12-03, nineteenth session): a site's call to
//     its reader read by its words, the same on any site, with no refit.
//     Census first (the committed fold models, cached, t=0.45: articles F1
//     0.9356, must-not 1.92%, 42 snippets on 35 train articles), by page: a
//     firm's blurb, pitch or ad 18 (17 sites), a heading or menu item at the
//     story's edges 10, a nav word inside a story sentence 5, the site's call
//     to subscribe inside a story paragraph 2. The held-out side's misses
//     are mostly of the last kind (textstory27's reading), which train's
//     sites hardly print where the model keeps it. Taken (package clean,
//     textcallsentence.go, textpitchtail.go, run at the end of the model
//     stage on text): callSentence, a sentence that opens with a call to
//     subscribe or sign up for the site's newsletter or alerts, follow it on
//     a social network, download its app, support its journalism, become a
//     member, donate or send a tip, in twelve languages, each form naming the
//     site ("us", "our") or what it offers, never a quotation; a kept line
//     whose last three sentences hold one, with only calls or sentences of
//     at most 12 words after it, loses the pitch at the sentence (with the
//     short question hooking it, "Do you own an EV?"), cut into a block of
//     its own labelled subscribe; a line that is the pitch alone is labelled
//     whole. Over all the train side's flattened lines the forms match 413
//     sentences on 217 sites outside the golds and 7 on 5 sites inside them
//     (clean's TestCallSentenceCensus, which asks for 5x by sites). Pipeline
//     CV unchanged to the digit at 0.40 / 0.45 / 0.50 (0.9366 / 2.21%, 0.9356
//     / 1.92%, 0.9336 / 1.86%; P +0.0001 at 0.45, 5 non-gold lines out, no
//     gold lost). Tried, not taken: the heading of a menu, a kept short line
//     alone between dropped lines with three or more short non-sentences
//     under it: below the story's first prose it took 27 gold list lines
//     (product specs, rankings) on 20 pages for F1 and must-not flat; below
//     its last prose it moved one page (all pages -0.0001). Held out, once:
//     WCXB test articles text F1 0.923 -> 0.923, must-not 3.6% -> 3.5% (34 ->
//     33 snippets), all pages 0.787, head 0.767 / 0.657 / 0.584, unchanged;
//     AEB text 0.912, exact 0.166, unchanged. Over AEB, the seeds and
//     WCXB-dev (text and HTML) 13 of 3,361 records change, all text (3 AEB,
//     10 WCXB-dev): removed 13, blocks 11, body 10, a title (a newsletter
//     call was one), an image (a magazine's promo read as a caption).
//     Cost: AEB text 2.896G -> 2.953G instructions (+1.9%; cachegrind, -j 1,
//     GOMAXPROCS=1, GOGC=off), a line's last 1,200 bytes read for its
//     sentences and the pattern run only after a one-word opener test;
//     what is left is the pattern itself on sentences opening with common
//     openers ("For", "To", "You", "We", "If"), a dispatch by opener the
//     next thing to try.
//   - Text round twenty (2026-12-04, twenty-fifth session): must-not by
//     structure, not by a line's words. Pipeline CV (fold models cached,
//     t=0.45: articles F1 0.9362, must-not 1.74%, 38 snippets), each
//     output line tagged gold or not and joined with its detector score.
//     Where the non-gold words stand on the articles: below the output's
//     last prose line (12 words or more, closing mark) 1,743 non-gold
//     words against 1,824 gold, above its first 545 against 617, between
//     them 85,000 against 1,088,000: the tails are clean already, and no
//     rule on them is measurable on train. Read, no rule: (1) a second
//     look at the short lines outside the first and last prose lines whose
//     score is under 0.5 / 0.55 / 0.6: 505 / 858 / 1,339 non-gold words out
//     against 316 / 381 / 515 gold, articles F1 +0.0001 to +0.0003,
//     must-not -0.05 to -0.07 point, all pages -0.0003 to -0.0008 (11 to
//     70 pages down); (2) a tail run of two or more headline-shaped lines
//     (2-12 words, no closing mark), with or without a dropped line above
//     it: fires on no article, one documentation page (21 gold words);
//     (3) a kept short line (at most 3 or 6 words) whose copy the
//     detector or a stage dropped elsewhere on the page (a menu printed
//     twice): at the edges 2 articles, anywhere 1,644 / 3,405 gold words
//     against 550 / 907 (all pages' must-not 3.99% -> 3.52% but F1
//     down). Taken (clean/textstoryrelated.go): relatedHead reads
//     "Related" before a plural of the site's pages with at most one word
//     between, "You may like to read", "More articles from X": CV 0.9362
//     -> 0.9368, all pages 0.7960 -> 0.7964, must-not unchanged; held out,
//     once: WCXB test articles text F1 0.923, must-not 3.5%, HTML 0.954 /
//     2.7%, unchanged; AEB text 0.912 / exact 0.166, unchanged. Tried,
//     left out: any "Related X" of one to five words (a single teaser box
//     "Related article" inside a story cut its Q&A, -0.24; "Related to
//     X", "Related Documents" above an FAQ the gold keeps, -0.14).
//   - Text round twenty-one (2026-12-04, twenty-eighth session, tried, not
//     taken; code not kept): the site's voice as a feature of the text
//     model. Two text-only features (appended, so the committed model read
//     them as absent): site-call, a line of at most 80 words that names the
//     site (its address's label) or says "we"/"our"/"us", and calls on the
//     reader: a pitch word, "you", or a sentence opening with one of 41
//     call verbs ("Contact", "Book", "Get", "Request", "Let's"...); and
//     site-call-below, for such a line the share of the densest run's
//     words above it (a closing pitch the run takes in sits near its end).
//     Census over train's text lines (teacher labels): site-call fires on
//     3,493 story lines and 6,755 others; with three quarters of the run
//     above, 892 against 3,439 (articles 516 against 1,873): the kind is
//     furniture three times in four, story the fourth. Pipeline CV, single-forest fold models (-text-bag 1, the
//     committed features first), articles F1 / must-not, all pages, at
//     t=0.40 / 0.45 / 0.50: committed 0.9372 / 1.99%, 0.8016; 0.9346 /
//     1.63%, 0.7945; 0.9308 / 1.63%, 0.7870 (45 snippets at 0.45); with the
//     features 0.9369 / 2.07%, 0.8012; 0.9363 / 1.86%, 0.7960; 0.9339 /
//     1.48%, 0.7891 (47 snippets); kept lines at 0.45 0.9080 / 9.37% ->
//     0.9090 / 8.70%. At the committed 0.45 F1 rises and must-not rises:
//     the gate (must-not down, F1 not down) fails, and the swap of
//     snippets is the near-threshold short lines' (menu items, teaser
//     titles in and out), not the kind aimed at: the site-voice closers of
//     train (a travel club's "our nationwide network", a firm's "At Brand,
//     we...", "We want to hear about your book idea", a music site's
//     playlist pitch) stay kept in both runs, and a web agency's "We would
//     be happy to support you..." comes in. With -text-mustnot-weight 4 as
//     well: 0.9392 / 1.76%, 0.7985; 0.9376 / 1.64%, 0.7921; 0.9355 / 1.40%,
//     0.7845 (39 snippets at 0.45; a beauty shop's "At Glossier, we..."
//     twice, a form's consent line, a privacy line out): articles up, all
//     pages down 0.0024 at 0.45; the weight alone (committed features)
//     0.9388 / 1.73%, 0.7977; 0.9370 / 1.58%, 0.7903; 0.9345 / 1.29%,
//     0.7830. On top of the weight the features again add articles F1
//     (+0.0004 to +0.0010), all pages (+0.0008 to +0.0018) and must-not
//     (+0.03 to +0.11 point), as they do without it: they make the model
//     keep a little more, they do not take the site's voice out. A
//     second seed (-seed 2) the same way: committed 0.9352 / 2.09%,
//     0.7973; 0.9323 / 1.79%, 0.7925; 0.9280 / 1.64%, 0.7832; with the
//     features 0.9379 / 2.15%, 0.8005; 0.9360 / 2.08%, 0.7965; 0.9341 /
//     1.73%, 0.7889. The seed alone moves F1 by 0.002-0.003 and must-not
//     by 0.1-0.2 point; over both seeds at 0.45 the features give
//     articles F1 0.9335 -> 0.9362, all pages 0.7935 -> 0.7963, must-not
//     1.71% -> 1.97%: a gain in F1 that holds over seeds, at the cost of
//     must-not, the opposite of this round's aim. Not taken for issue 7;
//     a round after F1 could take it up (refit with bag 3, held out once). Other kinds read in the 45 snippets of the committed
//     features at 0.45: the site's voice (a firm's blurb or pitch, a form's
//     consent, an ad-policy or privacy line) 15; a short heading, teaser
//     title or menu item at or inside the story 18 (each fold model keeps
//     a different handful: they are the near-threshold lines); a must-not
//     word inside the story's own sentences ("Subscribe", a product's name
//     in a vendor's blog) 8; a comment form's notify line, an author's
//     role line, a German agency's blurb ("Wir", "unsere": the vocabulary's
//     we-words are English only), a food blogger's "my cookbooks" (the
//     first person singular) 4. No author-box or product-box kind repeats
//     on train's text articles (its snippets are lines of the kinds above).
//   - Text round twenty-two (2026-12-05, twenty-ninth session): the
//     must-not snippets the text path keeps and the HTML path drops. The
//     pipeline CV (round twenty-one's single-forest fold models of the
//     committed features, cached; t=0.45: articles F1 0.9346, must-not
//     1.63%, all pages 0.7945) keeps 36 snippets on train's articles; the
//     HTML path (the built-in model, in sample) drops 23 of them, on 20
//     pages of 19 sites. Each read where it stands in the text and in the
//     page's HTML (the element chain around it). By what the HTML path
//     knew: the page's footer (a footer element, a theme's footer
//     section) 6 snippets on 4 sites (a gym's app promo and its list of
//     served towns, an agency's and a beauty brand's blurb, a post grid's
//     teaser); a call-to-act or promo box inside the page (a page
//     builder's widget, a cover block, a grid section, an announcement, a
//     header button) 6 on 5 (a loan pitch over "Apply now", "Calculate
//     project→", a travel club's feature tiles over "Explore trip
//     canvas", a firm's closing pitch, a news site's sponsor notice);
//     teaser or related cards 3 on 3; a sidebar (a contact form, a
//     widget) 2 on 2; the hero (a byline card, a metrics box's heading) 2
//     on 2; a disclosure modal 1; a section nav's words inside the title 1;
//     and 2 words of a story's sentences on a page whose HTML output lost
//     those paragraphs (not knowledge the text lacks). Text-visible
//     signals tried on the CV's output (each article's lines cut, scored
//     as internal/wcxb scores them): for the footer, a kept line with two
//     or more social-network names within the next 4 / 8 page lines and
//     all kept lines after it, articles F1 0.9346 -> 0.9267 / 0.9225 (a
//     story's share bar looks the same), and a copyright line in the
//     output (one article has one); for teaser cards, a run of three or
//     more cards of 2-4 lines repeating a label or a date line, its kept
//     lines when at most a fifth of the run is kept: F1 flat, must-not
//     1.60%, a listicle's section cut; for a sidebar's contact box, a kept
//     line under "Contact" or over an e-mail address, phone line or
//     "Submit": F1 flat, one snippet. Taken (package clean,
//     textcallbox.go, in dropTextCalls after dropTextForms): a call-to-act
//     box, a kept line of at most 15 words, not ending a sentence, whose
//     next line is a bare button to apply, book, buy, shop, order, get
//     started, get or request a quote or demo, contact the site, start a
//     trial, sign up, join, explore or calculate (kept or not), and a kept
//     button itself; only below the first kept prose line and on pages
//     with 150 words of kept prose outside the boxes (service pages are
//     their boxes: without the guards huggingface's hero cut took its
//     title, clickup's feature cards went). On the CV's output before the
//     guards: gold 32 words against 302 non-gold. Pipeline CV at 0.40 /
//     0.45 / 0.50: articles F1 0.9372 / 0.9346 / 0.9308 -> 0.9373 / 0.9347
//     / 0.9308, must-not 1.99% / 1.63% / 1.63% -> 1.92% / 1.55% / 1.59%,
//     all pages 0.8016 / 0.7945 / 0.7870 unchanged (22 articles change; 2
//     snippets out). "Learn more" and "Read more" are not buttons (a
//     product card's link: 63 gold words against 20 on the CV's output).
//     Left: the footer kind, the largest the HTML path knows, shows in
//     the text only as what follows the story (menus, social names), which
//     a story's own end shows too.
//   - Text round twenty-three (2026-12-05, thirtieth session): the
//     must-not snippets the text path keeps on train, by where they stand.
//     Pipeline CV (single-forest fold models of the committed features,
//     -text-bag 1, cached; t=0.45: articles F1 0.9347, must-not 1.55%, all
//     pages 0.7945) keeps 34 snippets on train's articles: 18 below the
//     output's last gold line, 6 above its first, 10 between. By kind: the
//     site's voice (a firm's or brand's blurb, a closing pitch or call, a
//     blogger's own products, a newsletter's list of its offers) 14 on 12
//     sites; a must-not word inside the story's own sentences (a hard-wrapped
//     essay's "projects", "subscribe" in a sentence, a jump link glued to the
//     lede) 7 on 5; a short heading or menu item (a closing "Next Steps", a
//     method heading, a service menu's item, a section nav) 4 on 4; teaser
//     titles or cards 3 on 3; an ad, a sponsor's line, an advertising policy
//     3 on 3; a footer (an app promo, served areas under a copyright line) 2
//     on 1; an author's role line 1. Read and not taken, each a census on
//     train: (1) a short kept heading naming the site (its address's label,
//     as namesLabel reads it) below half the kept prose, with what follows
//     it to the end: 26,657 gold words against 8,924 on the CV's output
//     (vendor blogs' golds keep their closing "How X helps" sections); (2)
//     a raw line opening "At X, we" / "At X, our": 60 lines gold on 47
//     train sites, 29 outside it on 12; (3) repetition: of 8 kept heading-shaped snippets,
//     one line recurs in its page (a section nav printed five times); (4) a
//     kept copyright notice with the lines below it: one article on the
//     CV's output (the committed model's output keeps two, both gold). The
//     site's voice is the largest kind and train's golds disagree about it
//     (round twenty-one's census: story three times in four). Taken
//     (clean/textstoryrelated.go): relatedHead reads more heads of the
//     site's lists ("Selected articles", "Featured posts", "Most popular
//     stories", "Most read", "Editor's picks", "More like this", "More news",
//     "Top stories", "In case you missed it", "More on this topic", "Related
//     reading"); "most popular" alone was a comparison table's badge (a
//     movers' guide -0.22), and "Editor's pick", "Featured", "Don't miss"
//     stay out. CV at 0.40 / 0.45 / 0.50: articles F1 0.9373 / 0.9347 /
//     0.9308 -> 0.9374 / 0.9348 / 0.9309, must-not 1.92% / 1.55% / 1.59% ->
//     1.88% / 1.51% / 1.55%, all pages 0.8016 / 0.7945 / 0.7870 -> 0.8017 /
//     0.7946 / 0.7871 (2 articles change, both up).
//   - Text round twenty-four (2026-12-05, thirty-first session; tried, not
//     taken, no refit): the learning side instead of wording, for issue 7.
//     Pipeline CV (fold models of each setting, t=0.40 / 0.45 / 0.50: articles
//     F1 / must-not, all pages F1). Single forests (-text-bag 1), seed 1:
//     committed settings 0.9374 / 1.88%, 0.8017; 0.9348 / 1.51%, 0.7946; 0.9309
//     / 1.55%, 0.7871 (round twenty-three's to the digit); the 64 hashed word
//     features (short-word*, lead-word*: word identities, which one site's
//     template can dominate) never split on (-text-drop, new) 0.9369 / 2.00%,
//     0.8015; 0.9353 / 1.56%, 0.7942; 0.9329 / 1.46%, 0.7852; stronger
//     regularisation (-min-hes 20 -lambda 10, from 2 and 1) 0.9393 / 1.92%,
//     0.8015; 0.9374 / 1.84%, 0.7946; 0.9347 / 1.55%, 0.7874; trees of depth 3
//     (from 4) 0.9388 / 1.83%, 0.8008; 0.9371 / 1.57%, 0.7967; 0.9340 / 1.39%,
//     0.7858; half the features per tree (-text-colsample 0.5, new) 0.9375 /
//     1.77%, 0.8024; 0.9364 / 1.63%, 0.7972; 0.9326 / 1.51%, 0.7881; 60 trees
//     (from 90) 0.9373 / 1.69%, 0.7998; 0.9343 / 1.47%, 0.7924; 0.9322 / 1.43%,
//     0.7835; depth 3 without the hashed words 0.9363 / 2.07%, 0.8041; 0.9354 /
//     1.81%, 0.7988; 0.9334 / 1.58%, 0.7920. Seed 2: committed 0.9354 / 2.01%,
//     0.7974; 0.9324 / 1.75%, 0.7925; 0.9282 / 1.60%, 0.7832; depth 3 0.9393 /
//     1.82%, 0.8038; 0.9373 / 1.62%, 0.7967; 0.9359 / 1.54%, 0.7888. At the
//     committed 0.45 every setting moves must-not by -0.04 to +0.33 point,
//     inside the seed's own spread (0.24 point between seeds 1 and 2 of the
//     committed settings); none lowers it at equal F1 on both seeds. Depth 3 is
//     the steadiest (F1 0.9371 / 0.9373 over the seeds against 0.9348 / 0.9324;
//     must-not 1.57% / 1.62% against 1.51% / 1.75%): what the bag of three
//     already does to the variance. Bags of three (-text-bag 3, as committed;
//     the committed settings' fold models from an earlier run of the same
//     features, cached): committed 0.9387 / 1.74%, 0.8011; 0.9373 / 1.46%,
//     0.7967; 0.9351 / 1.38%, 0.7913; depth 3 0.9405 / 1.81%, 0.8062; 0.9387 /
//     1.56%, 0.7996; 0.9345 / 1.39%, 0.7897: at 0.45 F1 +0.0014 (all pages
//     +0.0029) for must-not +0.10 point, a gain in F1 at the cost of must-not,
//     as text round twenty-one's features were (a round after F1 could take it
//     up: -only text -depth 3 refits it, and the forests of depth 3 miss
//     blockfeat's packed depth-4 scorer, so count the cost first). Dropping the
//     hashed words raises must-not with depth 3 (1.57% -> 1.81% at 0.45): the
//     site words are not what carries badly. The threshold and the smoothing
//     over neighbouring lines are tuned out of sample already: the threshold on
//     this pipeline CV (text round eight; today's figures agree: 0.40 buys F1
//     0.0014-0.0030 for 0.26-0.37 point of must-not, 0.50 loses 0.0022-0.0042
//     of F1 and moves must-not -0.15 to +0.04 point, committed settings), the
//     second pass (the smoothing) on first-pass scores cross-fitted over the
//     folds. Not tried, for want of time: the story's tail cut learned from the
//     place against the densest run (after-run and prose-after-dist are
//     features already). -text-drop and -text-colsample stay as flags
//     (gbtcols.go), at none and 1: the committed model and every output are
//     unchanged.
//   - Text round twenty-five (2026-12-05, thirty-third session; census
//     kept, no rule carries, no refit): make the text path drop what the
//     HTML path drops, by what survives flattening. -pipe-dump now writes
//     snippets.txt with -pipecv (pipesnippets.go; round twenty-two's census
//     was made by hand). Pipeline CV, single-forest fold models of the
//     committed features (-text-bag 1, cached), t=0.40 / 0.45 / 0.50:
//     articles F1 0.9374 / 0.9348 / 0.9309, must-not 1.88% / 1.51% / 1.55%,
//     all pages 0.8017 / 0.7946 / 0.7871 (round twenty-three's to the
//     digit). At 0.45 the output keeps 33 snippets; the HTML path drops 18
//     of them on 14 sites and keeps 15 on 12. Of the 18, by where the line
//     stands in the text output: below its last gold line 10 on 8 sites,
//     above its first 4 on 4, between 3 on 3, an output without gold 1. By
//     kind: a footer under the story (a gym's app promo and served areas
//     under its copyright line, a beauty brand's blurb over its help
//     links, an agency's blurb between client logos and social names) 5 on
//     3 sites; a contact or call box under the story (a ghostwriter's "We
//     want to hear about your book idea" over "Connect With Us", an
//     extension office's "Find your local office" under "Contact", a travel
//     club's feature tiles over "Explore trip canvas") 4 on 3; teaser cards
//     (a label, a title, a blurb) 3 on 3; a disclosure and an ad line above
//     the story 2 on 2; a firm's pitch section under an FAQ, a writer card's
//     role line, a methodology heading the gold drops, a section title's
//     words 1 each. Bags of three as fold models (the same features): F1
//     0.9373, must-not 1.46%, all pages 0.7967; 32 kept, the HTML path
//     drops 17 on 14 sites, below 10 on 7: the same pages. Each kind is
//     one to three sites, and none shows in the flattened text by a shape
//     the golds do not share. Censuses of the CV's output (0.45, single
//     forests; a line is gold when its first 60 characters, words only,
//     stand in the gold), gold against non-gold words: (1) islands, kept
//     runs cut where 2 or 4 dropped page lines part them, not the
//     heaviest run, of at most 2 or 4 lines and a tenth of the words, with
//     4, 8 or 16 dropped lines on both sides: after the heaviest run 7,229
//     against 917 to 1,327 against 28, before it 2,452 against 2,497 to 355
//     against 466, 0 to 3 snippet lines (split stories and image breaks
//     make islands of gold); (2) the lines below the output's last prose
//     line (12 words or more, a closing mark) 2,774 against 1,187; of those
//     with 80% or more of the next 10 page lines dropped 1,914 against 893,
//     and of the previous 10 as well 618 against 85; in the site's voice
//     ("we", "our", "us") 634 on 9 sites against 184 on 6; (3) kept lines
//     after a copyright line below the story: one page, 59 non-gold words,
//     none gold; (4) a short kept line that ends no sentence under a
//     dropped name-shaped line (a writer card's role): 767 against 442 on
//     93 pages (a spec card's label over its value looks the same). The
//     teaser cards' and the contact box's censuses are round twenty-two's
//     (F1 flat, one snippet). No rule, no feature: the committed model and
//     every output are unchanged. What the HTML path knows about these
//     lines is the box (footer, aside, a card, a form); in the flattened
//     text a box leaves only the dropped lines around it, which a story's
//     own end, its images and its section breaks leave too.
//   - Seeds (2026-12-02, eleventh session): review14's line breaks around
//     inline elements a class displays as a block changed 14 train pages'
//     block texts, and the HTML model had to be refitted. The refit (seed
//     1, the default) moved the figures as the rejected rounds did: WCXB
//     test articles 0.945 -> 0.951, AEB HTML 0.963 / exact 0.398 -> 0.959
//     / 0.348. So the same data were fitted with other seeds (-only html
//     -seed N, nothing chosen by it; the committed model is seed 1):
//     before it, seed 1 (the model it replaced): kept CV 0.9450, WCXB
//     test 0.945 / 3.5%, AEB 0.963 / 0.398; before it, seed 2: 0.9447,
//     0.948 / 3.3%, 0.953 / 0.309; after it, seed 1 (committed): 0.9439,
//     0.951 / 3.5%, 0.959 / 0.348; seed 2: 0.9445, 0.952 / 3.5%, 0.959 /
//     0.359; seed 3: 0.9434, 0.946 / 3.3%, 0.965 / 0.376 (kept-blocks
//     F1 cross-validated; test articles' F1 / must-not; AEB HTML F1 /
//     exact).
//     A seed alone moves AEB HTML by 0.012 and exact by 0.09, WCXB's
//     test articles by 0.007: wider than every gap the AEB gate of rounds
//     ten to thirteen rejected a change on. The falls on AEB come from a
//     few fragile pages (two old news pages whose densest run is a tag
//     cloud or a footer go 0.92 -> 0.54 between seeds). Before another
//     feature is judged, the model's own variance has to come down: fit
//     several seeds and average their log-odds (the forests concatenated,
//     each leaf over N, the bases averaged: no change at inference beyond
//     N times the trees), and judge a change by the mean over seeds or by
//     the averaged model, on the whole-path CV and on AEB.
//   - Bagging (2026-12-02, twelfth session): the cure the seeds'
//     paragraph above asks for. -bag N grows each forest N times, member
//     i from the seed s + 1000i (s the pass's seed as before: -seed for the
//     first pass, -seed+1 for the second), and averages them into one
//     forest (trees one after another, each leaf over N, the bases
//     averaged), so blockfeat.Forest and inference are unchanged but for
//     N times the trees. The folds' cross-fitted first passes, the
//     held-out second passes the threshold is chosen on and the final
//     models are all bags; -bag 1 grows the single forests of before,
//     byte for byte. Committed: -bag 3, seed 1. Cross-validated kept
//     blocks (train side), HTML: the single forests of seeds 1, 2, 3
//     0.9439, 0.9445, 0.9434 (mean 0.9439, spread 0.0011; eleventh
//     session); the bag of three at seed 1 0.9457 at the chosen 0.45
//     (0.9452 and must-not 3.9% at 0.50; first pass alone, teacher F1
//     0.8403, articles 0.9450 at 0.50), above every single seed. Text:
//     0.9107 at the chosen 0.50, 0.9095 and must-not 8.5% at 0.45 (the
//     single forest of seed 1: 0.9080 at 0.45, text round eight); the text threshold stays
//     0.45 (-text-threshold's default now: the pipeline CV of text round
//     eight preferred 0.45 to 0.50, and at 0.50 extract's
//     TestIdempotentAEB ratchet fails on one page). The bag of base seed
//     2 (-only html -cvonly): 0.9441 at the chosen 0.50 (0.9438 at 0.45,
//     must-not 4.2% at 0.50; first pass alone 0.9451 at 0.45, teacher F1
//     0.8408). So the bags of seeds 1 and 2 give 0.9457 and 0.9441: mean
//     0.9449 against the single forests' 0.9439, but a spread of 0.0016
//     against 0.0011. On the kept blocks' CV the seeds' spread was small
//     to begin with (it showed on AEB and WCXB test, which are held out),
//     and two bags do not show it shrink; base seed 3 was not fitted for
//     want of time (a fit took 54 minutes wall under the session's load),
//     nor the whole-path CV (-pipecv-html) of the bags. Cost: 3x
//     the fit's CPU, the models file 196 KB -> 596 KB, and 3x the trees
//     per block (HTML path 73.8 pages per CPU-second against
//     go-trafilatura's 17.9 in the same run, 4.1x; main's 3.9x; the CLI's
//     instructions on one core over AEB's pages: HTML 7.80 -> 9.09 billion,
//     +16.5%, text 3.78 -> 4.65 billion, +22.8%; -text-bag 1 keeps the
//     text model single, as before, for a lead who wants that cost back). Held
//     out, once (main's figures in brackets): WCXB test articles HTML F1
//     0.950 (0.951), must-not 3.5% (3.5%); text 0.923 (0.922), must-not
//     3.6% (4.5%); head HTML title 0.866 (0.866), date 0.837 (0.837),
//     author 0.838 (0.831); text 0.757 (0.743), 0.651 (0.657), 0.565
//     (0.552); AEB HTML 0.956, exact 0.359 (0.959, 0.348), text 0.912,
//     exact 0.166 (0.910). The HTML figures sit inside the single seeds'
//     spread (AEB 0.953-0.965, WCXB test 0.945-0.952); the text path's
//     must-not fell 0.9 point at an equal F1. No golden file changed.
//   - HTML round fourteen (2026-12-02, thirteenth session): the stages
//     after the detector again, on the whole-path CV with single-forest
//     fold models (-bag 1; the committed features, t=0.45: articles F1
//     0.9530, must-not 2.72%, 59 snippets, all pages 0.8346). Taken
//     (package clean, htmllinecalls.go): the text path's line rules
//     (dropTextCalls' bare calls and furniture headings, labelled teasers
//     and ads, pointers to more posts, views notes, comment-form lines,
//     pitches, cookie notices) read on the HTML path's kept blocks, which
//     dropCallsToAct's forms left: "Contact Us Today", "Thanks for
//     visiting!", "Was this page helpful?", a shop's "Shop X @ Y" lines,
//     "Follow me on Pinterest ..." pitches. 850 non-gold words out against
//     16 gold (three "Want to learn more?"-like headings); articles F1
//     0.9534, must-not 2.34% (51 snippets), all pages 0.8346. With the
//     committed bags of three as fold models (the same hour): at 0.45 F1
//     0.9551 -> 0.9554, must-not 2.28% -> 2.00%, all pages 0.8349 ->
//     0.8346; at 0.50 0.9539 -> 0.9543, 2.17% -> 1.92%, 0.8286 -> 0.8283.
//     It costs about 2-3% of the CLI's CPU on HTML pages (pprof over
//     AEB's: textCall's alternation on each short kept block). The forms
//     were chosen on the same train pages' text lines, so the CV gain is
//     partly in sample; held out, once: WCXB test articles F1 0.949 ->
//     0.950, must-not 3.5% -> 3.3% (42 snippets kept; all pages 0.829);
//     AEB HTML 0.956 -> 0.957, exact 0.359 -> 0.365. Also labelling the
//     dropped blocks fillStoryGaps could take back (as dropCallsToAct
//     does) changed no output on the CV: not kept. What the CV keeps
//     after it is one page each: a firm's pitch written as its blog's
//     prose, a heading at the story's edge the golds keep as often
//     ("Key Takeaways": 17 train golds hold it, 3 outputs keep it
//     against them), bios, a comment thread, footnotes.
//   - HTML round fifteen (2026-12-02, fourteenth session): the text
//     path's stages for what sits under or in the story, run on the HTML
//     path's kept blocks (clean's htmlstorynotes.go, dropStoryNotesHTML),
//     on the whole-path CV with single-forest fold models (-bag 1, t=0.45;
//     start: articles F1 0.9534, must-not 2.34%, 51 snippets, all pages
//     0.8346). Taken, in turn: a list of other pages under its heading
//     (dropRelatedTail's relatedHead: "You'll Also Love...", "What to read
//     next...") 0.9537, 2.30%, 0.8347, one gold line lost on 10 pages
//     changed; a writer's note at the story's end (dropAuthorBio) 0.9539,
//     2.22%, 0.8348, 7 gold notes lost and about 17 non-gold out (the golds
//     keep some notes, as round six found); a form's consent box or
//     standing text and a widget's JSON (dropFormLines) with a firm's
//     standing notice (isStandingNotice) 0.9545, 2.19%, 0.8351, 3 pages, no
//     gold lost. Tried, not taken: the text path's end marks (dropStoryEnd:
//     "About us", share rows, "Comments") 0.9533, 2.23%, 0.8344 (gold
//     lost on 5 pages: an FAQ, a closing section under "About X"); taking
//     back up to two dropped siblings after the story's last two kept
//     blocks of one parent (a short closing paragraph) 0.9536 (26 pages:
//     sign-offs and pitches as often as story); a kept heading that heads
//     no kept block, 0.9531 and all pages 0.8283 (the golds keep the
//     headings of sections the detector drops), and only trailing ones,
//     0.9536 and 0.8316; a references section ("Sources", "References",
//     "Notes") under the story: 1,303 gold words under such headings
//     against 2,005 not, no rule. Held out, once: WCXB test articles F1
//     0.950 -> 0.950 (P 0.944 -> 0.945), must-not 3.3% -> 3.1% (31 -> 30
//     snippets; must-appear share 0.868 -> 0.867), all pages 0.829, head
//     unchanged; 9 test pages change (7 articles, 6 by the writer's note);
//     AEB HTML 0.957, exact 0.365, unchanged (2 pages change). Cost: the
//     CLI's instructions over 60 WCXB-dev HTML pages (cachegrind, GOGC=off)
//     5.682G -> 5.849G (+2.9%): the related heading's pattern over every
//     short block past the story's middle 64M, the writer's note 58M, form
//     lines 10M, the rest 34M; a literal pre-check of relatedHead is the
//     first thing to try.
//   - HTML round sixteen (2026-12-02, fifteenth session; tried, not
//     taken: held out it lost): the detector's own recall losses, read on
//     the whole-path CV with single-forest fold models (-bag 1; the
//     committed features, t=0.45: articles F1 0.9545, P 0.9469, R 0.9740,
//     must-not 2.19%, all pages 0.8351; 0.50: 0.9535, 1.90%, 0.8303). The
//     detector drops 36,368 gold words on 321 of the 591 articles, half of
//     them on 16 comparison and listicle pages (a mover's list of a
//     hundred linked firms, a guide's venue cards, a Tailwind page's
//     paragraphs): short card titles, list items and table cells between
//     kept paragraphs, and long paragraphs the second pass pulls under the
//     threshold (first pass 0.6-0.8, final 0.3-0.45) beside siblings of
//     the same look it keeps. Over the articles the second pass takes out
//     10,252 gold and 12,593 non-gold words the first pass keeps at 0.45,
//     and adds 5,806 and 9,686. Tried: two first-pass features read the
//     same on any site, after the committed ones: how deep inside the
//     page's prose a block sits (twice the smaller of the prose words
//     before and after it, over the page's; prose as the densest run counts
//     it, few links, not hidden) and the share of the page's prose its
//     template prints (its parent tag, tag and nearest two class and id
//     tokens). Whole-path CV, fold models refitted: t=0.45 F1 0.9571, P
//     0.9501, R 0.9761, must-not 1.80%, all pages 0.8349; 0.50 0.9559,
//     1.60%, 0.8288; kept blocks 0.9436 -> 0.9459 at 0.45. The shipped
//     model refitted (-only html, bag 3; 33 minutes wall under load):
//     threshold chosen 0.55 (kept blocks 0.9468; the committed bag 0.9457
//     at 0.45). Held out, once: WCXB test articles F1 0.950 -> 0.947,
//     must-not 3.1% -> 2.6%, all pages 0.829 -> 0.816, date 0.837 ->
//     0.843; AEB HTML 0.957 -> 0.959, exact 0.365 -> 0.376 (inside a
//     seed's spread). The whole-path CV at the shipped 0.55 (the same
//     fold models, run after the held-out look, to read it, not to choose):
//     F1 0.9519 -> 0.9528, must-not 1.80% -> 1.48%, all pages 0.8230 ->
//     0.8219: at that threshold the gain is inside the noise, and the
//     threshold costs the other page types 0.013 on the CV as held out.
//     And clean's TestTitleHiddenStory failed: a story
//     streamed into a hidden container (React's <div hidden id="S:0">)
//     beside a shown sale banner lost its paragraphs, since hidden blocks
//     are not the page's prose, so the banner's paragraph was all of it.
//     Not taken; code not kept (branch story24, commit db6275c, reverted).
//     Left: count hidden prose in the mass when the page shows little
//     (or always), and take the HTML threshold from the whole-path CV as
//     -text-threshold does for text (the path preferred 0.45 to 0.50 here
//     as in round nine, the kept blocks 0.55): both chosen on train before
//     any held-out run.
//   - HTML round seventeen (2026-12-03, sixteenth session; tried, not
//     taken: held out AEB exact fell under its target): round
//     sixteen's two mass features back, with hidden prose counted, and the
//     shipped threshold taken from the whole-path CV. All figures are the
//     whole-path CV over train (-pipecv-html, single-forest fold models,
//     -bag 1, each variant's folds refitted into a cache of its own):
//     articles F1 / must-not kept / all pages' F1. The committed features
//     (base): t=0.40 0.9555 / 2.19% / 0.8390, 0.45 0.9545 / 2.19% /
//     0.8351, 0.50 0.9535 / 1.90% / 0.8303, 0.55 0.9519 / 1.80% / 0.8230
//     (the path prefers 0.40: no earlier round ran it). Hidden prose
//     counted only on a page that hides more prose than it shows (41
//     train pages, 6 articles; hidden prose on 210 pages, 61 articles):
//     0.35 0.9552 / 2.53% / 0.8413, 0.40 0.9553 / 2.37% / 0.8387, 0.45
//     0.9560 / 2.23% / 0.8350, 0.50 0.9561 / 1.90% / 0.8316, 0.55 0.9551
//     / 1.80% / 0.8262: no gain at the base's best. Hidden prose always
//     counted (the branch's pick): 0.40 0.9578 / 2.16% / 0.8395, 0.45 0.9567 / 2.02%
//     / 0.8351, 0.50 0.9558 / 1.76% / 0.8288, 0.55 0.9544 / 1.73% /
//     0.8241: +0.0023 F1 at 0.40 and 0.45, must-not and all pages not
//     worse. Round sixteen's (hidden never counted) read 0.9571 / 1.80% /
//     0.8349 at 0.45 on the same base: two variants that differ on 41
//     pages differ by 0.001 F1 and 0.4 points of must-not, the fold fits'
//     own noise. The threshold: -html-threshold (htmlthreshold.go), the
//     best articles' F1 of the whole-path CV over train, 0.40 for both
//     the base and the taken features (the kept blocks' best is 0.50), set
//     before any held-out run; the shipped model is a bag of three, the
//     CV's single forests (bagging moved the text model's kept-lines best
//     by one step, see the bagging section). The shipped model refitted
//     (-only html, bag 3, 22 minutes; kept blocks' best 0.55, 0.9472).
//     Held out, once: WCXB test articles F1 0.950 -> 0.951 (P 0.941, R
//     0.982), must-not 3.1% -> 3.2% (30 snippets, as before), all pages
//     0.829 -> 0.840, title 0.866 -> 0.871, date 0.837, author 0.838; AEB
//     HTML F1 0.957 -> 0.955 (P 0.921, R 0.993), exact 0.376 -> 0.326,
//     under its 0.35 target: the lower threshold keeps more around the
//     story (the CV's precision at 0.40 is 0.0015 under 0.45's), and an
//     exact page needs none of it. Left: whether the exact loss is the
//     threshold or the features can only be read on train (the kept
//     blocks' exact rate is not in the CV's report; adding it to
//     -pipecv-html is the first thing to do) before another held-out run.
//     Not taken (the lead): it broke a target the project meets (AEB
//     exact >= 0.35) for gains inside the seeds' spread (WCXB test
//     articles +0.001, must-not +0.1 points). The features and the model
//     stay on commit 786e38c; -html-threshold merged, default 0.45, the
//     committed threshold.
//   - HTML round eighteen (2026-12-03, seventeenth session): over-keeping
//     in view. -pipecv-html now prints beside each threshold's F1 and P two
//     figures of how often an article's output is its gold and nothing
//     more (pipeexact.go): exact, AEB's rate (the same word tokens in the
//     same order, case kept), and near, the share of articles whose word
//     precision and recall both reach 0.99. Near is the one to choose by:
//     WCXB's golds, cut by hand from pages of every kind, hold quirks no
//     extractor matches (a caption joined to its paragraph, a footnote
//     mark), so exact is rarer on them than on AEB's news pages (0.18
//     against 0.38) and moves on fewer pages. The committed features,
//     single-forest fold models (-bag 1), whole path, articles F1 / P /
//     near / exact / must-not, all pages' F1: t=0.35 0.9557 / 0.9429 /
//     0.389 / 0.181 / 2.51%, 0.8416; 0.40 0.9555 / 0.9450 / 0.387 / 0.181
//     / 2.19%, 0.8390; 0.45 0.9545 / 0.9469 / 0.377 / 0.179 / 2.19%,
//     0.8351; 0.50 0.9535 / 0.9489 / 0.386 / 0.191 / 1.90%, 0.8303; 0.55
//     0.9519 / 0.9513 / 0.377 / 0.190 / 1.80%, 0.8230; 0.60 0.9508 /
//     0.9552 / 0.360 / 0.186 / 1.66%, 0.8150 (the first three columns as
//     round seventeen's base, to the digit: the fold fits are the same).
//     On train the exact rate hardly moves with the threshold (106 to 113
//     of 591 articles, one article 0.0017): precision rises by 0.012 from
//     0.35 to 0.60 but the pages it gains are not made whole, and round
//     seventeen's AEB loss at 0.40 (0.376 -> 0.326) does not show on
//     train's folds at the committed features' 0.40 (0.181 against 0.179
//     at 0.45). Its cause, the features or the threshold, is not read
//     here: their code (commit 786e38c) is not in this clone. What keeps
//     an article from exact at 0.45 (its output's words against the
//     gold's, the common head and tail set aside): 84 of the 485 only
//     over-keep (37 of them by 12 words or fewer: a heading, a call to
//     act, a byline or date line, a caption credit), 43 only lose words,
//     358 differ both ways (mostly the golds' own cuts). Then must-not
//     snippets by a label weight, not a feature: the teacher already
//     labels almost every block holding one Other (on train's 1,125 pages
//     with snippets it keeps 26 such blocks: of the 12 where the snippet is
//     half the block or more, 11 are title or date lines and one a Medium
//     call the gold holds; the other 14 hold it as a few words of a
//     longer block), but the word-count
//     weight makes a short call to act cheap to the fit, while the metric
//     counts each snippet once. -mustnot-weight (mustnotweight.go,
//     default 1, the committed fit) multiplies the weight of an HTML block
//     outside the story that holds a must-not snippet of its page. Fold
//     models refitted (-bag 1), whole path, same columns as above: weight
//     3, t=0.40 0.9555 / 0.9450 / 0.384 / 0.179 / 2.16%, 0.8394; 0.45
//     0.9552 / 0.9470 / 0.371 / 0.181 / 1.99%, 0.8344; 0.50 0.9552 /
//     0.9500 / 0.367 / 0.183 / 1.83%, 0.8287; 0.55 0.9536 / 0.9527 / 0.352
//     / 0.178 / 1.65%, 0.8205 (47 snippets kept at 0.45 -> 42: 8 out, 3
//     in). Weight 8: 0.40 0.9564 / 0.9488 / 0.372 / 0.173 / 2.03%, 0.8417;
//     0.45 0.9557 / 0.9509 / 0.367 / 0.173 / 1.97%, 0.8374; 0.50 0.9524 /
//     0.9510 / 0.362 / 0.174 / 1.91%, 0.8298 (kept blocks at 0.45: 0.9436
//     -> 0.9459, must-not 5.06% -> 4.44%). So weight 8 at 0.45 gains F1
//     (+0.0012), precision (+0.004), must-not (-0.22 points) and all pages
//     (+0.002), and loses near (0.377 -> 0.367) and exact (106 -> 102
//     articles): against the committed folds 11 articles stop being exact
//     (4 by a short line kept, 5 by a short line lost, 2 both ways) and 7
//     become exact, a churn wider than the net change, so the exact loss
//     is inside the fits' noise, but it is the figure AEB's target is on.
//     Not taken this session: shipping it needs the bagged refit and
//     TestModelCurrent's second fit (each over half an hour under the
//     session's load of about 30 on two cores), and its held-out check;
//     left as the first candidate, weight 8 at the committed 0.45, to be
//     gated on AEB exact held out once. The outputs of the committed model
//     are unchanged (the CLI's md5 over AEB, the seeds and WCXB-dev is the
//     session's start's).
//     The lead then fitted it (bagged, -only html, 12.5 minutes at a load
//     of about 5; `-only html -mustnot-weight 8` refits it) and ran it
//     held out once:
//     WCXB's test articles HTML F1 0.950 -> 0.948, must-not 3.1% -> 2.9%,
//     all pages 0.829 -> 0.824, title 0.866 -> 0.876, date 0.837 -> 0.831,
//     author 0.838 -> 0.831; AEB HTML F1 0.957 -> 0.956, exact 0.376 ->
//     0.403. Not merged: it meets the must-not target by losing the F1
//     one (the gate set before the run was F1 >= 0.95, must-not no worse,
//     exact >= 0.35), and the date and author figures fall with it.
//   - HTML round nineteen (2026-12-03, eighteenth session): the errors
//     read, then class words. -pipe-dump now also writes lost.tsv (the
//     gold lines the output does not hold). The committed features,
//     single-forest fold models (-bag 1, the figures of round eighteen to
//     the digit), t=0.45: 47 must-not snippets kept on the 591 train
//     articles, 80,433 non-gold words kept, 30,621 gold words lost on 238
//     articles (10 articles hold 14,663 of them, 30 hold 21,532). Lost, by
//     where: 2,133 words above the output's first gold line (73 articles),
//     21,487 between its lines, 7,001 under its last (86); by kind:
//     comparison and listicle cards and spec lines (a provider's "Best
//     for" lines, a product's specs), data tables' rows, FAQ sections
//     closing the story, an intro lost above a sectioned body; the golds
//     are not consistent about cards and tables (other pages' golds drop
//     the same kind of spec line or table cell, and those are most of the
//     non-gold words below the 7 pages whose gold stops early). Kept
//     must-not snippets by kind: headings and labels at the story's edges
//     ("Key Takeaways", "Next Steps", "You Might Also Enjoy ...") 16,
//     calls to act and a business's pitches 10, the snippet a word of a
//     story sentence ("Subscribe", "Posts", "Home" in a code line) 7, a
//     business's blurb and link lists 5, bylines and credits 5, comments
//     and footnotes 4. What most of the edge headings, calls and blurbs
//     have that the text lacks is a box's class name ("related-posts",
//     "newsletter", "cta"), which the hashed class features (64 and 32
//     buckets) mix with every other word. Tried: twelve features of the
//     nearest class or id word of a kind (blockfeat's htmlclass.go, commit 2741f3d:
//     comment, related, newsletter, promo, author, share, disclosure,
//     nav, widget, the story's body, a form's controls, a product card;
//     each 1/(1+k/6), k the words between the block and the word).
//     Whole path, articles F1 / P / near / exact / must-not, all pages:
//     committed features t=0.40 0.9555 / 0.9450 / 0.387 / 0.181 / 2.19%,
//     0.8390; 0.45 0.9545 / 0.9469 / 0.377 / 0.179 / 2.19%, 0.8351; 0.50
//     0.9535 / 0.9489 / 0.386 / 0.191 / 1.90%, 0.8303. Class features,
//     weight 1: 0.40 0.9558 / 0.9456 / 0.379 / 0.174 / 2.17%, 0.8462; 0.45
//     0.9553 / 0.9481 / 0.379 / 0.181 / 2.04%, 0.8406; 0.50 0.9538 /
//     0.9504 / 0.371 / 0.171 / 1.76%, 0.8341 (kept blocks' best 0.9439 ->
//     0.9470, teacher F1 at 0.25 0.8416 -> 0.8496; at 0.45 47 snippets ->
//     43: 12 out, the edge headings, a German agency's blurbs, a pin
//     button, 8 in; lost gold words 30,621 -> 30,283, non-gold 80,433 ->
//     81,204). Class features, must-not weight 5: 0.40 0.9560 / 0.9473 /
//     0.386 / 0.186 / 2.12%, 0.8378; 0.45 0.9539 / 0.9491 / 0.365 / 0.181
//     / 1.81%, 0.8345; 0.50 0.9512 / 0.9500 / 0.369 / 0.190 / 1.81%,
//     0.8277. Chosen by the brief's rule (F1 up, must-not down, near not
//     down by more than 0.005): the class features at weight 1 and the
//     committed 0.45 (F1 +0.0008, must-not -0.15 point, near +0.002, all
//     pages +0.0055); weight 5 buys must-not (-0.38 point) with near
//     (-0.012) at 0.45. The gains are small against the folds' spread
//     except the all pages' F1 and the kept blocks' (+0.003).
//     Fitted (bagged, `-only html`, weight 1, 0.45; 33 minutes at a load
//     of about 25) and run held out once, against the committed model the
//     same hour: WCXB's test articles HTML F1 0.950 -> 0.949 (P 0.945 ->
//     0.942, R 0.976 -> 0.976), must-not 3.1% -> 3.2%, all pages 0.829 ->
//     0.823 (collection 0.446 -> 0.391, listing 0.585 -> 0.572), title
//     0.866 -> 0.876, date 0.837 -> 0.843, author 0.838 unchanged; AEB HTML
//     F1 0.957 -> 0.960, exact 0.376 -> 0.376 (the base from BENCHMARKS). Not merged: the held-out
//     F1 and must-not miss the gate (F1 >= 0.95, must-not <= 3.0%), the
//     all-pages gain of the CV turns into a loss held out, and the
//     differences are inside the seeds' spread; AEB's +0.003 alone is not
//     evidence. The model is not committed (nor TestModelCurrent's second
//     fit run). The features are not kept in the tree (unused
//     code); they are in commit 2741f3d (blockfeat/htmlclass.go with its
//     test: `git show 2741f3d`) for a next try (with a teacher fix for
//     cards, or the weight); to wire them, in blockfeat's html.go add classFeatures
//     to HTMLDim, append classNames to HTMLNames, and call
//     putClass(b.Words, h[pathHash:]) after the parent-tag hash, then
//     refit with `go run ./internal/train -data ../shared/bench/wcxb-dev
//     -only html` (weight 1, threshold 0.45).
//   - HTML round twenty (2026-12-03, nineteenth session; the census
//     kept, both stages tried and not taken): the stages after the
//     detector, no refit. -pipe-dump (-pipecv-html) writes
//     census.tsv (pipecensus.go): the gold lines the output lost, by the
//     rule that removed them, the element and the place against the kept
//     blocks, and the must-not snippets kept, by element, whole block or a
//     part of one, and place; each kind counted by sites. At 0.45 with the
//     committed features' fold models: lost, model/html p between 50 sites
//     (4,576 words), div between 42 (2,698), p below 42 (2,361), li between
//     33 (2,990), h2 between 15, td between 12; must-not, a part of a
//     story paragraph between kept blocks 9 sites (a firm's pitch or an
//     ad in the story, a word inside a sentence the snippet matches), a
//     whole h3 / h2 / p heading between kept blocks 5 / 3 / 3, then one
//     or two sites a kind. Tried: keepStoryProse (clean/storyprose.go),
//     prose the detector dropped between the first and last kept blocks of
//     the story's root element, scored >= 0.25 (no floor and 0.10 gave
//     0.9552 / 2.27% / 0.8356 and 0.9552 / 2.23% / 0.8357): F1 0.9545 ->
//     0.9551 (R 0.9740 -> 0.9758; lost words in paragraphs between kept
//     blocks 4,576 -> 2,490), must-not 2.19% -> 2.23% (an ad paragraph),
//     all pages 0.8351 -> 0.8362. Held out once: WCXB test articles HTML
//     F1 0.950 -> 0.949, must-not 3.1% -> 3.2% (a "Invest better with ..."
//     pitch paragraph in a guide), all 366 pages 0.829 -> 0.831; AEB HTML
//     0.957 / 0.376 -> 0.956 / 0.370. Of 45 test pages changed 28 gain
//     (services, forums, products, 7 articles) and one article loses 0.2
//     (an insurance ranking's marketing sections taken back as story).
//     Not merged: the articles' F1 falls under the gate and must-not
//     rises, as rounds sixteen to nineteen's train gains did; the code and
//     its test are in commit 175cb72 (clean/storyprose.go; wired by
//     p.keepStoryProse(drop, scores) after p.fillStoryGaps(drop) in
//     labelByModel). Tried, not taken: dropOrphanHeads, a kept
//     h2-h6 whose section below kept nothing (the next kept block a heading
//     of its rank or higher, or none): with keepStoryProse F1 0.9550,
//     must-not 2.19% (-1 snippet), exact 0.181 -> 0.184, but all pages
//     0.8362 -> 0.8328 (listings' headings over their dropped cards); only
//     at the story's end 0.8341, only over a link-dense block 0.8330. The
//     code and its test are in commit 175cb72 (clean/storyorphanhead.go,
//     `git show 175cb72`; not in the tree, unused) for a next try with a
//     page-type gate; to wire it, call p.dropOrphanHeads(drop) after
//     p.dropPostMeta(drop) in labelByModel. List items dropped between
//     kept blocks (li between) were read and left: table-of-contents and
//     shop-card lines as often as story.
//   - HTML round twenty-one (2026-12-03, twentieth session; the pages
//     go-trafilatura wins, tooling kept, the one stage tried taken back):
//     -pipe-peer FILE (pipepeer.go) with -pipecv-html -pipe-dump reads a
//     peer's bodies (bench/cmd/wcxb -split train -system trafilatura -out
//     DIR, DIR/trafilatura.json) and writes peer.tsv, the train articles
//     the peer beats the held-out output on by 0.02 F1 or more, with each
//     page's lost gold and kept junk words and its three largest causes,
//     and peercensus.tsv, the census of those pages with the kept blocks
//     the gold lacks ("junk", by element and place against the kept gold
//     blocks); the census tags a block with the nearest class or id word
//     that names a part of the page (comment, sidebar, author, faq,
//     widget...) and with "hidden". bench/cmd/wcxb -perpage FILE gives
//     every page's F1, P, R per system. Committed fold models, 0.45
//     (articles F1 0.9545, all pages 0.8351): go-trafilatura wins 62 of
//     591 train articles (58 sites, margins summing to 7.03 F1; 23 by 0.1
//     or more), 34 pages (31 sites) by junk we keep (26,609 words), 28
//     (27 sites) by gold we lose (12,185). Junk by kind and sites: p
//     between kept gold 12 (4,169 words), p below 10 (2,526), li between
//     7, div between 6, div above 6, p above 6, then two or three sites a
//     kind; read by each site's largest junk block, a site's pitch, course
//     or newsletter call (8 sites), a photo's caption or credit (7:
//     figcaption and caption boxes, "Image from ..."), a summary or
//     standfirst above the story (5), a site's disclaimer or feedback
//     line (4), an author's or contributors' bio (3), readers' comments
//     (2), an FAQ (2), a review's spec table (1). Captions are the next
//     candidate (a stage or a teacher check: other golds keep them,
//     "generic/duplicate figcaption" lost on 3 sites). Lost: li
//     between 6 sites (2,040 words), p between 5, p below 4, div/list and
//     td between 4, h2 between 3; the golds keep the lists and tables of
//     listicles and comparisons, which other golds drop (round
//     nineteen). Tried: dropCommentBoxes (commit 2070641, clean/storytail.go
//     and its test), kept blocks below the story's last non-comment block
//     inside an element whose class or id says comment, comments,
//     commentlist or disqus: CV F1 0.9545 -> 0.9560, P 0.9469 -> 0.9490, R
//     the same, must-not 2.19% -> 2.07%, all pages 0.8351 -> 0.8354 (2
//     articles changed, 4456 and 4660); but the committed model's output
//     over WCXB-dev changed 11 records, forum threads and a product's
//     reviews whose boxes carry the same words (train forum pages 0.890
//     -> 0.201, 0.872 -> 0.673, 0.977 -> 0.349, 0.312 -> 0.132; a training
//     product 0.970 -> 0.591; one forum up 0.187 -> 0.835): the fold models
//     did not keep those threads, the committed one does, so the CV's all
//     pages figure missed it. The kept story's length does not separate
//     them (forum first posts 128-421 words, the articles 373). Taken back
//     before any held-out run; a page-type gate (forum, reviews) would be
//     needed first. Noticed: one train page (klaviyo.com) prints its story
//     again as raw Markdown in a <pre hidden>; the teacher labels hidden
//     text story when it repeats the gold (hidden story blocks on 9
//     article sites, 9,751 words, against 299 sites and 33,155 words
//     labelled other), and the HTML features do not read Hidden. Tried
//     after: dropKeptCaptions, every kept figcaption or block inside a
//     figure labelled a caption: CV F1 0.9545 -> 0.9533 (P 0.9469 ->
//     0.9482, R 0.9740 -> 0.9710), near 0.377 -> 0.384, exact 0.179 ->
//     0.184, all pages 0.8351 -> 0.8338: not taken (the golds keep
//     captions about as often as they drop them). Taken, and landed as
//     mustnot29's cutPitchTailsHTML, built in parallel to the same
//     effect: the closing pitch (textmustnot28's call-sentence forms) cut
//     on HTML too: CV unchanged to the printed digit (3 articles changed), the
//     committed model's output over train 8 pages changed (6 up, 2 down,
//     +0.007 F1 summed). Held out once: WCXB's test articles HTML F1
//     0.950 -> 0.950, must-not 3.1% -> 3.0%, all 366 pages 0.829 ->
//     0.829, title / date / author unchanged; AEB HTML 0.957 / 0.376
//     unchanged.
//   - HTML round twenty-two (2026-12-03, twenty-first session): captions
//     by their box. Of the captions the detector keeps in train's
//     articles (committed model, in sample), those in a figcaption or in
//     an element whose class or id holds the word "caption" are gold on
//     11 sites and junk on 29; most of the gold ones sit in wrappers that
//     hold the whole story ("entry-caption"-like classes around every
//     paragraph). clean's dropCaptionBoxes (htmlcaptionbox.go, after
//     dropFurnitureBoxes) labels Caption a kept block of at most 60 words
//     whose element or one of its three nearest ancestors has a class or
//     id word "caption" or "figcaption", when that box holds at most three
//     of the walker's blocks (not a wrapper) and the block is in a figure
//     or a picture sits in or beside the box (a bounded look; a shop's
//     "wt-text-caption" type-size class has none). Whole-path CV, the
//     committed features' single-forest fold models (-bag 1), 0.45,
//     articles F1 / P / R / near / exact / must-not, all pages: 0.9545 /
//     0.9469 / 0.9740 / 0.377 / 0.179 / 2.19%, 0.8351 -> 0.9551 / 0.9480
//     / 0.9738 / 0.387 / 0.184 / 2.19%, 0.8356; 34 articles on 30 sites
//     change, 29 up (a news site's photo captions between paragraphs, a
//     guide's, a museum's), 3 down (a type specimen whose gold keeps its
//     image captions, -0.039; two by 0.001). The same with the picture
//     look left out read the same to the printed digit, but took nine
//     blocks of a train shop page's small print out of the committed
//     model's output (a type-size class); a "credit" box (a photo credit of
//     at most 12 words) added nothing on train and was left out. Held out
//     once: WCXB's test articles HTML F1 0.950 -> 0.950 (P 0.945 ->
//     0.946), must-not 3.0%, all 366 pages 0.829, title / date / author
//     unchanged; AEB HTML F1 0.957 -> 0.960 (P 0.930 -> 0.936, R 0.985),
//     exact 0.376 -> 0.392. Of the CLI's 3,361 benchmark records 84
//     change (61 WCXB-dev HTML, 23 AEB HTML: a caption moves from the
//     body to its picture); +0.02% instructions on 20 WCXB-dev pages.
//   - HTML round twenty-three (2026-12-03, twenty-second session): the
//     held-out output's non-gold lines on train by place (single-forest
//     fold models, 0.45: 43,114 words between the kept gold lines, 26,345
//     below the last, 3,148 above the first) are spread thin: a site's
//     calls and pitches, card and spec lines, comments and reviews under
//     the story, golds that stop early. Two generic kinds taken, in
//     package clean after the model: a list of links under the story's
//     last paragraph (dropLinkTail, htmllinktail.go: at most 12 kept
//     blocks of at most 20 words, half or more of them at least 80%
//     links, under at least 150 words of prose; ungated it took listings'
//     and hubs' link lists, all pages 0.8356 -> 0.8325), and a caption
//     closed by a photo credit among the story's paragraphs ("... | Photo
//     by Name", "Getty Images / Name", "Illustration: Name";
//     dropCreditedCaptions, htmlcaptioncredit.go). Whole-path CV,
//     articles F1 / P / R / must-not, all pages: 0.9551 / 0.9480 /
//     0.9738 / 2.19%, 0.8356 -> 0.9553 / 0.9485 / 0.9736 / 2.06%, 0.8358
//     (18 articles change, 13 up; the 5 down keep a closing "References"
//     or "Links" list or a row of FAQ questions in their gold). Held out
//     once: WCXB's test articles HTML F1 0.950 / must-not 3.0% unchanged
//     (all pages 0.829); AEB HTML F1 0.960 unchanged (P 0.936 -> 0.937, R
//     0.985 -> 0.984), exact 0.392 -> 0.414, measured with photoCredit's
//     forms also read between the paragraphs; the stage now reads
//     creditTail's alone, on a line's last 120 runes (photoCredit's
//     unanchored match cost 8% more instructions on HTML), which changes
//     13 benchmark records (7 AEB HTML: two Getty and an AP credit kept,
//     a Reuters sentence given back), not run held out again.
//   - HTML round twenty-four (2026-12-07, fiftieth session; tried, not
//     taken; the rule's code not kept): smoothing the detector's labels
//     by the tree, "a block between two story blocks of one container that
//     reads as prose is story". -pipe-dump now also writes gaps.tsv
//     (pipegaps.go): every block the HTML path removed between two blocks
//     it kept, with the levels from those two to their nearest common
//     ancestor (the container), the block's own levels below it, its
//     shape, the nearest part-of-page class word (censusMarks) of the
//     elements between it and the container, the gold's verdict and the
//     must-not snippets it holds; the run prints the tally of a few
//     candidate rules. Committed model's single-forest fold models, 0.45
//     (articles F1 0.9585, must-not 1.69%, all pages 0.8386). Of the
//     blocks the detector itself dropped between kept ones on the 591
//     articles, gold 27,190 words on 271 sites, not gold 26,852 on 401, 572
//     must-not snippets; the prose ones (12+ words ending a sentence, or
//     60+) gold 4,513 words on 38 sites, not gold 4,348 on 82 (3
//     snippets); with few links and no part-of-page word in their boxes
//     3,934 on 30 sites against 3,218 on 62 (1); in a container within
//     three levels of both kept blocks 1,560 on 17 sites against 1,297 on
//     23; list items of a sentence (all rules) 223 words on 5 sites
//     against 686 on 4; h2-h4 headings in a container within two levels
//     267 words on 22 sites against 237 on 12 (card headings: "Pros",
//     "Cons", "Product Specs", which other golds drop). Read block by
//     block, the non-gold prose is a site's pitch or coupon line, a
//     newsletter's consent sentence, a "Pro Tip" box, a doctor's bio, FAQ
//     answers, a slider's caption, a course's "Enroll for free": by sites
//     the rule keeps furniture more often than story, and the gold it
//     takes back would at best balance what it adds (a few tenths of a
//     point of recall against as much precision). Tried on the CV (a
//     clean-side pass after fillStoryGaps): prose wrapped once (a
//     <div><p> or <blockquote><p>) between two kept children of one
//     element, its wrappers named by no furniture, bio, card, teaser or
//     call-to-act word: 9 blocks kept over all 1,131 pages, none on an
//     article, F1 unchanged to the printed digit. And a subheading that
//     heads story prose: a dropped h2-h4 of at most 12 words, few links,
//     right above a kept prose paragraph of its own element, below the
//     story's first kept block: 10 articles changed by a heading each
//     (gold section heads and "Who It's Best For:" labels, an FAQ's
//     questions the gold drops), F1, must-not and all pages unchanged to
//     the printed digit. As rounds twelve and
//     twenty found, the detector's second pass already reads its
//     neighbours' scores, and what it still drops between story blocks is
//     not told apart by place and shape. A model feature of the same
//     evidence (the container's prose share, the neighbours' parents) was
//     not fitted this session: the census gives it no more signal than
//     the rule, and rounds ten, eleven and thirteen's look features lost
//     AEB.
//
// A small MLP or a CRF was not tried: the trees with a second pass over
// neighbours' scores already use the context a CRF would, and cost less
// per block.
package main
