// codegen_test.cc — codegen from hand-built IR: emits .ll/.s/.o for both targets, links
// executables against a tiny stub runtime (so these tests do not depend on the real runtime's
// progress), runs them (arm64 under qemu-aarch64) and checks output and exit status.
// One test at the end links against the real libgolcrt.a when the build has produced it.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "shim_codegen.h"

namespace {

// ---- scratch directory and the stub runtime ------------------------------------------------

std::string scratch_dir() {
    static std::string dir;
    if (dir.empty()) {
        char tmpl[] = "/tmp/golc-cgtest-XXXXXX";
        char *d = mkdtemp(tmpl);
        dir = d ? d : "/tmp";
    }
    return dir;
}

// Removes the scratch directory when the test program ends.
class ScratchCleanup : public ::testing::Environment {
  public:
    void TearDown() override {
        std::string dir = scratch_dir();
        if (dir.rfind("/tmp/golc-cgtest-", 0) == 0) system(("rm -rf " + dir).c_str());
    }
};
::testing::Environment *const kScratchCleanup = ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

const char *kStubRuntime = R"C(
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void golc_program_init(void *);
void golc_program_main(void *);
int main(void) { golc_program_init(0); golc_program_main(0); return 0; }
static void die(const char *m) { dprintf(2, "panic: runtime error: %s\n", m); exit(2); }
void gort_panic_index(int64_t i, int64_t n) {
    dprintf(2, "panic: runtime error: index out of range [%lld] with length %lld\n", (long long)i, (long long)n);
    exit(2);
}
void gort_panic_index_u(uint64_t i, int64_t n) { gort_panic_index((int64_t)i, n); }
void gort_panic_slice(int64_t w, int64_t x, int64_t y) {
    dprintf(2, "panic: runtime error: slice bounds out of range which=%lld x=%lld y=%lld\n", (long long)w, (long long)x, (long long)y);
    exit(2);
}
void gort_panic_slice_u(int64_t w, uint64_t x, int64_t y) { gort_panic_slice(w, (int64_t)x, y); }
void gort_panic_divide(void) { die("integer divide by zero"); }
void gort_panic_shift(void) { die("negative shift amount"); }
void gort_panic_nil(void) { die("invalid memory address or nil pointer dereference"); }
void *gort_alloc(int64_t size, const void *t) { return calloc(1, size ? size : 1); }
void *gort_alloc_array(int64_t n, int64_t es, const void *t) { return calloc(n ? n : 1, es ? es : 1); }
void *gort_freelist[2][129]; /* the inline allocation fast path's lists: always empty here */
int64_t gort_strcmp(const uint8_t *a, int64_t al, const uint8_t *b, int64_t bl) {
    int64_t n = al < bl ? al : bl;
    int c = n ? memcmp(a, b, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return al < bl ? -1 : al > bl ? 1 : 0;
}
bool gort_ifaceeq(const void *t, void *x, void *y) { return *(int64_t *)x == *(int64_t *)y; }
void test_print_i64(int64_t v) { dprintf(1, "%lld\n", (long long)v); }
void test_print_u64(uint64_t v) { dprintf(1, "%llu\n", (unsigned long long)v); }
void test_print_f64(double v) { dprintf(1, "%g\n", v); }
void test_print_bool(bool v) { dprintf(1, "%s\n", v ? "true" : "false"); }
void test_print_i8(int8_t v) { dprintf(1, "%d\n", v); }
void test_print_str(const uint8_t *p, int64_t n) { dprintf(1, "[%.*s]\n", (int)n, (const char *)p); }
/* multiple results through out-pointers after the parameters */
void test_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r) { *q = a / b; *r = a % b; }
/* a struct result through an out-pointer first; a struct parameter flattened */
typedef struct { int64_t x; double y; } Pair;
void test_make_pair(Pair *out, int64_t x) { out->x = x; out->y = x * 1.5; }
int64_t test_sum_pair(int64_t x, double y) { return x + (int64_t)y; }
)C";

std::string stub_object(const char *arch) {
    std::string dir = scratch_dir();
    std::string src = dir + "/stub.c";
    std::string obj = dir + "/stub-" + arch + ".o";
    struct stat st;
    if (stat(obj.c_str(), &st) == 0) return obj;
    std::ofstream(src) << kStubRuntime;
    std::string cmd = std::string("clang-19 -O1 -c --target=") +
                      (strcmp(arch, "arm64") == 0 ? "aarch64-linux-gnu" : "x86_64-linux-gnu") + " " + src +
                      " -o " + obj;
    if (system(cmd.c_str()) != 0) return "";
    return obj;
}

struct RunResult {
    int status = -1;
    std::string out;
};

RunResult run_cmd(const std::string &cmd) {
    RunResult r;
    FILE *f = popen((cmd + " 2>&1").c_str(), "r");
    if (!f) return r;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) r.out.append(buf, n);
    int st = pclose(f);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

int g_counter;

RunResult build_and_run(IRProgram *p, const char *arch, int opt = 1, const char *runtime = nullptr) {
    std::string exe = scratch_dir() + "/prog" + std::to_string(++g_counter);
    std::string rt = runtime ? runtime : stub_object(arch);
    CodegenOptions o{};
    o.goarch = arch;
    o.opt_level = opt;
    o.emit = EMIT_EXE;
    o.output = exe.c_str();
    o.runtime_lib = rt.c_str();
    RunResult r;
    if (codegen_emit(p, &o) != 0) {
        r.status = -100;
        r.out = "codegen_emit failed";
        return r;
    }
    return run_cmd((strcmp(arch, "arm64") == 0 ? "qemu-aarch64 " : "") + exe);
}

