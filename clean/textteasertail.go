package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A flattened story keeps the site's pointers to its other pages where the
// page set them: a line of a label and a headline inside the story
// ("ALSO READ | Tunnel survey finds cracks", "LEIA MAIS: ...", "İLGİLİ
// HABER: ...", "【関連記事】..."), a bare label over a few headlines ("Auch
// interessant" / "Neue Fahrpläne ab Dezember"), and, where the scraper
// joined a box to the paragraph before it, the label and headline, or an
// advertisement's lone marker, at the end of a paragraph ("... in Yerevan.
// Read more: Why the valley lost its trains"). Such pointers are clutter
// kinds the train side's pages show rarely (its kept must-not snippets are
// mostly firms' pitches, menus and subscribe buttons). cutTeaserTails
// reads the lines the story detector kept for them, after the teaser
// pattern of dropTextCalls (teaser: a few English and Romance labels and a
// colon, a whole line).

// teaserLabels are the labels, in lower case (strings.ToLower), that head
// a pointer to another page in the languages of the census: true for the
// ones that may also stand alone on a line over the headline they point
// to, false for the labels of an embed ("Watch", "Video") that head a
// caption or a player's title. Turkish's dotted capital İ lower-cases to
// "i̇" (i and a combining dot), spelled so.
var teaserLabels = map[string]bool{
	"read more": true, "read also": true, "also read": true, "see also": true, "also see": true, "related": true,
	"related article": true, "related story": true, "related stories": true, "related news": true,
	"related coverage": true, "read next": true, "must read": true, "don't miss": true, "don’t miss": true,
	"recommended": true, "recommended reading": true, "most read": true, "most viewed": true, "watch more": true,
	"more videos": true, "meistgelesen": true, "meist gelesen": true, "lo más leído": true, "más leídas": true,
	"les plus lus": true, "più letti": true, "i più letti": true, "mais lidas": true, "mais lidos": true,
	"meest gelezen": true, "najczęściej czytane": true, "самое читаемое": true, "en çok okunanlar": true,
	"terpopuler": true, "人気記事": true, "많이 본 뉴스": true, "الأكثر قراءة": true,
	"watch": false, "video": false, "watch video": false, "listen": false,
	"lesen sie auch": true, "auch interessant": true, "mehr zum thema": true, "zum thema": true, "lesen sie mehr": true,
	"lea también": true, "lee también": true, "lea más": true, "lee más": true, "ver también": true, "mira también": true,
	"noticia relacionada": true, "te puede interesar": true, "vídeo": false,
	"lire aussi": true, "à lire aussi": true, "à voir aussi": true, "voir aussi": true, "lire également": true,
	"à lire également": true, "sur le même sujet": true, "vidéo": false,
	"leggi anche": true, "vedi anche": true, "guarda anche": true, "potrebbe interessarti": true,
	"leia também": true, "leia mais": true, "veja também": true, "veja mais": true, "saiba mais": true, "leia ainda": true,
	"lees ook": true, "lees meer": true, "bekijk ook": true,
	"czytaj także": true, "czytaj też": true, "zobacz także": true, "zobacz też": true,
	"читайте также": true, "читайте еще": true, "читайте ещё": true, "смотрите также": true, "по теме": true,
	"читайте також": true, "дивіться також": true, "видео": false, "відео": false,
	"ilgili haber": true, "i̇lgi̇li̇ haber": true, "ilgili haberler": true, "i̇lgi̇li̇ haberler": true, "bunu da okuyun": true,
	"baca juga": true, "simak juga": true, "lihat juga": true, "berita terkait": true,
	"pročitajte i": true, "pročitajte još": true, "pročitajte također": true, "čitajte i": true, "preberite tudi": true,
	"čtěte také": true, "přečtěte si také": true, "čítajte aj": true, "prečítajte si aj": true,
	"citește și": true, "citiți și": true, "vezi și": true, "olvassa el ezt is": true,
	"läs också": true, "läs även": true, "les også": true, "læs også": true, "lue myös": true,
	"διαβάστε επίσης": true, "đọc thêm": true, "xem thêm": true, "tin liên quan": true,
	"関連記事": true, "あわせて読みたい": true, "相关阅读": true, "延伸阅读": true, "相關新聞": true, "相关新闻": true,
}

