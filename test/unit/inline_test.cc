// inline_test.cc — IR inlining (escape/inline*.c): small programs are lowered and run through
// escape_run with inlining on; the tests check the transformed IR (calls gone, well-formed,
// cloned ALLOCs' depths and decisions) and that -l leaves calls alone.
#include <gtest/gtest.h>

#include <string>

#include "shim_escape.h"
#include "source_pipeline.h"

namespace {

IRProgram *Compile(const std::string &src, bool no_inline) {
    IRProgram *ir = RunSource(src, "inline_test", true).ir;
    if (ir) {
        EscapeOptions o = {0, no_inline};
        escape_run(ir, &o);
    }
    return ir;
}

IRFunc *Func(IRProgram *p, const std::string &name) {
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (name == f->name) return f;
    }
    return nullptr;
}

int CallsTo(IRFunc *f, const std::string &callee) {
    int n = 0;
    for (int b = 0; b < f->blocks.len; b++) {
        IRBlock *bl = (IRBlock *)f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            IRInstr *in = (IRInstr *)bl->instrs.data[k];
            if (in->op == IR_CALL && in->func && callee == in->func->name) n++;
        }
    }
    return n;
}

IRInstr *FirstAlloc(IRFunc *f, AllocKind kind) {
    for (int b = 0; b < f->blocks.len; b++) {
        IRBlock *bl = (IRBlock *)f->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            IRInstr *in = (IRInstr *)bl->instrs.data[k];
            if (in->op == IR_ALLOC && in->alloc_kind == kind) return in;
        }
    }
    return nullptr;
}

const char *kConstructor =
    "package main\n"
    "type T struct{ a, b int }\n"
    "func newT() *T { return &T{} }\n"
    "func main() { t := newT(); println(t.a) }\n";

TEST(InlineTransform, ConstructorResultStaysOnCallerStack) {
    IRProgram *p = Compile(kConstructor, false);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(ir_check(p, nullptr), 0);
    IRFunc *m = Func(p, "main.main");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(CallsTo(m, "main.newT"), 0);
    IRInstr *a = FirstAlloc(m, ALLOC_COMPOSITE);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->decision, DEC_STACK);
    // the callee itself still returns its T: heap there
    IRInstr *own = FirstAlloc(Func(p, "main.newT"), ALLOC_COMPOSITE);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->decision, DEC_HEAP);
}

TEST(InlineTransform, NoInlineOptionKeepsCalls) {
    IRProgram *p = Compile(kConstructor, true);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(CallsTo(Func(p, "main.main"), "main.newT"), 1);
    EXPECT_EQ(FirstAlloc(Func(p, "main.main"), ALLOC_COMPOSITE), nullptr);
}

TEST(InlineTransform, SeveralReturnsAndResults) {
    IRProgram *p = Compile(
        "package main\n"
        "func mm(a, b int) (int, int) { if a < b { return a, b }; return b, a }\n"
        "func sg(x int) int { if x < 0 { return -1 }; if x > 0 { return 1 }; return 0 }\n"
        "func main() { x, y := mm(3, 1); println(x, y, sg(x-y)) }\n",
        false);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(ir_check(p, nullptr), 0);
    IRFunc *m = Func(p, "main.main");
    EXPECT_EQ(CallsTo(m, "main.mm"), 0);
    EXPECT_EQ(CallsTo(m, "main.sg"), 0);
    EXPECT_NE(FirstAlloc(m, ALLOC_TEMP), nullptr);   // result slots
}

TEST(InlineTransform, RecursionIsNotInlinedIntoItself) {
    IRProgram *p = Compile(
        "package main\n"
        "func r(n int) int { if n == 0 { return 0 }; return r(n-1) + 1 }\n"
        "func a(n int) int { if n == 0 { return 0 }; return b(n) }\n"
        "func b(n int) int { return a(n-1) }\n"
        "func main() { println(r(3), a(2)) }\n",
        false);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(ir_check(p, nullptr), 0);
    EXPECT_EQ(CallsTo(Func(p, "main.r"), "main.r"), 1);
    EXPECT_EQ(CallsTo(Func(p, "main.a"), "main.b"), 1);
    EXPECT_EQ(CallsTo(Func(p, "main.b"), "main.a"), 1);
    EXPECT_EQ(CallsTo(Func(p, "main.main"), "main.a"), 1);
}

TEST(InlineTransform, ClonedAllocsTakeTheCallSitesLoopDepth) {
    IRProgram *p = Compile(
        "package main\n"
        "func addr(x int) *int { return &x }\n"
        "var keep []*int\n"
        "func main() { var last *int; for i := 0; i < 3; i++ { last = addr(i) }; println(*last) }\n",
        false);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(ir_check(p, nullptr), 0);
    IRFunc *m = Func(p, "main.main");
    EXPECT_EQ(CallsTo(m, "main.addr"), 0);
    IRInstr *x = nullptr;
    for (int b = 0; b < m->blocks.len && !x; b++) {
        IRBlock *bl = (IRBlock *)m->blocks.data[b];
        for (int k = 0; k < bl->instrs.len; k++) {
            IRInstr *in = (IRInstr *)bl->instrs.data[k];
            if (in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->var &&
                std::string(in->var->name) == "x")
                x = in;
        }
    }
    ASSERT_NE(x, nullptr);
    EXPECT_GE(x->loop_depth, 1);
    // stored into `last`, declared outside the loop: must not share one stack slot
    EXPECT_EQ(x->decision, DEC_HEAP);
}

TEST(InlineTransform, DeferAndBigFunctionsStayCalls) {
    std::string big = "package main\nfunc big(x int) int {\n";
    for (int i = 0; i < 40; i++) big += "  x = x*3 + " + std::to_string(i) + "\n";
    big += "  return x\n}\n"
           "func d() { defer println(1) }\n"
           "func main() { println(big(1)); d() }\n";
    IRProgram *p = Compile(big, false);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(ir_check(p, nullptr), 0);
    EXPECT_EQ(CallsTo(Func(p, "main.main"), "main.big"), 1);
    EXPECT_EQ(CallsTo(Func(p, "main.main"), "main.d"), 1);
}

}  // namespace
