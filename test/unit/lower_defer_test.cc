// lower_defer_test.cc — lowering of defer, recover and returns in functions that defer
// (frontend/lower_defer.c): the frame prologue, the records and thunks, the result slots.
#include <gtest/gtest.h>

#include <string>

#include "ir_query.h"

namespace {

IRProgram *LowerOk(const std::string &src, std::string *errors) {
    return LowerChecked(src, "lower_defer_test", errors);
}

int Rt(IRFunc *f, const char *name) {
    return Count(f, [name](IRInstr *in) { return in->op == IR_CALLRT && in->rt_name && !strcmp(in->rt_name, name); });
}

int DeferRecords(IRFunc *f) {
    return Count(f, [](IRInstr *in) { return in->op == IR_ALLOC && in->alloc_kind == ALLOC_DEFER; });
}

}  // namespace

TEST(LowerDefer, FunctionsWithoutDeferPayNothing) {
    std::string err;
    IRProgram *p = LowerOk("package main\nfunc f(x int) int { if x > 0 { return 1 }; return 2 }\nfunc main() { f(1) }\n", &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *f = Func(p, "main.f");
    ASSERT_TRUE(f);
    EXPECT_EQ(Rt(f, "gort_defer_enter"), 0);
    EXPECT_EQ(Rt(f, "gort_setjmp"), 0);
    EXPECT_EQ(Rt(f, "gort_defer_return"), 0);
}

TEST(LowerDefer, FramePrologueRecordsAndReturns) {
    std::string err;
    IRProgram *p = LowerOk(
        "package main\n"
        "func g(a, b int) {}\n"
        "func f(x int) (r int) {\n"
        "\tdefer g(x, 2)\n"
        "\tfor i := 0; i < x; i++ { defer func() { r += i }() }\n"
        "\tif x > 3 { return 7 }\n"
        "\treturn\n"
        "}\n"
        "func main() { f(1) }\n",
        &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *f = Func(p, "main.f");
    ASSERT_TRUE(f);
    EXPECT_EQ(Rt(f, "gort_defer_enter"), 1);
    EXPECT_EQ(Rt(f, "gort_setjmp"), 1);
    EXPECT_EQ(Rt(f, "golc_keepalive"), 1);       // the named result r
    EXPECT_EQ(Rt(f, "gort_defer_push"), 2);
    EXPECT_EQ(DeferRecords(f), 2);
    EXPECT_EQ(Rt(f, "gort_defer_return"), 3);    // two returns + the recovery landing
    IRFunc *t1 = Func(p, "main.f.deferwrap1");
    IRFunc *t2 = Func(p, "main.f.deferwrap2");
    ASSERT_TRUE(t1);
    ASSERT_TRUE(t2);
    EXPECT_TRUE(t1->defer_thunk);
    EXPECT_EQ(t1->nparams, 0);
    // the thunk calls g with the saved x (a load from its env) and the constant 2
    EXPECT_EQ(Count(t1, [](IRInstr *in) { return in->op == IR_CALL && in->func && !strcmp(in->func->name, "main.g"); }), 1);
    EXPECT_EQ(Count(t2, [](IRInstr *in) { return in->op == IR_CALLIND; }), 1);
}

TEST(LowerDefer, UnnamedResultsGetSlots) {
    std::string err;
    IRProgram *p = LowerOk("package main\nfunc f() (int, string) { defer println(); return 1, \"a\" }\nfunc main() { f() }\n", &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *f = Func(p, "main.f");
    EXPECT_EQ(Rt(f, "golc_keepalive"), 2);
    EXPECT_EQ(Count(f, [](IRInstr *in) { return in->op == IR_ALLOC && in->alloc_kind == ALLOC_TEMP; }), 3); // frame + 2
}

TEST(LowerDefer, RecoverCalls) {
    std::string err;
    IRProgram *p = LowerOk(
        "package main\n"
        "func f() { defer func() { _ = recover() }(); defer recover(); panic(1) }\n"
        "func main() { f() }\n",
        &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *lit = Func(p, "main.f.func1");
    ASSERT_TRUE(lit);
    EXPECT_EQ(Rt(lit, "gort_recover"), 1);
    IRFunc *t2 = Func(p, "main.f.deferwrap2");
    ASSERT_TRUE(t2);
    EXPECT_EQ(Rt(t2, "gort_recover_deferred"), 1);
    EXPECT_EQ(Rt(t2, "gort_recover"), 0);
}
