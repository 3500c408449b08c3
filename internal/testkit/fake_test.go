package testkit

import (
	"fmt"
	"runtime"
	"testing"
)

// fakeTB stands in for a test, so that a test of a helper can see it fail
// or skip. As in a real test, Fatal and Skip end the calling goroutine.
type fakeTB struct {
	testing.TB // nil: a method not defined here panics
	failed     bool
	skipped    bool
	msg        string
	logs       []string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.failed, f.msg = true, fmt.Sprintf(format, args...)
}

func (f *fakeTB) Fatal(args ...any) {
	f.failed, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}

func (f *fakeTB) Fatalf(format string, args ...any) { f.Fatal(fmt.Sprintf(format, args...)) }

func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped, f.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func (f *fakeTB) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// fake runs fn with a fakeTB on a goroutine of its own and returns the
// fakeTB once fn has returned or ended the goroutine.
func fake(fn func(tb testing.TB)) *fakeTB {
	f := &fakeTB{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	return f
}

// setUpdate sets the -update flag to on for the rest of test t, so that a
// test of the golden checks runs the same with and without -update.
func setUpdate(t *testing.T, on bool) {
	old := *update
	*update = on
	t.Cleanup(func() { *update = old })
}
