package anim

// wordsEN is every user-visible string of the player in English.
var wordsEN = Words{
	Lang: English,

	Title:       "Upper back mobility",
	PlayerLabel: "Guided upper back stretching routine",
	SafetyNote:  "If you have a medical condition, check with a health professional first. Stop if anything hurts.",
	SafetyDetail: "Check with a healthcare provider or a certified fitness professional before starting any new exercise routine, " +
		"especially if you have a medical condition or a muscle, joint or bone problem. " +
		"Listen to your body and adapt the stretches to suit you. Move only within a comfortable range, and stop if anything hurts.",

	GetIntoPosition: "Get into position",
	Steps:           "Steps",
	EasierOption:    "Easier option",
	Avoid:           "Avoid",

	BreatheIn:  "Breathe in",
	Hold:       "Hold",
	BreatheOut: "Breathe out",
	Rest:       "Hold",

	Start:           "Start",
	Play:            "Play",
	Pause:           "Pause",
	PreviousStretch: "Previous stretch",
	NextStretch:     "Next stretch",
	Restart:         "Restart",
	StartAgain:      "Start again",
	Progress:        "Routine progress",
	KeyboardHelp:    "Space or K: play or pause · Left and right arrows: previous or next stretch · M: sound on or off · F: full screen",

	EyesClosed:     "Follow with your eyes closed",
	Voice:          "Voice",
	Tones:          "Tones",
	Vibration:      "Vibration",
	FullScreen:     "Full screen",
	ExitFullScreen: "Exit full screen",
	ShowSteps:      "Show steps",
	HideSteps:      "Hide steps",
	Resume:         "Resume",
	More:           "More options",
	LastBreath:     "last breath",

	Done: "Well done",

	Loading:    "Loading the routine…",
	LoadFailed: "The animated routine couldn't start on this device.",
	Fallback:   "Here are the stretches as text and pictures instead.",
	TryAgain:   "Try again",
	CardLink:   "Open the printable routine card",

	f: wordFormats{
		stretches:         [2]string{"%d stretch", "%d stretches"},
		breaths:           [2]string{"%d breath", "%d breaths"},
		minutes:           [2]string{"%d minute", "%d minutes"},
		seconds:           [2]string{"%d second", "%d seconds"},
		aboutMinutes:      [2]string{"about %d min", "about %d min"},
		summary:           "%s · %s",
		caption:           "%s · %d",
		breathOf:          "Breath %d of %d",
		stretchOf:         "Stretch %d of %d",
		endSummary:        "You did %s, %s, in %s.",
		book:              "Book a massage at %s",
		invitation:        "For more personalized care and relaxation, consider booking a massage therapy session with %s.",
		invitationDefault: "For more personalized care and relaxation, consider booking a massage therapy session with IMMERSE Modern Massage in Portland, Oregon.",
		loadingProgress:   "Loading the routine… %d%%",
		breathsLeft:       [2]string{"%d more breath", "%d more breaths"},
		resumeSetup:       "%s · getting into position",
		resumeBreath:      "%s · breath %d of %d",
		nextStretch:       "Next: %s",
		opens:             "Opens %s",
	},
}
