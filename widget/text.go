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

// resumeText says where a paused routine is, ready to show beside Resume:
// numbers kept with their words, and the one line break it may need after
// the " · " that ends the stretch's title, so a narrow box shows "Child's
// Pose ·" over "breath 2 of 6", never "Child's" over "Pose · breath 2 of 6".
func resumeText(w anim.Words, s anim.State, title string) string {
	return strings.Replace(keepNumbersTogether(w.ResumeAt(s, title)), "\u00a0·\u00a0", "\u00a0· ", 1)
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