// teaserLabelFirst marks the bytes a label of teaserLabels may open with
// in any case: their first letters, both cases, and every byte past ASCII
// (a label in another script, or a capital "İ"). teaserLabelEnd and
// isBareTeaserLabel read a line's label only when it opens with one.
var teaserLabelFirst = func() (t [256]bool) {
	for k := range teaserLabels {
		c := k[0]
		t[c] = true
		if 'a' <= c && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// maxTeaserLabelBytes is the longest label, in bytes, teaserLabelEnd
// reads before the separator ("potrebbe interessarti", "читайте также"
// in Cyrillic's two bytes a letter).
const maxTeaserLabelBytes = 48

// minPointerProseWords is the fewest words of a kept line that stands for
// the story's prose above a pointer's whole line (or a paragraph of an
// unspaced script, unspacedProseWords): a sentence, more than a
// headline's words.
const minPointerProseWords = 16

// maxTeaserTailBytes is how much of a line's end cutTeaserTails reads for
// a glued pointer: a label and a headline of maxTextTeaserWords words.
const maxTeaserTailBytes = 240

// teaserSepLead marks the bytes teaserSepAt reads a separator at.
var teaserSepLead = [256]bool{':': true, '|': true, '>': true, '-': true, 0xC2: true, 0xEF: true, 0xE2: true}

// teaserSepAt returns the length of the separator between a pointer's
// label and its headline that s holds at byte i, or 0: a colon (or the
// full-width "："), a bar, "»" or ">>", or a dash or bullet with a space
// before it (" — ", " – ", " - ", " •"; the space before is the label's).
func teaserSepAt(s string, i int) int {
	switch c := s[i]; c {
	case ':', '|':
		return 1
	case '>':
		if strings.HasPrefix(s[i:], ">>") {
			return 2
		}
	case '-':
		if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return 1
		}
	case 0xC2:
		if strings.HasPrefix(s[i:], "»") {
			return len("»")
		}
	case 0xEF:
		if strings.HasPrefix(s[i:], "：") {
			return len("：")
		}
	case 0xE2:
		if i > 0 && s[i-1] == ' ' {
			for _, m := range [...]string{"—", "–", "•"} {
				if strings.HasPrefix(s[i:], m) {
					return len(m)
				}
			}
		}
	}
	return 0
}

// teaserLabelEnd returns where the headline starts when s opens with a
// pointer's label (teaserLabels) and a separator after it
// (teaserSepAt; "【label】" needs none), after at most two marks; -1
// otherwise. pairs reports whether the label may also head a headline on
// the next line.
func teaserLabelEnd(s string) (at int, pairs bool) {
	from := 0
	for n := 0; n < 2 && from < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[from:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '【' {
			end := strings.Index(s[from:], "】")
			if end < 0 || end > maxTeaserLabelBytes {
				return -1, false
			}
			pairs, ok := lookupTeaserLabel(strings.TrimSpace(s[from+size : from+end]))
			if !ok {
				return -1, false
			}
			return from + end + len("】"), pairs
		}
		from += size
	}
	for from < len(s) && s[from] == ' ' {
		from++
	}
	if !mayOpenTeaserLabel(s[from:]) {
		return -1, false
	}
	window := s[from:min(len(s), from+maxTeaserLabelBytes+4)]
	sep, sepLen := -1, 0
	for i := 1; i < len(window); i++ {
		if !teaserSepLead[window[i]] {
			continue
		}
		if n := teaserSepAt(window, i); n > 0 {
			sep, sepLen = i, n
			break
		}
	}
	if sep < 0 {
		return -1, false
	}
	pairs, ok := lookupTeaserLabel(strings.TrimSpace(window[:sep]))
	if !ok {
		return -1, false
	}
	return from + sep + sepLen, pairs
}

// isTeaserHeadline reports whether s reads as the headline a pointer's
// label heads: one to maxTextTeaserWords words, not closed by a full stop
// (a story's sentence after "Watch:" or "Related:" is), at most
// maxTeaserTailBytes bytes.
func isTeaserHeadline(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxTeaserTailBytes || moreWordsThan(s, maxTextTeaserWords) {
		return false
	}
	return !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "...")
}

// maxLabelledHeadlines is the most headlines a bare label heads inside a
// story (labelledRunEnd): a box of a few pointers, not a list of the
// site's pages, which the related list's readers take whole.
const maxLabelledHeadlines = 5

