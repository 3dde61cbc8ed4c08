package widget

// mark records a moment of the player's start-up for the browser's
// performance timeline (see Mark), as "stretch:" and name.
var mark = func(name string) {}
