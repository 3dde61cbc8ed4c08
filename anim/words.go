package anim

import (
	"fmt"
	"time"
)

// DefaultClinic is the clinic named in the call to action when none is
// configured: the clinic whose article the routine comes from.
const DefaultClinic = "IMMERSE Modern Massage"

// Words holds every user-visible string of the player in one language, so
// the widget takes all its words from here. Plain fields are fixed texts and
// labels; the methods format the texts that carry numbers or names.
type Words struct {
	// Lang is the language of these words.
	Lang Lang

	// Title is the routine's title, "Upper back mobility".
	Title string
	// PlayerLabel is the accessible name of the whole player (iframe title,
	// region label).
	PlayerLabel string
	// SafetyNote is the one-line safety note shown before the first stretch.
	SafetyNote string
	// SafetyDetail is the full safety note from the article.
	SafetyDetail string

	// GetIntoPosition heads the setup segment of each stretch.
	GetIntoPosition string
	// Steps heads the list of a stretch's steps.
	Steps string
	// EasierOption heads a stretch's easier variation.
	EasierOption string
	// Avoid heads what to avoid in a stretch.
	Avoid string

	// BreatheIn, Hold, BreatheOut and Rest are the phase words of the live
	// caption, for Inhale, Hold, Exhale and Rest.
	BreatheIn, Hold, BreatheOut, Rest string

	// Button labels, also used as their aria-labels.
	Start, Play, Pause, PreviousStretch, NextStretch, Restart, StartAgain string
	// Progress is the accessible name of the overall progress bar.
	Progress string
	// KeyboardHelp lists the keyboard shortcuts.
	KeyboardHelp string

	// EyesClosed heads the choices that let the visitor follow without
	// looking; Voice, Tones and Vibration name them, on the toggles that
	// turn them on and off.
	EyesClosed, Voice, Tones, Vibration string
	// FullScreen and ExitFullScreen label the full-screen control.
	FullScreen, ExitFullScreen string
	// ShowSteps and HideSteps label the toggle of a stretch's notes.
	ShowSteps, HideSteps string
	// Resume labels the large button shown after an automatic pause.
	Resume string
	// More labels the button that shows the less used controls.
	More string
	// LastBreath is spoken on a stretch's last inhale.
	LastBreath string

	// Done heads the end screen.
	Done string

	// Loading is shown while the player downloads.
	Loading string
	// LoadFailed says the animated player could not start.
	LoadFailed string
	// Fallback introduces the routine as text and pictures after LoadFailed.
	Fallback string
	// TryAgain labels the button that retries loading.
	TryAgain string
	// CardLink labels the link to the printable routine card.
	CardLink string

	f wordFormats
}

// wordFormats are the format strings behind the methods of Words. Pairs
// are {singular, plural} forms of a count, each with one %d.
type wordFormats struct {
	stretches, breaths, minutes, seconds, aboutMinutes [2]string
	summary                                            string // count of stretches, about-minutes
	caption                                            string // phase word, seconds left
	breathOf, stretchOf                                string // n, of
	endSummary                                         string // stretches, breaths, duration
	book                                               string // clinic
	invitation, invitationDefault                      string // clinic
	loadingProgress                                    string // percent
	breathsLeft                                        [2]string
	resumeSetup                                        string // stretch title
	resumeBreath                                       string // stretch title, n, of
	nextStretch                                        string // stretch title
	opens                                              string // host name
}

// WordsFor returns the words of lang; an unsupported lang gives English.
func WordsFor(lang Lang) Words {
	if lang == Spanish {
		return wordsES
	}
	return wordsEN
}

// plural picks the singular or plural form of n and fills it in.
func (w Words) plural(forms [2]string, n int) string {
	if n == 1 {
		return fmt.Sprintf(forms[0], n)
	}
	return fmt.Sprintf(forms[1], n)
}

// roundMinutes is d in whole minutes, rounded to the nearest, at least 1.
func roundMinutes(d time.Duration) int {
	return max(1, int((d+30*time.Second)/time.Minute))
}

// ceilSeconds is d in whole seconds, rounded up (the way a countdown shows
// time left).
func ceilSeconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int((d + time.Second - 1) / time.Second)
}

// Summary is the one-line summary of a routine of n stretches lasting d,
// such as "4 stretches · about 5 min" (minutes rounded, at least 1).
func (w Words) Summary(n int, d time.Duration) string {
	return fmt.Sprintf(w.f.summary, w.plural(w.f.stretches, n), w.plural(w.f.aboutMinutes, roundMinutes(d)))
}

// PhaseWord is the caption word for phase p, such as "Breathe in".
func (w Words) PhaseWord(p Phase) string {
	switch p {
	case Inhale:
		return w.BreatheIn
	case Hold:
		return w.Hold
	case Exhale:
		return w.BreatheOut
	}
	return w.Rest
}