std::string emit_text(IRProgram *p, EmitKind kind, const char *arch = "amd64", int opt = 0, int *rc = nullptr) {
    std::string path = scratch_dir() + "/out" + std::to_string(++g_counter) + (kind == EMIT_LLVM ? ".ll" : ".s");
    CodegenOptions o{};
    o.goarch = arch;
    o.opt_level = opt;
    o.emit = kind;
    o.output = path.c_str();
    int r = codegen_emit(p, &o);
    if (rc) *rc = r;
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// ---- IR construction helpers ---------------------------------------------------------------

struct Env {
    Env() { universe_init(); }
};
Env &env() {
    static Env e;
    return e;
}

IRInstr *mk(IROp op, Type *t, std::initializer_list<IRInstr *> args = {}) {
    IRInstr *in = ir_instr_new(op, t, Pos{0, 0, 0});
    in->nargs = (int)args.size();
    in->args = in->nargs ? (IRInstr **)xcalloc(in->nargs, sizeof(IRInstr *)) : nullptr;
    int i = 0;
    for (IRInstr *a : args) in->args[i++] = a;
    return in;
}

IRInstr *add(IRBlock *b, IROp op, Type *t, std::initializer_list<IRInstr *> args = {}) {
    return ir_append(b, mk(op, t, args));
}

IRInstr *op2(IRBlock *b, IROp op, Tok tok, Type *t, std::initializer_list<IRInstr *> args) {
    IRInstr *in = add(b, op, t, args);
    in->op2 = tok;
    return in;
}

IRInstr *cint(Type *t, int64_t v) {
    IRInstr *in = mk(IR_CONST, t);
    ConstVal *cv = (ConstVal *)xcalloc(1, sizeof *cv);
    cv->kind = CV_INT;
    cv->i = bi_from_int64(v);
    in->cv = cv;
    return in;
}

IRInstr *cfloat(Type *t, double v) {
    IRInstr *in = mk(IR_CONST, t);
    ConstVal *cv = (ConstVal *)xcalloc(1, sizeof *cv);
    cv->kind = CV_FLOAT;
    cv->re = br_from_double(v);
    in->cv = cv;
    return in;
}

IRInstr *cstr(const char *s) {
    IRInstr *in = mk(IR_CONST, t_string);
    ConstVal *cv = (ConstVal *)xcalloc(1, sizeof *cv);
    cv->kind = CV_STRING;
    cv->s = s;
    cv->slen = strlen(s);
    in->cv = cv;
    return in;
}

IRInstr *czero(Type *t) { return mk(IR_CONST, t); }

IRFunc *func(IRProgram *p, const char *name, std::vector<Type *> params, std::vector<Type *> results) {
    IRFunc *f = ir_func_new(p, name);
    f->nparams = (int)params.size();
    f->param_types = (Type **)xcalloc(params.size() + 1, sizeof(Type *));
    for (size_t i = 0; i < params.size(); i++) f->param_types[i] = params[i];
    f->nresults = (int)results.size();
    f->result_types = (Type **)xcalloc(results.size() + 1, sizeof(Type *));
    for (size_t i = 0; i < results.size(); i++) f->result_types[i] = results[i];
    return f;
}

IRFunc *cfunc(IRProgram *p, const char *cname, std::vector<Type *> params, std::vector<Type *> results = {}) {
    IRFunc *f = func(p, (std::string("test.") + cname).c_str(), params, results);
    f->external = true;
    f->c_name = cname;
    return f;
}

IRInstr *call(IRBlock *b, IRFunc *f, Type *t, std::initializer_list<IRInstr *> args) {
    IRInstr *in = add(b, IR_CALL, t, args);
    in->func = f;
    return in;
}

IRInstr *param(IRBlock *b, Type *t, int i) {
    IRInstr *in = add(b, IR_PARAM, t, {});
    in->index = i;
    return in;
}

IRInstr *alloc(IRBlock *b, Type *elem, AllocDecision d, IRInstr *count = nullptr) {
    IRInstr *in = count ? add(b, IR_ALLOC, type_pointer(elem), {count}) : add(b, IR_ALLOC, type_pointer(elem), {});
    in->elem = elem;
    in->alloc_kind = ALLOC_VAR;
    in->decision = d;
    return in;
}

void jump(IRBlock *b, IRBlock *to) { add(b, IR_JUMP, nullptr)->succ[0] = to; }
void branch(IRBlock *b, IRInstr *c, IRBlock *t, IRBlock *f) {
    IRInstr *in = add(b, IR_BRANCH, nullptr, {c});
    in->succ[0] = t;
    in->succ[1] = f;
}
void ret(IRBlock *b, std::initializer_list<IRInstr *> vals = {}) { add(b, IR_RET, nullptr, vals); }

// A program whose main.main is being built.
struct Prog {
    IRProgram *p;
    IRFunc *main;
    IRBlock *b;
    IRFunc *print_i64, *print_u64, *print_f64, *print_bool, *print_str;
    Prog() {
        env();
        p = (IRProgram *)xcalloc(1, sizeof(IRProgram));
        print_i64 = cfunc(p, "test_print_i64", {t_int64});
        print_u64 = cfunc(p, "test_print_u64", {t_uint64});
        print_f64 = cfunc(p, "test_print_f64", {t_float64});
        print_bool = cfunc(p, "test_print_bool", {t_bool});
        print_str = cfunc(p, "test_print_str", {t_string});
        main = func(p, "main.main", {}, {});
        p->main = main;
        b = ir_block_new(main, "entry");
    }
    void pi(IRInstr *v) { call(b, print_i64, nullptr, {v}); }
    void pu(IRInstr *v) { call(b, print_u64, nullptr, {v}); }
    void pf(IRInstr *v) { call(b, print_f64, nullptr, {v}); }
    void pb(IRInstr *v) { call(b, print_bool, nullptr, {v}); }
    void ps(IRInstr *v) { call(b, print_str, nullptr, {v}); }
    void finish() { ret(b); }
};

// Builds `func name(x, y T) T { return x OP y }` (so the optimiser cannot fold constants).
IRFunc *binop_func(IRProgram *p, const char *name, Tok tok, Type *t, Type *yt = nullptr) {
    IRFunc *f = func(p, name, {t, yt ? yt : t}, {t});
    IRBlock *b = ir_block_new(f, "entry");
    IRInstr *x = param(b, t, 0), *y = param(b, yt ? yt : t, 1);
    ret(b, {op2(b, IR_BINOP, tok, t, {x, y})});
    return f;
}

const char *kArches[] = {"amd64", "arm64"};

}  // namespace

// ---- emission --------------------------------------------------------------------------------

