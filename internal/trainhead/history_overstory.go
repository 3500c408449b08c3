package main

// Eighteenth session (texthead27: the text path's title and authors,
// issue 8; the model as it was).
//
// Taken: a byline's label glued to the first name by its colon
// ("Authors:Jane Doe, John Roe", a preprint server's abstract page),
// read by bylineNames (clean/textbyline.go). Train text author 0.752 ->
// 0.754 (1 article mended, nothing lost; one product page's "AUTHOR:"
// line read, an author where the gold names none).
//
// Tried and not kept: two features of a candidate's place against the
// story detector's first paragraph, over-story (the line stands above it)
// and last-over (above it, no other candidate between), for the pages
// the model decides (no slug line and no free headline-shaped line over
// the story: every line there read as not story, a menu over the
// headline), where it took a heading inside the story ("Why is ... so
// important?") or a line far under the first paragraph. Site CV 478 ->
// 479 of 591, on the pages the model decides 33 -> 36 of 60 (over-story
// alone 35; with the log distance to the paragraph as well, 480 / 35);
// train text title 0.856 -> 0.860 in-sample (4 mended, 2 lost: a
// breadcrumb's last step and a headline two candidates over the story,
// each traded for the line right over the story). Held out, run once:
// title 0.767 -> 0.757, author 0.584 -> 0.578 (2 titles lost, none
// gained; one author followed its title): on a page the model decides
// the story detector's first paragraph is itself often misplaced, and
// the line right over a misplaced start is a menu's entry or a name.
// Reverted (branch texthead27, commit 011779e holds it).
//
// Also tried: a slash as the separator of a name and its role
// ("Jane Doe / Shed House", as nameWithRole reads a comma or a bar):
// train author 0.754 -> 0.752, a photo credit under the headline
// ("Jane Doe/NYT Wirecutter") then read as the byline. The page that
// prompted it gives a forename alone before the slash, which no
// name-with-role form reads.
