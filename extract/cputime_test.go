package extract

import "github.com/newsclean/newsclean/internal/scaling"

// cpuTime is the CPU time the process has used so far (0 where the
// platform does not say), for benchmarks that report CPU beside wall time.
var cpuTime = scaling.CPUTime