TEST(Codegen, EmitsLLVMWithFramePointersAndEnvParameter) {
    Prog g;
    IRFunc *f = binop_func(g.p, "main.add", TK_ADD, t_int);
    g.pi(call(g.b, f, t_int, {cint(t_int, 2), cint(t_int, 40)}));
    g.finish();
    std::string ll = emit_text(g.p, EMIT_LLVM);
    EXPECT_NE(ll.find("define i64 @main.add(ptr %env, i64"), std::string::npos) << ll;
    EXPECT_NE(ll.find("\"frame-pointer\"=\"all\""), std::string::npos);
    EXPECT_NE(ll.find("define void @golc_program_main(ptr"), std::string::npos);
    EXPECT_NE(ll.find("define void @golc_program_init(ptr"), std::string::npos);
    // Go integer arithmetic wraps: no nsw/nuw flags.
    EXPECT_EQ(ll.find("add nsw"), std::string::npos);
    EXPECT_NE(ll.find("x86_64-linux-gnu"), std::string::npos);
}

TEST(Codegen, EmitsObjectsForBothTargets) {
    for (const char *arch : kArches) {
        Prog g;
        g.pi(cint(t_int, 7));
        g.finish();
        std::string path = scratch_dir() + "/obj-" + arch + ".o";
        CodegenOptions o{};
        o.goarch = arch;
        o.opt_level = 2;
        o.emit = EMIT_OBJ;
        o.output = path.c_str();
        ASSERT_EQ(codegen_emit(g.p, &o), 0);
        std::ifstream in(path, std::ios::binary);
        unsigned char hdr[20] = {0};
        in.read((char *)hdr, sizeof hdr);
        EXPECT_EQ(hdr[0], 0x7f);
        EXPECT_EQ(hdr[1], 'E');
        int machine = hdr[18] | hdr[19] << 8;
        EXPECT_EQ(machine, strcmp(arch, "arm64") == 0 ? 183 /* EM_AARCH64 */ : 62 /* EM_X86_64 */);
    }
}

TEST(Codegen, EmitsAssemblyForArm64) {
    Prog g;
    IRFunc *f = binop_func(g.p, "main.mul", TK_MUL, t_int);
    g.pi(call(g.b, f, t_int, {cint(t_int, 6), cint(t_int, 7)}));
    g.finish();
    std::string s = emit_text(g.p, EMIT_ASM, "arm64", 2);
    EXPECT_NE(s.find("main.mul"), std::string::npos);
    EXPECT_NE(s.find("mul"), std::string::npos);
}

TEST(Codegen, VerifierFailureIsAnInternalErrorNotACrash) {
    Prog g;
    IRFunc *f = func(g.p, "main.bad", {}, {t_string});
    IRBlock *b = ir_block_new(f, "entry");
    ret(b, {cint(t_int, 1)});  // returns an int from a string function
    g.finish();
    int rc = 0;
    testing::internal::CaptureStderr();
    emit_text(g.p, EMIT_OBJ, "amd64", 0, &rc);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(rc, 1);
    EXPECT_NE(err.find("internal compiler error"), std::string::npos) << err;
    EXPECT_NE(err.find("main.bad"), std::string::npos) << err;
}

TEST(Codegen, UseBeforeDefinitionIsReported) {
    Prog g;
    IRInstr *orphan = mk(IR_BINOP, t_int, {cint(t_int, 1), cint(t_int, 2)});  // never appended
    orphan->op2 = TK_ADD;
    orphan->block = g.b;  // claims a block, but was never emitted
    g.pi(orphan);
    g.finish();
    int rc = 0;
    testing::internal::CaptureStderr();
    emit_text(g.p, EMIT_LLVM, "amd64", 0, &rc);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(rc, 1);
    EXPECT_NE(err.find("internal compiler error in function main.main"), std::string::npos) << err;
}

// ---- running programs --------------------------------------------------------------------------

TEST(Codegen, AddTwoIntsRunsOnBothTargets) {
    for (const char *arch : kArches) {
        Prog g;
        IRFunc *f = binop_func(g.p, "main.add", TK_ADD, t_int);
        g.pi(call(g.b, f, t_int, {cint(t_int, 2), cint(t_int, 40)}));
        g.finish();
        RunResult r = build_and_run(g.p, arch);
        EXPECT_EQ(r.status, 0) << arch << ": " << r.out;
        EXPECT_EQ(r.out, "42\n") << arch;
    }
}

TEST(Codegen, LoopThroughStackVariables) {
    // sum := 0; for i := 0; i < 10; i++ { sum += i }; print(sum)
    for (int opt : {0, 2}) {
        Prog g;
        IRInstr *sum = alloc(g.b, t_int, DEC_STACK);
        IRInstr *i = alloc(g.b, t_int, DEC_STACK);
        IRBlock *cond = ir_block_new(g.main, "for.cond");
        IRBlock *body = ir_block_new(g.main, "for.body");
        IRBlock *done = ir_block_new(g.main, "for.done");
        jump(g.b, cond);
        IRInstr *iv = add(cond, IR_LOAD, t_int, {i});
        branch(cond, op2(cond, IR_CMP, TK_LSS, t_bool, {iv, cint(t_int, 10)}), body, done);
        IRInstr *s = add(body, IR_LOAD, t_int, {sum});
        IRInstr *iv2 = add(body, IR_LOAD, t_int, {i});
        add(body, IR_STORE, nullptr, {sum, op2(body, IR_BINOP, TK_ADD, t_int, {s, iv2})});
        add(body, IR_STORE, nullptr, {i, op2(body, IR_BINOP, TK_ADD, t_int, {iv2, cint(t_int, 1)})});
        jump(body, cond);
        g.b = done;
        g.pi(add(done, IR_LOAD, t_int, {sum}));
        g.finish();
        RunResult r = build_and_run(g.p, "amd64", opt);
        EXPECT_EQ(r.out, "45\n") << "O" << opt;
    }
}

