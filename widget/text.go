package widget

import (
	"strings"

	"github.com/immerse-massage/stretch/anim"
)

// keepNumbersTogether joins each number in s to the words around it, and a
// " · " separator to both its neighbours, with no-break spaces, so that a
// line never breaks before or after a number: "Get into position · 10"
// wraps before "position", never before "10".
func keepNumbersTogether(s string) string {
	s = strings.ReplaceAll(s, " · ", "\u00a0·\u00a0")
	b := []rune(s)
	for i, r := range b {
		if r != ' ' {
			continue
		}
		if (i > 0 && isDigit(b[i-1])) || (i+1 < len(b) && isDigit(b[i+1])) {
			b[i] = '\u00a0'
		}
	}
	return string(b)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// captionParts splits the live caption for s into its word and its
// countdown ("Breathe out" and " · 6"), ready to show: a breathing word
// never breaks ("Breathe out" is one line), and the countdown never breaks
// from it. Shown one after the other they read as Caption(s).
func captionParts(w anim.Words, s anim.State) (word, count string) {
	caption := w.Caption(s)
	word = w.CaptionWord(s)
	count, ok := strings.CutPrefix(caption, word)
	if !ok {
		return keepNumbersTogether(caption), ""
	}
	if s.Segment == anim.Breathing && !s.Ended {
		word = strings.ReplaceAll(word, " ", "\u00a0")
	}
	return word, keepNumbersTogether(count)
}
