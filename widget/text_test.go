package widget

import (
	"strings"
	"testing"
	"time"

	"github.com/immerse-massage/stretch/anim"
)

func TestKeepNumbersTogether(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Get into position · 10", "Get into position\u00a0·\u00a010"},
		{"Breath 2 of 6", "Breath\u00a02\u00a0of\u00a06"},
		{"Child's Pose · breath 3 of 6", "Child's Pose\u00a0·\u00a0breath\u00a03\u00a0of\u00a06"},
		{"Colócate en posición · 12", "Colócate en posición\u00a0·\u00a012"},
		{"No numbers here", "No numbers here"},
		{"", ""},
	} {
		if got := keepNumbersTogether(tc.in); got != tc.want {
			t.Errorf("keepNumbersTogether(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestResumeText(t *testing.T) {
	en, es := anim.WordsFor(anim.English), anim.WordsFor(anim.Spanish)
	for _, tc := range []struct {
		w     anim.Words
		s     anim.State
		title string
		want  string
	}{
		{en, anim.State{Segment: anim.Breathing, Breath: 1, Breaths: 6}, "Child's Pose", "Child's Pose\u00a0· breath\u00a02\u00a0of\u00a06"},
		{en, anim.State{Segment: anim.Setup, Breaths: 6}, "Cat-Cow", "Cat-Cow\u00a0· getting into position"},
		{es, anim.State{Segment: anim.Breathing, Breath: 4, Breaths: 5}, "Extensión de la espalda alta", "Extensión de la espalda alta\u00a0· respiración\u00a05\u00a0de\u00a05"},
	} {
		if got := resumeText(tc.w, tc.s, tc.title); got != tc.want {
			t.Errorf("resumeText(%s, %+v, %q) = %q; want %q", tc.w.Lang, tc.s, tc.title, got, tc.want)
		}
	}
}

func TestCaptionParts(t *testing.T) {
	en, es := anim.WordsFor(anim.English), anim.WordsFor(anim.Spanish)
	for _, tc := range []struct {
		w           anim.Words
		s           anim.State
		word, count string
	}{
		{en, anim.State{Segment: anim.Setup, PhaseLeft: 9500 * time.Millisecond}, "Get into position", "\u00a0·\u00a010"},
		{en, anim.State{Segment: anim.Breathing, Phase: anim.Exhale, PhaseLeft: 6 * time.Second}, "Breathe\u00a0out", "\u00a0·\u00a06"},
		{en, anim.State{Segment: anim.Breathing, Phase: anim.Hold, PhaseLeft: time.Second}, "Hold", "\u00a0·\u00a01"},
		{en, anim.State{Segment: anim.Breathing, Phase: anim.Exhale, Ended: true}, "Well done", ""},
		{es, anim.State{Segment: anim.Setup, PhaseLeft: 12 * time.Second}, "Colócate en posición", "\u00a0·\u00a012"},
	} {
		word, count := captionParts(tc.w, tc.s)
		if word != tc.word || count != tc.count {
			t.Errorf("captionParts(%s, %+v) = %q, %q; want %q, %q", tc.w.Lang, tc.s, word, count, tc.word, tc.count)
		}
		// Read together, they are the caption.
		if got, want := strings.ReplaceAll(word+count, "\u00a0", " "), tc.w.Caption(tc.s); got != want {
			t.Errorf("captionParts(%s, %+v) reads %q; want %q", tc.w.Lang, tc.s, got, want)
		}
	}
}