// labelledRunEnd returns the block after the run of headlines that the
// bare label at block label heads inside the story, or -1: one to
// maxLabelledHeadlines kept lines right under the label, each a headline
// (isTeaserHeadline) and no date line, then a line of the story's prose
// (minPointerProseWords words, no headline: the cap reached on a list that
// runs on is no box), kept, where the story resumes. Where the story
// detector dropped a line in between, the box is not whole and the line
// under the label may be the story's own subheading: no run. The box's
// last line stays out of it when it opens as a subheading of the story
// above does (seriesHeading). With links set, the lines must be a
// taxonomy box's (isTaxonomyLink).
func (p *Page) labelledRunEnd(label int, links bool) int {
	j := label + 1
	for ; j < len(p.blocks) && j-label <= maxLabelledHeadlines; j++ {
		t := p.blocks[j].Text
		if !p.free(j) || !isTeaserHeadline(t) || isDateLine(t) || links && !isTaxonomyLink(t) {
			break
		}
	}
	if j == label+1 || j >= len(p.blocks) || !p.free(j) || isTeaserHeadline(p.blocks[j].Text) ||
		!moreWordsThan(p.blocks[j].Text, minPointerProseWords-1) {
		return -1 // no box, or no kept prose under it: a list that runs on past the cap, a line taken
	}
	if j-label > 2 && p.seriesHeading(label, j-1) {
		j-- // the story's next subheading, under the box
	}
	return j
}

// maxSeriesLookback is how many blocks above a box seriesHeading reads for
// the story's subheadings.
const maxSeriesLookback = 200

// seriesHeading reports whether block i, the last line of a box of
// headlines above the story's prose, opens with the first word of a kept
// heading of the story above the box (label, its first line): one of a
// series of subheadings ("Trend 4: ..." over "Trend 5: ...", "How I
// picked ..." over "How to shop ..."), which the box's last headline,
// pointing to another page, rarely is.
func (p *Page) seriesHeading(label, i int) bool {
	first := p.blocks[i].Text
	if sp := strings.IndexByte(first, ' '); sp > 0 {
		first = first[:sp+1]
	} else {
		return false
	}
	for k := label - 1; k >= 0 && k >= label-maxSeriesLookback; k-- {
		t := p.blocks[k].Text
		if p.free(k) && strings.HasPrefix(t, first) && isTeaserHeadline(t) && !endsSentence(t) {
			return true
		}
	}
	return false
}

// moreButtons are the labels of teaserLabels, in lower case, that are also
// the link closing an excerpt ("Read more", "Leia mais"): taken by the
// detector or the calls stage, such a line stands as often over the
// story's next subheading (three train pages) as over a box of pointers.
var moreButtons = map[string]bool{
	"read more": true, "lea más": true, "lee más": true, "leia mais": true, "veja mais": true, "saiba mais": true,
	"lees meer": true, "lesen sie mehr": true,
}

// takenRunLabel reports whether b, a block the detector or an earlier
// stage took, is a bare label (isBareTeaserLabel) that may head a run
// of headlines still kept under it: not a more button (moreButtons).
func takenRunLabel(b Block) bool {
	if !isBareTeaserLabel(b.Text) {
		return false
	}
	var buf [maxFoldedLabelBytes]byte
	_, more := lookupFolded(moreButtons, bareLabelText(b.Text), buf[:0])
	return !more
}

// bareLabelText is s without the marks around its words ("Read more »",
// "READ MORE >>", "Related:"): what isBareTeaserLabel and takenRunLabel
// look up.
func bareLabelText(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' && r != '\'' })
}

// isBareTeaserLabel reports whether the whole of s, but for marks and a
// closing colon, is a label that may head the headline on the next line.
func isBareTeaserLabel(s string) bool {
	if len(s) > maxTeaserLabelBytes+8 || s == "" || !teaserLabelFirst[s[0]] && isWordByte(s[0]) {
		return false
	}
	t := bareLabelText(s)
	if !mayOpenTeaserLabel(t) {
		return false
	}
	pairs, _ := lookupTeaserLabel(t)
	return pairs
}

// adMarkerWords are an advertisement's marker as one word, in lower case,
// the languages of adStems: what a paragraph that a scraper glued the ad's
// slot to ends with.
var adMarkerWords = map[string]bool{
	"advertisement": true, "advertisements": true, "anzeige": true, "werbung": true, "publicité": true, "publicidad": true,
	"pubblicità": true, "publicidade": true, "реклама": true, "reklam": true, "reklama": true, "iklan": true, "advertentie": true,
}

