package clean

import (
	"fmt"
	"slices"
	"strings"
)

// check reports, as ErrOptions, options that cannot mean what their caller
// wants: a nil stage, a stage with no name or named as another one
// (Disable could not switch it off, or tell them apart), and a Disable name
// no stage has. It costs nothing when neither field is
// set, and a walk over the stages' names when one is.
func (o *Options) check() error {
	if o == nil || len(o.Stages) == 0 && len(o.Disable) == 0 {
		return nil
	}
	for i, s := range o.Stages {
		if s == nil {
			return fmt.Errorf("%w: Options.Stages[%d] is nil", ErrOptions, i)
		}
		if s.Name() == "" {
			return fmt.Errorf("%w: Options.Stages[%d] (%T) has no name: its Name method must return one, by which Disable switches it off", ErrOptions, i, s)
		}
		if o.stageNamed(s.Name(), i) {
			return fmt.Errorf("%w: Options.Stages[%d]: a stage named %q exists already", ErrOptions, i, s.Name())
		}
	}
	for _, name := range o.Disable {
		if !o.stageNamed(name, len(o.Stages)) {
			return fmt.Errorf("%w: Options.Disable: no stage named %q: %s", ErrOptions, name, o.stageHint(name))
		}
	}
	return nil
}

// stageHint is what an unknown Disable name was meant to be: the stage
// whose name is a misspelling of it, else the list of every stage's name.
// It runs only on the way to an error.
func (o *Options) stageHint(name string) string {
	var names []string
	for _, s := range slices.Concat(builtinStages, o.Stages) {
		names = append(names, s.Name())
	}
	best, bestDist := "", 3 // at most two edits away
	key := strings.ToLower(strings.TrimSpace(name))
	for _, n := range names {
		if d := editDistance(key, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	if best != "" {
		return fmt.Sprintf("did you mean %q?", best)
	}
	return "the stages are " + strings.Join(names, ", ")
}

// stageNamed reports whether a built-in stage or one of the first n added
// stages has this name.
func (o *Options) stageNamed(name string, n int) bool {
	for _, s := range builtinStages {
		if s.Name() == name {
			return true
		}
	}
	for _, s := range o.Stages[:n] {
		if s.Name() == name {
			return true
		}
	}
	return false
}
