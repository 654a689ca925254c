# command-line-arguments
./noinline.go:10:13: parameter p leaks to {heap} for toHeap with derefs=0:
./noinline.go:10:13:   flow: {heap} ← p:
./noinline.go:10:13:     from global = p (assign) at ./noinline.go:11:9
./noinline.go:10:13: leaking param: p
./noinline.go:14:15: parameter p leaks to ~r0 for identity with derefs=0:
./noinline.go:14:15:   flow: ~r0 ← p:
./noinline.go:14:15:     from return p (return) at ./noinline.go:15:2
./noinline.go:14:15: leaking param: p to result ~r0 level=0
./noinline.go:18:12: parameter s leaks to ~r0 for field with derefs=1:
./noinline.go:18:12:   flow: ~r0 ← *s:
./noinline.go:18:12:     from s.p (dot of pointer) at ./noinline.go:19:10
./noinline.go:18:12:     from return s.p (return) at ./noinline.go:19:2
./noinline.go:18:12: leaking param: s to result ~r0 level=1
./noinline.go:28:12: selfAssign ignoring self-assignment in b.pair.p1 = b.pair.p2
./noinline.go:27:17: b does not escape
./noinline.go:32:2: a escapes to heap in main:
./noinline.go:32:2:   flow: {heap} ← &a:
./noinline.go:32:2:     from &a (address-of) at ./noinline.go:33:9
./noinline.go:32:2:     from toHeap(&a) (call parameter) at ./noinline.go:33:8
./noinline.go:37:2: c escapes to heap in main:
./noinline.go:37:2:   flow: {heap} ← &c:
./noinline.go:37:2:     from &c (address-of) at ./noinline.go:39:8
./noinline.go:37:2:     from ch <- &c (send) at ./noinline.go:39:5
./noinline.go:40:2: d escapes to heap in main:
./noinline.go:40:2:   flow: {heap} ← &d:
./noinline.go:40:2:     from &d (address-of) at ./noinline.go:42:4
./noinline.go:40:2:     from m[&d] (key of map put) at ./noinline.go:42:3
./noinline.go:49:2: g escapes to heap in main:
./noinline.go:49:2:   flow: {heap} ← &g:
./noinline.go:49:2:     from &g (address-of) at ./noinline.go:50:20
./noinline.go:49:2:     from identity(&g) (call parameter) at ./noinline.go:50:19
./noinline.go:49:2:     from global = identity(&g) (assign) at ./noinline.go:50:9
./noinline.go:34:2: b escapes to heap in main:
./noinline.go:34:2:   flow: q ← &b:
./noinline.go:34:2:     from &b (address-of) at ./noinline.go:35:7
./noinline.go:34:2:     from q := &b (assign) at ./noinline.go:35:4
./noinline.go:34:2:   flow: {heap} ← q:
./noinline.go:34:2:     from global = q (assign) at ./noinline.go:36:9
./noinline.go:51:2: h escapes to heap in main:
./noinline.go:51:2:   flow: {storage for &pair{...}} ← &h:
./noinline.go:51:2:     from &h (address-of) at ./noinline.go:52:23
./noinline.go:51:2:     from pair{...} (struct literal element) at ./noinline.go:52:22
./noinline.go:51:2:   flow: {heap} ← {storage for &pair{...}}:
./noinline.go:51:2:     from &pair{...} (spill) at ./noinline.go:52:17
./noinline.go:51:2:     from field(&pair{...}) (call parameter) at ./noinline.go:52:16
./noinline.go:51:2:     from global = field(&pair{...}) (assign) at ./noinline.go:52:9
./noinline.go:43:2: e escapes to heap in main:
./noinline.go:43:2:   flow: {storage for []*int{...}} ← &e:
./noinline.go:43:2:     from &e (address-of) at ./noinline.go:44:14
./noinline.go:43:2:     from []*int{...} (slice-literal-element) at ./noinline.go:44:13
./noinline.go:43:2:   flow: s ← &{storage for []*int{...}}:
./noinline.go:43:2:     from []*int{...} (spill) at ./noinline.go:44:13
./noinline.go:43:2:     from s := []*int{...} (assign) at ./noinline.go:44:4
./noinline.go:43:2:   flow: {heap} ← *s:
./noinline.go:43:2:     from s[0] (dot of pointer) at ./noinline.go:45:12
./noinline.go:43:2:     from global = s[0] (assign) at ./noinline.go:45:9
./noinline.go:46:2: f escapes to heap in main:
./noinline.go:46:2:   flow: {storage for &pair{...}} ← &f:
./noinline.go:46:2:     from &f (address-of) at ./noinline.go:47:17
./noinline.go:46:2:     from pair{...} (struct literal element) at ./noinline.go:47:13
./noinline.go:46:2:   flow: pp ← &{storage for &pair{...}}:
./noinline.go:46:2:     from &pair{...} (spill) at ./noinline.go:47:8
./noinline.go:46:2:     from pp := &pair{...} (assign) at ./noinline.go:47:5
./noinline.go:46:2:   flow: {heap} ← *pp:
./noinline.go:46:2:     from pp.p (dot of pointer) at ./noinline.go:48:13
./noinline.go:46:2:     from global = pp.p (assign) at ./noinline.go:48:9
./noinline.go:32:2: moved to heap: a
./noinline.go:34:2: moved to heap: b
./noinline.go:37:2: moved to heap: c
./noinline.go:40:2: moved to heap: d
./noinline.go:43:2: moved to heap: e
./noinline.go:46:2: moved to heap: f
./noinline.go:49:2: moved to heap: g
./noinline.go:51:2: moved to heap: h
./noinline.go:41:20: map[*int]bool{} does not escape
./noinline.go:44:13: []*int{...} does not escape
./noinline.go:47:8: &pair{...} does not escape
./noinline.go:52:17: &pair{...} does not escape
./noinline.go:53:13: &boxed{} does not escape
