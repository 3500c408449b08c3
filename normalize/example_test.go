package normalize_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsclean/newsclean/normalize"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func ExampleString() {
	out, changes := normalize.String("Traffic in the Lachinsky corridor  to Nagorny Karabakh resumed.")
	fmt.Println(out)
	for _, c := range changes {
		fmt.Printf("%d %q -> %q (%s)\n", c.Offset, c.From, c.To, c.Layer)
	}
	// Output:
	// Traffic in the Lachin corridor to Nagorno-Karabakh resumed.
	// 15 "Lachinsky corridor" -> "Lachin corridor" (spelling)
	// 34 " " -> "" (unicode)
	// 38 "Nagorny Karabakh" -> "Nagorno-Karabakh" (spelling)
}

func ExampleNew() {
	n, err := normalize.New(normalize.Options{
		Targets: map[string]string{"Stepanakert": "Khankendi"},
	})
	if err != nil {
		panic(err)
	}
	out, _ := n.String("Stepanakert and Shushi; Step’anakert (Khankendi).")
	fmt.Println(out)
	// Output:
	// Khankendi and Shushi; Step’anakert (Khankendi).
}

func ExampleParseMode() {
	opts, err := normalize.ParseMode("all")
	if err != nil {
		panic(err)
	}
	n, _ := normalize.New(opts)
	out, _ := n.String("Khankendi, Shushi and Kelbajar")
	fmt.Println(out)
	_, err = normalize.ParseMode("everything")
	fmt.Println(err)
	// Output:
	// Stepanakert, Shusha and Kalbajar
	// normalize: unknown mode "everything" (want spelling, none or all)
}

func ExampleLoadNames() {
	names, err := normalize.LoadNames(strings.NewReader(
		"canonical,variant,kind,region\nDilijan,Dilizhan,spelling,AM\n"))
	if err != nil {
		panic(err)
	}
	n, _ := normalize.New(normalize.Options{Names: names})
	out, _ := n.String("Dilizhan and Kelbajar")
	fmt.Println(out)

	_, err = normalize.LoadNames(strings.NewReader("canonical,variant,kind\nBaku,Baky,town\n"))
	fmt.Println(err)
	// Output:
	// Dilijan and Kalbajar
	// normalize: names line 2, field "kind": bad gazetteer: unknown kind "town" (want spelling, person, demonym, exonym or flag)
}

func ExampleNormalizer_String() {
	n, _ := normalize.New(normalize.Options{})
	out, changes := n.String("Officials spoke of “Western Azerbaijan” and Garabagh’s future")
	fmt.Println(out)
	for _, c := range changes {
		fmt.Printf("%d %q -> %q (%s)\n", c.Offset, c.From, c.To, c.Layer)
	}
	// Output:
	// Officials spoke of “Western Azerbaijan” and Karabakh’s future
	// 22 "Western Azerbaijan" -> "Western Azerbaijan" (flag)
	// 48 "Garabagh" -> "Karabakh" (spelling)
}

func ExampleNormalizer_Bytes() {
	n, _ := normalize.New(normalize.Options{NoNames: true})
	out, changes := n.Bytes([]byte("    Nakhichevan\u00a0news։"))
	fmt.Printf("%s %d\n", out, len(changes))
	// Output:
	// Nakhichevan news. 3
}

func ExampleNormalizer_Transformer() {
	n, _ := normalize.New(normalize.Options{})
	r := transform.NewReader(strings.NewReader("Kelbajar\n  Nakhijevan\n"), n.Transformer())
	streamed, err := io.ReadAll(r)
	if err != nil {
		panic(err)
	}
	fmt.Print(string(streamed))

	// Chained after another transformer.
	out, _, _ := transform.String(transform.Chain(norm.NFC, n.Transformer()), "Garabagh")
	fmt.Println(out)
	// Output:
	// Kalbajar
	// Nakhchivan
	// Karabakh
}

func ExampleBuiltinNames() {
	groups := map[normalize.Kind]int{}
	for _, n := range normalize.BuiltinNames() {
		groups[n.Kind]++
	}
	fmt.Println(groups[normalize.KindExonym] > 20, groups[normalize.KindFlag] > 5)
	// Output:
	// true true
}

// The package documentation's before and after: indentation, Russian-style
// and Azerbaijani spellings, and the Armenian full stop used as a colon.
func Example() {
	in := "    BAKU, March 14. /TASS/. … the Lachinsky corridor and Nagorny Karabakh…\n" +
		"Kelbajar and Garabagh’s future\u0589 the road through Nakhichevan\u0589"
	out, changes := normalize.String(in)
	fmt.Println(out)
	for _, c := range changes {
		fmt.Printf("%d %q -> %q (%s)\n", c.Offset, c.From, c.To, c.Layer)
	}
	// Output:
	// BAKU, March 14. /TASS/. … the Lachin corridor and Nagorno-Karabakh…
	// Kalbajar and Karabakh’s future: the road through Nakhchivan.
	// 0 "    " -> "" (unicode)
	// 36 "Lachinsky corridor" -> "Lachin corridor" (spelling)
	// 59 "Nagorny Karabakh" -> "Nagorno-Karabakh" (spelling)
	// 79 "Kelbajar" -> "Kalbajar" (spelling)
	// 92 "Garabagh" -> "Karabakh" (spelling)
	// 111 "։" -> ":" (unicode)
	// 131 "Nakhichevan" -> "Nakhchivan" (spelling)
	// 142 "։" -> "." (unicode)
}

// ExampleNormalizer_AppendString normalises paragraphs into one buffer
// and one slice of changes, both reused: only the changes asked for are
// made into Changes.
func ExampleNormalizer_AppendString() {
	n, err := normalize.New(normalize.Options{})
	if err != nil {
		panic(err)
	}
	var buf []byte
	var spans []normalize.ChangeSpan
	for _, p := range []string{"Talks on Garabagh\u00a0resumed.", "Nothing to change here."} {
		buf, spans = n.AppendString(buf[:0], p, spans[:0])
		fmt.Printf("%s (%d changes)\n", buf, len(spans))
		for _, sp := range spans {
			c := sp.Change(p, string(buf))
			fmt.Printf("  %d %q -> %q (%s)\n", c.Offset, c.From, c.To, sp.Layer())
		}
	}
	// Output:
	// Talks on Karabakh resumed. (2 changes)
	//   9 "Garabagh" -> "Karabakh" (spelling)
	//   17 "\u00a0" -> " " (unicode)
	// Nothing to change here. (0 changes)
}
