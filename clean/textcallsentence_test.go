package clean

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestCallFormOpeners: each form's openers list every word of callForms'
// openers that the form's matches may open with, as its parsed
// expression tells (callFormWords), and no form opens with one of
// callLeadWords; callFor, which tries a sentence only against the forms
// of its first word, then reads as the whole alternation would.
func TestCallFormOpeners(t *testing.T) {
	all := callFor()
	for _, f := range callForms {
		tree, err := syntax.Parse(`(?i)`+f.expr, syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", f.expr, err)
		}
		listed := map[string]bool{}
		for w := range strings.FieldsSeq(f.openers) {
			listed[w] = true
		}
		callFormWords([]*syntax.Regexp{tree}, "", func(word string, next wordEnd) {
			for w := range all {
				if mayOpenAs(w, word, next) && !listed[w] {
					t.Errorf("%s: may open with %q, not among its openers %q", f.expr, w, f.openers)
				}
			}
			for w := range callLeadWords {
				if mayOpenAs(w, word, next) {
					t.Errorf("%s: may open with %q, a word the head lets stand before a call", f.expr, w)
				}
			}
			if word == "" {
				t.Errorf("%s: its first word is not known", f.expr)
			}
		})
		for w := range listed {
			if all[w] == nil {
				t.Errorf("%s: opener %q has no expression", f.expr, w)
			}
		}
	}
}

// wordEnd tells what may follow the letters a form's first word is
// spelled with.
type wordEnd int

const (
	wordEnds   wordEnd = iota // a mark or a space: the word ends there
	wordGoesOn                // anything: the word may go on
	wordBound                 // a \b: the word may go on, but not with an ASCII letter or digit
)

// mayOpenAs reports whether opener w may be the first word of a match
// whose first letters are word, followed by next: w is word, or w goes
// on from it where the word may go on; past a \b, only with a byte that
// is not an ASCII letter or digit, or with a "k" (U+212A KELVIN SIGN,
// which (?i) matches, \b takes for a non-word rune, and the first-word
// test lowers to "k").
func mayOpenAs(w, word string, next wordEnd) bool {
	if w == word {
		return true
	}
	if next == wordEnds || !strings.HasPrefix(w, word) {
		return false
	}
	c := w[len(word)]
	return next == wordGoesOn || c == 'k' || !(c < 0x80 && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))))
}

// callFormWords calls emit with the first words (letters, hyphens and
// apostrophes, in lower case) the concatenation seq may open with, after
// acc, and what may follow them: the word may go on past what the
// expression spells out at a \b, a repeat, a large class or the
// expression's end.
func callFormWords(seq []*syntax.Regexp, acc string, emit func(word string, next wordEnd)) {
	if len(seq) == 0 {
		emit(acc, wordGoesOn)
		return
	}
	re, rest := seq[0], seq[1:]
	then := func(subs ...*syntax.Regexp) []*syntax.Regexp {
		return append(append([]*syntax.Regexp{}, subs...), rest...)
	}
	switch re.Op {
	case syntax.OpLiteral:
		for i, r := range re.Rune {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				emit(strings.TrimRight(acc, "-'’"), wordEnds)
				return
			}
			if i == len(re.Rune)-1 {
				callFormWords(rest, acc+strings.ToLower(string(r)), emit)
				return
			}
			acc += strings.ToLower(string(r))
		}
		callFormWords(rest, acc, emit)
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 8 {
			emit(acc, wordGoesOn)
			return
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				callFormWords(then(&syntax.Regexp{Op: syntax.OpLiteral, Rune: []rune{r}}), acc, emit)
			}
		}
	case syntax.OpConcat:
		callFormWords(then(re.Sub...), acc, emit)
	case syntax.OpCapture:
		callFormWords(then(re.Sub[0]), acc, emit)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			callFormWords(then(s), acc, emit)
		}
	case syntax.OpQuest:
		callFormWords(then(re.Sub[0]), acc, emit)
		callFormWords(rest, acc, emit)
	case syntax.OpEmptyMatch:
		callFormWords(rest, acc, emit)
	case syntax.OpWordBoundary:
		emit(acc, wordBound)
	default: // repeats, any character: the word may go on
		emit(acc, wordGoesOn)
	}
}

