package align

// The shared -update flag, so that "go test ./... -update" runs here too.
import _ "github.com/newsclean/newsclean/internal/golden"
