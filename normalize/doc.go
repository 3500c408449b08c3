// Package normalize cleans the text of South Caucasus news articles: it
// repairs Unicode (spaces, invisible characters, look-alike punctuation,
// NFC) and rewrites spelling variants of place and person names to one
// spelling, recording every change it makes.
//
// Before, as scraped (indentation, TASS's Russian-style names, an
// Azerbaijani outlet's spelling, an Armenian full stop used as a colon):
//
//	    BAKU, March 14. /TASS/. … the Lachinsky corridor and Nagorny Karabakh…
//	Kelbajar and Garabagh’s future։ the road through Nakhichevan։
//
// After [String] (the package example runs it):
//
//	BAKU, March 14. /TASS/. … the Lachin corridor and Nagorno-Karabakh…
//	Kalbajar and Karabakh’s future: the road through Nakhchivan.
//
// with one [Change] per edit: its byte offset in the input, the text before
// and after, and the [Layer] that made it.
//
// # Getting started
//
// [String] uses the default [Normalizer]: Unicode clean-up plus the
// spelling layer with the built-in gazetteer. For other choices, build a
// Normalizer once with [New] and reuse it:
//
//	n, err := normalize.New(normalize.Options{Exonyms: normalize.PresetWikipedia})
//	text, changes := n.String(paragraph)
//
// The zero Normalizer is the Unicode clean-up alone: it rewrites no names
// (see [Normalizer]).
//
// A caller that normalises many texts can keep its own buffers:
// [Normalizer.AppendString] (and [Normalizer.Append] for bytes) appends
// the output to a byte slice and the changes, as offsets ([ChangeSpan]),
// to a slice of its own, and allocates nothing once both are large
// enough; [ChangeSpan.Change] gives the [Change] String would report.
//
//	buf, spans = n.AppendString(buf[:0], paragraph, spans[:0])
//
// [ParseMode] maps the CLI's -normalize spelling|none|all to [Options];
// [LoadNames] reads extra gazetteer rows (the CLI's -names FILE) in the
// format of the built-in names.csv. Use Options.NoNames for text that is
// not English: only the Unicode clean-up runs.
//
// [Normalizer.Transformer] returns a [golang.org/x/text/transform.SpanningTransformer]
// for streams, which composes with transform.Chain and transform.NewReader.
//
// # Layers
//
// [LayerUnicode] runs always: NFC; no-break and other odd spaces become a
// space; zero-width characters and soft hyphens are removed (joiners and
// direction marks only next to Latin or neutral characters, since Persian,
// Indic and emoji text needs them); U+0589 ARMENIAN FULL STOP becomes a
// colon, or a full stop at the end of a line, U+2024 a full stop, U+058A a
// hyphen and U+055D a comma, unless the last letter before them is Armenian;
// C0 control characters other than tabs and line ends (NUL, BEL, ESC) are
// removed; runs of spaces collapse to one; leading indentation and trailing spaces
// go; invalid UTF-8 becomes U+FFFD. Typographic quotes stay unless
// Options.ASCIIQuotes is set.
//
// [LayerSpelling] (on by default) rewrites spelling variants of one name:
// Garabagh and Qarabağ to Karabakh, Nakhichevan to Nakhchivan, Kelbajar to
// Kalbajar, Nagorny Karabakh to Nagorno-Karabakh, Nikol Pashinian to Nikol
// Pashinyan. Options.Canonical overrides any target spelling. Canonical
// spellings are those of international wire copy (Kalbajar, Aghdam,
// Sergei Lavrov, Recep Tayyip Erdogan); Zangezur, not Zangazur, because
// most outlets and Wikipedia write it so (Zangazur is the Azerbaijani-
// orthography form of the same name, so a spelling variant). The
// gazetteer, its sources and what was dropped from the draft are in
// names.csv; [BuiltinNames] returns it.
//
// [LayerExonym] (off by default) rewrites politically distinct names of one
// place (Stepanakert/Khankendi, Shushi/Shusha, Artsakh/Nagorno-Karabakh,
// Berdzor/Lachin, Karvachar/Kalbajar) to the name the caller chose, per
// group with Options.Targets or for all groups with a [Preset]. The preset
// of "-normalize all" is [PresetWikipedia].
//
// [LayerFlag] reports irredentist terms such as "Western Azerbaijan"
// without changing them.
//
// Names are matched in one left-to-right pass on a folded key (case,
// diacritics, apostrophe, dash and schwa look-alikes, dotted and dotless i)
// mapped back to the original text. A name is found only where the text
// starts it with a capital, as English writes names (an ASCII capital, or a
// letter outside ASCII that is not lower case: Şuşa, İlham): a word in
// lower case (turkey the bird, "azərbaycan dili" in a menu of languages, a
// slug) is left alone, unless a gazetteer row spells that name with a
// lower-case first letter or a digit (the built-in names.csv has none).
// The longest name wins (Nagorno-Karabakh
// before Karabakh); names start and end at Unicode word boundaries, and
// apostrophes end a word, so possessives match (Garabagh's becomes
// Karabakh's); the case pattern is kept (GARABAGH becomes KARABAKH); a
// name joined by another dash than its spelling's hyphen (hyphen,
// non-breaking hyphen, figure dash, en dash, minus) is written with the
// hyphen (Nagorno–Karabakh with an en dash becomes Nagorno-Karabakh, a
// spelling change), while a dash outside a name (2019–2020) stays; a name
// that also means something else (Susa, Martuni, Julfa, Aliev) is rewritten
// only if the same paragraph names another place of its region; Qarabağ
// and Qarabag, also a football club, are rewritten unless their sentence
// is about football (Qarabağ FK and FK Qarabag; a result right after the
// name, as in "Qarabag beat Ajax" or "Qarabag won"; a score next to it; or
// a word such as match, league, UEFA, goal, coach, striker, stadium, fans
// or season in the same sentence); a gloss
// of two politically distinct names of one place, such as "Khankendi
// (Stepanakert)", is left alone rather than becoming "X (X)", but a
// spelling variant next to another spelling of the same name is rewritten
// ("Nakhichevan (Nakhchivan)" becomes "Nakhchivan (Nakhchivan)"); names inside web addresses and hashtags are left alone; and a
// paragraph that does not look English (no English function words, or
// mostly non-Latin script) is not rewritten. Normalising twice changes
// nothing the second time.
//
// # Concurrency
//
// A [Normalizer] is immutable once [New] returns and is safe for concurrent
// use; the default one is built once, on first use. A transformer from
// [Normalizer.Transformer] holds the state of one stream and must not be
// shared.
package normalize
