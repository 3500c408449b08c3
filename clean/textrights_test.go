package clean

import (
	"strings"
	"testing"
)

// TestRightsNotice reads a footer's notices of its rights and of the
// credit a reprint owes, in several languages, beside a story's sentences
// about copyright, which stay.
func TestRightsNotice(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"© 2024 Harbour Media Ltd. All rights reserved.", true},
		{"Copyright © 2024 Ege Haber. Tüm hakları saklıdır.", true},
		{"© 2024 «Городские вести». Все права защищены.", true},
		{"При использовании материалов ссылка на источник обязательна.", true},
		{"При цитировании материалов гиперссылка на сайт обязательна.", true},
		{"Bütün hüquqlar qorunur. Materiallardan istifadə edərkən istinad mütləqdir.", true},
		{"Saytın materiallarından istifadə zamanı istinad zəruridir.", true},
		{"© 2024 Rheinblick Verlag GmbH. Alle Rechte vorbehalten.", true},
		{"© 2024 Diario del Turia. Todos los derechos reservados.", true},
		{"© 2024 Le Petit Rhodanien. Tous droits réservés.", true},
		{"ALL RIGHTS RESERVED", true},
		{"© 2025 Gazeta de Nord. TOATE DREPTURILE REZERVATE.", true},
		{"© 2025 Gradski list. SVA PRAVA PRIDRŽANA.", true},
		{"BẢN QUYỀN © 2025 Báo Thành Phố", true},
		{"© 2025 «Приморские вести». ВСЕ ПРАВА ЗАЩИЩЕНЫ.", true},
		{"The label said it reserved all rights to the recordings and would sue any site that hosted them.", false},
		{"The court ruled that the photographer kept the rights to the pictures she took for the magazine.", false},
		{"Ссылка на приговор суда обязательна для всех участников процесса, заявил адвокат.", false},
		{"Jurnalist istinad etdiyi mənbənin adını açıqlamayıb.", false},
		{strings.Repeat("word ", 45) + "All rights reserved.", false},
	} {
		if got := isRightsNotice(c.line, len(strings.Fields(c.line))); got != c.want {
			t.Errorf("isRightsNotice(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
