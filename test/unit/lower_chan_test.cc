// lower_chan_test.cc — lowering of channels, select and go statements (frontend/lower_chan.c):
// the allocation sites, runtime calls and synthesized go wrappers in the printed IR.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "shim_ir.h"
#include "source_pipeline.h"

namespace {

IRProgram *LowerOk(const std::string &src, std::string *errors) {
    SourceResult r = RunSource(src, "lower_chan_test", true);
    *errors = r.errors;
    return r.ir;
}

std::string Print(IRProgram *p) {
    StrBuf sb = {};
    ir_print(p, &sb);
    std::string s = sb.data ? std::string(sb.data, sb.len) : "";
    free(sb.data);
    return s;
}

std::string Problems(IRProgram *p) {
    StrBuf sb = {};
    int n = ir_check(p, &sb);
    std::string s = n ? std::string(sb.data, sb.len) : "";
    free(sb.data);
    return s;
}

#define LOWER_CHAN(src)                                   \
    std::string errors;                                   \
    IRProgram *ir = LowerOk(src, &errors);                \
    ASSERT_TRUE(ir != nullptr) << errors;                 \
    ASSERT_EQ(errors, "");                                \
    ASSERT_EQ(Problems(ir), "") << Print(ir);             \
    std::string text = Print(ir)

} // namespace

TEST(LowerChan, MakeSendReceiveClose) {
    LOWER_CHAN("package main\nfunc main() {\n\tc := make(chan int, 2)\n\tc <- 1\n\tv, ok := <-c\n"
               "\tprintln(v, ok, len(c), cap(c))\n\tclose(c)\n}\n");
    EXPECT_NE(text.find("alloc MAKECHAN"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_makechan"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_chansend"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_chanrecv"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_chanlen"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_chancap"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_closechan"), std::string::npos) << text;
}

TEST(LowerChan, RangeOverChannelLoops) {
    LOWER_CHAN("package main\nfunc main() {\n\tc := make(chan string)\n\tfor s := range c {\n"
               "\t\tif s == \"x\" {\n\t\t\tbreak\n\t\t}\n\t}\n}\n");
    EXPECT_NE(text.find("chanrange.cond"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_chanrecv"), std::string::npos) << text;
}

TEST(LowerChan, SelectBuildsCaseArray) {
    LOWER_CHAN("package main\nfunc main() {\n\ta, b := make(chan int), make(chan int)\n\tselect {\n"
               "\tcase v, ok := <-a:\n\t\tprintln(v, ok)\n\tcase b <- 1:\n\tdefault:\n\t}\n}\n");
    EXPECT_NE(text.find("[2]struct{c unsafe.Pointer; elem unsafe.Pointer; dir int}"), std::string::npos) << text;
    // with a default clause the call does not block
    EXPECT_NE(text.find("gort_select"), std::string::npos) << text;
    EXPECT_NE(text.find(", 2, false,"), std::string::npos) << text;
}

TEST(LowerChan, GoStatementUsesWrapperAndRecord) {
    LOWER_CHAN("package main\nfunc f(x int, s string) {}\nfunc main() {\n\tgo f(1, \"a\")\n}\n");
    EXPECT_NE(text.find("main.main.gowrap1"), std::string::npos) << text;
    EXPECT_NE(text.find("alloc DEFER"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_go"), std::string::npos) << text;
}

// go of a builtin: the defer machinery's record and thunk (lower_defer.c), started by gort_go.
TEST(LowerChan, GoWithBuiltinUsesThunkAndRecord) {
    LOWER_CHAN("package main\nfunc main() {\n\tx := 1\n\tgo println(x)\n}\n");
    EXPECT_NE(text.find("main.main.gowrap1"), std::string::npos) << text;
    EXPECT_NE(text.find("alloc DEFER"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_go"), std::string::npos) << text;
    EXPECT_NE(text.find("gort_printint"), std::string::npos) << text;
}