TEST(Codegen, StackAllocIsReZeroedEachIteration) {
    // for i := 0; i < 3; i++ { var x int (STACK, declared in the body); x += i; print(x) }
    Prog g;
    IRInstr *i = alloc(g.b, t_int, DEC_STACK);
    IRBlock *cond = ir_block_new(g.main, "cond");
    IRBlock *body = ir_block_new(g.main, "body");
    IRBlock *done = ir_block_new(g.main, "done");
    jump(g.b, cond);
    IRInstr *iv = add(cond, IR_LOAD, t_int, {i});
    branch(cond, op2(cond, IR_CMP, TK_LSS, t_bool, {iv, cint(t_int, 3)}), body, done);
    IRInstr *x = alloc(body, t_int, DEC_STACK);
    IRInstr *iv2 = add(body, IR_LOAD, t_int, {i});
    IRInstr *xv = add(body, IR_LOAD, t_int, {x});
    add(body, IR_STORE, nullptr, {x, op2(body, IR_BINOP, TK_ADD, t_int, {xv, iv2})});
    call(body, g.print_i64, nullptr, {add(body, IR_LOAD, t_int, {x})});
    add(body, IR_STORE, nullptr, {i, op2(body, IR_BINOP, TK_ADD, t_int, {iv2, cint(t_int, 1)})});
    jump(body, cond);
    ret(done);
    RunResult r = build_and_run(g.p, "amd64", 0);
    EXPECT_EQ(r.out, "0\n1\n2\n");
}

TEST(Codegen, HeapAllocCallsTheRuntimeWithADescriptor) {
    Prog g;
    IRInstr *p = alloc(g.b, t_int, DEC_HEAP);
    add(g.b, IR_STORE, nullptr, {p, cint(t_int, 5)});
    IRInstr *arr = alloc(g.b, t_int, DEC_UNDECIDED, cint(t_int, 4));
    IRInstr *e3 = add(g.b, IR_INDEXADDR, type_pointer(t_int), {arr, cint(t_int, 3)});
    e3->elem = t_int;
    add(g.b, IR_STORE, nullptr, {e3, add(g.b, IR_LOAD, t_int, {p})});
    g.pi(add(g.b, IR_LOAD, t_int, {e3}));
    g.finish();
    std::string ll = emit_text(g.p, EMIT_LLVM);
    EXPECT_NE(ll.find("call ptr @gort_alloc(i64 8, ptr @\"type:int\")"), std::string::npos) << ll;
    EXPECT_NE(ll.find("call ptr @gort_alloc_array(i64 4, i64 8, ptr @\"type:int\")"), std::string::npos) << ll;
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "5\n");
}

TEST(Codegen, BoundsCheckPanics) {
    for (const char *arch : kArches) {
        Prog g;
        IRFunc *f = func(g.p, "main.check", {t_int, t_int}, {});
        IRBlock *b = ir_block_new(f, "entry");
        add(b, IR_BOUNDSCHECK, nullptr, {param(b, t_int, 0), param(b, t_int, 1)});
        ret(b);
        call(g.b, f, nullptr, {cint(t_int, 2), cint(t_int, 3)});
        g.pi(cint(t_int, 1));
        call(g.b, f, nullptr, {cint(t_int, 5), cint(t_int, 3)});
        g.pi(cint(t_int, 2));
        g.finish();
        RunResult r = build_and_run(g.p, arch);
        EXPECT_EQ(r.status, 2) << arch;
        EXPECT_EQ(r.out, "1\npanic: runtime error: index out of range [5] with length 3\n") << arch;
    }
}

TEST(Codegen, NegativeIndexFailsTheBoundsCheck) {
    Prog g;
    IRFunc *f = func(g.p, "main.check", {t_int, t_int}, {});
    IRBlock *b = ir_block_new(f, "entry");
    add(b, IR_BOUNDSCHECK, nullptr, {param(b, t_int, 0), param(b, t_int, 1)});
    ret(b);
    call(g.b, f, nullptr, {cint(t_int, -1), cint(t_int, 3)});
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.out.find("index out of range [-1]"), std::string::npos) << r.out;
}

TEST(Codegen, SliceCheckReportsTheFailingBoundInGcOrder) {
    struct Case { int64_t lo, hi, max; int kind; const char *want; } cases[] = {
        {1, 2, 3, 0, "ok"},
        {1, 5, 3, 0, "which=0 x=5 y=3"},
        {3, 2, 4, 0, "which=2 x=3 y=2"},
        {0, 9, 4, 1, "which=1 x=9 y=4"},
        {5, 9, 4, 0, "which=0 x=9 y=4"},  // hi > cap is checked before lo > hi
    };
    for (auto &c : cases) {
        Prog g;
        IRFunc *f = func(g.p, "main.check", {t_int, t_int, t_int}, {});
        IRBlock *b = ir_block_new(f, "entry");
        IRInstr *sc = add(b, IR_SLICECHECK, nullptr, {param(b, t_int, 0), param(b, t_int, 1), param(b, t_int, 2)});
        sc->index = c.kind;
        ret(b);
        call(g.b, f, nullptr, {cint(t_int, c.lo), cint(t_int, c.hi), cint(t_int, c.max)});
        g.ps(cstr("ok"));
        g.finish();
        RunResult r = build_and_run(g.p, "amd64");
        if (strcmp(c.want, "ok") == 0) {
            EXPECT_EQ(r.out, "[ok]\n");
        } else {
            EXPECT_EQ(r.status, 2);
            EXPECT_NE(r.out.find(c.want), std::string::npos) << r.out;
        }
    }
}

TEST(Codegen, NilCheckPanics) {
    Prog g;
    IRFunc *f = func(g.p, "main.deref", {type_pointer(t_int)}, {t_int});
    IRBlock *b = ir_block_new(f, "entry");
    IRInstr *p = param(b, type_pointer(t_int), 0);
    add(b, IR_NILCHECK, nullptr, {p});
    ret(b, {add(b, IR_LOAD, t_int, {p})});
    g.pi(call(g.b, f, t_int, {czero(type_pointer(t_int))}));
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "panic: runtime error: invalid memory address or nil pointer dereference\n");
}

