// ir_test.cc — the IR's construction helpers, printer and verifier, and lowering
// (frontend/lower*.c): small Go sources are parsed, checked and lowered, and the tests
// assert on allocation sites, checks, calls and the printed IR.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "shim_ir.h"
#include "source_pipeline.h"

namespace {

// ---- helpers ---------------------------------------------------------------------------------

struct Lowered {
    IRProgram *ir = nullptr;
    std::string errors; // diagnostics (parse, check or lowering)
};

Lowered LowerSource(const std::string &src) {
    SourceResult r = RunSource(src, "lower_test", true);
    Lowered out;
    out.ir = r.ir;
    out.errors = r.errors;
    return out;
}

IRFunc *FindFunc(IRProgram *p, const std::string &name) {
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (name == f->name) return f;
    }
    return nullptr;
}

std::string PrintFunc(IRFunc *f) {
    StrBuf b = {};
    ir_print_func(f, &b);
    std::string s = b.data ? b.data : "";
    free(b.data);
    return s;
}

std::string PrintProgram(IRProgram *p) {
    StrBuf b = {};
    ir_print(p, &b);
    std::string s = b.data ? b.data : "";
    free(b.data);
    return s;
}

int Count(IRFunc *f, const std::function<bool(IRInstr *)> &pred) {
    int n = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = (IRBlock *)f->blocks.data[i];
        for (int j = 0; j < b->instrs.len; j++)
            if (pred((IRInstr *)b->instrs.data[j])) n++;
    }
    return n;
}

int CountOp(IRFunc *f, IROp op) {
    return Count(f, [op](IRInstr *in) { return in->op == op; });
}

int CountAlloc(IRFunc *f, AllocKind k) {
    return Count(f, [k](IRInstr *in) { return in->op == IR_ALLOC && in->alloc_kind == k; });
}

int CountRt(IRFunc *f, const char *name) {
    return Count(f, [name](IRInstr *in) { return in->op == IR_CALLRT && in->rt_name && !strcmp(in->rt_name, name); });
}

IRInstr *FindVarAlloc(IRFunc *f, const char *var) {
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = (IRBlock *)f->blocks.data[i];
        for (int j = 0; j < b->instrs.len; j++) {
            IRInstr *in = (IRInstr *)b->instrs.data[j];
            if (in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->var && !strcmp(in->var->name, var)) return in;
        }
    }
    return nullptr;
}

std::string CheckErrors(IRProgram *p) {
    StrBuf b = {};
    int n = ir_check(p, &b);
    std::string s = n ? (b.data ? b.data : "?") : "";
    free(b.data);
    return s;
}

// Lowers src, requires no diagnostics and a well-formed IR, and returns function `fname`.
#define LOWER_OK(src, fname)                                                   \
    Lowered lw = LowerSource(src);                                             \
    ASSERT_TRUE(lw.ir != nullptr) << lw.errors;                                \
    ASSERT_EQ(lw.errors, "");                                                  \
    ASSERT_EQ(CheckErrors(lw.ir), "");                                         \
    IRFunc *fn = FindFunc(lw.ir, fname);                                       \
    ASSERT_TRUE(fn != nullptr) << PrintProgram(lw.ir)

} // namespace

// ---- construction, printing and verification without the frontend --------------------------

