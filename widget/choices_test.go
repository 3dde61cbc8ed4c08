package widget

import "testing"

func TestChoiceRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		c    Choice
		want string
	}{
		{Choice{}, ""},
		{Choice{Voice: true}, "voice"},
		{Choice{Sound: true, Haptics: true}, "sound,haptics"},
		{Choice{true, true, true}, "voice,sound,haptics"},
	} {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("%+v.String() = %q; want %q", tc.c, got, tc.want)
		}
		if got := ParseChoice(tc.want); got != tc.c {
			t.Errorf("ParseChoice(%q) = %+v; want %+v", tc.want, got, tc.c)
		}
	}
	if got := ParseChoice(" voice , bogus,,constructor"); got != (Choice{Voice: true}) {
		t.Errorf("ParseChoice with junk = %+v; want voice only", got)
	}
}
