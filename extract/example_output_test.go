package extract_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
)

// String fails only on bad input, with the clean package's sentinels.
func ExampleString() {
	a, err := extract.String("Ferry service returns\n\nThe ferry runs again from Monday, the port said.\n", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title)
	_, err = extract.String(" \n\n", nil)
	fmt.Println(errors.Is(err, clean.ErrEmpty))
	// Output:
	// Ferry service returns
	// true
}

// AppendJSON gives json.Marshal's bytes, one article after another in one
// buffer, as a batch writes JSON Lines.
func ExampleArticle_AppendJSON() {
	var buf []byte
	for _, page := range []string{
		"Ferry service returns\n\nThe ferry runs again from Monday, the port said.\n",
		"Library opens\n\nThe new library opens its doors on Saturday, the council said.\n",
	} {
		a, err := extract.String(page, &extract.Options{NoNormalize: true})
		if err != nil {
			panic(err)
		}
		buf = append(a.AppendJSON(buf), '\n')
	}
	os.Stdout.Write(buf)
	// Output:
	// {"title":"Ferry service returns","language":"en","body":["The ferry runs again from Monday, the port said."],"blocks":[{"type":"paragraph","text":"The ferry runs again from Monday, the port said."}]}
	// {"title":"Library opens","language":"en","body":["The new library opens its doors on Saturday, the council said."],"blocks":[{"type":"paragraph","text":"The new library opens its doors on Saturday, the council said."}]}
}

// WriteMarkdown writes the Markdown form to any io.Writer.
func ExampleArticle_WriteMarkdown() {
	a, err := extract.String("Ferry service returns\n\nThe ferry runs again from Monday, the port said.\n", nil)
	if err != nil {
		panic(err)
	}
	if err := a.WriteMarkdown(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// ---
	// title: "Ferry service returns"
	// language: "en"
	// ---
	//
	// # Ferry service returns
	//
	// The ferry runs again from Monday, the port said.
}