// cutTeaserTails labels, on flattened text, the pointers to other pages
// among the lines the story detector kept (rule "model/text-teaser-tail"),
// in four forms:
//
//   - a whole line of a label, a separator and a headline (teaserLabelEnd,
//     isTeaserHeadline: "ALSO READ | Tunnel survey finds cracks"): Related,
//     under a kept line of prose only (minPointerProseWords words; above
//     the story, "WATCH: ..." or "Recommended: ..." is the headline), and
//     an embed's label only where embedPointer reads a pointer (not a row
//     of specifications, nor a credit line the images stage reads);
//   - a bare label over a box of up to maxLabelledHeadlines headlines that
//     the story's prose resumes under (labelledRunEnd): Related. A box of
//     more than one headline, or under a label the detector or an earlier
//     stage took (takenRunLabel), only under the story's prose; a list
//     under the label that runs on is left to the related lists' readers,
//     which take it whole; where the story detector or an earlier stage
//     took a line of the box, the label goes alone (brokenRunLabel), as a
//     second pass, without the taken lines, reads it;
//   - a category or topic box under its label (taxonomyLabels), the same
//     way: Metadata;
//   - a label and headline, or an advertisement's lone marker
//     (adMarkerWords: Ad), glued to the end of a kept paragraph as its
//     last sentence (cutTeaserTail): cut off the paragraph.
//
// A story's sentence that opens with a label's words goes on past a
// headline's length or ends with a full stop, and stays.
func (p *Page) cutTeaserTails() {
	const rule = "model/text-teaser-tail"
	var starts []int
	skip := 0 // the lines before it are a label's run, labelled
	var above proseAbove
	for i := range p.blocks {
		if i < skip {
			continue
		}
		if !p.free(i) {
			// a label an earlier stage took, over kept headlines
			if i+1 < len(p.blocks) && p.free(i+1) && takenRunLabel(p.blocks[i]) {
				if end := p.labelledRunEnd(i, false); end > 0 && above.before(p, i) {
					above.before(p, i+1)
					above.next = end
					for k := i + 1; k < end; k++ {
						p.labelAs(k, Related, rule)
					}
					skip = end
				}
			}
			continue
		}
		text := p.blocks[i].Text
		if at, pairs := teaserLabelEnd(text); at > 0 && isTeaserHeadline(text[at:]) && (pairs || embedPointer(p, i)) && above.before(p, i) {
			p.labelAs(i, Related, rule)
			continue
		}
		if bare := isBareTeaserLabel(text); bare || isTaxonomyLabel(text) {
			// a box of more than one line only under the story's prose: above
			// it, a most-read list's lines and the headline read alike
			if end := p.labelledRunEnd(i, !bare); end > 0 && (bare && end == i+2 || above.before(p, i)) {
				above.before(p, i+1) // the label's line counts, still unlabelled; the headlines' do not
				above.next = end
				kind := Related
				if !bare {
					kind = Metadata
				}
				for k := i; k < end; k++ {
					p.labelAs(k, kind, rule)
				}
				skip = end
			} else if bare && end < 0 && p.brokenRunLabel(i) && above.before(p, i) {
				p.labelAs(i, Related, rule) // the label alone over a box partly taken: as a second pass reads it
				above.skip(p, i)
			}
			if bare || skip > i {
				continue
			}
		}
		starts = p.cutTeaserTail(i, rule, starts)
		if len(p.blocks[i].Text) != len(text) {
			above.skip(p, i) // cut: the line counts as it was read
			above.found = above.found || readsAsPointerProse(text)
		}
	}
	p.flushCuts()
}

// embedPointer reports whether block i, a whole line under an embed's
// label ("Video – ...", "WATCH: ...", "VIDÉO - ..."), is read as a pointer
// to another page: not when it is a row among rows of labels and values
// ("Video: 4K/30p" in a camera's specifications, inLabelledRows), nor
// when it has a credit's form (creditLine: any "Video: ..." with a colon,
// a name or a headline alike), which the images stage reads as the credit
// of the picture or player beside it; the dash and call forms ("Video –
// ...", "WATCH: ...") stay pointers.
func embedPointer(p *Page, i int) bool {
	return !p.inLabelledRows(i) && !creditLine().MatchString(p.blocks[i].Text)
}

// proseAbove is whether a kept line of prose (readsAsPointerProse) stands
// above a line cutTeaserTails reads, worked out only when a whole line
// reads as a pointer: the lines before next are read.
type proseAbove struct {
	found bool
	next  int
}

