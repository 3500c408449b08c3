package clean

import (
	"slices"
	"testing"
)

func TestGluedRoleName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Keelan Osei Reporter", "Keelan Osei"},
		{"Keelan Osei Senior Correspondent", "Keelan Osei"},
		{"Keelan Osei Transport reporter", "Keelan Osei"},
		{"Keelan Osei Senior political reporter", "Keelan Osei"},
		{"Ann Mary Lee Staff Writer", "Ann Mary Lee"},
		// no name before a title, or no title: left alone
		{"Senior Political Correspondent", ""},
		{"Chief Political Correspondent", ""},
		{"Ann Head", ""},
		{"Resy Staff", ""},
		{"Jane Doe", ""},
		{"Jane Doe Lead", ""},
		{"Jane Doe reporter", ""},
		{"The Daily Courier Reporter", ""},
	} {
		if got := gluedRoleName(c.in); got != c.want {
			t.Errorf("gluedRoleName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNameWithRoleTitleAlone(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Senior Political Correspondent", ""},
		{"Business reporter", ""},
		{"Keelan Osei Reporter", "Keelan Osei"},
		{"Jane Doe, Staff Writer", "Jane Doe"},
		{"Jane Doe", "Jane Doe"},
	} {
		if got := nameWithRole(c.in); got != c.want {
			t.Errorf("nameWithRole(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestInnerLabel(t *testing.T) {
	for _, c := range []struct {
		names, rest string
		want        int
	}{
		{"Jane Doe Pictures: John Roe", "", len("Jane Doe")},
		{"Jane Doe Pictures", ": John Roe", len("Jane Doe")},
		{"Jane Doe, Fotos: John Roe", "", len("Jane Doe,")},
		{"Jane Doe", "", -1},
		{"Jane Doe 10:14", "", -1},
		{"Pictures", ": John Roe", -1},
		{"Jane DoePublished: Jan 29, 2025", "", -1},
	} {
		if got := innerLabel(c.names, c.rest); got != c.want {
			t.Errorf("innerLabel(%q, %q) = %d, want %d", c.names, c.rest, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Words: Jane Doe Pictures: John Roe", []string{"Jane Doe"}},
		{"Text: Jane Doe, Photos: John Roe", []string{"Jane Doe"}},
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By Jane DoePublished: Jan 29, 2025", []string{"Jane Doe"}},
		{"Text: Article Five of the Treaty", nil},
	} {
		if got := bylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReporterAfterName(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"山田花子 記者", []string{"山田花子"}},
		{"山田花子\u3000記者", []string{"山田花子"}},
		{"（山田花子 記者）", []string{"山田花子"}},
		{"(山田花子 記者)", []string{"山田花子"}},
		// glued to the word, no name before it, more than a name, a label
		{"共同通信記者", nil},
		{"記者", nil},
		{"山田花子 佐藤太郎 記者", nil},
		{"記者：山田花子", nil},
		{"（山田花子 記者", nil},
	} {
		if got := reporterAfterName(c.in); !slices.Equal(got, c.want) {
			t.Errorf("reporterAfterName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRomanianByOtherLanguages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Na Amani Mwakasege", "By Amani Mwakasege"},
		{"Ni Ligaya Dimaculangan", "By Ligaya Dimaculangan"},
		{"Na", "Na"},
		{"Ni hatua muhimu kwa jiji", "Ni hatua muhimu kwa jiji"},
	} {
		if got := romanianBy(c.in); got != c.want {
			t.Errorf("romanianBy(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEndsWithTrade(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Keelan Osei Reporter", true},
		{"Business reporter ", true},
		{"Senior Political Correspondent", true},
		{"Jane Doe", false},
		{"Reporter", true},
		{"Jane Doe Extraordinarilylongword", false},
		{"", false},
	} {
		if got := endsWithTrade(c.in); got != c.want {
			t.Errorf("endsWithTrade(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
