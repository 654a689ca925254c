// checker_test.cc — the type checker (frontend/check*.c, types.c, universe.c): type
// layout and printing, annotations on valid programs, and gc's exact error messages.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "shim_checker.h"
#include "source_pipeline.h"

namespace {

struct Checked {
    Package *pkg = nullptr;
    std::string errors;
};

Checked CheckSource(const std::string &src) {
    SourceResult r = RunSource(src, "check_test", false, true);
    Checked out;
    out.pkg = r.pkg;
    out.errors = r.errors;
    return out;
}

std::string Errors(const std::string &src) { return CheckSource(src).errors; }

// Walks every node below n (statements and expressions) calling f.
void Walk(Node *n, const std::function<void(Node *)> &f) {
    if (!n) return;
    f(n);
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag,
                    n->assign, n->key, n->value, n->recv};
    for (Node *k : kids) Walk(k, f);
    Vec *lists[] = {&n->list, &n->list2, &n->names};
    for (Vec *v : lists)
        for (int i = 0; i < v->len; i++) Walk((Node *)v->data[i], f);
}

Obj *Lookup(Package *p, const char *name) { return scope_lookup_local(p->scope, name); }

// ---- types ------------------------------------------------------------------------------

TEST(CheckerTypes, SizesAndStrings) {
    universe_init();
    EXPECT_EQ(t_string->size, 16);
    EXPECT_EQ(type_slice(t_int)->size, 24);
    EXPECT_EQ(type_slice(t_int), type_slice(t_int)); // interned
    EXPECT_EQ(type_slice(t_byte), type_slice(t_uint8));
    EXPECT_TRUE(type_identical(t_byte, t_uint8));
    Field fs[3] = {};
    fs[0].name = "a"; fs[0].type = t_int8;
    fs[1].name = "b"; fs[1].type = t_int64;
    fs[2].name = "c"; fs[2].type = t_int16;
    Type *st = type_struct(fs, 3);
    EXPECT_EQ(st->size, 24);
    EXPECT_EQ(st->align, 8);
    EXPECT_EQ(st->fields[1].offset, 8);
    EXPECT_EQ(st->fields[2].offset, 16);
    EXPECT_STREQ(type_string(st), "struct{a int8; b int64; c int16}");
    Field z[2] = {};
    z[0].name = "x"; z[0].type = t_int32;
    z[1].name = "y"; z[1].type = type_struct(nullptr, 0);
    EXPECT_EQ(type_struct(z, 2)->size, 8); // trailing zero-size field padded like gc
    EXPECT_EQ(t_complex64->align, 4);
    EXPECT_STREQ(type_string(type_map(t_string, type_slice(t_byte))), "map[string][]byte");
    EXPECT_STREQ(type_string(type_chan(type_chan(t_int, 2), 0)), "chan (<-chan int)");
    EXPECT_STREQ(type_string(type_array(type_pointer(t_rune), 4)), "[4]*rune");
    Field p[2] = {};
    p[0].type = t_int; p[1].type = type_slice(t_string);
    Field r[1] = {};
    r[0].type = t_error;
    EXPECT_STREQ(type_string(type_func(p, 2, r, 1, true)), "func(int, ...string) error");
    EXPECT_STREQ(type_string(t_any), "any");
    EXPECT_EQ(type_default(t_untyped_rune), t_rune);
    EXPECT_FALSE(type_comparable(type_slice(t_int)));
    EXPECT_TRUE(type_comparable(type_array(t_string, 2)));
}

// ---- valid programs -------------------------------------------------------------------