// PhaseCaption is the live caption for phase p with left time to go, such
// as "Breathe in · 3"; the seconds are rounded up, as a countdown.
func (w Words) PhaseCaption(p Phase, left time.Duration) string {
	return fmt.Sprintf(w.f.caption, w.PhaseWord(p), ceilSeconds(left))
}

// Caption is the live caption for state s: "Get into position · 8" during
// Setup, "Breathe in · 3" style while breathing, and Done once ended.
func (w Words) Caption(s State) string {
	switch {
	case s.Ended:
		return w.Done
	case s.Segment == Setup:
		return fmt.Sprintf(w.f.caption, w.GetIntoPosition, ceilSeconds(s.PhaseLeft))
	}
	return w.PhaseCaption(s.Phase, s.PhaseLeft)
}

// CaptionWord is the word part of Caption(s), without the countdown:
// "Get into position", "Breathe in" or Done. Caption(s) always begins
// with it, so a page can show the countdown apart (or not at all, where
// the pacer shows it).
func (w Words) CaptionWord(s State) string {
	switch {
	case s.Ended:
		return w.Done
	case s.Segment == Setup:
		return w.GetIntoPosition
	}
	return w.PhaseWord(s.Phase)
}

// Breaths is a count of breaths, such as "6 breaths", shown while getting
// into position.
func (w Words) Breaths(n int) string { return w.plural(w.f.breaths, n) }

// BreathOf is the breath counter, such as "Breath 2 of 6"; n counts from 1.
func (w Words) BreathOf(n, of int) string { return fmt.Sprintf(w.f.breathOf, n, of) }

// StretchOf is the stretch counter, such as "Stretch 1 of 4"; n counts
// from 1.
func (w Words) StretchOf(n, of int) string { return fmt.Sprintf(w.f.stretchOf, n, of) }

// Duration says d in words for the end screen: whole seconds under a
// minute ("45 seconds"), else minutes rounded to the nearest ("5 minutes").
func (w Words) Duration(d time.Duration) string {
	if d < time.Minute-time.Second/2 {
		return w.plural(w.f.seconds, max(1, int((d+time.Second/2)/time.Second)))
	}
	return w.plural(w.f.minutes, roundMinutes(d))
}

// EndSummary says what was done, such as "You did 4 stretches, 24 breaths,
// in 5 minutes."
func (w Words) EndSummary(stretches, breaths int, d time.Duration) string {
	return fmt.Sprintf(w.f.endSummary, w.plural(w.f.stretches, stretches), w.plural(w.f.breaths, breaths), w.Duration(d))
}

// BookMassage is the call to action, such as "Book a massage at IMMERSE
// Modern Massage". clinic is used as given (Config.Clinic is already clean).
func (w Words) BookMassage(clinic string) string { return fmt.Sprintf(w.f.book, clinic) }

// Invitation is the article's closing invitation to book. For
// DefaultClinic it is the article's own line, with the clinic's city; for
// any other clinic it names that clinic and no place.
func (w Words) Invitation(clinic string) string {
	if clinic == DefaultClinic {
		return w.f.invitationDefault
	}
	return fmt.Sprintf(w.f.invitation, clinic)
}

// Templates are the formats behind the methods of Words that the browser
// side uses (it formats the same texts before the player runs, and sends
// only these to the host page): each %s and
// %d stands for one argument, in order, and a pair is {one, other}, the
// form for a count of 1 and for any other count.
type Templates struct {
	Stretches, AboutMinutes                    [2]string
	Summary, Caption, Book                     string
	LoadingProgress, ResumeSetup, ResumeBreath string
}

// Templates returns the formats of w's counted and named texts.
func (w Words) Templates() Templates {
	return Templates{
		Stretches: w.f.stretches, AboutMinutes: w.f.aboutMinutes,
		Summary: w.f.summary, Caption: w.f.caption, Book: w.f.book,
		LoadingProgress: w.f.loadingProgress, ResumeSetup: w.f.resumeSetup, ResumeBreath: w.f.resumeBreath,
	}
}

// BreathsLeft is spoken on an inhale with n breaths still to come after
// it, such as "4 more breaths"; with none it is LastBreath.
func (w Words) BreathsLeft(n int) string {
	if n <= 0 {
		return w.LastBreath
	}
	return w.plural(w.f.breathsLeft, n)
}

// ResumeAt says where a paused routine is, for the Resume button: "Child's
// Pose · breath 3 of 6", or "Child's Pose · getting into position"
// during its setup.
func (w Words) ResumeAt(s State, title string) string {
	if s.Segment == Setup {
		return fmt.Sprintf(w.f.resumeSetup, title)
	}
	return fmt.Sprintf(w.f.resumeBreath, title, s.Breath+1, s.Breaths)
}

// NextStretch announces the stretch whose setup begins, such as "Next:
// Child's Pose".
func (w Words) NextStretchIs(title string) string { return fmt.Sprintf(w.f.nextStretch, title) }

// Opens says where the booking link goes, by its host name, such as
// "Opens clinic.example".
func (w Words) Opens(host string) string { return fmt.Sprintf(w.f.opens, host) }
