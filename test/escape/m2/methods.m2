# command-line-arguments
./methods.go:12:6: can inline (*Node).Push with cost 7 as: method(*Node) func() { n.next = head; head = n }
./methods.go:17:6: can inline (*Node).Val with cost 3 as: method(*Node) func() int { return n.val }
./methods.go:19:6: can inline build with cost 10 as: func(int) *Node { n := &Node{...}; return n }
./methods.go:24:6: can inline keep with cost 9 as: func(...*int) { for loop }
./methods.go:30:6: can inline main with cost 72 as: func() { a := Node{...}; (*Node).Push(a); b := build(2); println((*Node).Val(b), (*Node).Val(a)); x, y := 1, 2; keep(... argument...) }
./methods.go:32:8: inlining call to (*Node).Push
./methods.go:33:12: inlining call to build
./methods.go:34:15: inlining call to (*Node).Val
./methods.go:34:24: inlining call to (*Node).Val
./methods.go:36:6: inlining call to keep
./methods.go:12:7: parameter n leaks to {heap} for (*Node).Push with derefs=0:
./methods.go:12:7:   flow: {heap} ← n:
./methods.go:12:7:     from head = n (assign) at ./methods.go:14:7
./methods.go:12:7: leaking param: n
./methods.go:17:7: n does not escape
./methods.go:20:7: &Node{...} escapes to heap in build:
./methods.go:20:7:   flow: n ← &{storage for &Node{...}}:
./methods.go:20:7:     from &Node{...} (spill) at ./methods.go:20:7
./methods.go:20:7:     from n := &Node{...} (assign) at ./methods.go:20:4
./methods.go:20:7:   flow: ~r0 ← n:
./methods.go:20:7:     from return n (return) at ./methods.go:21:2
./methods.go:20:7: &Node{...} escapes to heap
./methods.go:24:11: ps does not escape
./methods.go:31:2: a escapes to heap in main:
./methods.go:31:2:   flow: n ← &a:
./methods.go:31:2:     from a (address-of) at ./methods.go:32:3
./methods.go:31:2:     from n := a (assign-pair) at ./methods.go:32:8
./methods.go:31:2:   flow: {heap} ← n:
./methods.go:31:2:     from head = n (assign) at ./methods.go:32:8
./methods.go:31:2: moved to heap: a
./methods.go:33:12: &Node{...} does not escape
./methods.go:36:6: ... argument does not escape
