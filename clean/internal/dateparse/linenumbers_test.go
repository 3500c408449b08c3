package dateparse

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// digitRuns matches a run of ASCII digits: a number token of the lexer.
var digitRuns = regexp.MustCompile(`[0-9]+`)

// testLiterals returns every string literal of the package's test files,
// and each line of those that span lines: the date lines the tables hold,
// and the prose and menu lines they turn down.
func testLiterals(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	fset := token.NewFileSet()
	var out []string
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out = append(out, s)
					if strings.Contains(s, "\n") {
						out = append(out, strings.Split(s, "\n")...)
					}
				}
			}
			return true
		})
	}
	return out
}

// checkTwoNumbers fails when readDateLine, the reader without DateLine's
// count of numbers, reads a date line from s that holds fewer than two
// runs of digits: DateLine turns such a line down unread.
func checkTwoNumbers(t *testing.T, s string) (read bool) {
	t.Helper()
	line, _ := FoldDigits(s)
	if len(line) < 4 || len(line) > MaxLineLen || !shortWithDigit(line) {
		return false
	}
	if _, _, ok := readDateLine(line); ok {
		if n := len(digitRuns.FindAllStringIndex(line, -1)); n < 2 {
			t.Errorf("readDateLine(%q) reads a date with %d run(s) of digits; DateLine would turn it down", line, n)
		}
		return true
	}
	return false
}

// TestDateLineTwoNumbers holds shortWithNumbers' claim that every date line
// the reader takes has two runs of digits, over the literals of the tests
// and, for each that reads as a date line, every variant of it left with one
// run (the others dropped, or turned into a letter): the reader must turn
// each down, as DateLine now does before reading.
func TestDateLineTwoNumbers(t *testing.T) {
	read, variants := 0, 0
	for _, s := range testLiterals(t) {
		if !checkTwoNumbers(t, s) {
			continue
		}
		read++
		line, _ := FoldDigits(s)
		runs := digitRuns.FindAllStringIndex(line, -1)
		for keep := range runs {
			for _, repl := range []string{"", "x", " "} {
				var b strings.Builder
				at := 0
				for k, r := range runs {
					b.WriteString(line[at:r[0]])
					if k == keep {
						b.WriteString(line[r[0]:r[1]])
					} else {
						b.WriteString(repl)
					}
					at = r[1]
				}
				b.WriteString(line[at:])
				checkTwoNumbers(t, b.String())
				variants++
			}
		}
	}
	if read < 100 {
		t.Fatalf("only %d of the test literals read as date lines: the check reads too little", read)
	}
	t.Logf("%d date lines, %d variants with one run of digits", read, variants)
}

// FuzzDateLineTwoNumbers holds the same claim on any input.
func FuzzDateLineTwoNumbers(f *testing.F) {
	for _, s := range []string{
		"25 May 2023 - 23:12", "Nov 19 9:03 am", "4 มี.ค. 2568 14:05 น.", "오후 2:05 2025.03.04.",
		"04.03.2025 - Güncelleme : 05.03.2025", "الثلاثاء 4 رمضان 1446 هـ - 4 مارس 2025 م",
		"2025. március 4. 10:15", "4 tháng 3, 2025", "2025-yil 4-mart", "19-Dec-2025", "Mar-27-2024",
		"© 2019", "Nov 18", "5 Dec. 11:00 (UTC+3 MSK)", "10h15 4 mars 2025",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTwoNumbers(t, s) })
}
