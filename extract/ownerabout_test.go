package extract_test

import (
	"strings"
	"testing"
)

// A personal site whose name is a brand's names its owner in the menu's
// link to the about page; one named after the owner's forename names her
// by it in the metadata. A firm named so is left alone.
func TestSiteOwnerMoreForms(t *testing.T) {
	mine := `<p>` + strings.Repeat("I walked the old harbour wall at dawn, and my camera counted the boats coming in. ", 3) + `</p>`
	ours := `<p>` + strings.Repeat("We walked the old harbour wall at dawn, and our team counted the boats coming in. ", 3) + `</p>`
	about := `<ul class="menu"><li><a href="/about/">About Ana Bergstrom</a></li></ul>`
	for _, c := range []headCase{{
		name:    "the menu's about link names the owner, the address spells the name",
		url:     "https://www.anabergstrom.com/2025/harbour-walk/",
		src:     page(`<meta property="og:site_name" content="Harbour Light Studio">`, about+`<h1>A walk on the harbour wall</h1>`+mine),
		title:   "A walk on the harbour wall",
		authors: []string{"Ana Bergstrom"},
	}, {
		name:    "the metadata's forename opens the site's name and its address, the story says I",
		url:     "https://marabakesandtells.com/harbour-walk/",
		src:     page(`<meta property="og:site_name" content="Mara Bakes and Tells"><meta name="author" content="Mara">`, `<h1>A walk on the harbour wall</h1>`+mine),
		title:   "A walk on the harbour wall",
		authors: []string{"Mara"},
	}} {
		t.Run(c.name, c.run)
	}
	for _, c := range []struct{ name, url, head, top, story string }{
		{"an about link to a name the address does not spell", "https://harbourwalks.example.org/harbour-walk",
			`<meta property="og:site_name" content="Harbour Light Studio">`, about, mine},
		{"an about link to a department whose first word the address spells", "https://www.northgate.edu/blog/harbour-walk",
			`<meta property="og:site_name" content="Northgate College">`, `<ul class="menu"><li><a href="/rowing/">About Northgate Rowing</a></li></ul>`, mine},
		{"a firm named after its founder's forename, its story in the plural", "https://marabakesandtells.com/harbour-walk/",
			`<meta property="og:site_name" content="Mara Bakes and Tells"><meta name="author" content="Mara">`, "", ours},
		{"a forename the site's name does not open", "https://marabakesandtells.com/harbour-walk/",
			`<meta property="og:site_name" content="Harbour Bakes"><meta name="author" content="Mara">`, "", mine},
	} {
		t.Run("leave alone: "+c.name, func(t *testing.T) {
			noAuthor(t, c.url, page(c.head, c.top+`<h1>A walk on the harbour wall</h1>`+c.story))
		})
	}
}
