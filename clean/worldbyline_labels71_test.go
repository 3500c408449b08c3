package clean

import (
	"slices"
	"testing"
)

// TestWorldBylineLabels71 checks the labels the ninth census of flattened
// heads led to: Russian "Подготовил(а)" and French "Propos recueillis par"
// before the name, Hindi "द्वारा" after it; beside lines of their words
// that name nobody.
func TestWorldBylineLabels71(t *testing.T) {
	for _, c := range []struct {
		read func(string) []string
		in   string
		want []string
	}{
		{worldBylineNames, "Подготовила Анна Смирнова", []string{"Анна Смирнова"}},
		{worldBylineNames, "Подготовил Иван Петров", []string{"Иван Петров"}},
		{worldBylineNames, "Подготовили Анна Смирнова и Иван Петров", []string{"Анна Смирнова", "Иван Петров"}},
		{worldBylineNames, "Propos recueillis par Julien Moreau", []string{"Julien Moreau"}},
		{worldBylineNames, "Подготовила к выпуску новая команда", nil},
		{uncasedByline, "सुनील वर्मा द्वारा", []string{"सुनील वर्मा"}},
		{uncasedByline, "सुनील वर्मा और अनुज सिंह द्वारा", []string{"सुनील वर्मा", "अनुज सिंह"}},
		{uncasedByline, "द्वारा", nil},
		{uncasedByline, "नगर परिषद ने रात्रि बस सेवा का विस्तार किया", nil},
		// an institution before "द्वारा" (the district administration, the state government): no writer
		{uncasedByline, "जिला प्रशासन द्वारा", nil},
		{uncasedByline, "राज्य सरकार द्वारा", nil},
		{uncasedByline, "जल बोर्ड द्वारा", nil},
		{uncasedByline, "मीना कुमारी द्वारा", []string{"मीना कुमारी"}},
	} {
		if got := c.read(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
