package widget

import "testing"

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
