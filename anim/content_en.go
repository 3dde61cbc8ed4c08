package anim

// stretchTextEN is the English text of each stretch. The Shoulder Blade
// Squeeze steps follow the clinic's article; the others follow common
// physiotherapy exercise sheets (NHS and hospital physiotherapy leaflets).
var stretchTextEN = [numStretchTexts]StretchText{
	catCowText: {
		Title:   "Cat-Cow",
		Summary: "On your hands and knees, arch and round your back with your breath.",
		Steps: []string{
			"Come onto your hands and knees on a mat, hands under your shoulders and knees under your hips.",
			"Start with a flat back, your neck long and your eyes on the floor. Keep your arms straight without locking your elbows.",
			"Cow: as you breathe in, let your belly sink toward the floor and lift your chest and tailbone, looking gently forward.",
			"Cat: as you breathe out, press into your hands, round your back up toward the ceiling and let your head drop toward your chest.",
			"Keep moving slowly between Cow and Cat with each breath, then come back to a flat back.",
		},
		InhaleCue: "Inhale into Cow: belly down, chest up",
		HoldCue:   "Stay in Cow",
		ExhaleCue: "Exhale into Cat: round your back up",
		RestCue:   "Stay in Cat",
		Easier: "Seated Cat-Cow: sit near the front of a chair, feet flat, hands on your knees. " +
			"Breathing in, arch your back and lift your chest; breathing out, round your back and lower your chin. " +
			"On the floor, a folded towel under your knees also helps.",
		Avoid: "Don't force the arch or throw your head back, and don't lock your elbows. " +
			"Move only within a comfortable range; if your wrists or knees hurt, do the seated version.",
	},
	shoulderBladeSqueezeText: {
		Title:   "Shoulder Blade Squeeze",
		Summary: "Sit or stand tall and draw your shoulder blades together.",
		Steps: []string{
			"Sit or stand tall with your arms by your sides and your shoulders relaxed, away from your ears.",
			"Squeeze your shoulder blades together as if you are trying to hold a pencil between them.",
			"Hold the squeeze for a few seconds, then release.",
			"Repeat with each breath, keeping good posture throughout.",
		},
		InhaleCue: "Inhale and squeeze your shoulder blades together",
		HoldCue:   "Hold the squeeze",
		ExhaleCue: "Exhale and release",
		RestCue:   "Relax your shoulders",
		Easier:    "Sit on a chair with your hands resting on your thighs, and make a smaller, gentler squeeze.",
		Avoid: "Don't shrug your shoulders up toward your ears, and don't arch your lower back or push your chest out. " +
			"Keep your neck relaxed.",
	},
	childsPoseText: {
		Title:   "Child's Pose",
		Summary: "Kneel, sit back toward your heels and rest forward.",
		Steps: []string{
			"Kneel on a mat with your big toes touching and your knees about hip-width apart.",
			"Sit your hips back toward your heels.",
			"Fold forward from your hips and lower your chest toward your thighs.",
			"Rest your forehead on the mat or on a cushion. Stretch your arms forward with your palms down, or rest them by your sides.",
			"Let your shoulders relax and breathe slowly into your back.",
			"To come out, walk your hands back toward your knees and slowly sit up.",
		},
		InhaleCue: "Breathe into your back and let it rise",
		HoldCue:   "Keep the breath in your back",
		ExhaleCue: "Exhale and settle deeper",
		RestCue:   "Rest here",
		Easier: "Widen your knees and put a cushion between your hips and heels, or under your chest or forehead, " +
			"so you don't have to fold as far.",
		Avoid: "Don't force your hips down to your heels. If you have a knee or ankle problem, don't sit all the way back, " +
			"or use the easier option. Stop if your knees hurt.",
	},
	upperBackExtensionText: {
		Title:   "Upper Back Extension",
		Summary: "Sit on a chair and gently arch your upper back over the chair back.",
		Steps: []string{
			"Sit on a sturdy chair without wheels, feet flat on the floor, with your back against the backrest so that its top edge is at your mid-back.",
			"Place your hands behind your head to support it, and open your elbows wide.",
			"As you breathe in, gently lean back over the top of the backrest, lifting your chest toward the ceiling.",
			"Keep your hips and lower back still, so the movement comes from your upper back.",
			"As you breathe out, come back to sitting upright.",
		},
		InhaleCue: "Inhale and extend over the chair back",
		HoldCue:   "Hold, chest open",
		ExhaleCue: "Exhale and return to upright",
		RestCue:   "Sit tall and relax",
		Easier: "Lean back only a little. If holding your hands behind your head bothers your shoulders, " +
			"cross your arms over your chest instead.",
		Avoid: "Don't pull on your head with your hands or tip your head back, and don't over-arch your lower back. " +
			"Use a stable chair that doesn't rock or roll.",
	},
}
