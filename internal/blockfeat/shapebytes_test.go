package blockfeat

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestShapeOfBytePath compares ShapeOf, whose ASCII bytes go through
// asciiShape, with shapeOfRunes, the scan rune by rune it replaced, on
// invented lines and on random mixes of letters, digits, marks and spaces,
// ASCII and not.
func TestShapeOfBytePath(t *testing.T) {
	lines := []string{
		"", " ", "a", "A.", "1.", "12) Item", "- dash", "• bullet", "Posted 3 hours ago.",
		"Published: Jan 5, 2024 10:45 | By Jane DOE", "Visit www.example.com or http://x.y/z @home",
		"He said: \"It's over.\"", "Ends with (a paren)", "Question? Yes!", "Time 9:3 and 12:30",
		"© 2023 Les Éditions — tous droits réservés.", "Министр заявил… «Да»", "東京。 大阪、京都",
		"Tab\there\nnew line.", "x\u00a0y\u0085z", "September sept Sept. MAY may 1899 2099 20x1",
	}
	alphabet := strings.Split("aZk9 0.,;:!?|/@\"')-*>\t\n·»›⋅…。،、©”’éЖ٣ǅ\u00a0\u2003x1", "")
	lines = append(lines, testkit.RandomTexts(1, 2, 3000, 40, alphabet)...)
	for _, s := range lines {
		if got, want := ShapeOf(s), shapeOfRunes(s); got != want {
			t.Errorf("ShapeOf(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// isUpper is shapeOfRunes's test for a capital.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// shapeOfRunes is ShapeOf as it read every rune before the ASCII table.
func shapeOfRunes(s string) Shape {
	var sh Shape
	inWord := false
	wordStart := 0
	var last, prev rune
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		sh.Runes++
		isLetter := r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= utf8.RuneSelf && unicode.IsLetter(r)
		isDigit := '0' <= r && r <= '9'
		if isLetter || isDigit || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			if !inWord {
				inWord, wordStart = true, i
				sh.Words++
				if isUpper(r) {
					sh.CapWords++
				}
			}
			if isLetter {
				sh.Letters++
				if isUpper(r) {
					sh.Upper++
				}
			} else {
				sh.Digits++
			}
		} else {
			if inWord {
				sh.word(s[wordStart:i])
			}
			inWord = false
			switch r {
			case '.', '!', '?', '…', '。':
				if i+size >= len(s) || s[i+size] == ' ' || s[i+size] == '\n' {
					sh.Sentences++
				}
			case ',', ';', '،', '、':
				sh.Commas++
			case '|', '•', '·', '»', '›', '/', '⋅':
				sh.Seps++
			case ':':
				if '0' <= prev && prev <= '9' && i+2 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
					sh.Clock = true
				}
			case '©':
				sh.Copyright = true
			case '@':
				sh.Address = true
			}
		}
		if !unicode.IsSpace(r) {
			if r != '"' && r != '\'' && r != '”' && r != '’' && r != ')' && r != '»' || last == 0 {
				last = r
			}
		}
		prev = r
		i += size
	}
	if inWord {
		sh.word(s[wordStart:])
	}
	switch last {
	case '.', '!', '?', '…', '。':
		sh.SentEnd = true
	}
	sh.Question = last == '?'
	sh.ColonEnd = last == ':'
	if len(s) > 0 {
		switch c := s[0]; {
		case c == '-' || c == '*' || c == '>':
			sh.Bullet = true
		case isDigitByte(c):
			j := 1
			for j < len(s) && isDigitByte(s[j]) {
				j++
			}
			sh.Bullet = j < len(s) && j <= 2 && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ')
		default:
			r, _ := utf8.DecodeRuneInString(s)
			sh.Bullet = r == '•' || r == '–' || r == '—' || r == '·' || r == '▪' || r == '►'
		}
	}
	return sh
}
