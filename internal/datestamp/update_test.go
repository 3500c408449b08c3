package datestamp

// testkit defines the module's one -update flag: linked into this package's
// test binary, it lets `go test ./... -update` run here too (this package
// has no golden file of its own).
import _ "github.com/newsclean/newsclean/internal/testkit"
