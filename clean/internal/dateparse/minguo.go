package dateparse

// Taiwan's pages count years from the Republic of China's founding
// (Minguo: 1912 is its year 1) and print a numeric date year first with
// that year's three digits: "114/03/04", "114-03-04" or "114.03.04" is 4
// March 2025 ("民國114年3月4日", with 年, is package clean's to read).

// minguoBase is what a Minguo year adds up to the Common Era's.
const minguoBase = 1911

// minguoYear reports whether y, a number of three digits, is a Minguo
// year this reader takes: 100..130 (2011..2041). Earlier years of two
// digits would read as another form's, and a three-digit number before a
// month and a day outside the range is more often a code or a page count
// than a year.
func minguoYear(y int) bool { return y >= 100 && y <= 130 }
