// Package match has tests whose names exercise golc's -run regexp subset against gc's
// regexp package (each line of args is one pattern).
package match
