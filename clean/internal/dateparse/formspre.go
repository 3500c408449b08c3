package dateparse

import (
	"strings"
	"unicode/utf8"
)

// Cheap tests for the generic forms that have one mark to look for
// beyond their opening: each finds, without the expression, a piece of
// text every match of its form holds, so that a head without it does not
// compile the form (a few hundred thousand instructions a process; see
// TestFormPreTests).

// daySlash reports whether head holds a day's digit, a full stop and a
// slash ("14. /TASS/", "14./ARKA/"), as the slash form needs.
func daySlash(head string) bool {
	for i := strings.IndexByte(head, '/'); i >= 0; {
		j := i - 1
		if j >= 0 && head[j] == ' ' {
			j--
		}
		if j >= 1 && head[j] == '.' && isDigit(head[j-1]) {
			return true
		}
		k := strings.IndexByte(head[i+1:], '/')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// dayParen reports whether head holds a day's digit and then " (" or ", ("
// ("Sept 19 (Interfax)"), as the month-day-credit form needs.
func dayParen(head string) bool {
	for i := strings.IndexByte(head, '('); i >= 0; {
		j := i - 1
		if j >= 0 && head[j] == ' ' {
			j--
			if j >= 0 && head[j] == ',' {
				j--
			}
			if j >= 0 && isDigit(head[j]) {
				return true
			}
		}
		k := strings.IndexByte(head[i+1:], '(')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// stopDash reports whether head holds a full stop, maybe a space, and a
// dash ("YEREVAN. –", "BAKU.-"), as the place-stop-dash form needs.
func stopDash(head string) bool {
	for i := strings.IndexByte(head, '.'); i >= 0; {
		r := head[i+1:]
		r = strings.TrimPrefix(r, " ")
		if opensDash(r) {
			return true
		}
		k := strings.IndexByte(head[i+1:], '.')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// capsDash reports whether head may open with a place in capitals,
// perhaps a state ("DC", "D.C.", "Calif."), and a space and a dash or an
// en or em dash glued to it, as the place-dash form needs: the first
// space before a dash (no earlier space in a match is followed by one),
// or the glued dash if it comes first, comes after no digit, at most five
// spaces ("ST. " and four words, ", " before the state), and no ASCII
// lower-case letter but in the state's last six bytes.
func capsDash(head string) bool {
	glued := gluedDash(head)
	i := 0
	for {
		k := strings.IndexByte(head[i:], ' ')
		if glued >= 0 && (k < 0 || i+k > glued) {
			i = glued // an en or em dash glued to the place: "CONAKRY—Guinea's"
			break
		}
		if k < 0 {
			return false
		}
		i += k
		r := head[i+1:]
		if opensDash(r) {
			break
		}
		i++
	}
	spaces := 0
	for j := 0; j < i; j++ {
		switch c := head[j]; {
		case isDigit(c):
			return false
		case c == ' ':
			spaces++
		case c >= 'a' && c <= 'z' && j < i-6:
			return false
		}
	}
	return spaces <= 5
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// opensDash reports whether s opens with a dash ([isDash]: the forms'
// hyphen, en and em dashes among them).
func opensDash(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDash(r)
}

// gluedDash is the index of the first en or em dash in head that follows
// no space ("CONAKRY—Guinea's"), or -1.
func gluedDash(head string) int {
	for i := strings.IndexByte(head, 0xE2); i >= 0 && i+2 < len(head); {
		if i > 0 && head[i-1] != ' ' && head[i+1] == 0x80 && (head[i+2] == 0x93 || head[i+2] == 0x94) {
			return i
		}
		j := strings.IndexByte(head[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}
