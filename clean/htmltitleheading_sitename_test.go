package clean

import (
	"strings"
	"testing"
)

// TestKeepTitleHeadingNotSiteName shows keepTitleHeading keeping a masthead's
// <h3>-<h5> that prints the site's name (the page's <title> only that name,
// as on a CMS that titles every page so) as the page's headline: the Title
// block becomes the site's name and the real headline, printed in a <div>
// or <p> over the story, falls into the body (or the title is the site's).
// siteNameStoryEnd is a fourth paragraph: the story detector labels pages
// of eight blocks or more.
const siteNameStoryEnd = `
<p>The trust will review the new hours in September, when the last of the summer hire boats have returned to the basin for the winter.</p>`

func TestKeepTitleHeadingNotSiteName(t *testing.T) {
	for _, c := range []struct {
		site, headline, story string
		siteMeta              bool // og:site_name given
	}{
		{"Upper Canal Lock Keepers Association", "Lock keepers vote to open the gates earlier",
			titleHeadingStory + siteNameStoryEnd, true},
		{"Upper Canal Lock Keepers Association", "Lock keepers vote to open the gates earlier",
			titleHeadingStory + siteNameStoryEnd, false},
		{"Noticias del Canal de Castilla", "Los esclusistas abrirán las compuertas dos horas antes",
			`<p>Los esclusistas del canal votaron el martes abrir las compuertas dos horas antes a partir de mayo, tras un invierno de colas en la esclusa alta.</p>
<p>Las tripulaciones lo pedían desde la primavera, dijeron los esclusistas, y la confederación aceptó pagar un segundo turno los fines de semana.</p>
<p>Las empresas de alquiler de la dársena celebraron la votación, pero advirtieron que los amarres bajo la escalera de esclusas ya están llenos en verano.</p>
<p>La confederación revisará el nuevo horario en septiembre, cuando los últimos barcos de alquiler vuelvan a la dársena para el invierno.</p>`, true},
		{"Nachrichten vom oberen Kanal Ruhr", "Schleusenwärter öffnen die Tore künftig zwei Stunden früher",
			`<p>Die Schleusenwärter am oberen Kanal haben am Dienstag beschlossen, die Tore ab Mai zwei Stunden früher zu öffnen, nach einem Winter mit langen Wartezeiten.</p>
<p>Bootsbesatzungen hatten die Änderung seit dem Frühjahr gefordert, und die Kanalverwaltung bezahlt nun eine zweite Schicht an den Wochenenden.</p>
<p>Die Vermieter am Hafenbecken begrüßten den Beschluss, warnten aber, dass die Liegeplätze unterhalb der Schleusentreppe im Sommer schon voll sind.</p>
<p>Die Verwaltung will die neuen Zeiten im September prüfen, wenn die letzten Mietboote für den Winter ins Hafenbecken zurückgekehrt sind.</p>`, true},
	} {
		head := `<title>` + c.site + `</title>`
		if c.siteMeta {
			head += `<meta property="og:site_name" content="` + c.site + `">`
		}
		for _, tag := range []string{"h3", "h4", "h5"} {
			src := `<html><head>` + head + `</head><body><div id="masthead"><` + tag + ` class="site-name">` + c.site + `</` + tag + `><nav><a href="/a">Boats</a> <a href="/b">Locks</a> <a href="/c">Moorings</a></nav></div>` +
				`<div class="post"><p class="headline"><b>` + c.headline + `</b></p>` + c.story + `</div><footer>© 2025 ` + c.site + `</footer></body></html>`
			res, err := HTML([]byte(src), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			name := c.site + " in <" + tag + ">"
			if !c.siteMeta {
				name += ", no og:site_name"
			}
			if res.Title == c.site {
				t.Errorf("%s: the page's title is the site's name", name)
			}
			for _, b := range res.Blocks {
				switch strings.TrimSpace(b.Text) {
				case c.site:
					if b.Kind == Title {
						t.Errorf("%s: the site's name labelled the title by %q", name, b.Rule)
					}
				case c.headline:
					if b.Kind != Title {
						t.Errorf("%s: the headline labelled %q by %q (in the body), want the title", name, b.Kind, b.Rule)
					}
				}
			}
		}
	}
}
