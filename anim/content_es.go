package anim

// stretchTextES is the Spanish text of each stretch (tú form), the same
// content as stretchTextEN.
var stretchTextES = [numStretchTexts]StretchText{
	catCowText: {
		Title:   "Gato-vaca",
		Summary: "A cuatro patas, arquea y redondea la espalda al ritmo de la respiración.",
		Steps: []string{
			"Colócate a cuatro patas sobre una esterilla, con las manos debajo de los hombros y las rodillas debajo de las caderas.",
			"Empieza con la espalda plana, el cuello largo y la mirada hacia el suelo. Mantén los brazos rectos, sin bloquear los codos.",
			"Vaca: al inhalar, deja que el abdomen baje hacia el suelo y eleva el pecho y el coxis, mirando suavemente hacia delante.",
			"Gato: al exhalar, empuja el suelo con las manos, redondea la espalda hacia el techo y deja caer la cabeza hacia el pecho.",
			"Sigue pasando despacio de vaca a gato con cada respiración y termina con la espalda plana.",
		},
		InhaleCue: "Inhala en vaca: abdomen abajo, pecho arriba",
		HoldCue:   "Quédate en vaca",
		ExhaleCue: "Exhala en gato: redondea la espalda hacia arriba",
		RestCue:   "Quédate en gato",
		Easier: "Gato-vaca en una silla: siéntate en la parte delantera de la silla, con los pies apoyados y las manos sobre las rodillas. " +
			"Al inhalar, arquea la espalda y eleva el pecho; al exhalar, redondea la espalda y baja la barbilla. " +
			"En el suelo, también ayuda poner una toalla doblada bajo las rodillas.",
		Avoid: "No fuerces el arco ni eches la cabeza hacia atrás, y no bloquees los codos. " +
			"Muévete solo hasta donde te resulte cómodo; si te duelen las muñecas o las rodillas, haz la versión en silla.",
	},
	shoulderBladeSqueezeText: {
		Title:   "Juntar los omóplatos",
		Summary: "Siéntate o ponte de pie con la espalda recta y junta los omóplatos.",
		Steps: []string{
			"Siéntate o ponte de pie con la espalda recta, los brazos a los lados y los hombros relajados, lejos de las orejas.",
			"Junta los omóplatos como si quisieras sujetar un lápiz entre ellos.",
			"Mantén la contracción unos segundos y luego suelta.",
			"Repite con cada respiración, manteniendo una buena postura en todo momento.",
		},
		InhaleCue: "Inhala y junta los omóplatos",
		HoldCue:   "Mantén los omóplatos juntos",
		ExhaleCue: "Exhala y suelta",
		RestCue:   "Relaja los hombros",
		Easier:    "Siéntate en una silla con las manos apoyadas en los muslos y junta los omóplatos con menos fuerza y menos recorrido.",
		Avoid: "No subas los hombros hacia las orejas, ni arquees la zona lumbar sacando pecho. " +
			"Mantén el cuello relajado.",
	},
	childsPoseText: {
		Title:   "Postura del niño",
		Summary: "De rodillas, lleva las caderas hacia los talones y descansa hacia delante.",
		Steps: []string{
			"Arrodíllate sobre una esterilla con los dedos gordos de los pies juntos y las rodillas separadas más o menos al ancho de las caderas.",
			"Lleva las caderas hacia atrás, hacia los talones.",
			"Inclínate hacia delante desde las caderas y baja el pecho hacia los muslos.",
			"Apoya la frente en la esterilla o en un cojín. Estira los brazos hacia delante con las palmas hacia abajo, o déjalos junto al cuerpo.",
			"Relaja los hombros y respira despacio hacia la espalda.",
			"Para salir, acerca las manos a las rodillas y incorpórate despacio.",
		},
		InhaleCue: "Inhala hacia la espalda y deja que se eleve",
		HoldCue:   "Mantén el aire en la espalda",
		ExhaleCue: "Exhala y déjate caer un poco más",
		RestCue:   "Descansa aquí",
		Easier: "Separa más las rodillas y coloca un cojín entre las caderas y los talones, o bajo el pecho o la frente, " +
			"para no tener que bajar tanto.",
		Avoid: "No fuerces las caderas hacia los talones. Si tienes algún problema de rodillas o tobillos, no te sientes del todo sobre los talones " +
			"o usa la opción más fácil. Detente si te duelen las rodillas.",
	},
	upperBackExtensionText: {
		Title:   "Extensión de la espalda alta",
		Summary: "En una silla, arquea suavemente la parte alta de la espalda sobre el respaldo.",
		Steps: []string{
			"Siéntate en una silla estable y sin ruedas, con los pies apoyados en el suelo y la espalda contra el respaldo, de modo que su borde superior quede a media espalda.",
			"Coloca las manos detrás de la cabeza para sostenerla y abre bien los codos.",
			"Al inhalar, inclínate suavemente hacia atrás sobre el borde del respaldo, elevando el pecho hacia el techo.",
			"Mantén quietas las caderas y la zona lumbar, para que el movimiento salga de la parte alta de la espalda.",
			"Al exhalar, vuelve a la posición inicial, con la espalda erguida.",
		},
		InhaleCue: "Inhala y extiéndete sobre el respaldo",
		HoldCue:   "Mantén el pecho abierto",
		ExhaleCue: "Exhala y vuelve a la posición neutra",
		RestCue:   "Relájate con la espalda erguida",
		Easier: "Inclínate solo un poco hacia atrás. Si te molestan los hombros con las manos detrás de la cabeza, " +
			"cruza los brazos sobre el pecho.",
		Avoid: "No tires de la cabeza con las manos ni la eches hacia atrás, y no arquees en exceso la zona lumbar. " +
			"Usa una silla estable, que no se balancee ni tenga ruedas.",
	},
}
