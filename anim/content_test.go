package anim

import (
	"slices"
	"strings"
	"testing"
)

// stretchTextFields lists the single-line fields of st by name.
func stretchTextFields(st StretchText) map[string]string {
	return map[string]string{
		"Title": st.Title, "Summary": st.Summary, "InhaleCue": st.InhaleCue, "HoldCue": st.HoldCue,
		"ExhaleCue": st.ExhaleCue, "RestCue": st.RestCue, "Easier": st.Easier, "Avoid": st.Avoid,
	}
}

// checkPlainText reports what is wrong with a user-visible string, or "".
func checkPlainText(s string) string {
	switch {
	case s == "":
		return "empty"
	case strings.TrimSpace(s) != s:
		return "leading or trailing space"
	case strings.Contains(s, "  "):
		return "double space"
	case strings.ContainsAny(s, "<>\n\t"):
		return "markup or control characters"
	}
	return ""
}

func TestStretchContentComplete(t *testing.T) {
	for _, lang := range Langs {
		for _, id := range AllStretches {
			st := StretchContent(id, lang)
			for name, s := range stretchTextFields(st) {
				if why := checkPlainText(s); why != "" {
					t.Errorf("StretchContent(%s, %s).%s = %q: %s", id, lang, name, s, why)
				}
			}
			if len(st.Steps) < 4 {
				t.Errorf("StretchContent(%s, %s) has %d steps; want complete instructions (at least 4)", id, lang, len(st.Steps))
			}
			for i, step := range st.Steps {
				if why := checkPlainText(step); why != "" || !strings.HasSuffix(step, ".") {
					t.Errorf("StretchContent(%s, %s).Steps[%d] = %q: %s (or no full stop)", id, lang, i, step, why)
				}
			}
			for _, p := range []Phase{Inhale, Hold, Exhale, Rest} {
				if st.Cue(p) == "" {
					t.Errorf("StretchContent(%s, %s).Cue(%v) is empty", id, lang, p)
				}
			}
		}
	}
}

// Spanish is a translation, not a copy, and has no English left in it.
func TestStretchContentSpanishIsTranslated(t *testing.T) {
	english := []string{" the ", " your ", " and ", " with ", "breathe"}
	for _, id := range AllStretches {
		en, es := StretchContent(id, English), StretchContent(id, Spanish)
		if len(en.Steps) != len(es.Steps) {
			t.Errorf("%s: %d English steps but %d Spanish", id, len(en.Steps), len(es.Steps))
		}
		esFields := stretchTextFields(es)
		for name, s := range stretchTextFields(en) {
			if s == esFields[name] {
				t.Errorf("%s.%s is the same in English and Spanish: %q", id, name, s)
			}
		}
		all := strings.ToLower(" " + strings.Join(append(slices.Clone(es.Steps), es.Easier, es.Avoid, es.Summary), " ") + " ")
		for _, w := range english {
			if strings.Contains(all, w) {
				t.Errorf("%s: Spanish text contains English %q", id, w)
			}
		}
	}
}

// What each cue must say, per the routine's design, in both languages.
var stretchCueTests = []struct {
	id                  StretchID
	lang                Lang
	inhale, exhale      string
	stepsMustMentionAll []string
}{
	{CatCow, English, "Cow", "Cat", []string{"hands and knees", "under your shoulders", "under your hips"}},
	{CatCow, Spanish, "vaca", "gato", []string{"cuatro patas", "debajo de los hombros", "debajo de las caderas"}},
	{ShoulderBladeSqueeze, English, "squeeze", "release", []string{"arms by your sides", "pencil", "Hold the squeeze for a few seconds, then release.", "good posture"}},
	{ShoulderBladeSqueeze, Spanish, "junta", "suelta", []string{"brazos a los lados", "lápiz", "unos segundos", "buena postura"}},
	{ChildsPose, English, "rise", "settle deeper", []string{"Kneel", "heels", "forehead"}},
	{ChildsPose, Spanish, "eleve", "un poco más", []string{"Arrodíllate", "talones", "frente"}},
	{UpperBackExtension, English, "extend over the chair back", "return", []string{"chair", "mid-back", "hands behind your head", "elbows wide"}},
	{UpperBackExtension, Spanish, "sobre el respaldo", "vuelve", []string{"silla", "media espalda", "manos detrás de la cabeza", "codos"}},
}

func TestStretchCues(t *testing.T) {
	for _, tt := range stretchCueTests {
		st := StretchContent(tt.id, tt.lang)
		if !strings.Contains(st.InhaleCue, tt.inhale) {
			t.Errorf("StretchContent(%s, %s).InhaleCue = %q; want it to mention %q", tt.id, tt.lang, st.InhaleCue, tt.inhale)
		}
		if !strings.Contains(st.ExhaleCue, tt.exhale) {
			t.Errorf("StretchContent(%s, %s).ExhaleCue = %q; want it to mention %q", tt.id, tt.lang, st.ExhaleCue, tt.exhale)
		}
		steps := strings.Join(st.Steps, " ")
		for _, s := range tt.stepsMustMentionAll {
			if !strings.Contains(steps, s) {
				t.Errorf("StretchContent(%s, %s).Steps do not mention %q", tt.id, tt.lang, s)
			}
		}
	}
}

// The easier variations named in the routine's design.
func TestStretchEasierOptions(t *testing.T) {
	for _, tt := range []struct {
		id   StretchID
		want []string
	}{
		{CatCow, []string{"Seated", "chair"}},
		{ChildsPose, []string{"cushion", "knees"}},
		{ShoulderBladeSqueeze, []string{"smaller"}},
		{UpperBackExtension, []string{"only a little"}},
	} {
		easier := StretchContent(tt.id, English).Easier
		for _, w := range tt.want {
			if !strings.Contains(easier, w) {
				t.Errorf("StretchContent(%s, en).Easier = %q; want it to mention %q", tt.id, easier, w)
			}
		}
	}
}

// No medical claims: the text says how to move, not what it cures.
func TestStretchContentMakesNoClaims(t *testing.T) {
	claims := []string{"cure", "heal", "treat", "relieve", "prevent", "injur", "cura", "alivi", "previen", "trata"}
	for _, lang := range Langs {
		for _, id := range AllStretches {
			st := StretchContent(id, lang)
			all := strings.ToLower(strings.Join(append(slices.Clone(st.Steps), st.Summary, st.Easier, st.Avoid), " "))
			for _, c := range claims {
				if strings.Contains(all, c) {
					t.Errorf("StretchContent(%s, %s) contains %q", id, lang, c)
				}
			}
		}
	}
}

func TestStretchContentLookup(t *testing.T) {
	if got, want := StretchContent(CatCow, "fr"), StretchContent(CatCow, English); !slices.Equal(got.Steps, want.Steps) || got.Title != want.Title {
		t.Errorf("StretchContent(cat-cow, fr) = %q; want the English text %q", got.Title, want.Title)
	}
	if got := StretchContent("yoga", English); got.Title != "" || got.Steps != nil {
		t.Errorf("StretchContent(yoga, en) = %+v; want the zero StretchText", got)
	}
	st := StretchContent(CatCow, English)
	st.Steps[0] = "changed"
	if StretchContent(CatCow, English).Steps[0] == "changed" {
		t.Error("changing the Steps of a StretchContent result changed the package's table")
	}
	if got := st.Cue(Phase(9)); got != "" {
		t.Errorf("Cue(Phase(9)) = %q; want empty", got)
	}
}