TEST(Checker, ValidProgramAnnotations) {
    Checked c = CheckSource(R"(package main

type T struct{ a, b int }

func (t *T) Sum() int { return t.a + t.b }
func (t T) Get() int  { return t.a }

type I interface{ Sum() int }

const (
	A = iota * 10
	B
)

var g = f(3)

func f(x int) int { return x * 2 }

func main() {
	t := T{1, 2}
	var i I = &t
	var small int8 = 1 + 2
	s := []int{1, 2}
	s = append(s, 3)
	y := 0
	fn := func() { y++ }
	fn()
	println(i.Sum(), t.Sum(), t.Get(), small, len(s), g, A, B, y)
}
)");
    ASSERT_EQ(c.errors, "");
    ASSERT_NE(c.pkg, nullptr);
    Obj *b = Lookup(c.pkg, "B");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(cv_int64(b->cv), 10);
    EXPECT_EQ(Lookup(c.pkg, "g")->type, t_int);
    EXPECT_TRUE(Lookup(c.pkg, "g")->is_global);
    EXPECT_STREQ(Lookup(c.pkg, "f")->link_name, "main.f");
    Type *T = Lookup(c.pkg, "T")->type;
    ASSERT_EQ(T->methods.len, 2);
    bool saw_ptr = false, saw_val = false;
    for (int k = 0; k < T->methods.len; k++) {
        Method *m = (Method *)T->methods.data[k];
        if (!strcmp(m->name, "Sum")) { saw_ptr = true; EXPECT_STREQ(m->obj->link_name, "main.(*T).Sum"); }
        if (!strcmp(m->name, "Get")) { saw_val = true; EXPECT_STREQ(m->obj->link_name, "main.T.Get"); }
    }
    EXPECT_TRUE(saw_ptr && saw_val);
    EXPECT_EQ(c.pkg->init_order.len, 1);
    // walk main: the constant 1 + 2 is typed int8; t is address-taken (&t, t.Sum());
    // y is captured by the closure; calls are classified.
    Node *mainfn = nullptr;
    Node *file = (Node *)c.pkg->files.data[0];
    for (int k = 0; k < file->list2.len; k++) {
        Node *d = (Node *)file->list2.data[k];
        if (d->kind == N_FUNCDECL && !strcmp(d->name, "main")) mainfn = d;
    }
    ASSERT_NE(mainfn, nullptr);
    int binaries = 0, method_calls = 0, iface_calls = 0, builtins = 0;
    Walk(mainfn->body, [&](Node *n) {
        if (n->kind == N_BINARY && n->op == TK_ADD && n->mode == MODE_CONST) {
            binaries++;
            EXPECT_EQ(n->type, t_int8);
            EXPECT_EQ(cv_int64(n->cv), 3);
        }
        if (n->kind == N_CALL && n->call_kind == CALL_METHOD) method_calls++;
        if (n->kind == N_CALL && n->call_kind == CALL_IFACEMETHOD) iface_calls++;
        if (n->kind == N_CALL && n->call_kind == CALL_BUILTIN) builtins++;
        if (n->kind == N_IDENT && n->obj && !strcmp(n->name, "t") && n->obj->kind == OBJ_VAR)
            EXPECT_TRUE(n->obj->addr_taken);
        if (n->kind == N_IDENT && n->obj && !strcmp(n->name, "y") && n->obj->kind == OBJ_VAR)
            EXPECT_TRUE(n->obj->addr_taken);
        if (n->kind == N_IDENT && n->obj && !strcmp(n->name, "s") && n->obj->kind == OBJ_VAR)
            EXPECT_FALSE(n->obj->addr_taken);
    });
    EXPECT_EQ(binaries, 1);
    EXPECT_EQ(method_calls, 2);
    EXPECT_EQ(iface_calls, 1);
    EXPECT_GE(builtins, 3);
}

TEST(Checker, UntypedConstantInInterfaceGetsDefaultType) {
    Checked c = CheckSource(R"(package main

func show(v any) {}

func main() {
	show(1)
	show(2.5)
	show('x')
}
)");
    ASSERT_EQ(c.errors, "");
    Node *file = (Node *)c.pkg->files.data[0];
    Node *mainfn = (Node *)file->list2.data[1];
    std::string kinds;
    Walk(mainfn->body, [&](Node *n) {
        if (n->kind == N_BASICLIT) kinds += std::string(type_string(n->type)) + ",";
    });
    EXPECT_EQ(kinds, "int,float64,rune,");
}

TEST(Checker, SelectionsThroughEmbedding) {
    Checked c = CheckSource(R"(package main

type Inner struct{ v int }

func (in *Inner) Inc() { in.v++ }

type Outer struct {
	name string
	Inner
}

func main() {
	var o Outer
	o.Inc()
	o.v = 3
	p := &o
	println(p.v, o.name)
}
)");
    ASSERT_EQ(c.errors, "");
    Node *file = (Node *)c.pkg->files.data[0];
    Node *mainfn = (Node *)file->list2.data[file->list2.len - 1];
    int checked = 0;
    Walk(mainfn->body, [&](Node *n) {
        if (n->kind != N_SELECTOR || !n->sel) return;
        if (!strcmp(n->name, "Inc")) {
            EXPECT_EQ(n->sel->kind, SEL_METHOD);
            EXPECT_EQ(n->sel->npath, 1);
            EXPECT_TRUE(n->sel->addr_recv);
            checked++;
        }
        if (!strcmp(n->name, "v") && n->x->kind == N_IDENT && !strcmp(n->x->name, "p")) {
            EXPECT_EQ(n->sel->npath, 2);
            EXPECT_EQ(n->sel->path[0], 1);
            EXPECT_EQ(n->sel->path[1], 0);
            EXPECT_EQ(n->mode, MODE_VAR);
            checked++;
        }
    });
    EXPECT_EQ(checked, 2);
}