// TestCallForAgreesWithWhole: on every sentence of the seed pages and
// invented ones (each opener before the words of many forms), and on each
// with a head the expression allows put before it, isCallSentence
// answers as the whole alternation of callForms does after the first-word
// test.
func TestCallForAgreesWithWhole(t *testing.T) {
	testkit.SkipUnderRace(t, "the call forms over every sentence of the rule cases, on one goroutine")
	var forms []string
	for _, f := range callForms {
		forms = append(forms, f.expr)
	}
	whole := regexp.MustCompile(callSentenceHead + strings.Join(forms, "|") + ")")
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*"))
	var sentences []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var starts []int
		for line := range strings.Lines(string(data)) {
			line = strings.TrimSpace(line)
			starts = sentenceStarts(starts[:0], line)
			for k := range starts {
				sentences = append(sentences, sentenceAt(line, starts, k))
			}
		}
	}
	if len(sentences) < 200 {
		t.Fatalf("%d sentences in the seed pages; want two hundred or more", len(sentences))
	}
	// the corpus's lines whose first word opens a form, and calls whose
	// literals run past a curly apostrophe (callPrefixes reads it)
	for _, l := range testkit.CorpusLines(t) {
		if callCandidate(l) != nil {
			sentences = append(sentences, l)
		}
	}
	sentences = append(sentences, "If you’re enjoying this newsletter, consider subscribing.",
		"If you're loving our work, become a member.", "If you are finding value in this, donate today.",
		"IF YOU’RE ENJOYING THIS, SUBSCRIBE.", "If you’re ready to sail, book early.", "Scarica l’app del Porto",
		"Scarica l'app del Porto", "Scarica la nostra app", "Scarica l’archivio delle maree")
	// Each opener before the words of many forms, so that a sentence is
	// tried against forms its first word does not open.
	tails := []string{"us on Telegram.", "up for our newsletter.", "to our newsletter today.", "our free app.",
		"more news, follow us on X.", "the latest, subscribe to our alerts.", "a tip? Email tips@harbour.example.",
		"you value our work, please subscribe.", "can also follow us on Facebook.", "rely on readers like you.",
		"independent journalism today.", "sie uns auf Instagram.", "nous sur Facebook.", "nas na Facebooku.",
		"на наш канал.", "sosyal medyada takip edin."}
	for w := range callFor() {
		for _, tail := range tails {
			sentences = append(sentences, strings.ToUpper(w[:1])+w[1:]+" "+tail, w+"-"+tail)
		}
	}
	calls := 0
	for _, s := range sentences {
		for _, v := range []string{s, "Please " + s, "— " + s, "and " + strings.ToLower(s), "Ü" + s} {
			want := callCandidate(v) != nil && whole.MatchString(v)
			if got := isCallSentence(v); got != want {
				t.Errorf("isCallSentence(%q) = %v, the whole alternation %v", v, got, want)
			}
			if want {
				calls++
			}
		}
	}
	if calls == 0 {
		t.Errorf("no call among %d sentences: the test compares nothing", len(sentences))
	}
	t.Logf("%d sentences, %d calls among them and their variants", len(sentences), calls)
}

// TestCallMayOpenPastApostrophe: a call form's literal runs past a curly
// apostrophe, which folds to no other rune: "If you’re ready ..." opens
// none of the "if" forms' literals, and its expression is not compiled for
// it; "If you’re enjoying ..." opens one, in any case.
func TestCallMayOpenPastApostrophe(t *testing.T) {
	for s, want := range map[string]bool{
		"If you’re ready to sail, book early.":         false,
		"If you’re planning a trip, pack light.":       false,
		"If your ferry is late, call the harbour.":     false,
		"If you’re enjoying this story, subscribe.":    true,
		"IF YOU’RE LOVING OUR WORK, BECOME A MEMBER.":  true,
		"If you're enjoying this story, subscribe.":    true,
		"If you value our reporting, please donate.":   true,
		"Please, if you are enjoying this, subscribe.": true,
	} {
		re, at := callCandidateAt(s)
		if re == nil {
			t.Fatalf("callCandidateAt(%q): no expression", s)
		}
		if got := callMayOpen(s, at, callPrefixes()[re]); got != want {
			t.Errorf("callMayOpen(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCallForCompiles: every expression of callFor compiles.
func TestCallForCompiles(t *testing.T) {
	for w, re := range callFor() {
		if _, err := regexp.Compile(re.expr); err != nil {
			t.Errorf("%s: %v", w, err)
		}
	}
}
