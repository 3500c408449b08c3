// Package testkit is what the module's tests share: the one -update flag
// and the golden-file check that obeys it, the places where test data lives,
// and loaders for that data.
//
// Every package of the module that has tests imports testkit for some of
// its work, so the -update flag is defined in every test binary and
// `go test ./... -update` rewrites every golden file the module has.
//
// # Where the data lives
//
// The repository's own data is found from the module root (the directory
// of the go.mod of github.com/newsclean/newsclean), never by counting ../
// from a package:
//
//   - [Seeds] and [Seed]: the seed pages, testdata/seeds/*.txt. Their golden
//     files are in testdata/golden: [Testdata] gives the path of either.
//   - [OutletCases] and [ReadCase]: the outlet cases,
//     clean/rules/<rule>/<case>.txtar, each with its golden article
//     ([OutletCase.Check]).
//
// This data is part of the repository: when it is missing, the test fails.
//
// The benchmark data is not: it lives in shared/, beside the repository
// (../shared from the module root), as CI places it. [Shared] and
// [SharedPages] skip the test, with a message, when shared/ is absent, as
// it is in a user's clone.
//
// # Race detector
//
// A test too slow under the race detector calls [SkipUnderRace]; .ci/run
// runs such tests again without the detector, and a test of this package
// fails if .ci/run does not name one of them.
package testkit