TEST(Checker, BranchTargetsAndScopes) {
    Checked c = CheckSource(R"(package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 1 {
				continue outer
			}
			if j == 2 {
				break
			}
		}
	}
	x := 1
	{
		x := "shadow"
		_ = x
	}
	_ = x
}
)");
    ASSERT_EQ(c.errors, "");
    Node *file = (Node *)c.pkg->files.data[0];
    Node *mainfn = (Node *)file->list2.data[0];
    int branches = 0;
    Walk(mainfn->body, [&](Node *n) {
        if (n->kind != N_BRANCH) return;
        ASSERT_NE(n->target, nullptr);
        if (n->op == TK_CONTINUE) EXPECT_EQ(n->target->kind, N_FOR);
        if (n->op == TK_BREAK) EXPECT_EQ(n->target->kind, N_RANGE);
        branches++;
    });
    EXPECT_EQ(branches, 2);
}

TEST(Checker, InitOrderFollowsDependencies) {
    Checked c = CheckSource(R"(package main

var a = b + 1
var b = f()
var c = 7

func f() int { return c }

func main() { println(a) }
)");
    ASSERT_EQ(c.errors, "");
    ASSERT_EQ(c.pkg->init_order.len, 3);
    auto name = [&](int k) { return std::string(((Node *)((Node *)c.pkg->init_order.data[k])->names.data[0])->name); };
    EXPECT_EQ(name(0), "c");
    EXPECT_EQ(name(1), "b");
    EXPECT_EQ(name(2), "a");
}

// ---- errors, each verified against gc (go build -gcflags=-e) ----------------------------

TEST(CheckerErrors, UnusedVariableAndImport) {
    EXPECT_EQ(Errors("package main\n\nimport \"unsafe\"\n\nfunc main() {\n\tx := 1\n}\n"),
              "3:8: \"unsafe\" imported and not used\n6:2: declared and not used: x\n");
}

TEST(CheckerErrors, ConstantOverflow) {
    EXPECT_EQ(Errors("package main\n\nfunc main() {\n\tvar b byte = 256\n\t_ = b\n}\n"),
              "4:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)\n");
    EXPECT_EQ(Errors("package main\n\nvar c = byte(256)\n\nfunc main() {}\n"), "3:14: constant 256 overflows byte\n");
    EXPECT_EQ(Errors("package main\n\nconst a int8 = 100\n\nvar e = a * 2\n\nfunc main() {}\n"),
              "5:9: a * 2 (constant 200 of type int8) overflows int8\n");
    EXPECT_EQ(Errors("package main\n\nfunc main() {\n\ty := 1 << 70\n\t_ = y\n}\n"),
              "4:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in "
              "assignment (overflows)\n");
    EXPECT_EQ(Errors("package main\n\nvar x int = 1.5\n\nfunc main() {}\n"),
              "3:13: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)\n");
}

TEST(CheckerErrors, DivisionByZeroAndShifts) {
    EXPECT_EQ(Errors("package main\n\nvar z = 1 / 0\n\nfunc main() {}\n"),
              "3:13: invalid operation: division by zero\n");
    EXPECT_EQ(Errors("package main\n\nvar r = 1 >> -1\n\nfunc main() {}\n"),
              "3:14: invalid operation: negative shift count -1 (untyped int constant)\n");
}

TEST(CheckerErrors, MismatchedTypes) {
    EXPECT_EQ(Errors("package main\n\nvar q = \"a\" + 1\n\nfunc main() {}\n"),
              "3:9: invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)\n");
    EXPECT_EQ(Errors("package main\n\nfunc main() {\n\tvar a int\n\tvar b string\n\t_ = a == b\n}\n"),
              "6:11: invalid operation: a == b (mismatched types int and string)\n");
}

TEST(CheckerErrors, MissingReturnAndUndefined) {
    EXPECT_EQ(Errors("package main\n\nfunc g(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() {}\n"),
              "7:1: missing return\n");
    EXPECT_EQ(Errors("package main\n\nfunc main() {\n\tu := nothing\n\t_ = u\n}\n"), "4:7: undefined: nothing\n");
}

