package clean

// CheckConservation is checkConservation, for the tests of package
// clean_test: the outlet cases are checked for conservation too.
var CheckConservation = checkConservation
