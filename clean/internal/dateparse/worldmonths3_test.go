package dateparse

import (
	"testing"
	"time"
)

// The third date census's forms: the Gregorian months' names in Galician,
// Tajik, Nepali, Gujarati, Punjabi, Telugu, Kannada, Malayalam, Sinhala,
// Amharic, Lao, Basque and Maltese (after "ta'"), the digits of more Indic scripts, a year first
// after a blank alone (Malayalam, Sinhala), Mongolian's numbered month,
// Basque's "2025eko abenduaren 5a", Thai's era year after "พ.ศ.", in two
// digits or under slashes, the Levant's two-word month names, and a Hijri
// date and the Gregorian parted by a slash, either first; each
// with lines that must stay no date.
func TestDateLineWorldMonths3(t *testing.T) {
	dec5 := Stamp{Year: 2025, Month: time.December, Day: 5}
	for _, c := range []struct {
		line string
		want Stamp // the zero Stamp: no date
	}{
		{"5 de decembro de 2025", dec5},
		{"5 декабри 2025", dec5},
		{"डिसेम्बर ५, २०२५", dec5},
		{"૫ ડિસેમ્બર ૨૦૨૫", dec5},
		{"5 ਦਸੰਬਰ 2025", dec5},
		{"డిసెంబర్ 5, 2025", dec5},
		{"ಡಿಸೆಂಬರ್ ೫, ೨೦೨೫", dec5},
		{"2025 ഡിസംബർ 5", dec5},
		{"2025 දෙසැම්බර් 5", dec5},
		{"ዲሴምበር 5, 2025", dec5},
		{"5 ທັນວາ ໒໐໒໕", dec5},
		{"2025 оны 12 сарын 5", dec5},
		{"2025eko abenduaren 5a", dec5},
		{"วันศุกร์ที่ 5 ธันวาคม พ.ศ. 2568", dec5},
		{"5 ธ.ค. 68", dec5},
		{"05/12/2568", dec5},
		{"14 كانون الأول 2025", Stamp{Year: 2025, Month: time.December, Day: 14}},
		{"3 تشرين الثاني 2025", Stamp{Year: 2025, Month: time.November, Day: 3}},
		{"9 آب 2025", Stamp{Year: 2025, Month: time.August, Day: 9}},
		{"5 ta' Diċembru 2025", dec5},
		{"14 Jumada al-Akhirah 1447 AH / 5 December 2025", dec5},
		{"Jumaat, 5 Disember 2025 / 14 Jamadilakhir 1447H", dec5},
		{"leave alone: 14 Jumada al-Akhirah 1447 AH / Local", Stamp{}},
		{"leave alone: 2025 ഡിസംബർ", Stamp{}},
		{"leave alone: 2025 оны 13 сарын 5", Stamp{}},
		{"leave alone: 2025eko abenduaren 32a", Stamp{}},
		{"leave alone: 05/12/2800", Stamp{}},
		{"leave alone: 05.12.2568", Stamp{}},
		{"leave alone: 12/9/2511:01 PM", Stamp{}},
		{"leave alone: كانون الأول 2025", Stamp{}},
		{"leave alone: 2025 people 5", Stamp{}},
		{"leave alone: 2025 December 5", Stamp{}}, // the bare form is read in scripts beyond ASCII only
	} {
		line, _ := cutLeaveAlone(c.line)
		st, _, ok := DateLine(line)
		if ok != (c.want != Stamp{}) || ok && (st.Year != c.want.Year || st.Month != c.want.Month || st.Day != c.want.Day) {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v", line, st, ok, c.want)
		}
	}
}