TEST(CheckerErrors, ArgumentCounts) {
    EXPECT_EQ(Errors("package main\n\nfunc g(x int) {}\n\nfunc main() {\n\tg(1, 2)\n\tg()\n}\n"),
              "6:7: too many arguments in call to g\n\thave (number, number)\n\twant (int)\n"
              "7:2: not enough arguments in call to g\n\thave ()\n\twant (int)\n");
}

TEST(CheckerErrors, InterfaceNotImplemented) {
    EXPECT_EQ(Errors("package main\n\ntype T struct{}\n\ntype I interface{ M() }\n\nvar t T\nvar i I = t\n\nfunc main() {}\n"),
              "8:11: cannot use t (variable of struct type T) as I value in variable declaration: T does not "
              "implement I (missing method M)\n");
    EXPECT_EQ(Errors("package main\n\ntype T struct{}\n\nfunc (*T) M() {}\n\ntype I interface{ M() }\n\n"
                     "func main() {\n\tvar t T\n\tvar i I = t\n\t_ = i\n}\n"),
              "11:12: cannot use t (variable of struct type T) as I value in variable declaration: T does not "
              "implement I (method M has pointer receiver)\n");
}

TEST(CheckerErrors, ShortVarDeclAndUnusedValue) {
    EXPECT_EQ(Errors("package main\n\nfunc main() {\n\tc := 1\n\tc := 2\n\t_ = c\n}\n"),
              "5:4: no new variables on left side of :=\n");
    EXPECT_EQ(Errors("package main\n\nfunc main() {\n\tvar i8 int8\n\ti8 + 1\n}\n"),
              "5:2: i8 + 1 (value of type int8) is not used\n");
}

TEST(CheckerErrors, RecursiveTypesAndCycles) {
    EXPECT_EQ(Errors("package main\n\ntype T struct{ a T }\n\nfunc main() {}\n"),
              "3:6: invalid recursive type: T refers to itself\n");
    std::string cyc = Errors("package main\n\nvar v1 = v2\nvar v2 = v1\n\nfunc main() {}\n");
    EXPECT_EQ(cyc.rfind("3:5: initialization cycle for v1\n\t", 0), 0u) << cyc;
    EXPECT_NE(cyc.find(":3:5: v1 refers to v2\n\t"), std::string::npos) << cyc;
    EXPECT_NE(cyc.find(":4:5: v2 refers to v1"), std::string::npos) << cyc;
}

TEST(CheckerErrors, GotoJumps) {
    std::string e = Errors("package main\n\nfunc main() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n\tgoto M\n\t{\n\tM:\n\t}\n}\n");
    EXPECT_EQ(e.rfind("4:7: goto L jumps over declaration of x at ", 0), 0u) << e;
    EXPECT_NE(e.find("8:7: goto M jumps into block starting at "), std::string::npos) << e;
}

TEST(CheckerErrors, InitCycleThroughFunction) {
    std::string e = Errors("package main\n\nvar x = f()\n\nfunc f() int { return x }\n\nfunc main() {}\n");
    EXPECT_EQ(e.rfind("3:5: initialization cycle for x\n\t", 0), 0u) << e;
    EXPECT_NE(e.find("x refers to f"), std::string::npos) << e;
    EXPECT_NE(e.find("f refers to x"), std::string::npos) << e;
}

TEST(Checker, Go126NewOfExpressionAndUntypedShift) {
    Checked c = CheckSource("package main\n\nfunc main() {\n\tp := new(42)\n\tvar s uint = 3\n"
                            "\tvar u uint64 = 1 << s\n\tprintln(*p, u)\n}\n");
    ASSERT_EQ(c.errors, "");
    Node *file = (Node *)c.pkg->files.data[0];
    Node *mainfn = (Node *)file->list2.data[0];
    int seen = 0;
    Walk(mainfn->body, [&](Node *n) {
        if (n->kind == N_CALL && n->call_kind == CALL_BUILTIN && n->builtin == BI_NEW) {
            EXPECT_STREQ(type_string(n->type), "*int");
            seen++;
        }
        if (n->kind == N_BINARY && n->op == TK_SHL) {
            EXPECT_EQ(n->type, t_uint64); // the untyped 1 takes the type from the context
            EXPECT_EQ(n->x->type, t_uint64);
            seen++;
        }
    });
    EXPECT_EQ(seen, 2);
}

} // namespace
