// Package testmain has a TestMain that sets up state, runs the tests and tears down.
package testmain

var Ready bool