// before reports whether a free line of prose stands above line i,
// reading the lines from next on.
func (a *proseAbove) before(p *Page, i int) bool {
	for ; a.next < i && !a.found; a.next++ {
		a.found = p.free(a.next) && readsAsPointerProse(p.blocks[a.next].Text)
	}
	a.next = max(a.next, i)
	return a.found
}

// skip reads the lines before line i and passes over line i, which
// cutTeaserTails labels or cuts.
func (a *proseAbove) skip(p *Page, i int) {
	a.before(p, i)
	a.next = i + 1
}

// readsAsPointerProse reports whether a kept line is the story's prose
// for cutTeaserTails: more than minPointerProseWords-1 words, or a
// paragraph of an unspaced script.
func readsAsPointerProse(text string) bool {
	return moreWordsThan(text, minPointerProseWords-1) || text != "" && text[0] >= utf8.RuneSelf && unspacedProseWords(text) > 0
}

// cutTeaserTail cuts off block i the pointer or ad marker that opens its
// last sentences (cutTeaserTails), queued for flushCuts. starts is a
// buffer for the sentence starts, returned for the next call.
func (p *Page) cutTeaserTail(i int, rule string, starts []int) []int {
	text := p.blocks[i].Text
	if len(text) < 40 || endsWithFullStop(text) {
		return starts
	}
	base := max(0, len(text)-maxTeaserTailBytes)
	for base > 0 && !utf8.RuneStart(text[base]) {
		base++
	}
	window := text[base:]
	if !holdsTeaserTailMark(window) && !adStems.holdsAny(window[strings.LastIndexByte(window, ' ')+1:]) {
		return starts
	}
	starts = sentenceStarts(starts[:0], window)
	for _, k := range starts[1:] { // the first is the window's start, inside the paragraph
		tail := window[k:]
		kind := Kind("")
		if at, _ := teaserLabelEnd(tail); at > 0 && isTeaserHeadline(tail[at:]) {
			kind = Related
		} else if isAdMarkerTail(tail) {
			kind = Ad
		}
		if kind == "" {
			continue
		}
		end := p.cut(i, trimSpaceEnd(text, base+k), base+k)
		end.Kind, end.Rule = kind, rule
		break
	}
	return starts
}

// endsWithFullStop reports whether s, but for white space at its end,
// ends with a full stop and not with "...": the end of a line that no
// pointer's headline (isTeaserHeadline) nor ad marker (adMarkerWords)
// closes, cutTeaserTail's first test.
func endsWithFullStop(s string) bool {
	s = s[:trimSpaceEnd(s, len(s))]
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...")
}

// holdsTeaserTailMark is cutTeaserTail's cheap first test of a line's
// end: it holds one of the separators teaserSepAt reads, or "】" (byte
// searches, faster than a walk over the bytes; the ad marker's test reads
// the line's last word alone).
func holdsTeaserTailMark(s string) bool {
	// the hyphen searched with the space after it (teaserSepAt wants one
	// on both sides): a needle opening with a space stops at every word
	return strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "- ") ||
		holdsSpacedDashMark(s) || strings.Contains(s, "»") || strings.Contains(s, ">>") ||
		strings.Contains(s, "：") || strings.Contains(s, "】")
}

// holdsSpacedDashMark reports whether s holds " —", " –" or " •" with
// something after it, as teaserSepAt reads them (the space before is the
// label's): one search for their first byte, 0xE2, where three searches
// would each stop at every curly quote (also 0xE2 0x80).
func holdsSpacedDashMark(s string) bool {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], 0xE2)
		if i < 0 {
			return false
		}
		i += from
		if i+3 >= len(s) {
			return false
		}
		if i > 0 && s[i-1] == ' ' && s[i+1] == 0x80 && (s[i+2] == 0x94 || s[i+2] == 0x93 || s[i+2] == 0xA2) {
			return true
		}
		from = i + 1
	}
}

// maxRowLabelBytes is the longest label, in bytes, of a row of labels and
// values ("Autofocus: Dual Pixel AF").
const maxRowLabelBytes = 24

// inLabelledRows reports whether the block before or after block i is a
// row of a label and its value, a colon after at most two words in its
// first maxRowLabelBytes bytes: block i is then one of the rows.
func (p *Page) inLabelledRows(i int) bool {
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(p.blocks) {
			continue
		}
		t := p.blocks[j].Text
		if c := strings.IndexByte(t[:min(len(t), maxRowLabelBytes)], ':'); c > 0 && strings.Count(t[:c], " ") <= 1 {
			return true
		}
	}
	return false
}
