package anim

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// Every exported string field of Words is set, in plain text, in every
// language, and Spanish differs from English.
func TestWordsComplete(t *testing.T) {
	enValue := reflect.ValueOf(WordsFor(English))
	for _, lang := range Langs {
		w := reflect.ValueOf(WordsFor(lang))
		for i := range w.NumField() {
			f := w.Type().Field(i)
			if !f.IsExported() || f.Type.Kind() != reflect.String || f.Name == "Lang" {
				continue
			}
			s := w.Field(i).String()
			if why := checkPlainText(s); why != "" || strings.Contains(s, "%") {
				t.Errorf("WordsFor(%s).%s = %q: %s (or a format verb)", lang, f.Name, s, why)
			}
			if lang != English && s == enValue.Field(i).String() {
				t.Errorf("WordsFor(%s).%s = %q, the same as English", lang, f.Name, s)
			}
		}
		if got := WordsFor(lang).Lang; got != lang {
			t.Errorf("WordsFor(%s).Lang = %s", lang, got)
		}
	}
	if !reflect.DeepEqual(WordsFor("fr"), WordsFor(English)) {
		t.Error("WordsFor(fr) is not the English words")
	}
}

var (
	enWords = WordsFor(English)
	esWords = WordsFor(Spanish)
)

var wordsFormatTests = []struct {
	got, want string
}{
	// The routine summary.
	{enWords.Summary(4, 292*time.Second), "4 stretches · about 5 min"},
	{enWords.Summary(1, 40*time.Second), "1 stretch · about 1 min"},
	{enWords.Summary(2, 150*time.Second), "2 stretches · about 3 min"},
	{esWords.Summary(4, 292*time.Second), "4 estiramientos · unos 5 min"},
	{esWords.Summary(1, 20*time.Second), "1 estiramiento · alrededor de 1 min"},

	// Live captions: the seconds left count down, rounded up.
	{enWords.PhaseCaption(Inhale, 4*time.Second), "Breathe in · 4"},
	{enWords.PhaseCaption(Inhale, 2100*time.Millisecond), "Breathe in · 3"},
	{enWords.PhaseCaption(Hold, time.Millisecond), "Hold · 1"},
	{enWords.PhaseCaption(Exhale, 6*time.Second), "Breathe out · 6"},
	{enWords.PhaseCaption(Rest, 3*time.Second), "Hold · 3"},
	{esWords.PhaseCaption(Inhale, 2500*time.Millisecond), "Inhala · 3"},
	{esWords.PhaseCaption(Hold, 4*time.Second), "Mantén · 4"},
	{esWords.PhaseCaption(Exhale, 1*time.Second), "Exhala · 1"},
	{esWords.PhaseCaption(Rest, 1*time.Second), "Pausa · 1"},
	{enWords.Caption(State{Segment: Setup, PhaseLeft: 7500 * time.Millisecond}), "Get into position · 8"},
	{enWords.Caption(State{Segment: Breathing, Phase: Exhale, PhaseLeft: 5 * time.Second}), "Breathe out · 5"},
	{enWords.Caption(State{Segment: Breathing, Phase: Exhale, Ended: true}), "Well done"},
	{esWords.Caption(State{Segment: Setup, PhaseLeft: 12 * time.Second}), "Colócate en posición · 12"},

	// Counters.
	{enWords.BreathOf(2, 6), "Breath 2 of 6"},
	{esWords.BreathOf(2, 6), "Respiración 2 de 6"},
	{enWords.Breaths(6), "6 breaths"},
	{enWords.Breaths(1), "1 breath"},
	{esWords.Breaths(6), "6 respiraciones"},
	{enWords.StretchOf(1, 4), "Stretch 1 of 4"},
	{esWords.StretchOf(1, 4), "Estiramiento 1 de 4"},

	// The end screen.
	{enWords.EndSummary(4, 24, 5*time.Minute), "You did 4 stretches, 24 breaths, in 5 minutes."},
	{enWords.EndSummary(1, 1, 14*time.Second), "You did 1 stretch, 1 breath, in 14 seconds."},
	{enWords.EndSummary(2, 10, 61*time.Second), "You did 2 stretches, 10 breaths, in 1 minute."},
	{enWords.EndSummary(1, 0, 0), "You did 1 stretch, 0 breaths, in 1 second."},
	{esWords.EndSummary(0, 0, 90*time.Second), "Has hecho 0 estiramientos y 0 respiraciones en 2 minutos."},
	{esWords.EndSummary(4, 25, 292*time.Second), "Has hecho 4 estiramientos y 25 respiraciones en 5 minutos."},
	{esWords.EndSummary(1, 1, 59*time.Second), "Has hecho 1 estiramiento y 1 respiración en 59 segundos."},
	{esWords.EndSummary(1, 1, 59600*time.Millisecond), "Has hecho 1 estiramiento y 1 respiración en 1 minuto."},
	{esWords.EndSummary(1, 3, 30*time.Second), "Has hecho 1 estiramiento y 3 respiraciones en 30 segundos."},

	// The call to action and invitation.
	{enWords.BookMassage(DefaultClinic), "Book a massage at IMMERSE Modern Massage"},
	{esWords.BookMassage("Clínica Sol"), "Reserva un masaje en Clínica Sol"},
	{enWords.Invitation(DefaultClinic), "For more personalized care and relaxation, consider booking a massage therapy session with IMMERSE Modern Massage in Portland, Oregon."},
	{enWords.Invitation("Spa 100%"), "For more personalized care and relaxation, consider booking a massage therapy session with Spa 100%."},
	{esWords.Invitation("Clínica Sol"), "Para un cuidado más personalizado y un momento de relajación, te invitamos a reservar una sesión de masaje terapéutico en Clínica Sol."},

	// Loading.
	{enWords.Templates().LoadingProgress, "Loading the routine… %d%%"},
	{esWords.Templates().LoadingProgress, "Cargando la rutina… %d %%"},
}