TEST(Codegen, DivisionByZeroPanicsAndMinIntOverMinusOneWraps) {
    for (const char *arch : kArches) {
        Prog g;
        IRFunc *quo = binop_func(g.p, "main.quo", TK_QUO, t_int64);
        IRFunc *rem = binop_func(g.p, "main.rem", TK_REM, t_int64);
        IRFunc *quo8 = binop_func(g.p, "main.quo8", TK_QUO, t_int8);
        IRFunc *uquo = binop_func(g.p, "main.uquo", TK_QUO, t_uint64);
        const int64_t kMin = INT64_MIN;
        g.pi(call(g.b, quo, t_int64, {cint(t_int64, kMin), cint(t_int64, -1)}));
        g.pi(call(g.b, rem, t_int64, {cint(t_int64, kMin), cint(t_int64, -1)}));
        g.pi(call(g.b, quo, t_int64, {cint(t_int64, -7), cint(t_int64, 2)}));
        g.pi(call(g.b, rem, t_int64, {cint(t_int64, -7), cint(t_int64, 2)}));
        IRInstr *q8 = call(g.b, quo8, t_int8, {cint(t_int8, -128), cint(t_int8, -1)});
        g.pi(op2(g.b, IR_CONVERT, (Tok)0, t_int64, {q8}));
        g.pu(call(g.b, uquo, t_uint64, {cint(t_uint64, -2), cint(t_uint64, 2)}));
        g.pi(call(g.b, quo, t_int64, {cint(t_int64, 1), cint(t_int64, 0)}));
        g.pi(cint(t_int64, 99));
        g.finish();
        RunResult r = build_and_run(g.p, arch);
        EXPECT_EQ(r.status, 2) << arch;
        EXPECT_EQ(r.out,
                  "-9223372036854775808\n0\n-3\n-1\n-128\n9223372036854775807\n"
                  "panic: runtime error: integer divide by zero\n")
            << arch;
    }
}

TEST(Codegen, ShiftsFollowGoSemantics) {
    for (const char *arch : kArches) {
        Prog g;
        IRFunc *shl = binop_func(g.p, "main.shl", TK_SHL, t_int64, t_uint);
        IRFunc *shr = binop_func(g.p, "main.shr", TK_SHR, t_int64, t_uint);
        IRFunc *ushr = binop_func(g.p, "main.ushr", TK_SHR, t_uint32, t_uint8);
        IRFunc *sshl = binop_func(g.p, "main.sshl", TK_SHL, t_int64, t_int);
        g.pi(call(g.b, shl, t_int64, {cint(t_int64, 1), cint(t_uint, 63)}));
        g.pi(call(g.b, shl, t_int64, {cint(t_int64, 1), cint(t_uint, 64)}));
        g.pi(call(g.b, shl, t_int64, {cint(t_int64, 1), cint(t_uint, 1000)}));
        g.pi(call(g.b, shr, t_int64, {cint(t_int64, -8), cint(t_uint, 1)}));
        g.pi(call(g.b, shr, t_int64, {cint(t_int64, -8), cint(t_uint, 200)}));
        g.pi(call(g.b, shr, t_int64, {cint(t_int64, 8), cint(t_uint, 200)}));
        IRInstr *u = call(g.b, ushr, t_uint32, {cint(t_uint32, 0x80000000LL), cint(t_uint8, 32)});
        g.pi(op2(g.b, IR_CONVERT, (Tok)0, t_int64, {u}));
        IRInstr *u2 = call(g.b, ushr, t_uint32, {cint(t_uint32, 0x80000000LL), cint(t_uint8, 31)});
        g.pi(op2(g.b, IR_CONVERT, (Tok)0, t_int64, {u2}));
        g.pi(call(g.b, sshl, t_int64, {cint(t_int64, 3), cint(t_int, 2)}));
        g.pi(call(g.b, sshl, t_int64, {cint(t_int64, 3), cint(t_int, -1)}));
        g.finish();
        RunResult r = build_and_run(g.p, arch);
        EXPECT_EQ(r.status, 2) << arch;
        EXPECT_EQ(r.out,
                  "-9223372036854775808\n0\n0\n-4\n-1\n0\n0\n1\n12\n"
                  "panic: runtime error: negative shift amount\n")
            << arch;
    }
}

TEST(Codegen, FloatToIntMatchesGcPerTarget) {
    // Values gc prints for int64/int32/int8/uint64/uint32/uint8 conversions (see arith.c).
    struct Row { double v; const char *amd64, *arm64; };
    double zero = 0;
    Row rows[] = {
        {1e20, "-9223372036854775808 -2147483648 0 9223372036854775808 0 0",
               "9223372036854775807 2147483647 -1 18446744073709551615 4294967295 255"},
        {-3e9, "-3000000000 -2147483648 0 18446744070709551616 1294967296 0",
               "-3000000000 -2147483648 0 0 1294967296 0"},
        {-1.5, "-1 -1 -1 18446744073709551615 4294967295 255", "-1 -1 -1 0 4294967295 255"},
        {1e19, "-9223372036854775808 -2147483648 0 10000000000000000000 0 0",
               "9223372036854775807 2147483647 -1 10000000000000000000 4294967295 255"},
        {zero / zero, "-9223372036854775808 -2147483648 0 9223372036854775808 0 0", "0 0 0 0 0 0"},
        {70000.7, "70000 70000 112 70000 70000 112", "70000 70000 112 70000 70000 112"},
    };
    for (const char *arch : kArches) {
        Prog g;
        Type *dsts[] = {t_int64, t_int32, t_int8, t_uint64, t_uint32, t_uint8};
        IRFunc *conv[6];
        for (int k = 0; k < 6; k++) {
            conv[k] = func(g.p, ("main.conv" + std::to_string(k)).c_str(), {t_float64}, {dsts[k]});
            IRBlock *b = ir_block_new(conv[k], "entry");
            ret(b, {add(b, IR_CONVERT, dsts[k], {param(b, t_float64, 0)})});
        }
        // NaN is not a constant Go can write: compute 0/0 at run time.
        IRFunc *div = binop_func(g.p, "main.fdiv", TK_QUO, t_float64);
        IRInstr *nan = call(g.b, div, t_float64, {cfloat(t_float64, 0), cfloat(t_float64, 0)});
        for (auto &row : rows) {
            for (int k = 0; k < 6; k++) {
                IRInstr *arg = std::isnan(row.v) ? nan : cfloat(t_float64, row.v);
                IRInstr *c = call(g.b, conv[k], dsts[k], {arg});
                if (k == 3) g.pu(c);
                else g.pi(add(g.b, IR_CONVERT, dsts[k] == t_uint64 ? t_uint64 : t_int64, {c}));
            }
        }
        g.finish();
        RunResult r = build_and_run(g.p, arch, 2);
        std::string want;
        for (auto &row : rows) {
            std::string line = strcmp(arch, "arm64") == 0 ? row.arm64 : row.amd64;
            for (char &ch : line)
                if (ch == ' ') ch = '\n';
            want += line + "\n";
        }
        EXPECT_EQ(r.out, want) << arch;
    }
}

