package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// The line tests of dropTextCalls that read what a flattened page says of
// itself rather than what it asks of the reader: a post's metadata, its
// breadcrumb trail, pointers to more of its posts, disclaimers and
// disclosures, and the byline a post signs with.

// postMetaKind is the kind of a line of a post's metadata (isTextMeta):
// Other for a stamp its writer signs ("... by Jane Doe"), which the head's
// byline detectors may take back, else Metadata.
func postMetaKind(text string) Kind {
	if strings.Contains(text, " by ") {
		return Other
	}
	return Metadata
}

// maxTextMetaWords is the longest line, in words, read as a post's
// metadata (isTextMeta).
const maxTextMetaWords = 40

// postStamp matches the opening of a post's date line, "Posted on
// December 20, 2025 by Jane Doe - 5 Comments", "Published on May 2, 2024",
// with a digit in the line (a date), so that "Posted on Trustpilot by Pat
// K." (a review's signature) goes on. A line that opens with the writer,
// "Posted by Jane Doe on ...", is the byline the author detectors read.
var postStamp = lazyCompile(`(?i)^(?:posted|published) on\s`)

// tagLine matches a line that lists the post's tags or categories: its
// label with a colon, or without one before a list of three or more
// ("Categories Guides, Espresso Machines, Reviews"), in the languages of
// textCall. The label opens the line, so that code ("{category: ...}")
// does not match; "Category:Portage" (a wiki's page name, no space) goes on.
var tagLine = lazyCompile(`(?i)^(?:tags?|tagged(?: with| as)?|filed (?:under|in)|posted in|categor(?:y|ies)|` +
	`schlagwörter|stichwörter|kategorien?|étiquettes|catégories?|etiquetas|categorías?|categorie)(?:\s*:\s+\S|\s+\S[^,]*,[^,]*,)`)

// signedStampTags matches a signed post stamp that goes on to the post's
// tags or categories, their label after a full stop or a separator
// ("Posted by Jane Doe on 2025-12-18 in ferries. Tags: tides, harbour."):
// the byline the author detectors read is the stamp alone ("Posted by
// Jane Doe on ..."), and a line that lists the tags too is the post's
// metadata (rule "model/text-meta", kind Other, so that the head may still
// take its names).
var signedStampTags = lazyCompile(`(?i)^(?:posted|published|written) by .{1,60}? on .{0,40}?\d.{0,80}?(?:[.;|·•]\s*|\s[-–—]\s)(?:tags|tagged|categories|filed under)\s*:\s*\S`)

// mayBeTextMeta is isTextMeta's cheap first test: the line's first word
// (up to a space or a colon) is a label of postStamp, tagLine or
// signedStampTags (metaOpeners).
func mayBeTextMeta(s string) bool {
	if s == "" || strings.IndexByte("tTfFpPcCsSkKeEwW\xc3", s[0]) < 0 {
		return false // "\xc3": "é"
	}
	end := strings.IndexAny(s, " :\t\n\r\f") // the patterns' \s or colon after the label
	if end < 0 || end > len("schlagwörter") {
		return false
	}
	return metaOpeners[strings.ToLower(s[:end])]
}

// metaOpeners are the first words of the lines isTextMeta reads, lower-cased.
var metaOpeners = map[string]bool{
	"posted": true, "published": true, "written": true, "tag": true, "tags": true, "tagged": true, "filed": true,
	"category": true, "categories": true, "schlagwörter": true, "stichwörter": true, "kategorie": true,
	"kategorien": true, "étiquettes": true, "catégorie": true, "catégories": true, "etiquetas": true,
	"categoría": true, "categorías": true, "categorie": true,
}

// isTextMeta reports whether a line is a post's metadata: its signature
// line (postStamp, or signedStampTags when it lists the tags) or its tags
// (tagLine).
func isTextMeta(s string, sh blockfeat.Shape) bool {
	if !mayBeTextMeta(s) {
		return false
	}
	return sh.Digits > 0 && (postStamp.MatchString(s) || signedStampTags.MatchString(s)) || tagLine.MatchString(s)
}

// breadcrumb matches a trail of the site's sections flattened onto a line
// that opens with the home page's name (in a few languages): "Home »
// Resources » How To Price Jobs", "Home > Travel Insurance", "首页 > 新闻 >
// 本地", "ホーム ＞ 社会" (a full-width sign), "Trang chủ > Thời sự",
// "Beranda > Berita", "Strona główna > Kraj", "خانه > سیاسی" (Persian
// "Home"), "Startsida / Nyheter". A trail without it is isSectionTrail's.
var breadcrumb = lazyCompile(`(?i)^\W{0,2}(?:home|home ?page|startseite|accueil|inicio|início|главная|головна|anasayfa|ana sayfa|首页|首頁|主页|ホーム|홈|الرئيسية|होम|หน้าแรก|หน้าหลัก|მთავარი|գլխավոր|trang chủ|beranda|strona główna|startsida|forside|etusivu|خانه|صفحه اصلی|דף הבית)\s*[»›>/|→＞]\s*\S`)

