package clean

// cutPitchTailsHTML takes, on an HTML page, the site's pitch off the
// blocks the story detector kept, as cutPitchTails does on flattened
// text and with the same forms (callSentence): a kept block whose last
// sentences are calls to subscribe, follow, download the app, donate or
// send a tip ("Follow us on Telegram.", "Support local journalism:
// become a member.") is cut at the sentence, the story's sentences kept
// and the pitch labelled Subscribe (rule "model/html-call-sentence", so
// it lands in the removed list); a block that is the pitch alone is
// labelled whole.
func (p *Page) cutPitchTailsHTML() {
	var starts []int
	for i := range p.blocks {
		if p.free(i) {
			starts = p.cutPitchTail(i, "model/html-call-sentence", starts)
		}
	}
	p.flushCuts()
}