TEST(Codegen, NaNComparesUnequalToItself) {
    Prog g;
    IRFunc *div = binop_func(g.p, "main.fdiv", TK_QUO, t_float64);
    IRInstr *nan = call(g.b, div, t_float64, {cfloat(t_float64, 0), cfloat(t_float64, 0)});
    g.pb(op2(g.b, IR_CMP, TK_EQL, t_bool, {nan, nan}));
    g.pb(op2(g.b, IR_CMP, TK_NEQ, t_bool, {nan, nan}));
    g.pb(op2(g.b, IR_CMP, TK_LSS, t_bool, {nan, cfloat(t_float64, 1)}));
    g.pb(op2(g.b, IR_CMP, TK_GEQ, t_bool, {nan, cfloat(t_float64, 1)}));
    IRInstr *inf = call(g.b, div, t_float64, {cfloat(t_float64, 1), cfloat(t_float64, 0)});
    g.pf(inf);
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "false\ntrue\nfalse\nfalse\ninf\n");
}

TEST(Codegen, StringEquality) {
    Prog g;
    IRFunc *eq = func(g.p, "main.eq", {t_string, t_string}, {t_bool});
    IRBlock *b = ir_block_new(eq, "entry");
    ret(b, {op2(b, IR_CMP, TK_EQL, t_bool, {param(b, t_string, 0), param(b, t_string, 1)})});
    const char *pairs[][2] = {{"hello", "hello"}, {"hello", "hellp"}, {"hello", "hell"}, {"", ""}, {"", "x"}};
    for (auto &pr : pairs) g.pb(call(g.b, eq, t_bool, {cstr(pr[0]), cstr(pr[1])}));
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "true\nfalse\nfalse\ntrue\nfalse\n");
}

TEST(Codegen, StringOrderingThroughStrcmp) {
    Prog g;
    IRFunc *lt = func(g.p, "main.lt", {t_string, t_string}, {t_bool});
    IRBlock *b = ir_block_new(lt, "entry");
    ret(b, {op2(b, IR_CMP, TK_LSS, t_bool, {param(b, t_string, 0), param(b, t_string, 1)})});
    g.pb(call(g.b, lt, t_bool, {cstr("abc"), cstr("abd")}));
    g.pb(call(g.b, lt, t_bool, {cstr("abc"), cstr("ab")}));
    g.pi(add(g.b, IR_STRCMP, t_int, {cstr("b"), cstr("a")}));
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "true\nfalse\n1\n");
}

TEST(Codegen, StructsByValueAndMultipleResults) {
    for (const char *arch : kArches) {
        Prog g;
        Field fs[3] = {};
        fs[0].name = "A"; fs[0].type = t_int8;
        fs[1].name = "B"; fs[1].type = t_int64;
        fs[2].name = "S"; fs[2].type = t_string;
        Type *st = type_struct(fs, 3);
        // func mk(a int8, b int64) (T, int) { return T{a, b, "s"}, b*2 }
        IRFunc *mkf = func(g.p, "main.mk", {t_int8, t_int64}, {st, t_int});
        IRBlock *b = ir_block_new(mkf, "entry");
        IRInstr *a = param(b, t_int8, 0), *bb = param(b, t_int64, 1);
        IRInstr *sv = add(b, IR_MAKE, st, {a, bb, cstr("s")});
        ret(b, {sv, op2(b, IR_BINOP, TK_MUL, t_int, {bb, cint(t_int, 2)})});
        Field tf[2] = {};
        tf[0].type = st;
        tf[1].type = t_int;
        Type *tuple = type_tuple(tf, 2);
        IRInstr *res = call(g.b, mkf, tuple, {cint(t_int8, -3), cint(t_int64, 21)});
        IRInstr *s = add(g.b, IR_EXTRACT, st, {res});
        IRInstr *n = add(g.b, IR_EXTRACT, t_int, {res});
        n->index = 1;
        // Store it and read a field back through FIELDADDR.
        IRInstr *slot = alloc(g.b, st, DEC_STACK);
        add(g.b, IR_STORE, nullptr, {slot, s});
        IRInstr *fb = add(g.b, IR_FIELDADDR, type_pointer(t_int64), {slot});
        fb->index = 1;
        g.pi(add(g.b, IR_LOAD, t_int64, {fb}));
        IRInstr *fa = add(g.b, IR_EXTRACT, t_int8, {s});
        g.pi(add(g.b, IR_CONVERT, t_int64, {fa}));
        IRInstr *fstr = add(g.b, IR_EXTRACT, t_string, {s});
        fstr->index = 2;
        g.ps(fstr);
        g.pi(n);
        g.finish();
        RunResult r = build_and_run(g.p, arch);
        EXPECT_EQ(r.out, "21\n-3\n[s]\n42\n") << arch;
    }
}

TEST(Codegen, StructEqualityComparesFloatsAsFloats) {
    Prog g;
    Field fs[2] = {};
    fs[0].name = "X"; fs[0].type = t_float64;
    fs[1].name = "N"; fs[1].type = t_int;
    Type *st = type_struct(fs, 2);
    IRFunc *eq = func(g.p, "main.eq", {st, st}, {t_bool});
    IRBlock *b = ir_block_new(eq, "entry");
    ret(b, {op2(b, IR_CMP, TK_EQL, t_bool, {param(b, st, 0), param(b, st, 1)})});
    IRFunc *div = binop_func(g.p, "main.fdiv", TK_QUO, t_float64);
    IRInstr *nan = call(g.b, div, t_float64, {cfloat(t_float64, 0), cfloat(t_float64, 0)});
    IRInstr *negz = call(g.b, div, t_float64, {cfloat(t_float64, -0.0), cfloat(t_float64, 1)});
    IRInstr *s1 = add(g.b, IR_MAKE, st, {cfloat(t_float64, 0), cint(t_int, 1)});
    IRInstr *s2 = add(g.b, IR_MAKE, st, {negz, cint(t_int, 1)});  // +0 == -0
    IRInstr *s3 = add(g.b, IR_MAKE, st, {nan, cint(t_int, 1)});
    IRInstr *s4 = add(g.b, IR_MAKE, st, {cfloat(t_float64, 0), cint(t_int, 2)});
    g.pb(call(g.b, eq, t_bool, {s1, s2}));
    g.pb(call(g.b, eq, t_bool, {s3, s3}));
    g.pb(call(g.b, eq, t_bool, {s1, s4}));
    // arrays compare element-wise too
    Type *at = type_array(t_int, 3);
    IRInstr *a1 = add(g.b, IR_MAKE, at, {cint(t_int, 1), cint(t_int, 2), cint(t_int, 3)});
    IRInstr *a2 = add(g.b, IR_MAKE, at, {cint(t_int, 1), cint(t_int, 2), cint(t_int, 4)});
    g.pb(op2(g.b, IR_CMP, TK_EQL, t_bool, {a1, a1}));
    g.pb(op2(g.b, IR_CMP, TK_NEQ, t_bool, {a1, a2}));
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "true\nfalse\nfalse\ntrue\ntrue\n");
}

