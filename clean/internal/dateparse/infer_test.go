package dateparse

import (
	"strings"
	"testing"
	"time"
)

// bodyFrom returns the seed's paragraphs from the one that starts with
// prefix on.
func bodyFrom(t *testing.T, file, prefix string) []string {
	t.Helper()
	text := readSeed(t, file)
	i := strings.Index(text, prefix)
	if i < 0 {
		t.Fatalf("%s: %q not found", file, prefix)
	}
	return strings.Split(text[i:], "\n\n")
}

func TestInferYearSeeds(t *testing.T) {
	// TASS: "on Sunday" (14 March 2021 was a Sunday), "January 11, 2021",
	// "the summer of 2014", "April 2016".
	if y, ok := InferYear(time.March, 14, bodyFrom(t, "001_15d8147f57d8f419.txt", "BAKU, March 14")); !ok || y != 2021 {
		t.Errorf("TASS seed: InferYear = %d, %v; want 2021", y, ok)
	}
	// ARKA: "November 9, 2020 and January 11, 2021", "September 27, 2020".
	if y, ok := InferYear(time.April, 16, bodyFrom(t, "003_a0fdcd33e81b8070.txt", "YEREVAN, April 16")); !ok || y != 2021 {
		t.Errorf("ARKA seed: InferYear = %d, %v; want 2021", y, ok)
	}
	// Asbarez (published 2024-01-18) mentions no year but 2020; its
	// "on Wednesday" cannot fall within two days of 18 January 2020, a
	// Saturday, so the wrong candidate is refused.
	if y, ok := InferYear(time.January, 18, bodyFrom(t, "004_3f5fb442d585114e.txt", "“The Zangezur")); ok {
		t.Errorf("Asbarez seed: InferYear = %d, want not settled", y)
	}
}

func TestInferYear(t *testing.T) {
	tests := []struct {
		name       string
		month      time.Month
		day        int
		paragraphs []string
		want       int // 0: not settled
	}{
		{"full date anchors", time.April, 16, []string{
			"The talks, held on January 11, 2021, set up a working group.",
			"The war began on September 27, 2020."}, 2021},
		{"day-month-year order", time.June, 3, []string{
			"The commission met on 12 May 2022 in Brussels.", "It was set up in 2021."}, 2022},
		{"numeric date", time.June, 3, []string{"The decree of 01.06.2022 took effect."}, 2022},
		{"month and year anchor", time.June, 3, []string{"The talks stalled in April 2022."}, 2022},
		{"month of year anchor", time.June, 3, []string{"It was agreed in the spring, in March of 2022."}, 2022},
		{"weekday on the publish day anchors", time.March, 14, []string{
			"The president said on Sunday that the roads built in 2021 would open."}, 2021},
		{"weekday the day before is consistent", time.March, 15, []string{
			"Officials said on Sunday that the agreement of January 11, 2021 holds."}, 2021},
		{"said Weekday without on", time.January, 18, []string{
			"Lavrov said Thursday that the agreement of Nov. 9, 2020 did not mention it.",
			"He repeated the claim he made on January 10, 2024."}, 2024},
		{"a later month of the latest year rejects it", time.January, 18, []string{
			"Lavrov said Thursday that the agreement of Nov. 9, 2020 did not mention it.",
			"He visited in November 2023."}, 0},
		{"no year", time.March, 14, []string{"The president said on Sunday that talks continue."}, 0},
		{"a target year is not a candidate", time.February, 6, []string{
			"The line will be rebuilt by 2027, the minister said on Tuesday.",
			"The ministers first discussed it on January 18, 2024, and plan to finish the work until 2030."}, 2024},
		{"a target year alone settles nothing", time.February, 6, []string{
			"The line will be rebuilt by 2027, the minister said on Tuesday."}, 0},
		{"year alone does not anchor", time.August, 27, []string{
			"The conflict between the two countries began in 1988."}, 0},
		{"only 2020 events, Sunday is not near 14 March 2020", time.March, 14, []string{
			"The minister said on Sunday that the talks of January 20, 2020 were useful."}, 0},
		{"later full date rejects the candidate", time.March, 14, []string{
			"The leaders met on January 11, 2021.",
			"The next round is due on May 5, 2021."}, 0},
		{"later month rejects the candidate", time.March, 14, []string{
			"The leaders met on January 11, 2021, and plan to meet again in June 2021."}, 0},
		{"same day is not later", time.March, 14, []string{"The meeting on March 14, 2021 was the first."}, 2021},
		{"earlier-year later month is fine", time.March, 14, []string{
			"Clashes erupted on September 27, 2020.", "The statement of January 11, 2021 followed."}, 2021},
		{"feb 29 needs a leap candidate", time.February, 29, []string{"The deal of January 5, 2023."}, 0},
		{"impossible input", time.February, 30, []string{"The deal of January 5, 2024."}, 0},
		{"glued numbers are not years", time.March, 3, []string{"At COP2029 and in the 2030s, as of January 5, 2024."}, 2024},
		{"lower-case may is not a month", time.June, 3, []string{"Talks may 2024 be held; they began on January 5, 2024."}, 2024},
		{"next weekday in the future fails", time.March, 11, []string{ // 11 March 2021 was a Thursday
			"The leaders met on January 11, 2021. They will meet again on Sunday."}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y, ok := InferYear(tt.month, tt.day, tt.paragraphs)
			if ok != (tt.want != 0) || y != tt.want {
				t.Errorf("InferYear(%v, %d) = %d, %v; want %d", tt.month, tt.day, y, ok, tt.want)
			}
		})
	}
}