TEST(IRBuild, PrintsAllocLoadStoreRet) {
    LowerSource("package main\nfunc main() {}\n"); // the checker sets up the universe (t_int)
    IRProgram prog = {};
    IRFunc *f = ir_func_new(&prog, "main.f");
    f->nresults = 1;
    f->result_types = (Type **)xcalloc(1, sizeof(Type *));
    f->result_types[0] = t_int;
    IRBlock *b = ir_block_new(f, "entry");
    Obj x = {};
    x.kind = OBJ_VAR;
    x.name = "x";
    x.type = t_int;
    IRInstr *a = ir_instr_new(IR_ALLOC, type_pointer(t_int), Pos{0, 0, 0});
    a->alloc_kind = ALLOC_VAR;
    a->elem = t_int;
    a->var = &x;
    a->decision = DEC_HEAP;
    ir_append(b, a);
    IRInstr *k = ir_instr_new(IR_CONST, t_int, Pos{0, 0, 0}); // zero value (cv NULL)
    IRInstr *st = ir_append(b, ir_instr_new(IR_STORE, nullptr, Pos{0, 0, 0}));
    ir_set_args(st, 2, a, k);
    IRInstr *ld = ir_append(b, ir_instr_new(IR_LOAD, t_int, Pos{0, 0, 0}));
    ir_set_args(ld, 1, a);
    IRInstr *r = ir_append(b, ir_instr_new(IR_RET, nullptr, Pos{0, 0, 0}));
    ir_set_args(r, 1, ld);
    std::string text = PrintFunc(f);
    EXPECT_NE(text.find("func main.f() int"), std::string::npos) << text;
    EXPECT_NE(text.find("v0 = alloc VAR x int [heap]"), std::string::npos) << text;
    EXPECT_NE(text.find("store v0, zero(int)"), std::string::npos) << text;
    EXPECT_NE(text.find("v2 = load int v0"), std::string::npos) << text;
    EXPECT_NE(text.find("ret v2"), std::string::npos) << text;
    EXPECT_EQ(ir_check_func(f, nullptr), 0);
}

TEST(IRBuild, VerifierFindsMissingTerminatorAndBadOrder) {
    IRProgram prog = {};
    IRFunc *f = ir_func_new(&prog, "main.g");
    IRBlock *b = ir_block_new(f, "entry");
    IRInstr *ld = ir_instr_new(IR_LOAD, t_int, Pos{0, 0, 0});
    IRInstr *a = ir_instr_new(IR_ALLOC, type_pointer(t_int), Pos{0, 0, 0});
    a->alloc_kind = ALLOC_TEMP;
    a->elem = t_int;
    ir_append(b, ld);
    ir_append(b, a);
    ir_set_args(ld, 1, a); // used before its definition; and no terminator
    StrBuf err = {};
    int n = ir_check_func(f, &err);
    EXPECT_GE(n, 2);
    std::string s = err.data ? err.data : "";
    EXPECT_NE(s.find("before its definition"), std::string::npos) << s;
    EXPECT_NE(s.find("terminator"), std::string::npos) << s;
    free(err.data);
}

TEST(IRBuild, NamesOfOpsAndAllocKinds) {
    EXPECT_STREQ(ir_op_name(IR_BOUNDSCHECK), "boundscheck");
    EXPECT_STREQ(ir_op_name(IR_CALLIFACE), "calliface");
    EXPECT_STREQ(alloc_kind_name(ALLOC_MAKESLICE), "MAKESLICE");
    EXPECT_STREQ(alloc_kind_name(ALLOC_APPEND), "APPEND");
    EXPECT_TRUE(ir_is_terminator(IR_UNREACHABLE));
    EXPECT_FALSE(ir_is_terminator(IR_CALL));
}

// ---- lowering: variables and allocation sites ------------------------------------------------