TEST(Codegen, FuncValuesCallThroughClosureRecords) {
    Prog g;
    IRFunc *sq = func(g.p, "main.sq", {t_int}, {t_int});
    IRBlock *b = ir_block_new(sq, "entry");
    IRInstr *x = param(b, t_int, 0);
    ret(b, {op2(b, IR_BINOP, TK_MUL, t_int, {x, x})});
    Field pf[1] = {}, rf[1] = {};
    pf[0].type = t_int;
    rf[0].type = t_int;
    Type *ft = type_func(pf, 1, rf, 1, false);
    IRInstr *fv = mk(IR_FUNCVAL, ft);
    fv->func = sq;
    IRInstr *c = add(g.b, IR_CALLIND, t_int, {fv, cint(t_int, 9)});
    g.pi(c);
    g.finish();
    std::string ll = emit_text(g.p, EMIT_LLVM);
    EXPECT_NE(ll.find("f\" = private constant { ptr } { ptr @main.sq }"), std::string::npos) << ll;
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "81\n");
}

TEST(Codegen, ExternalCallsUseTheFlattenedCAbi) {
    for (const char *arch : kArches) {
        Prog g;
        // multiple results through out-pointers after the parameters
        IRFunc *divmod = cfunc(g.p, "test_divmod", {t_int64, t_int64}, {t_int64, t_int64});
        Field tf[2] = {};
        tf[0].type = t_int64;
        tf[1].type = t_int64;
        IRInstr *qr = call(g.b, divmod, type_tuple(tf, 2), {cint(t_int64, 17), cint(t_int64, 5)});
        IRInstr *q = add(g.b, IR_EXTRACT, t_int64, {qr});
        IRInstr *rr = add(g.b, IR_EXTRACT, t_int64, {qr});
        rr->index = 1;
        g.pi(q);
        g.pi(rr);
        // a struct result through an out-pointer first, then passed flattened
        Field fs[2] = {};
        fs[0].name = "X"; fs[0].type = t_int64;
        fs[1].name = "Y"; fs[1].type = t_float64;
        Type *pair = type_struct(fs, 2);
        IRFunc *mkpair = cfunc(g.p, "test_make_pair", {t_int64}, {pair});
        IRFunc *sum = cfunc(g.p, "test_sum_pair", {pair}, {t_int64});
        IRInstr *pv = call(g.b, mkpair, pair, {cint(t_int64, 4)});
        g.pi(call(g.b, sum, t_int64, {pv}));
        // bool and int8 parameters
        IRFunc *pi8 = cfunc(g.p, "test_print_i8", {t_int8});
        call(g.b, pi8, nullptr, {cint(t_int8, -5)});
        IRInstr *tru = mk(IR_CONST, t_bool);
        ConstVal *cv = (ConstVal *)xcalloc(1, sizeof *cv);
        cv->kind = CV_BOOL;
        cv->b = true;
        tru->cv = cv;
        g.pb(tru);
        g.ps(cstr("héllo"));
        g.finish();
        RunResult r = build_and_run(g.p, arch);
        EXPECT_EQ(r.out, "3\n2\n10\n-5\ntrue\n[héllo]\n") << arch;
    }
}

TEST(Codegen, RuntimeCallsReturnStringsByValue) {
    Prog g;
    // CALLRT with flattened args, as lowering emits them: gort_strcmp(p, n, p, n)
    IRInstr *s1 = cstr("abc"), *s2 = cstr("abd");
    auto word = [&](IRInstr *s, int i, Type *t) {
        IRInstr *e = add(g.b, IR_EXTRACT, t, {s});
        e->index = i;
        return e;
    };
    IRInstr *c = add(g.b, IR_CALLRT, t_int64,
                     {word(s1, 0, t_unsafeptr), word(s1, 1, t_int), word(s2, 0, t_unsafeptr), word(s2, 1, t_int)});
    c->rt_name = "gort_strcmp";
    g.pi(c);
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "-1\n");
}

TEST(Codegen, UnsignedAndNarrowIntegerConversions) {
    Prog g;
    IRFunc *conv = func(g.p, "main.conv", {t_int64}, {t_uint8});
    IRBlock *b = ir_block_new(conv, "entry");
    ret(b, {add(b, IR_CONVERT, t_uint8, {param(b, t_int64, 0)})});
    IRFunc *conv2 = func(g.p, "main.conv2", {t_int8}, {t_uint64});
    IRBlock *b2 = ir_block_new(conv2, "entry");
    ret(b2, {add(b2, IR_CONVERT, t_uint64, {param(b2, t_int8, 0)})});
    IRFunc *conv3 = func(g.p, "main.conv3", {t_uint32}, {t_float64});
    IRBlock *b3 = ir_block_new(conv3, "entry");
    ret(b3, {add(b3, IR_CONVERT, t_float64, {param(b3, t_uint32, 0)})});
    IRInstr *u8 = call(g.b, conv, t_uint8, {cint(t_int64, 300)});
    g.pu(add(g.b, IR_CONVERT, t_uint64, {u8}));
    g.pu(call(g.b, conv2, t_uint64, {cint(t_int8, -1)}));
    g.pf(call(g.b, conv3, t_float64, {cint(t_uint32, 4000000000LL)}));
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "44\n18446744073709551615\n4e+09\n");
}

