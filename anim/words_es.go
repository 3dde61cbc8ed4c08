package anim

// wordsES is every user-visible string of the player in Spanish (tú form).
var wordsES = Words{
	Lang: Spanish,

	Title:       "Movilidad de la espalda alta",
	PlayerLabel: "Rutina guiada de estiramientos para la espalda alta",
	SafetyNote:  "Si tienes alguna afección médica, consulta antes con un profesional sanitario. Detente si algo te duele.",
	SafetyDetail: "Consulta con un profesional sanitario o con un profesional del ejercicio titulado antes de empezar una nueva rutina de ejercicio, " +
		"sobre todo si tienes alguna afección médica o problemas musculares, articulares u óseos. " +
		"Escucha a tu cuerpo y adapta los estiramientos a tus necesidades. Muévete solo dentro de un rango cómodo y detente si algo te duele.",

	GetIntoPosition: "Colócate en posición",
	Steps:           "Pasos",
	EasierOption:    "Opción más fácil",
	Avoid:           "Evita",

	BreatheIn:  "Inhala",
	Hold:       "Mantén",
	BreatheOut: "Exhala",
	Rest:       "Pausa",

	Start:           "Empezar",
	Play:            "Reproducir",
	Pause:           "Pausar",
	PreviousStretch: "Estiramiento anterior",
	NextStretch:     "Siguiente estiramiento",
	Restart:         "Reiniciar",
	StartAgain:      "Empezar de nuevo",
	Progress:        "Progreso de la rutina",
	KeyboardHelp:    "Espacio o K: reproducir o pausar · Flechas izquierda y derecha: estiramiento anterior o siguiente · M: activar o desactivar el sonido · F: pantalla completa",

	EyesClosed:     "Síguela con los ojos cerrados",
	Voice:          "Voz",
	Tones:          "Tonos",
	Vibration:      "Vibración",
	FullScreen:     "Pantalla completa",
	ExitFullScreen: "Salir de pantalla completa",
	ShowSteps:      "Ver los pasos",
	HideSteps:      "Ocultar los pasos",
	Resume:         "Continuar",
	More:           "Más opciones",
	LastBreath:     "última respiración",

	Done: "¡Bien hecho!",

	Loading:    "Cargando la rutina…",
	LoadFailed: "La rutina animada no ha podido iniciarse en este dispositivo.",
	Fallback:   "Aquí tienes los estiramientos en texto e imágenes.",
	TryAgain:   "Reintentar",
	CardLink:   "Abrir la tarjeta imprimible de la rutina",

	f: wordFormats{
		stretches:         [2]string{"%d estiramiento", "%d estiramientos"},
		breaths:           [2]string{"%d respiración", "%d respiraciones"},
		minutes:           [2]string{"%d minuto", "%d minutos"},
		seconds:           [2]string{"%d segundo", "%d segundos"},
		aboutMinutes:      [2]string{"alrededor de %d min", "unos %d min"},
		summary:           "%s · %s",
		caption:           "%s · %d",
		breathOf:          "Respiración %d de %d",
		stretchOf:         "Estiramiento %d de %d",
		endSummary:        "Has hecho %s y %s en %s.",
		book:              "Reserva un masaje en %s",
		invitation:        "Para un cuidado más personalizado y un momento de relajación, te invitamos a reservar una sesión de masaje terapéutico en %s.",
		invitationDefault: "Para un cuidado más personalizado y un momento de relajación, te invitamos a reservar una sesión de masaje terapéutico en IMMERSE Modern Massage, en Portland (Oregón).",
		loadingProgress:   "Cargando la rutina… %d %%",
		breathsLeft:       [2]string{"queda %d respiración", "quedan %d respiraciones"},
		resumeSetup:       "%s · colocándote en posición",
		resumeBreath:      "%s · respiración %d de %d",
		nextStretch:       "Ahora: %s",
		opens:             "Abre %s",
	},
}