// isBreadcrumb reports whether a line is a breadcrumb trail: cheap byte
// tests, then the trail of parts, then the pattern.
func isBreadcrumb(s string) bool {
	return holdsBreadcrumbMark(s) && (isSectionTrail(s) || breadcrumb.MatchString(s))
}

// maxTextPointerWords is the longest line, in words, read as a pointer to
// more of the site's posts (morePosts).
const maxTextPointerWords = 20

// morePosts matches a line that points to more of the site's posts, written
// as a sentence or a link: "Explore more Blog Posts by category: ...",
// "Explore our latest blogs and guides designed to help you ...", "Find
// More Posts by Jane", "On a related note, here are some interesting
// articles."
var morePosts = lazyCompile(`(?i)^(?:explore|browse|discover|find) (?:more|other|all|our)\b.{0,80}\b(?:posts|articles|stories|guides|blogs)\b|` +
	`\bhere are (?:some|a few) (?:more |other |related |interesting |similar )*(?:articles|posts|stories|reads)\b`)

// mayBeMorePosts is morePosts' cheap first test: the line opens with one
// of its verbs, or holds "here are", and it holds one of the nouns
// (morePostsNouns).
func mayBeMorePosts(s string) bool {
	return (s != "" && strings.IndexByte("eEbBdDfF", s[0]) >= 0 || strings.Contains(s, "ere are")) && mayHoldFoldWord(s, morePostsNouns)
}

// viewsDisclaimer matches a note that the views of a post are its
// writer's own: "The views expressed on Harbour.org are not necessarily
// those of the Harbour Institute", "The views expressed by the authors of
// this blog are their own".
var viewsDisclaimer = lazyCompile(`(?i)\b(?:views|opinions) expressed\b.{0,80}\b(?:(?:are|do) not (?:necessarily )?(?:reflect|represent|those)|` +
	`(?:are|is) (?:solely |entirely )?(?:their|the author'?s?|the writer'?s?|my|his|her) own)`)

// textEarns matches what a disclosure says of the site's earnings in the
// words disclosure does not read: "SeniorLiving.org is supported by
// commissions from providers listed on our site", "... from which we may
// receive financial compensation" (the site's "we": a story's "victims may
// receive compensation" goes on).
var textEarns = lazyCompile(`(?i)\bsupported by (?:affiliate )?commissions\b|\b(?:we|i) may (?:receive|earn) (?:financial |some )?compensation\b`)

// isTextDisclosure reports whether a line discloses how the site earns
// from its links or its partners: disclosure or textEarns.
func isTextDisclosure(s string) bool {
	return mayBeDisclosure(s) && disclosure.MatchString(s) || earnsWords.holdsAny(s) && textEarns.MatchString(s)
}

// earnsWords are textEarns's words one of which isTextDisclosure asks for
// first, searched in one pass (two strings.Contains before).
var earnsWords = newLiteralSet("ompensation", "upported by")

// mayBeTextByline is textByline's cheap first test: the line opens with
// one of its verbs, "by" and a capital (opensTextByline).
func mayBeTextByline(s string) bool {
	return s != "" && strings.IndexByte("pPwW", s[0]) >= 0 && opensTextByline(s)
}

// maxBylineWords is the longest line, in words, read as a byline
// (textByline): "Written by", four words of names.
const maxBylineWords = 7

// labelTextByline labels line i, a textByline, as a byline with its names,
// as the tail detector labels one ("generic/byline"), or as a repeat of
// the page's byline when another line above it says the same (seen): the
// names are the story's once.
func (p *Page) labelTextByline(i int, seen *bylinesAbove) {
	text := p.blocks[i].Text
	if seen.has(p, i, text) {
		p.labelAs(i, Other, "model/text-byline")
		return
	}
	if p.labelAs(i, Byline, "generic/byline") {
		_, names, _ := strings.Cut(text, " by ")
		p.blocks[i].Authors = splitAuthors(names)
	}
}

// bylinesAbove is the set of byline texts above a line, grown as the lines
// are visited top down, so that each block is read once however many
// bylines a page repeats.
type bylinesAbove struct {
	upTo  int // blocks[:upTo] are in texts
	texts map[string]bool
}

// has reports whether a block above i is a byline that reads text.
func (s *bylinesAbove) has(p *Page, i int, text string) bool {
	for ; s.upTo < i; s.upTo++ {
		if b := &p.blocks[s.upTo]; b.Kind == Byline {
			if s.texts == nil {
				s.texts = make(map[string]bool)
			}
			s.texts[b.Text] = true
		}
	}
	return s.texts[text]
}
