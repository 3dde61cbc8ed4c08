package widget

import (
	"errors"

	"github.com/immerse-massage/stretch/anim"
)

// messageSource marks every message of ours, in both directions, so that
// neither side mistakes another script's messages for ours.
const messageSource = "stretch-routine"

// message is what the host link reads of a message posted to the player:
// whether it is an object, and its source, kind and cmd when each is a
// string, and its value as a number (NaN when it is none).
type message struct {
	object                     bool
	source, kind, cmd          string
	hasSource, hasKind, hasCmd bool
	value                      float64
}

// commandOf returns the command message m carries. A message that is not
// one of ours gives the fault "other" and no error; one of ours that is not
// a valid command gives the kind of mistake as its fault ("name",
// "unknown", or "value:" and the command's name) and an error saying what
// was wrong. A valid command has no fault.
func commandOf(m message) (anim.Command, string, error) {
	if !m.object || !m.hasSource || m.source != messageSource || !m.hasKind || m.kind != "command" {
		return anim.Command{}, "other", nil
	}
	if !m.hasCmd {
		return anim.Command{}, "name", errors.New("the command has no name")
	}
	c, err := anim.ParseCommand(m.cmd, m.value)
	switch {
	case err != nil && !anim.IsCommand(m.cmd):
		return anim.Command{}, "unknown", err
	case err != nil:
		return anim.Command{}, "value:" + m.cmd, err
	}
	return c, "", nil
}
