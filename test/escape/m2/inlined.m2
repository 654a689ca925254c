# command-line-arguments
./inlined.go:9:6: can inline f with cost 2 as: func(*int) *int { return p }
./inlined.go:11:6: can inline leak with cost 3 as: func(*int) { g = p }
./inlined.go:13:6: can inline main with cost 29 as: func() { x := 1; y := f(&x); leak(y); z := new(int); println(*z) }
./inlined.go:15:8: inlining call to f
./inlined.go:16:6: inlining call to leak
./inlined.go:9:8: parameter p leaks to ~r0 for f with derefs=0:
./inlined.go:9:8:   flow: ~r0 ← p:
./inlined.go:9:8:     from return p (return) at ./inlined.go:9:23
./inlined.go:9:8: leaking param: p to result ~r0 level=0
./inlined.go:11:11: parameter p leaks to {heap} for leak with derefs=0:
./inlined.go:11:11:   flow: {heap} ← p:
./inlined.go:11:11:     from g = p (assign) at ./inlined.go:11:23
./inlined.go:11:11: leaking param: p
./inlined.go:14:2: x escapes to heap in main:
./inlined.go:14:2:   flow: p ← &x:
./inlined.go:14:2:     from &x (address-of) at ./inlined.go:15:9
./inlined.go:14:2:     from p := &x (assign-pair) at ./inlined.go:15:8
./inlined.go:14:2:   flow: ~r0 ← p:
./inlined.go:14:2:     from ~r0 = p (assign-pair) at ./inlined.go:15:8
./inlined.go:14:2:   flow: y ← ~r0:
./inlined.go:14:2:     from y := ~r0 (assign) at ./inlined.go:15:4
./inlined.go:14:2:   flow: p ← y:
./inlined.go:14:2:     from p := y (assign-pair) at ./inlined.go:16:6
./inlined.go:14:2:   flow: {heap} ← p:
./inlined.go:14:2:     from g = p (assign) at ./inlined.go:16:6
./inlined.go:14:2: moved to heap: x
./inlined.go:17:10: new(int) does not escape
