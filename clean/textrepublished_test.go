package clean

import "testing"

// TestIsRepublishNote: a note that names the outlet the story first
// appeared in, in each language of republishNote, is one; a note that
// dates the story's own first publication, a story's sentence about where
// a report or a plan first appeared, a note past the line's opening and a
// forum's quote header are not.
func TestIsRepublishNote(t *testing.T) {
	for line, want := range map[string]bool{
		"This article is republished from The Harbour Review under a Creative Commons license. Read the original article.": true,
		"This story originally appeared in Valley Voices and is republished here with permission.":                         true,
		"Originally published on harbourreview.com.":                                                                       true,
		"*This post first appeared on the Valley Notes blog.":                                                              true,
		"Editor's note: A version of this essay first appeared in The Harbour Quarterly.":                                  true,
		"Reprinted with permission from The Valley Courier.":                                                               true,
		"Este artículo fue publicado originalmente en El Diario del Valle.":                                                true,
		"Cet article a d'abord été publié sur Le Courrier du Val.":                                                         true,
		"Dieser Beitrag ist zuerst auf Talblatt.de erschienen.":                                                            true,
		"Este artigo foi publicado originalmente no Jornal do Vale.":                                                       true,
		"Questo articolo è stato pubblicato originariamente su Il Corriere della Valle.":                                   true,
		"Artykuł ukazał się pierwotnie w serwisie Gazeta Doliny.":                                                          true,
		"(Originally published in The Harbour Review on 3 March 2025.)":                                                    true,

		"Originally published in March 2022. Last updated on December 20, 2024.":                                   false,
		"The article was originally published in April 2020 and was updated in April 2024.":                        false,
		"Update note: This blog post was originally published on the 21st of June 2017.":                           false,
		"Originally posted February 2017":                                                                          false,
		"The report was first published in 2019 by the university's transport institute.":                          false,
		"The report was first published in The Lancet last year and has since been cited by the council.":          false,
		"Her first novel was originally published in Canada, the publisher said.":                                  false,
		"El ayuntamiento publicó originalmente el plan en 2019 y lo ha revisado dos veces desde entonces.":         false,
		"The mayor said the plan, which was first published in The Valley Courier, would cost more than expected.": false,
		"Originally Posted by Shanecook":                                                                           false,
		"Publicado originalmente en marzo de 2021.":                                                                false,
	} {
		if got := isRepublishNote(line); got != want {
			t.Errorf("isRepublishNote(%q) = %v, want %v", line, got, want)
		}
	}
}