TEST(Codegen, ComplexArithmetic) {
    Prog g;
    IRFunc *mul = binop_func(g.p, "main.cmul", TK_MUL, t_complex128);
    IRFunc *quo = binop_func(g.p, "main.cquo", TK_QUO, t_complex128);
    auto cplx = [&](double re, double im) { return add(g.b, IR_MAKE, t_complex128, {cfloat(t_float64, re), cfloat(t_float64, im)}); };
    IRInstr *m = call(g.b, mul, t_complex128, {cplx(1, 2), cplx(3, 4)});  // -5+10i
    IRInstr *d = call(g.b, quo, t_complex128, {m, cplx(3, 4)});           // 1+2i
    for (IRInstr *v : {m, d}) {
        IRInstr *re = add(g.b, IR_EXTRACT, t_float64, {v});
        IRInstr *im = add(g.b, IR_EXTRACT, t_float64, {v});
        im->index = 1;
        g.pf(re);
        g.pf(im);
    }
    g.finish();
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "-5\n10\n1\n2\n");
}

TEST(Codegen, TypeDescriptorsNameNamedTypes) {
    Prog g;
    Package *pkg = (Package *)xcalloc(1, sizeof(Package));
    pkg->path = "main";
    pkg->name = "main";
    Obj *obj = (Obj *)xcalloc(1, sizeof(Obj));
    obj->kind = OBJ_TYPE;
    obj->name = "Point";
    obj->pkg = pkg;
    Type *named = type_named(obj);
    obj->type = named;
    Field fs[2] = {};
    fs[0].name = "X"; fs[0].type = t_int; fs[0].exported = true;
    fs[1].name = "Y"; fs[1].type = t_int; fs[1].exported = true;
    type_set_underlying(named, type_struct(fs, 2));
    IRInstr *p = alloc(g.b, named, DEC_HEAP);
    IRInstr *fx = add(g.b, IR_FIELDADDR, type_pointer(t_int), {p});
    add(g.b, IR_STORE, nullptr, {fx, cint(t_int, 3)});
    g.pi(add(g.b, IR_LOAD, t_int, {fx}));
    g.finish();
    std::string ll = emit_text(g.p, EMIT_LLVM);
    EXPECT_NE(ll.find("c\"main.Point\\00\""), std::string::npos) << ll;
    EXPECT_NE(ll.find("@\"type:main.Point\" = private constant"), std::string::npos) << ll;
    RunResult r = build_and_run(g.p, "amd64");
    EXPECT_EQ(r.out, "3\n");
}

TEST(Codegen, LinksAgainstTheRealRuntime) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    ASSERT_GT(n, 0);
    exe[n] = 0;
    std::string dir(exe);
    dir = dir.substr(0, dir.rfind('/'));
    for (const char *arch : kArches) {
        std::string lib = dir + "/lib/" + arch + "/libgolcrt.a";
        struct stat st;
        // CMake builds both runtime libraries with the unit tests: a missing one is a failure
        ASSERT_EQ(stat(lib.c_str(), &st), 0) << "runtime library not built: " << lib;
        Prog g;
        IRFunc *pint = func(g.p, "gort_printint", {t_int64}, {});
        pint->external = true;
        pint->c_name = "gort_printint";
        IRFunc *pnl = func(g.p, "gort_printnl", {}, {});
        pnl->external = true;
        pnl->c_name = "gort_printnl";
        IRInstr *p = alloc(g.b, t_int, DEC_HEAP);
        add(g.b, IR_STORE, nullptr, {p, cint(t_int, 1234)});
        call(g.b, pint, nullptr, {add(g.b, IR_LOAD, t_int, {p})});
        call(g.b, pnl, nullptr, {});
        add(g.b, IR_BOUNDSCHECK, nullptr, {cint(t_int, 7), add(g.b, IR_LOAD, t_int, {p})});
        IRInstr *q = add(g.b, IR_BINOP, t_int, {add(g.b, IR_LOAD, t_int, {p}), cint(t_int, 0)});
        q->op2 = TK_QUO;
        call(g.b, pint, nullptr, {q});
        g.finish();
        RunResult r = build_and_run(g.p, arch, 1, lib.c_str());
        EXPECT_EQ(r.status, 2) << arch << ": " << r.out;
        EXPECT_EQ(r.out.find("1234\npanic: runtime error: integer divide by zero\n"), 0u) << arch << ": " << r.out;
    }
}

TEST(Codegen, MultiplyAddFusesOnArm64LikeGc) {
    // gc: x*y + z with (0.1, 10, -1) is 0 on amd64 and 5.551115123125783e-17 on arm64 (FMADDD).
    for (const char *arch : kArches) {
        Prog g;
        IRFunc *f = func(g.p, "main.fma", {t_float64, t_float64, t_float64}, {t_float64});
        IRBlock *b = ir_block_new(f, "entry");
        IRInstr *m = op2(b, IR_BINOP, TK_MUL, t_float64, {param(b, t_float64, 0), param(b, t_float64, 1)});
        ret(b, {op2(b, IR_BINOP, TK_ADD, t_float64, {m, param(b, t_float64, 2)})});
        // The operands must not be constants at the multiply: gc (and LLVM) fold 0.1*10 to 1 when
        // they are, and then there is nothing left to fuse. So they come from globals that the
        // program's init function sets.
        IRFunc *init = func(g.p, "main.init", {}, {});
        g.p->init = init;
        IRBlock *ib = ir_block_new(init, "entry");
        IRInstr *loads[3];
        double vals[3] = {0.1, 10, -1};
        for (int k = 0; k < 3; k++) {
            IRGlobal *gl = (IRGlobal *)xcalloc(1, sizeof(IRGlobal));
            gl->name = xsprintf("main.v%d", k);
            gl->type = t_float64;
            vec_push(&g.p->globals, gl);
            IRInstr *addr = mk(IR_GLOBALADDR, type_pointer(t_float64));
            addr->global = gl;
            add(ib, IR_STORE, nullptr, {addr, cfloat(t_float64, vals[k])});
            loads[k] = add(g.b, IR_LOAD, t_float64, {addr});
        }
        ret(ib);
        g.pf(call(g.b, f, t_float64, {loads[0], loads[1], loads[2]}));
        g.finish();
        RunResult r = build_and_run(g.p, arch, 2);
        EXPECT_EQ(r.out, strcmp(arch, "arm64") == 0 ? "5.55112e-17\n" : "0\n") << arch;
    }
}
