package clean

import "sync"

//go:generate go test -run ^TestBuiltinRulesGenerated$ -update

// BuiltinRules returns the rules that ship with newsclean, compiled once.
// The files are in the module's clean/rules directory; a user's own rule
// files, loaded with [LoadRules], may be combined with them by
// [RuleSet.Merge].
func BuiltinRules() *RuleSet { return builtin() }

// builtin compiles the built-in rules on first use. The rule files are
// decoded, and their patterns parsed and checked, when the package is
// built: builtin_gen.go holds them (builtinFiles) and their patterns'
// prefilters (builtinFilters), written by go generate from
// clean/rules/*.toml. Decoding the TOML and parsing the patterns in every
// process was a third of a one-page run's start-up.
// TestBuiltinRulesGenerated fails when the file is stale.
var builtin = sync.OnceValue(buildBuiltin)

// buildBuiltin builds the built-in rule set from builtin_gen.go, as the
// first page of every process does (BenchmarkBuiltinRules measures it).
func buildBuiltin() *RuleSet {
	rules := make([]*Rule, 0, len(builtinFiles))
	for _, f := range builtinFiles {
		// Each file lists its patterns' places in builtinFilters, in the
		// order buildRule compiles them: a map of the filters cost more
		// to build than the searches, and the searches more than this.
		r, err := buildRule(f.file, f.rf, builtinFilters, f.filters)
		if err != nil {
			// The built-in rules are compiled by the tests; a broken one
			// cannot ship.
			panic(err)
		}
		rules = append(rules, r)
	}
	s, err := NewRuleSet(rules...)
	if err != nil {
		panic(err)
	}
	return s
}

// builtinFile is a built-in rule file, decoded.
type builtinFile struct {
	file    string // as LoadRules names it: "rules/tass.com.toml"
	rf      ruleFile
	filters []int32 // the index in builtinFilters of each of rf's patterns, in the order buildRule compiles them
}

// patternFilters is a rule pattern parsed ahead: what compilePattern works
// out from its parsed tree, and its start pairs, without the tree.
type patternFilters struct {
	expr   string
	names  []string // the capture groups' names
	lit    string
	maxLen int
	minLen int
	anyOf  []string
	prefix []string
	start  *byteSet
	pairs  *startPairs // nil when not known
	end    *byteSet    // nil when not known
	rare   uint16      // lit's rarest pair (rarePair)
	fold   foldLit     // the literal as case folds, for a pattern with no lit (see foldLiteralOf)
}

// pattern returns the pattern, as compilePattern gives it, its start pairs,
// end bytes and rare pair known already: its regexp is compiled on first
// use.
func (f *patternFilters) pattern() pattern {
	return pattern{
		re:     &lazyRegexp{expr: f.expr, names: f.names, fold: f.fold},
		lit:    f.lit,
		maxLen: f.maxLen,
		minLen: f.minLen,
		anyOf:  f.anyOf,
		prefix: f.prefix,
		start:  f.start,
		pairs:  f.pairs,
		end:    f.end,
		lead:   leadOfAnyOf(f.anyOf),
		rare:   f.rare,
	}
}
