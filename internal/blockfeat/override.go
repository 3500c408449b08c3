package blockfeat

import "sync/atomic"

// Path names the input kind a story model is for.
type Path int

// The two paths, one model each.
const (
	HTMLPath Path = iota
	TextPath
)

// overrides hold the models that stand in for the built-in ones; nil: the
// built-in model.
var overrides [2]atomic.Pointer[Model]

// SetOverride makes package clean score path's blocks with m instead of
// its built-in model, until it is called again with nil. It is for the
// trainer, which runs the whole pipeline with a fold's model
// (internal/train's -pipecv): the override is the process's, so the caller
// runs one model at a time.
func SetOverride(path Path, m *Model) { overrides[path].Store(m) }

// Pick returns the model that scores path's blocks: the override when one
// is set, else builtin.
func Pick(path Path, builtin *Model) *Model {
	if m := overrides[path].Load(); m != nil {
		return m
	}
	return builtin
}
