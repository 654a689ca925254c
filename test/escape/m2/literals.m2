# command-line-arguments
./literals.go:6:6: can inline main with cost 68 as: func() { m := map[*int]*int{}; k := 7; m[&k] = nil; v := 8; m[nil] = &v; a := []*int{}; e := 9; a = append(a, &e); sink = a; f := 10; sink = &f; i := &f; _ = i }
./literals.go:8:2: k escapes to heap in main:
./literals.go:8:2:   flow: {heap} ← &k:
./literals.go:8:2:     from &k (address-of) at ./literals.go:9:4
./literals.go:8:2:     from m[&k] (key of map put) at ./literals.go:9:3
./literals.go:10:2: v escapes to heap in main:
./literals.go:10:2:   flow: {heap} ← &v:
./literals.go:10:2:     from &v (address-of) at ./literals.go:11:11
./literals.go:10:2:     from m[nil] = &v (assign) at ./literals.go:11:9
./literals.go:13:2: e escapes to heap in main:
./literals.go:13:2:   flow: {heap} ← &e:
./literals.go:13:2:     from &e (address-of) at ./literals.go:14:16
./literals.go:13:2:     from append(a, &e) (call parameter) at ./literals.go:14:12
./literals.go:15:9: a escapes to heap in main:
./literals.go:15:9:   flow: {heap} ← &{storage for a}:
./literals.go:15:9:     from a (spill) at ./literals.go:15:9
./literals.go:15:9:     from sink = a (assign) at ./literals.go:15:7
./literals.go:16:2: f escapes to heap in main:
./literals.go:16:2:   flow: {heap} ← &f:
./literals.go:16:2:     from &f (address-of) at ./literals.go:17:9
./literals.go:16:2:     from &f (interface-converted) at ./literals.go:17:9
./literals.go:16:2:     from sink = &f (assign) at ./literals.go:17:7
./literals.go:12:13: []*int{} escapes to heap in main:
./literals.go:12:13:   flow: a ← &{storage for []*int{}}:
./literals.go:12:13:     from []*int{} (spill) at ./literals.go:12:13
./literals.go:12:13:     from a := []*int{} (assign) at ./literals.go:12:4
./literals.go:12:13:   flow: {storage for a} ← a:
./literals.go:12:13:     from a (interface-converted) at ./literals.go:15:9
./literals.go:14:12: append(a, &e) escapes to heap in main:
./literals.go:14:12:   flow: a ← &{storage for append(a, &e)}:
./literals.go:14:12:     from append(a, &e) (spill) at ./literals.go:14:12
./literals.go:14:12:     from a = append(a, &e) (assign) at ./literals.go:14:4
./literals.go:14:12:   flow: {storage for a} ← a:
./literals.go:14:12:     from a (interface-converted) at ./literals.go:15:9
./literals.go:8:2: moved to heap: k
./literals.go:10:2: moved to heap: v
./literals.go:13:2: moved to heap: e
./literals.go:16:2: moved to heap: f
./literals.go:7:20: map[*int]*int{} does not escape
./literals.go:12:13: []*int{} escapes to heap
./literals.go:14:12: append escapes to heap
./literals.go:15:9: a escapes to heap
