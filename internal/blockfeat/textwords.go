package blockfeat

// maxVocabWords is the longest line, in words, whose words [vocab] reads:
// a pitch, a disclosure or a bio is rarely longer, and a story's long
// paragraph needs no such evidence.
const maxVocabWords = 80

// Word classes of [vocab].
const (
	pitchWord uint8 = 1 + iota // the words of a site's furniture
	youWord                    // the reader addressed
	weWord                     // the site speaking of itself
)

// pitchWords are the words that a site's furniture written as sentences
// uses and a story seldom does: newsletter and subscription pitches, calls
// to sign up, try, book or download, cookie and privacy notices, affiliate
// disclosures, comment prompts, "related" headings, in English and a few
// words of German, French and Spanish. A story that uses one is not
// furniture: the feature is a share of the line's words, for the model to
// weigh with the rest.
var pitchWords = []string{
	"subscribe", "subscribed", "subscriber", "subscribers", "subscription", "subscriptions", "unsubscribe",
	"newsletter", "newsletters", "inbox", "signup", "sign", "login", "register", "account", "email",
	"download", "app", "trial", "demo", "free", "contact", "consultation", "quote",
	"privacy", "policy", "cookie", "cookies", "terms", "consent", "affiliate", "commission", "sponsored",
	"advertisement", "advertising", "advertise", "partners", "click", "share", "follow", "join", "offer",
	"discount", "coupon", "exclusive", "members", "membership", "premium", "donate", "support",
	"learn", "related", "recommended", "popular", "trending", "latest", "comment", "comments", "reply",
	"notify", "copyright", "reserved", "today", "now",
	"abonnieren", "datenschutz", "kommentar", "abonnez", "inscrivez", "confidentialité", "suscríbete",
	"suscribirse", "privacidad", "boletín",
}

var youWords = []string{"you", "your", "yours", "yourself"}

var weWords = []string{"we", "our", "ours", "us"}

// vocab maps the FNV-1a hash of each word of the lists above (as eachWord
// hashes words) to its class.
var vocab = func() map[uint32]uint8 {
	m := make(map[uint32]uint8, len(pitchWords)+len(youWords)+len(weWords))
	for _, l := range []struct {
		words []string
		class uint8
	}{{pitchWords, pitchWord}, {youWords, youWord}, {weWords, weWord}} {
		for _, w := range l.words {
			m[hashString(w)] = l.class
		}
	}
	return m
}()

// vocabFeatures is the number of vocabulary features (putWords's vv).
const vocabFeatures = 4

var vocabNames = [vocabFeatures]string{"pitch-share", "pitch-words", "you-share", "we-share"}