func TestWordsFormat(t *testing.T) {
	for _, tt := range wordsFormatTests {
		if tt.got != tt.want {
			t.Errorf("got %q; want %q", tt.got, tt.want)
		}
	}
}

func TestWordsPhaseWord(t *testing.T) {
	for _, tt := range []struct {
		w    Words
		p    Phase
		want string
	}{
		{enWords, Inhale, "Breathe in"}, {enWords, Hold, "Hold"}, {enWords, Exhale, "Breathe out"}, {enWords, Rest, "Hold"},
		{esWords, Inhale, "Inhala"}, {esWords, Hold, "Mantén"}, {esWords, Exhale, "Exhala"}, {esWords, Rest, "Pausa"},
	} {
		if got := tt.w.PhaseWord(tt.p); got != tt.want {
			t.Errorf("WordsFor(%s).PhaseWord(%v) = %q; want %q", tt.w.Lang, tt.p, got, tt.want)
		}
	}
}

// CaptionWord is what Caption begins with, for every state and language.
func TestWordsCaptionWord(t *testing.T) {
	for _, tt := range []struct {
		w    Words
		s    State
		want string
	}{
		{enWords, State{Segment: Setup, PhaseLeft: 7500 * time.Millisecond}, "Get into position"},
		{enWords, State{Segment: Breathing, Phase: Exhale, PhaseLeft: 5 * time.Second}, "Breathe out"},
		{enWords, State{Segment: Breathing, Phase: Rest, PhaseLeft: time.Second}, "Hold"},
		{enWords, State{Segment: Breathing, Phase: Exhale, Ended: true}, "Well done"},
		{esWords, State{Segment: Setup, PhaseLeft: 12 * time.Second}, "Colócate en posición"},
		{esWords, State{Segment: Breathing, Phase: Inhale, PhaseLeft: 3 * time.Second}, "Inhala"},
	} {
		got := tt.w.CaptionWord(tt.s)
		if got != tt.want {
			t.Errorf("WordsFor(%s).CaptionWord(%+v) = %q; want %q", tt.w.Lang, tt.s, got, tt.want)
		}
		if c := tt.w.Caption(tt.s); !strings.HasPrefix(c, got) {
			t.Errorf("WordsFor(%s).Caption(%+v) = %q; want it to begin with %q", tt.w.Lang, tt.s, c, got)
		}
	}
}

// The safety note carries both halves of the article's advice.
func TestWordsSafety(t *testing.T) {
	for _, tt := range []struct {
		lang Lang
		want []string
	}{
		{English, []string{"health", "professional", "condition", "Stop if anything hurts"}},
		{Spanish, []string{"profesional sanitario", "afección médica", "Detente si algo te duele"}},
	} {
		w := WordsFor(tt.lang)
		for _, s := range tt.want {
			if !strings.Contains(w.SafetyNote, s) && !strings.Contains(w.SafetyNote, strings.ToLower(s)) {
				t.Errorf("WordsFor(%s).SafetyNote = %q; want it to mention %q", tt.lang, w.SafetyNote, s)
			}
			if !strings.Contains(strings.ToLower(w.SafetyDetail), strings.ToLower(s)) {
				t.Errorf("WordsFor(%s).SafetyDetail = %q; want it to mention %q", tt.lang, w.SafetyDetail, s)
			}
		}
	}
	if !strings.Contains(enWords.SafetyDetail, "certified fitness professional") || !strings.Contains(enWords.SafetyDetail, "comfortable range") {
		t.Errorf("SafetyDetail = %q; want the article's healthcare provider or certified fitness professional, and a comfortable range", enWords.SafetyDetail)
	}
}

// The default routine's summary, computed from its timeline.
func TestWordsSummaryOfDefaultRoutine(t *testing.T) {
	tl := DefaultConfig().Timeline()
	if got, want := enWords.Summary(tl.Count(), tl.Duration()), "4 stretches · about 5 min"; got != want {
		t.Errorf("summary of the default routine = %q; want %q", got, want)
	}
	if got, want := enWords.Title, "Upper back mobility"; got != want {
		t.Errorf("Title = %q; want %q", got, want)
	}
}
