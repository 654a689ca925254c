// lower_rangefunc_test.cc — lowering of range-over-func loops (frontend/lower_rangefunc.c):
// the body closure, the state checks, the exit codes (#next), result slots and defers.
#include <gtest/gtest.h>

#include <string>

#include "ir_query.h"

namespace {

IRProgram *LowerOk(const std::string &src, std::string *errors) {
    return LowerChecked(src, "lower_rangefunc_test", errors);
}

int Vars(IRFunc *f, const char *name) {
    return Count(f, [name](IRInstr *in) {
        return in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->var && !strcmp(in->var->name, name);
    });
}

int Rt(IRFunc *f, const char *name) {
    return Count(f, [name](IRInstr *in) { return in->op == IR_CALLRT && in->rt_name && !strcmp(in->rt_name, name); });
}

const char *kSeq = "package main\nfunc seq(yield func(int) bool) { for i := 0; i < 3; i++ { if !yield(i) { return } } }\n";

}  // namespace

TEST(LowerRangeFunc, BodyIsAClosurePassedToTheIterator) {
    std::string err;
    IRProgram *p = LowerOk(std::string(kSeq) + "func main() { s := 0; for x := range seq { s += x }; println(s) }\n", &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *m = Func(p, "main.main"), *body = Func(p, "main.main-range1"), *seq = Func(p, "main.seq");
    ASSERT_TRUE(m && body && seq);
    EXPECT_TRUE(body->rangefunc_body);
    EXPECT_FALSE(m->rangefunc_body);
    // a named iterator is called directly, with the closure (capturing s and #state1)
    EXPECT_EQ(Count(m, [seq](IRInstr *in) { return in->op == IR_CALL && in->func == seq && in->nargs == 1; }), 1);
    EXPECT_EQ(Count(m, [](IRInstr *in) { return in->op == IR_ALLOC && in->alloc_kind == ALLOC_CLOSURE; }), 1);
    EXPECT_EQ(Vars(m, "#state1"), 1);
    EXPECT_EQ(Vars(m, "#next"), 0);  // break/continue of the loop itself need no exit code
    EXPECT_EQ(Vars(body, "x"), 1);   // the iteration variable is the body's (per iteration)
    // the state checks: on entry to the body, and after the iterator returned
    IRFunc *ps = Func(p, "golc.panicrangestate");
    ASSERT_TRUE(ps);
    auto calls_ps = [ps](IRInstr *in) { return in->op == IR_CALL && in->func == ps; };
    EXPECT_EQ(Count(body, calls_ps), 1);
    EXPECT_EQ(Count(m, calls_ps), 1);
    EXPECT_EQ(Rt(ps, "gort_panic_msg"), 4);
}

TEST(LowerRangeFunc, FuncValuesAreCalledIndirectly) {
    std::string err;
    IRProgram *p = LowerOk("package main\nfunc f(it func(func(int, string) bool)) { for k, v := range it { println(k, v) } }\n"
                           "func main() { f(nil) }\n", &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *f = Func(p, "main.f");
    EXPECT_EQ(Count(f, [](IRInstr *in) { return in->op == IR_CALLIND && in->nargs == 2; }), 1);
    EXPECT_EQ(Count(f, [](IRInstr *in) { return in->op == IR_NILCHECK; }), 1);
    IRFunc *body = Func(p, "main.f-range1");
    ASSERT_TRUE(body);
    EXPECT_EQ(body->nparams, 2);
}

TEST(LowerRangeFunc, ReturnsAndOuterBranchesUseExitCodes) {
    std::string err;
    IRProgram *p = LowerOk(std::string(kSeq) +
                               "func find(n int) (int, bool) {\n"
                               "\tfor i := range seq { for j := range seq { if i*j == n { return i, true } } }\n"
                               "\treturn 0, false\n}\n"
                               "func main() {\nouter:\n\tfor i := range seq { for j := range seq { if j == 1 { continue outer }; println(i, j) } }\n"
                               "\ta, b := find(4)\n\tprintln(a, b)\n}\n",
                           &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *find = Func(p, "main.find"), *m = Func(p, "main.main");
    EXPECT_EQ(Vars(find, "#next"), 1);
    EXPECT_EQ(Vars(find, "#rv1"), 1);  // unnamed results: slots, as gc names them
    EXPECT_EQ(Vars(find, "#rv2"), 1);
    EXPECT_EQ(Vars(find, "#state1"), 1);
    EXPECT_EQ(Vars(Func(p, "main.find-range1"), "#state2"), 1);  // the inner loop's, in the outer body
    EXPECT_EQ(Vars(m, "#next"), 1);
    ASSERT_TRUE(Func(p, "main.main-range2"));  // gc's name: range bodies count in the loop's function
}

TEST(LowerRangeFunc, DeferInTheBodyJoinsTheEnclosingFrame) {
    std::string err;
    IRProgram *p = LowerOk(std::string(kSeq) + "func main() { for x := range seq { defer println(x) } }\n", &err);
    ASSERT_TRUE(p) << err;
    ASSERT_EQ(err, "");
    IRFunc *m = Func(p, "main.main"), *body = Func(p, "main.main-range1");
    EXPECT_EQ(Rt(m, "gort_defer_enter"), 1);
    EXPECT_EQ(Vars(m, "#defers"), 1);
    EXPECT_EQ(Rt(body, "gort_defer_push"), 1);
    EXPECT_EQ(Rt(body, "gort_defer_enter"), 0);
}

TEST(LowerRangeFunc, BadIteratorShapesAreCheckerErrors) {
    std::string err;
    LowerOk("package main\nfunc main() { var f func(func(int)); for range f {} }\n", &err);
    EXPECT_NE(err.find("func must be func(yield func(...) bool): yield func does not return bool"), std::string::npos) << err;
}
