// Package site builds the widget's static site: the player's wasm
// (content-hashed), wasm_exec.js from the Go toolchain, the front end from
// package web, the posters and printable routine cards drawn from
// anim/figure, the fallback content in every language, and a .br and .gz
// sibling for every file worth compressing. cmd/dist and cmd/posters wire
// it; the end-to-end tests build their site through it too.
package site
