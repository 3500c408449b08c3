package clean

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The byline's label in the world's languages. bylineHead reads the
// English forms and a few short words ("von", "par", "por", "door", "av",
// "Autor:"); a page in another language labels its author's name with a
// word of its own, printed before the name on the line under the headline
// or on a line of its own above it ("Yazar: Ayşe Demir", "Автор: Иван
// Петров", "Geschrieben von Anna Berg"). worldBy turns such a label into
// "By", so that one name reader serves them all.

// worldLabels are, in lower case, the labels that open a byline in
// languages other than English. A label of one word that could open a
// sentence is taken only with its colon ("Autore:", "Yazar:"); a label
// that ends with the word for "by" ("escrito por", "scritto da") needs
// none.
var worldLabels = []string{
	// with their colon
	"autore:", "autrice:", "auteur:", "auteure:", "autora:", "autorka:", "autorzy:", "autori:",
	"författare:", "forfatter:", "kirjoittaja:", "szerző:", "írta:", "yazar:", "yazan:",
	"penulis:", "oleh:", "tác giả:", "piše:", "автор:", "авторы:", "автори:", "автор материала:",
	"пише:", "συντάκτης:", "συγγραφέας:", "autor/in:", "autor*in:",
	"autorin:", "autoren:", // German, a woman's and the plural
	// Azerbaijani, and Armenian with its own colon ("Հեղինակ՝ Արմեն
	// Սարգսյան") or the Latin one
	"müəllif:", "հեղինակ՝", "հեղինակ:",
	// their plurals, and Kazakh's and Uzbek's (Latin and Cyrillic), for
	// two writers or more ("Müəlliflər: Leyla Məmmədova və Rəşad Əliyev")
	"müəlliflər:", "հեղինակներ՝", "հեղինակներ:", "авторлар:", "mualliflar:", "муаллифлар:",
	// the magazines' "Text:", the writer's credit beside the photographer's
	// (Russian, Greek, Spanish and Portuguese, French, Italian, Dutch,
	// Polish and the Nordic languages, Finnish)
	"текст:", "κείμενο:", "texto:", "texte:", "testo:", "tekst:", "teksti:",
	// Uzbek (Latin and Cyrillic) and Tajik "author", Turkish "news:"
	// (the reporter's credit beside the photographer's)
	"muallif:", "муаллиф:", "haber:",
	// Kazakh "мәтін:" (text)
	"мәтін:",
	// ending with the word for "by"
	"geschrieben von", "verfasst von", "ein beitrag von", "ein artikel von", "écrit par", "rédigé par", "publié par",
	"escrito por", "publicado por", "redactado por", "scritto da", "pubblicato da",
	"geschreven door", "skrevet av", "skrevet af", "skriven av", "skrivet av", "napisał", "napisała",
	"napsal", "napsala", "oleh", "написал", "написала",
	// Italian "a cura di" (edited, of a piece a writer put together),
	// Romanian "scris de" (written by), Greek "γράφει ο", "γράφει η"
	// (writes, with the article of the name after it), Dutch "door onze
	// redacteur" (by our editor) and its correspondent's and reporter's
	// forms
	"a cura di", "scris de", "γράφει ο", "γράφει η", "door onze redacteur", "door onze correspondent", "door onze verslaggever",
	// Danish "af" (by), Indonesian "pewarta:" (reporter), Turkish
	// "muhabir:" (reporter), Vietnamese "phóng viên:" (reporter), "bài:"
	// (article) and "bài và ảnh:" (article and pictures: the writer
	// took them), and the word Indonesian, Dutch, German and Italian
	// pages share ("Reporter: Dewi Lestari")
	"af", "pewarta:", "wartawan:", "muhabir:", "phóng viên:", "bài:", "bài và ảnh:", "reporter:",
	// Polish "opracowanie:" (prepared by) and its short "oprac.", German
	// "ein Kommentar von" (a comment by), Dutch "door onze redacteur" (by our editor), and the
	// English "Story:" and "Text and photos:" beside a photographer's
	"opracowanie:", "oprac.", "ein kommentar von", "door onze redacteur", "story:", "text and photos:",
	// the English "Words and pictures:", the writer who took the pictures
	"words and pictures:", "words and photos:",
	// and their forms ending with "by" ("Story and photos by Jane Doe")
	"words and pictures by", "words and photos by", "story and photos by", "text and photos by",
	// "Text and photos:" in Spanish, Portuguese, French (its space before
	// the colon is foldHead's), German and Russian: the writer took the
	// pictures too
	"texto y fotos:", "texto e fotos:", "texte et photos:", "text und fotos:", "текст и фото:",
	// Hindi "लेखक:" (writer) with its colon
	"लेखक:",
	// Russian "подготовил", "подготовила", "подготовили" and Ukrainian
	// "підготував", "підготувала" (prepared by: a man, a woman, several),
	// French "propos recueillis par" (an interview's words gathered by),
	// Spanish "reportaje de" (a report by), Finnish "kirjoittanut"
	// (written by)
	"подготовил", "подготовила", "подготовили", "підготував", "підготувала",
	"propos recueillis par", "reportaje de", "kirjoittanut",
}

