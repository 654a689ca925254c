// escape_test.cc — escape analysis (escape/): small single-package programs (no imports) are
// lowered, analysed with m_level 0, and the tests assert on the decisions written into ALLOCs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "shim_escape.h"
#include "source_pipeline.h"

namespace {

IRProgram *Analyse(const std::string &src) {
    IRProgram *ir = RunSource(src, "escape_test", true).ir;
    if (ir) {
        EscapeOptions o = {0, true};
        escape_run(ir, &o);
    }
    return ir;
}

// The decision of the ALLOC_VAR for `var` in function `fn` ("main.f").
AllocDecision VarDecision(IRProgram *p, const std::string &fn, const std::string &var) {
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (fn != f->name) continue;
        for (int b = 0; b < f->blocks.len; b++) {
            IRBlock *bl = (IRBlock *)f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                IRInstr *in = (IRInstr *)bl->instrs.data[k];
                if (in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->var && var == in->var->name)
                    return in->decision;
            }
        }
    }
    return DEC_UNDECIDED;
}

// Every ALLOC of a kind in a function: all on the stack?
bool AllOfKind(IRProgram *p, const std::string &fn, AllocKind kind, AllocDecision want) {
    bool seen = false;
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (fn != f->name) continue;
        for (int b = 0; b < f->blocks.len; b++) {
            IRBlock *bl = (IRBlock *)f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                IRInstr *in = (IRInstr *)bl->instrs.data[k];
                if (in->op != IR_ALLOC || in->alloc_kind != kind) continue;
                seen = true;
                if (in->decision != want) return false;
            }
        }
    }
    return seen;
}

TEST(Escape, ReturnedAddressEscapes) {
    IRProgram *p = Analyse("package main\nfunc f() *int { x := 1; return &x }\nfunc main() { _ = f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_HEAP);
}

TEST(Escape, LocalAddressStaysOnStack) {
    IRProgram *p = Analyse("package main\nfunc f() int { x := 1; p := &x; return *p }\nfunc main() { _ = f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_STACK);
}

TEST(Escape, GlobalStoreEscapes) {
    IRProgram *p = Analyse("package main\nvar g *int\nfunc f() { x := 1; g = &x }\nfunc main() { f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_HEAP);
}

TEST(Escape, SummaryLetsCallerKeepArgument) {
    IRProgram *p = Analyse("package main\nfunc get(p *int) int { return *p }\n"
                           "func f() int { x := 1; return get(&x) }\nfunc main() { _ = f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_STACK);
}

TEST(Escape, LeakThroughResultFollowsTheResult) {
    IRProgram *p = Analyse("package main\nvar g *int\nfunc id(p *int) *int { return p }\n"
                           "func f() { x := 1; y := 2; g = id(&x); _ = id(&y) }\nfunc main() { f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_HEAP);
    EXPECT_EQ(VarDecision(p, "main.f", "y"), DEC_STACK);
}

TEST(Escape, LoopCarriedAddressEscapes) {
    IRProgram *p = Analyse("package main\nfunc f() int { var p *int\n for i := 0; i < 3; i++ { x := i; p = &x }\n"
                           " return *p }\nfunc main() { _ = f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_HEAP);
}

TEST(Escape, RecursionIsSolvedAsOneBatch) {
    IRProgram *p = Analyse("package main\nvar g *int\nfunc a(p *int, n int) { if n > 0 { b(p, n-1) } }\n"
                           "func b(p *int, n int) { if n == 0 { g = p } else { a(p, n) } }\n"
                           "func f() { x := 1; a(&x, 3) }\nfunc main() { f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "x"), DEC_HEAP);
}

TEST(Escape, InterfaceCallUsesJoinOfMethods) {
    const char *src = "package main\ntype S interface{ M() int }\ntype A struct{ v int }\n"
                      "type B struct{ v int }\nvar g *B\n"
                      "func (a *A) M() int { return a.v }\nfunc (b *B) M() int { %s return b.v }\n"
                      "func call(s S) int { return s.M() }\n"
                      "func f() int { a := A{1}; b := B{2}; return call(&a) + call(&b) }\nfunc main() { _ = f() }\n";
    char buf[1024];
    snprintf(buf, sizeof buf, src, "");
    IRProgram *p = Analyse(buf);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "a"), DEC_STACK);
    snprintf(buf, sizeof buf, src, "g = b;");
    p = Analyse(buf);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "a"), DEC_HEAP);   // the join: B.M leaks its receiver
}

TEST(Escape, ClosureOutlivingFrameMovesCapturedVariable) {
    IRProgram *p = Analyse("package main\nfunc f() func() int { c := 0; return func() int { c++; return c } }\n"
                           "func h() int { d := 0; g := func() { d++ }; g(); return d }\n"
                           "func main() { _ = f(); _ = h() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "c"), DEC_HEAP);
    EXPECT_EQ(VarDecision(p, "main.h", "d"), DEC_STACK);
    EXPECT_TRUE(AllOfKind(p, "main.h", ALLOC_CLOSURE, DEC_STACK));
}

TEST(Escape, HugeVariableGoesToHeap) {
    IRProgram *p = Analyse("package main\nfunc f() int { var a [40000]int; a[1] = 2; return a[1] }\n"
                           "func main() { _ = f() }\n");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(VarDecision(p, "main.f", "a"), DEC_HEAP);
}

/* A non-escaping make with a run-time count stays STACK when one element fits the 32-byte frame
 * buffer (codegen falls back to the heap when the count does not fit); with bigger elements it is
 * HEAP. The constant-count make is STACK. */
TEST(Escape, NonConstantMakeIsHeapUnlessBuffered) {
    IRProgram *p = Analyse("package main\nfunc f(n int) int { s := make([][5]int, n); t := make([]int, 4);"
                           " u := make([]int, n); return len(s) + len(t) + len(u) }\nfunc main() { _ = f(3) }\n");
    ASSERT_NE(p, nullptr);
    bool const_stack = false, var_heap = false, var_buffered = false;
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (std::string("main.f") != f->name) continue;
        for (int b = 0; b < f->blocks.len; b++) {
            IRBlock *bl = (IRBlock *)f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                IRInstr *in = (IRInstr *)bl->instrs.data[k];
                if (in->op != IR_ALLOC || in->alloc_kind != ALLOC_MAKESLICE) continue;
                bool isconst = in->args[0]->op == IR_CONST;
                bool big = in->elem && in->elem->size > 32;
                if (isconst && in->decision == DEC_STACK) const_stack = true;
                if (!isconst && big && in->decision == DEC_HEAP) var_heap = true;
                if (!isconst && !big && in->decision == DEC_STACK) var_buffered = true;
            }
        }
    }
    EXPECT_TRUE(const_stack);
    EXPECT_TRUE(var_heap);
    EXPECT_TRUE(var_buffered);
}

} // namespace