TEST(Lower, ParamsBecomeVariables) {
    LOWER_OK("package main\nfunc f(a, b int) int { return a + b }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountOp(fn, IR_PARAM), 2);
    EXPECT_EQ(CountAlloc(fn, ALLOC_VAR), 2);
    ASSERT_NE(FindVarAlloc(fn, "a"), nullptr);
    EXPECT_EQ(FindVarAlloc(fn, "a")->block, (IRBlock *)fn->blocks.data[0]);
    EXPECT_EQ(CountOp(fn, IR_BINOP), 1);
}

TEST(Lower, AddressTakenLocal) {
    LOWER_OK("package main\nfunc f() *int { x := 1; return &x }\nfunc main() {}\n", "main.f");
    IRInstr *x = FindVarAlloc(fn, "x");
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(x->pos.line, 2);
    std::string text = PrintFunc(fn);
    EXPECT_NE(text.find("alloc VAR x int [undecided]"), std::string::npos) << text;
    EXPECT_NE(text.find("ret v"), std::string::npos) << text;
}

TEST(Lower, NewIsAllocNew) {
    LOWER_OK("package main\nfunc f() *int { return new(int) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_NEW), 1);
}

TEST(Lower, AddressOfCompositeLiteral) {
    LOWER_OK("package main\ntype T struct{ a, b int }\nfunc f() *T { return &T{1, 2} }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_COMPOSITE), 1);
    EXPECT_EQ(CountOp(fn, IR_FIELDADDR), 2);
    EXPECT_EQ(CountOp(fn, IR_STORE), 2);
}

TEST(Lower, SliceLiteral) {
    LOWER_OK("package main\nfunc f() []int { return []int{1, 2, 3} }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_SLICELIT), 1);
    EXPECT_EQ(CountOp(fn, IR_INDEXADDR), 3);
    std::string text = PrintFunc(fn);
    EXPECT_NE(text.find("alloc SLICELIT int count 3"), std::string::npos) << text;
}

TEST(Lower, StructValueLiteralIsMake) {
    LOWER_OK("package main\ntype T struct{ a, b int }\nfunc f() T { return T{b: 2} }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountOp(fn, IR_ALLOC), 0);
    EXPECT_EQ(CountOp(fn, IR_MAKE), 1);
}

TEST(Lower, MakeSliceChecksLenAndCap) {
    LOWER_OK("package main\nfunc f(n, m int) []int { return make([]int, n, m) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_MAKESLICE), 1);
    EXPECT_EQ(CountRt(fn, "gort_panic_makeslice_len"), 1);
    EXPECT_EQ(CountRt(fn, "gort_panic_makeslice_cap"), 1);
    EXPECT_GE(CountOp(fn, IR_UNREACHABLE), 2);
}

TEST(Lower, MakeSliceConstantNeedsNoCheck) {
    LOWER_OK("package main\nfunc f() []int { return make([]int, 10) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_MAKESLICE), 1);
    EXPECT_EQ(CountRt(fn, "gort_panic_makeslice_len"), 0);
}

TEST(Lower, StringConcatenation) {
    LOWER_OK("package main\nfunc f(a, b, c string) string { return a + b + c }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_STRBUF), 1); // one buffer for the whole chain
    EXPECT_EQ(CountOp(fn, IR_MEMMOVE), 3);
}

TEST(Lower, StringByteConversions) {
    LOWER_OK("package main\nfunc f(s string) string { b := []byte(s); return string(b) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_STRBUF), 2);
    EXPECT_EQ(CountOp(fn, IR_MEMMOVE), 2);
}

TEST(Lower, RuneConversionsUseRuntime) {
    LOWER_OK("package main\nfunc f(s string) string { r := []rune(s); return string(r) + string(r[0]) }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountRt(fn, "gort_countrunes"), 1);
    EXPECT_EQ(CountRt(fn, "gort_stringtorunes"), 1);
    EXPECT_EQ(CountRt(fn, "gort_runestostring"), 1);
    EXPECT_EQ(CountRt(fn, "gort_intstring"), 1);
    // []rune(s), string(r), string(r[0]) (a 4-byte buffer site) and the concatenation
    EXPECT_EQ(CountAlloc(fn, ALLOC_STRBUF), 4);
}

// ---- checks -----------------------------------------------------------------------------------

TEST(Lower, SliceIndexHasBoundsCheck) {
    LOWER_OK("package main\nfunc f(s []int, i int) int { return s[i] }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountOp(fn, IR_BOUNDSCHECK), 1);
    EXPECT_EQ(CountOp(fn, IR_INDEXADDR), 1);
}

TEST(Lower, ConstantArrayIndexNeedsNoCheck) {
    LOWER_OK("package main\nfunc f(a [4]int, i int) int { return a[1] + a[i] }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountOp(fn, IR_BOUNDSCHECK), 1);
    EXPECT_EQ(CountOp(fn, IR_INDEXADDR), 2);
}

TEST(Lower, StringIndexYieldsByte) {
    LOWER_OK("package main\nfunc f(s string, i int) byte { return s[i] }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountOp(fn, IR_BOUNDSCHECK), 1);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_LOAD && in->type && in->type->kind == T_UINT8; }), 1);
}

TEST(Lower, SlicingKinds) {
    LOWER_OK("package main\nfunc f(s []int, t string, a *[5]int) ([]int, string, []int, []int) {\n"
             "\treturn s[1:2], t[1:], a[:3], s[0:1:2]\n}\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountOp(fn, IR_SLICECHECK), 4);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_SLICECHECK && in->index == 0; }), 1);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_SLICECHECK && in->index == 1; }), 2);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_SLICECHECK && in->index == 2 && in->nargs == 4; }), 1);
}

TEST(Lower, FieldThroughPointerIsNilChecked) {
    LOWER_OK("package main\ntype T struct{ a, b int }\nfunc f(p *T) int { return p.b }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountOp(fn, IR_NILCHECK), 1);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_FIELDADDR && in->index == 1; }), 1);
}

// ---- calls, builtins, interfaces --------------------------------------------------------------

TEST(Lower, AppendGrowsThroughRuntime) {
    LOWER_OK("package main\nfunc f(s []int) []int { return append(s, 1, 2) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountRt(fn, "gort_growslice"), 1);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_CALLRT && in->alloc_kind == ALLOC_APPEND && in->site; }), 1);
}

TEST(Lower, AppendStringToBytes) {
    LOWER_OK("package main\nfunc f(b []byte, s string) []byte { return append(b, s...) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountRt(fn, "gort_growslice"), 1);
    EXPECT_EQ(CountOp(fn, IR_MEMMOVE), 1);
}

TEST(Lower, VariadicCallBuildsArray) {
    LOWER_OK("package main\nfunc sum(xs ...int) int { return len(xs) }\nfunc f() int { return sum(1, 2, 3) + sum() }\n"
             "func main() {}\n",
             "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_VARIADIC), 1);
    EXPECT_EQ(CountOp(fn, IR_CALL), 2);
}

TEST(Lower, MultipleResultsAndForwarding) {
    LOWER_OK("package main\nfunc two() (int, int) { return 1, 2 }\nfunc add(a, b int) int { return a + b }\n"
             "func f() int { x, y := two(); return add(two()) + x + y }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountOp(fn, IR_CALL), 3);
    EXPECT_EQ(CountOp(fn, IR_EXTRACT), 4);
}

TEST(Lower, NamedResultsAndBareReturn) {
    LOWER_OK("package main\nfunc f(n int) (r int, ok bool) { r = n; ok = true; return }\nfunc main() {}\n", "main.f");
    ASSERT_NE(FindVarAlloc(fn, "r"), nullptr);
    ASSERT_NE(FindVarAlloc(fn, "ok"), nullptr);
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_RET && in->nargs == 2; }), 1);
}

TEST(Lower, PanicBoxesIntoAny) {
    LOWER_OK("package main\nfunc f(n int) { panic(n) }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_BOX), 1);
    EXPECT_EQ(CountRt(fn, "gort_gopanic"), 1);
    EXPECT_GE(CountOp(fn, IR_UNREACHABLE), 1);
}

TEST(Lower, PointerIsNotBoxed) {
    LOWER_OK("package main\nfunc f(p *int) any { return p }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_BOX), 0);
    EXPECT_EQ(CountOp(fn, IR_MAKE), 1);
}

TEST(Lower, PrintlnSpacing) {
    LOWER_OK("package main\nfunc f(a int, s string, b bool) { println(a, s, b); print(a, a) }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountRt(fn, "gort_printint"), 3);
    EXPECT_EQ(CountRt(fn, "gort_printstring"), 1);
    EXPECT_EQ(CountRt(fn, "gort_printbool"), 1);
    EXPECT_EQ(CountRt(fn, "gort_printsp"), 2);
    EXPECT_EQ(CountRt(fn, "gort_printnl"), 1);
}

TEST(Lower, InterfaceItabAndWrapper) {
    LOWER_OK("package main\ntype T struct{ a int }\nfunc (t T) Get() int { return t.a }\n"
             "type G interface{ Get() int }\nfunc f(t T) int { var g G = t; return g.Get() }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountOp(fn, IR_CALLIFACE), 1);
    EXPECT_EQ(CountAlloc(fn, ALLOC_BOX), 1);
    ASSERT_EQ(lw.ir->itabs.len, 1);
    IRItab *it = (IRItab *)lw.ir->itabs.data[0];
    ASSERT_EQ(it->nmethods, 1);
    EXPECT_STREQ(it->methods[0]->name, "main.(*T).Get");
    IRFunc *get = FindFunc(lw.ir, "main.T.Get");
    ASSERT_NE(get, nullptr);
    EXPECT_EQ(get->ptr_wrapper, it->methods[0]);
    EXPECT_EQ(CountOp(it->methods[0], IR_CALL), 1);
}

TEST(Lower, PointerMethodOnAddressableValue) {
    LOWER_OK("package main\ntype T struct{ a int }\nfunc (t *T) Set(v int) { t.a = v }\n"
             "func f() int { var t T; t.Set(3); return t.a }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountOp(fn, IR_CALL), 1);
    IRFunc *set = FindFunc(lw.ir, "main.(*T).Set");
    ASSERT_NE(set, nullptr);
    EXPECT_EQ(set->nparams, 2);
}

TEST(Lower, MinMaxAndStringCompare) {
    LOWER_OK("package main\nfunc f(a, b float64, s, t string) (float64, bool) { return min(a, b), s < t }\n"
             "func main() {}\n",
             "main.f");
    EXPECT_EQ(CountOp(fn, IR_STRCMP), 1);
    EXPECT_GE(CountAlloc(fn, ALLOC_TEMP), 1);
}

// ---- control flow ----------------------------------------------------------------------------

TEST(Lower, ShortCircuitUsesTemp) {
    LOWER_OK("package main\nfunc f(a, b bool) bool { return a && b || !a }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_TEMP), 2);
    EXPECT_EQ(CountOp(fn, IR_BRANCH), 2);
}

TEST(Lower, ForLoopPerIterationVariable) {
    LOWER_OK("package main\nvar sink *int\nfunc f() { for i := 0; i < 3; i++ { sink = &i } }\nfunc main() {}\n",
             "main.f");
    int allocs_i = Count(fn, [](IRInstr *in) {
        return in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->var && !strcmp(in->var->name, "i");
    });
    EXPECT_EQ(allocs_i, 2);
    EXPECT_EQ(Count(fn, [](IRInstr *in) {
                  return in->op == IR_ALLOC && in->alloc_kind == ALLOC_VAR && in->loop_depth == 1;
              }),
              1);
}

TEST(Lower, BodyVariableIsInsideLoop) {
    LOWER_OK("package main\nfunc f(n int) int { s := 0; for i := 0; i < n; i++ { x := i * 2; s += x }; return s }\n"
             "func main() {}\n",
             "main.f");
    IRInstr *x = FindVarAlloc(fn, "x");
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(x->loop_depth, 1);
    EXPECT_EQ(FindVarAlloc(fn, "s")->loop_depth, 0);
    EXPECT_EQ(Count(fn, [](IRInstr *in) {
                  return in->op == IR_ALLOC && in->var && !strcmp(in->var->name, "i");
              }),
              1); // not address-taken: one variable is enough
}

TEST(Lower, RangeOverStringDecodesRunes) {
    LOWER_OK("package main\nfunc f(s string) int { n := 0; for _, r := range s { n += int(r) }; return n }\n"
             "func main() {}\n",
             "main.f");
    EXPECT_EQ(CountRt(fn, "gort_decoderune"), 1);
}

TEST(Lower, RangeOverSliceIntAndArray) {
    LOWER_OK("package main\nfunc f(s []int, a [3]int) int {\n\tn := 0\n\tfor i, v := range s { n += i + v }\n"
             "\tfor i := range 10 { n += i }\n\tfor _, v := range a { n += v }\n\treturn n\n}\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountOp(fn, IR_BOUNDSCHECK), 0); // the loop bound makes indexing safe
    EXPECT_GE(CountAlloc(fn, ALLOC_TEMP), 4);  // counters + the array copy
}

TEST(Lower, SwitchWithFallthroughAndBreak) {
    LOWER_OK("package main\nfunc f(x int) int {\n\tr := 0\n\tswitch x {\n\tcase 1, 2:\n\t\tr = 1\n\t\tfallthrough\n"
             "\tcase 3:\n\t\tr += 2\n\t\tif r > 2 {\n\t\t\tbreak\n\t\t}\n\t\tr = 9\n\tdefault:\n\t\tr = 7\n\t}\n"
             "\treturn r\n}\nfunc main() {}\n",
             "main.f");
    std::string text = PrintFunc(fn);
    EXPECT_NE(text.find("switch.case"), std::string::npos) << text;
    EXPECT_EQ(CountOp(fn, IR_CMP), 4); // three case values + r > 2
}

TEST(Lower, LabeledContinueAndGoto) {
    LOWER_OK("package main\nfunc f() int {\n\tn := 0\nouter:\n\tfor i := 0; i < 3; i++ {\n"
             "\t\tfor j := 0; j < 3; j++ {\n\t\t\tif j == i {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t\tn++\n\t\t}\n\t}\n"
             "\tif n > 100 {\n\t\tgoto end\n\t}\n\tn++\nend:\n\treturn n\n}\nfunc main() {}\n",
             "main.f");
    std::string text = PrintFunc(fn);
    EXPECT_NE(text.find("label.outer"), std::string::npos) << text;
    EXPECT_NE(text.find("label.end"), std::string::npos) << text;
}

TEST(Lower, CodeAfterReturnStillLowered) {
    LOWER_OK("package main\nfunc f() {\n\treturn\n\tprintln(2)\n}\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountRt(fn, "gort_printint"), 1);
}

// ---- program level -----------------------------------------------------------------------------

TEST(Lower, PackageInitOrderAndInitFuncs) {
    LOWER_OK("package main\nvar a = b + 1\nvar b = two()\nfunc two() int { return 2 }\nfunc init() { a++ }\n"
             "func init() { b++ }\nfunc main() {}\n",
             "golc.program_init");
    ASSERT_EQ(lw.ir->init, fn);
    ASSERT_NE(lw.ir->main, nullptr);
    EXPECT_STREQ(lw.ir->main->name, "main.main");
    EXPECT_EQ(lw.ir->globals.len, 2);
    std::string text = PrintFunc(fn);
    size_t call_two = text.find("main.two");
    size_t store_b = text.find("store @main.b");
    size_t store_a = text.find("store @main.a");
    size_t init0 = text.find("main.init.0");
    size_t init1 = text.find("main.init.1");
    ASSERT_NE(call_two, std::string::npos) << text;
    EXPECT_LT(store_b, store_a) << text; // b is initialised first: a depends on it
    EXPECT_LT(store_a, init0) << text;
    EXPECT_LT(init0, init1) << text;
}

TEST(Lower, ExternalDeclaration) {
    LOWER_OK("package main\nfunc write(s string) int\nfunc main() { write(\"x\") }\n", "main.write");
    EXPECT_TRUE(fn->external);
    EXPECT_STREQ(fn->c_name, "main_write");
}

TEST(Lower, UnsupportedFeaturesAreReported) {
    Lowered lw = LowerSource("package main\nfunc main() {\n\tvar a [2]int\n\tprintln(a)\n}\n");
    EXPECT_NE(lw.errors.find("is not supported by golc"), std::string::npos) << lw.errors;
}

TEST(Lower, PrintedProgramIsStable) {
    const char *src = "package main\nfunc f(s []int) int { t := 0; for _, v := range s { t += v }; return t }\n"
                      "func main() { println(f([]int{1, 2})) }\n";
    Lowered a = LowerSource(src);
    Lowered b = LowerSource(src);
    ASSERT_TRUE(a.ir && b.ir) << a.errors;
    std::string pa = PrintProgram(a.ir), pb = PrintProgram(b.ir);
    // file names differ per run; compare everything else
    auto strip = [](std::string s) {
        for (size_t p; (p = s.find(" @lower_test_")) != std::string::npos;) {
            size_t e = s.find('\n', p);
            s.erase(p, e - p);
        }
        return s;
    };
    EXPECT_EQ(strip(pa), strip(pb));
    EXPECT_NE(pa.find("func main.main()"), std::string::npos) << pa;
}

// ---- type assertions, type switches, closures, method values ------------------------------

TEST(Lower, TypeAssertionToConcreteAndInterface) {
    LOWER_OK("package main\ntype T struct{ a int }\nfunc (t T) M() int { return t.a }\ntype I interface{ M() int }\n"
             "func f(v any) (int, bool) { var t any = T{1}; _ = t; i, ok := v.(I); if ok { return i.M(), true }; "
             "return v.(int), false }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountRt(fn, "gort_panic_msg"), 1); // only the single-value form panics
    EXPECT_EQ(Count(fn, [](IRInstr *in) {
                  return in->op == IR_CALL && in->func && !strncmp(in->func->name, "golc.assert.", 12);
              }),
              1);
    IRFunc *as = nullptr;
    for (int i = 0; i < lw.ir->funcs.len; i++) {
        IRFunc *g = (IRFunc *)lw.ir->funcs.data[i];
        if (!strncmp(g->name, "golc.assert.", 12)) as = g;
    }
    ASSERT_NE(as, nullptr);
    EXPECT_EQ(CountOp(as, IR_CMP), 1); // T is the only boxed type implementing I
}

TEST(Lower, TypeSwitchBindsPerClause) {
    LOWER_OK("package main\nfunc f(v any) int {\n\tswitch x := v.(type) {\n\tcase nil:\n\t\treturn 0\n"
             "\tcase int:\n\t\treturn x\n\tcase string, bool:\n\t\t_ = x\n\t\treturn 2\n\t}\n\treturn 3\n}\n"
             "func main() {}\n",
             "main.f");
    std::string text = PrintFunc(fn);
    EXPECT_NE(text.find("typeswitch.case"), std::string::npos) << text;
    EXPECT_EQ(Count(fn, [](IRInstr *in) { return in->op == IR_ALLOC && in->var && !strcmp(in->var->name, "x"); }), 3); // one per clause
}

TEST(Lower, ClosureCapturesByReference) {
    LOWER_OK("package main\nfunc f() int { n := 1; g := func() { n++ }; g(); return n }\nfunc main() {}\n", "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_CLOSURE), 1);
    EXPECT_EQ(CountOp(fn, IR_CALLIND), 1);
    IRFunc *lit = FindFunc(lw.ir, "main.f.func1");
    ASSERT_NE(lit, nullptr);
    EXPECT_EQ(Count(lit, [](IRInstr *in) { return in->op == IR_PARAM && in->index == -1; }), 1);
    EXPECT_EQ(CountAlloc(lit, ALLOC_VAR), 0); // n lives in f, reached through the env
}

TEST(Lower, FuncLiteralWithoutCapturesIsStatic) {
    LOWER_OK("package main\nfunc f() int { g := func(x int) int { return x * 2 }; return g(3) }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_CLOSURE), 0);
    EXPECT_NE(FindFunc(lw.ir, "main.f.func1"), nullptr);
}

TEST(Lower, MethodValueBindsReceiver) {
    LOWER_OK("package main\ntype C struct{ n int }\nfunc (c C) Get() int { return c.n }\n"
             "func f(c C) int { g := c.Get; h := C.Get; return g() + h(c) }\nfunc main() {}\n",
             "main.f");
    EXPECT_EQ(CountAlloc(fn, ALLOC_CLOSURE), 1);
    EXPECT_NE(FindFunc(lw.ir, "main.C.Get-fm"), nullptr);
    EXPECT_EQ(CountOp(fn, IR_CALLIND), 2);
}

TEST(Lower, PromotedMethodWrapperForItab) {
    LOWER_OK("package main\ntype B struct{ n int }\nfunc (b B) Get() int { return b.n }\ntype O struct{ B; x int }\n"
             "type G interface{ Get() int }\nfunc f(o O) int { var g G = o; return g.Get() }\nfunc main() {}\n",
             "main.f");
    ASSERT_EQ(lw.ir->itabs.len, 1);
    IRItab *it = (IRItab *)lw.ir->itabs.data[0];
    ASSERT_EQ(it->nmethods, 1);
    EXPECT_STREQ(it->methods[0]->name, "main.(*O).Get");
    EXPECT_EQ(CountOp(it->methods[0], IR_FIELDADDR), 1);
    EXPECT_EQ(CountOp(it->methods[0], IR_CALL), 1);
}