// worldBy returns s with a byline label of another language at its start
// ([worldLabels]) replaced by "By ", and whether it found one; s as it is
// otherwise. The label's case does not matter ("AUTOR:", "Escrito Por");
// what follows it is left as printed, for the name reader to judge.
func worldBy(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if r, _ := utf8.DecodeRuneInString(s); !labelOpeners()[r] && !labelOpeners()[unicode.ToLower(r)] {
		return s, false // no label opens with this letter, in any case
	}
	if names := worldJoined(s); names != "" {
		return "By " + names, true // "Autor: Jan Kowalski i Anna Nowak"
	}
	var buf [4 * maxLabelRunes]byte
	var ends [maxLabelRunes + 1]int
	head := foldHead(buf[:0], ends[:], s)
	for _, l := range foldedLabels() {
		// head opening with the label's folded bytes: s's first l.runes
		// runes and the label are equal under simple case folding, as
		// strings.EqualFold reads them
		if !bytes.HasPrefix(head, l.folded) {
			continue
		}
		k := ends[l.runes]
		rest := s[k:]
		if !bytes.HasSuffix(l.folded, []byte(":")) {
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !unicode.IsSpace(r) && r != ':' {
				continue // "oleh" opening a longer word
			}
			rest = strings.TrimPrefix(strings.TrimSpace(rest), ":")
			if nameOnlyLabel(l.folded) && !labelledPerson(rest) {
				return s, false // "Reportaje de Canal Sur", "Kirjoittanut Helsingin Sanomat"
			}
		}
		return "By " + labelledJoined(strings.TrimSpace(photoCreditCut(rest))), true
	}
	if names := bareLabelled(s); names != "" {
		return "By " + names, true // "Penulis Dewi Lestari | Editor Budi Santoso"
	}
	return s, false
}

// labelledJoined returns the names after a byline's label of another
// language joined again by "and" where a word of worldAnds or labelAnds
// the English expression does not read joins them and every part reads as a person's
// name ("Иван Петров и Мария Соколова" after "Авторы:", "Jan Kowalski i
// Anna Nowak" after "Autorzy:"); rest as it is otherwise ("Anna Berg und
// Partner" stays whole for the name reader).
func labelledJoined(rest string) string {
	joined, other := rest, false
	for _, and := range labelAnds {
		if strings.Contains(joined, and) {
			joined, other = strings.ReplaceAll(joined, and, " and "), true
		}
	}
	for _, and := range worldAnds {
		if other {
			break
		}
		if strings.Contains(rest, and) && !slices.Contains(englishAnds[:], and) {
			other = true
		}
	}
	if !other {
		return rest
	}
	if names := worldNames(dropWireCredit(joined)); len(names) >= 2 {
		return strings.Join(names, " and ")
	}
	return rest
}

// labelAnds are the words for "and", with their blanks, that join two
// writers' names only after a byline's label here (worldAnds join them
// on any line): Azerbaijani "və", Armenian "և", Kazakh "және", Uzbek
// "va" and its Cyrillic "ва". After a label the line is a list of names,
// and each part must still read as a person's name.
var labelAnds = [...]string{" və ", " և ", " және ", " va ", " ва "}

// photoCredits are the labels, in lower case, of a photographer's credit
// that follows the writer's on a labelled byline ("Текст: Иван Петров,
// фото: Анна Смирнова", "Haber: Ayşe Demir / Fotoğraf: Mehmet Kaya"), the
// Finnish "kuvat:", "kuva:" and the German and Swedish "bild:", "bilder:"
// among them, and of an editor's ("Penulis: Dewi Lestari | Editor: Budi
// Santoso"), with its colon or without ("Penulis Dewi Lestari | Editor Budi
// Santoso"), or as the English "Edit:", "Editing:" ("Report: Jane Doe;
// Edit: John Roe"), and the English words for the pictures a
// words-and-pictures credit gives apart ("Words: Jane Doe" over
// "Pictures: John Roe", "Images:", "Illustration:", "Video:").
var photoCredits = [...]string{"фото:", "фото ", "fotoğraf:", "foto:", "fotos:", "photo:", "photos:", "φωτογραφίες:", "ֆոտո՝", "ფოტო:",
	"kuvat:", "kuva:", "bild:", "bilder:", "editor:", "redaktur:", "editor ", "edit:", "editing:",
	"pictures:", "picture:", "images:", "image:", "illustration:", "illustrations:", "photography:", "video:"}

// photoCreditCut returns rest, the names after a byline's label, cut
// before a photographer's credit ([photoCredits]) that follows a comma, a
// slash, a bar, a semicolon, a full stop or a line break ("Текст: Анна
// Смирнова. Фото: Иван Петров", "Tekst: Mette Holm<br>Foto: Jens Lund"
// under the story); rest as it is when none does.
func photoCreditCut(rest string) string {
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ',', '/', '|', ';', '.', '\n':
		default:
			continue
		}
		after := strings.TrimLeft(rest[i+1:], " ")
		var buf [32]byte
		low := appendLower(buf[:0], after[:min(len(after), 24)])
		for _, c := range photoCredits {
			if bytes.HasPrefix(low, []byte(c)) {
				return strings.TrimSpace(rest[:i])
			}
		}
	}
	return roleCut(rest)
}

// roleCut returns rest without a role that ends it after a comma: one or
// two words that open in lower case ("Олена Коваленко, кореспондентка",
// "Ivan Petrov, korrespondent"), where a name would open with a capital.
func roleCut(rest string) string {
	i := strings.LastIndexByte(rest, ',')
	if i <= 0 {
		return rest
	}
	role := strings.TrimSpace(rest[i+1:])
	r, _ := utf8.DecodeRuneInString(role)
	if role == "" || !unicode.IsLower(r) || strings.Count(role, " ") > 1 {
		return rest
	}
	for _, c := range role {
		if !unicode.IsLetter(c) && c != ' ' && c != '-' {
			return rest
		}
	}
	return strings.TrimSpace(rest[:i])
}

// labelOpeners is the set of letters a label of [worldLabels],
// [bareLabels] or [labelWords] opens with, in every case (each letter's whole fold orbit,
// so that no label that strings.EqualFold or strings.ToLower would match is
// passed over): the quick test that spares most lines the walk through
// the labels.
var labelOpeners = sync.OnceValue(func() map[rune]bool {
	set := map[rune]bool{}
	add := func(l string) {
		r0, _ := utf8.DecodeRuneInString(l)
		for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
			set[r] = true
			if r == r0 {
				break
			}
		}
	}
	for _, l := range worldLabels {
		add(l)
	}
	for _, l := range bareLabels {
		add(l)
	}
	for l := range labelWords {
		add(l)
	}
	return set
})

// maxLabelRunes bounds the labels of [worldLabels], in runes.
const maxLabelRunes = 24

// foldedLabel is a label of [worldLabels] with each rune folded
// ([foldRune]), and its length in runes.
type foldedLabel struct {
	folded []byte
	runes  int
}

// foldedLabels are [worldLabels] folded, in their order.
var foldedLabels = sync.OnceValue(func() []foldedLabel {
	out := make([]foldedLabel, len(worldLabels))
	for i, l := range worldLabels {
		var b []byte
		for _, r := range l {
			b = utf8.AppendRune(b, foldRune(r))
		}
		out[i] = foldedLabel{b, utf8.RuneCountInString(l)}
	}
	return out
})

// foldHead appends to dst s's first runes (up to maxLabelRunes) folded
// ([foldRune]), but for a space just before a colon (French typography's,
// "Auteur : Jane Doe", an ordinary or a no-break one), and sets ends[n]
// to the byte offset in s after the n-th rune it appended.
func foldHead(dst []byte, ends []int, s string) []byte {
	for i, n := 0, 0; i < len(s) && n < maxLabelRunes; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if i += size; n > 0 && i < len(s) && s[i] == ':' && unicode.IsSpace(r) {
			continue // "Auteur : Jane Doe", the space French prints before a colon
		}
		dst = utf8.AppendRune(dst, foldRune(r))
		n++
		ends[n] = i
	}
	return dst
}

// foldRune is the least rune of r's simple case-folding orbit: two runes
// fold to the same rune exactly when strings.EqualFold takes them for
// each other ("K", "k" and the Kelvin sign \u212a all fold to "K").
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
