// asan_test.cc — -sanitize=address really checks escape analysis. The clean runs of the test
// corpus under ASan (tools/test --mode asan) prove nothing unless a wrong STACK decision is
// reported, so these tests plant one: a Go program is analysed as usual, then the decision of
// one variable that escapes is flipped to STACK — exactly what a bug in escape/ would do — and
// the program, built with ASan against the real runtime, must die with ASan's report. The
// same program without the planted bug must run clean. A last test checks that the collector
// sees heap objects held only in ASan's fake stack frames (runtime/gc_roots.c), and one that
// GODEBUG=gcstress=1 really collects at every allocation.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {
#include "codegen/codegen.h"
}
#include "shim_escape.h"
#include "source_pipeline.h"

namespace {

std::string build_dir() {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return ".";
    exe[n] = 0;
    std::string dir(exe);
    return dir.substr(0, dir.rfind('/'));
}

std::string scratch_dir() {
    static std::string dir;
    if (dir.empty()) {
        char tmpl[] = "/tmp/golc-asantest-XXXXXX";
        char *d = mkdtemp(tmpl);
        dir = d ? d : "/tmp";
    }
    return dir;
}

std::string scratch(const std::string &name) { return scratch_dir() + "/" + name; }

// Removes the scratch directory when the test program ends.
class AsanScratchCleanup : public ::testing::Environment {
  public:
    void TearDown() override {
        std::string dir = scratch_dir();
        if (dir.rfind("/tmp/golc-asantest-", 0) == 0) system(("rm -rf " + dir).c_str());
    }
};
::testing::Environment *const kAsanScratchCleanup = ::testing::AddGlobalTestEnvironment(new AsanScratchCleanup);

struct ProgRun {
    int status = -1;
    std::string out;   // stdout and stderr
};

ProgRun run(const std::string &cmd) {
    ProgRun r;
    FILE *f = popen((cmd + " 2>&1").c_str(), "r");
    if (!f) return r;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) r.out.append(buf, n);
    int st = pclose(f);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

// Sets the decision of every ALLOC of variable `var` in function `fn`; returns how many.
int force(IRProgram *p, const char *fn, const char *var, AllocDecision d) {
    int n = 0;
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = (IRFunc *)p->funcs.data[i];
        if (!f->name || strcmp(f->name, fn) != 0) continue;
        for (int b = 0; b < f->blocks.len; b++) {
            IRBlock *bl = (IRBlock *)f->blocks.data[b];
            for (int k = 0; k < bl->instrs.len; k++) {
                IRInstr *in = (IRInstr *)bl->instrs.data[k];
                if (in->op == IR_ALLOC && in->var && in->var->name && strcmp(in->var->name, var) == 0) {
                    in->decision = d;
                    n++;
                }
            }
        }
    }
    return n;
}

// Lowers and analyses `src` without inlining (callees keep frames of their own).
IRProgram *analysed(const std::string &src) {
    IRProgram *ir = RunSource(src, "asan_test", true).ir;
    if (!ir) return nullptr;
    EscapeOptions eo = {0, true};
    escape_run(ir, &eo);
    return ir;
}

// Builds ir into the executable `exe` for amd64 at -O`opt`, with ASan if `asan`.
bool build_exe(IRProgram *ir, const std::string &exe, int opt, bool asan) {
    std::string lib = build_dir() + "/lib/amd64/libgolcrt.a";
    CodegenOptions o{};
    o.goarch = "amd64";
    o.opt_level = opt;
    o.emit = EMIT_EXE;
    o.output = exe.c_str();
    o.runtime_lib = lib.c_str();
    o.sanitize_address = asan;
    return codegen_emit(ir, &o) == 0;
}

// Analyses `src`, optionally plants the bug, builds it with ASan at `opt` and runs it.
ProgRun build_and_run(const std::string &src, int opt, bool plant_bug, const char *fn, const char *var) {
    IRProgram *ir = analysed(src);
    if (!ir) return ProgRun{-100, "does not compile"};
    if (plant_bug && force(ir, fn, var, DEC_STACK) == 0) return ProgRun{-101, "no such variable"};
    static int counter;
    std::string exe = scratch("prog" + std::to_string(++counter));
    if (!build_exe(ir, exe, opt, true)) return ProgRun{-102, "codegen_emit failed"};
    return run("env -u ASAN_OPTIONS " + exe);
}

// `x` escapes through the result; read after leak's frame is gone.
const char *kLeak = R"(package main

func leak(n int) *int {
	x := n * 3
	return &x
}

func clobber(n int) int {
	var a [16]int
	for i := range a {
		a[i] = n + i
	}
	return a[n%16]
}

func main() {
	p := leak(14)
	println(clobber(5))
	println(*p)
}
)";

TEST(Asan, CorrectDecisionsRunClean) {
    for (int opt : {0, 2}) {
        ProgRun r = build_and_run(kLeak, opt, false, nullptr, nullptr);
        EXPECT_EQ(r.status, 0) << "O" << opt << ": " << r.out;
        EXPECT_EQ(r.out, "10\n42\n") << "O" << opt;
    }
}

// At every -O level: under -sanitize=address LLVM does not inline (codegen/target.c), so leak
// keeps its frame and the read is a use after return.
TEST(Asan, PlantedStackDecisionIsReported) {
    for (int opt : {0, 2}) {
        ProgRun r = build_and_run(kLeak, opt, true, "main.leak", "x");
        EXPECT_NE(r.status, 0) << "O" << opt << ": " << r.out;
        EXPECT_NE(r.out.find("ERROR: AddressSanitizer: stack-use-after-return"), std::string::npos)
            << "O" << opt << ": " << r.out;
    }
}

// A pointer to a slot of a frame that has returned, kept in a global and used by a goroutine:
// reported on a goroutine's stack too (ASan knows each goroutine's fake stack, runtime/sched.c).
TEST(Asan, PlantedStackDecisionIsReportedInAGoroutine) {
    const char *src = R"(package main

var g *[4]int

func keep(n int) {
	var a [4]int
	a[1] = n
	g = &a
}

func main() {
	done := make(chan bool)
	go func() {
		keep(3)
		println(g[1])
		done <- true
	}()
	<-done
}
)";
    ProgRun clean = build_and_run(src, 0, false, nullptr, nullptr);
    EXPECT_EQ(clean.status, 0) << clean.out;
    EXPECT_EQ(clean.out, "3\n");
    ProgRun r = build_and_run(src, 0, true, "main.keep", "a");
    EXPECT_NE(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("ERROR: AddressSanitizer: stack-use-after-return"), std::string::npos) << r.out;
}

// A pointer to one iteration's variable used in the next: escape analysis must put x on the
// heap. Planted on the stack, the site's two alternating slots (codegen/sanitize.c) make the
// stale pointer a use after scope instead of a silent read of the next iteration's x.
TEST(Asan, PlantedLoopVariableIsReported) {
    const char *src = R"(package main

func main() {
	var prev *int
	sum := 0
	for i := 0; i < 4; i++ {
		x := i * 10
		if prev != nil {
			sum += *prev
		}
		prev = &x
	}
	println(sum)
}
)";
    for (int opt : {0, 2}) {
        ProgRun clean = build_and_run(src, opt, false, nullptr, nullptr);
        EXPECT_EQ(clean.status, 0) << clean.out;
        EXPECT_EQ(clean.out, "30\n") << "O" << opt;
        ProgRun r = build_and_run(src, opt, true, "main.main", "x");
        EXPECT_NE(r.status, 0) << "O" << opt << ": " << r.out;
        EXPECT_NE(r.out.find("ERROR: AddressSanitizer: stack-use-after-scope"), std::string::npos)
            << "O" << opt << ": " << r.out;
    }
}

// Heap objects referenced only from stack slots, which ASan keeps in fake frames: under
// GODEBUG=gcstress=1 (a collection at every allocation) they must survive. Without the fake
// frame scan in runtime/gc_roots.c this prints a wrong sum.
TEST(Asan, CollectorScansFakeFrames) {
    const char *src = R"(package main

type pair struct {
	a, b *[4]int
}

func fill(p *pair, n int) {
	p.a = new([4]int)
	p.b = new([4]int)
	for i := 0; i < 4; i++ {
		p.a[i] = n + i
		p.b[i] = n * i
	}
}

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		q := new([4]int)
		q[0] = i
		s += q[0]
	}
	return s
}

func rec(d int) int {
	var p pair
	fill(&p, d)
	s := 0
	if d > 0 {
		s = rec(d - 1)
	}
	s += churn(50)
	return s + p.a[0] + p.a[3] + p.b[1] + p.b[2]
}

func main() {
	println(rec(30))
}
)";
    IRProgram *ir = analysed(src);
    ASSERT_NE(ir, nullptr);
    std::string exe = scratch("fakeframes");
    ASSERT_TRUE(build_exe(ir, exe, 2, true));
    ProgRun r = run("env -u ASAN_OPTIONS GODEBUG=gcstress=1 " + exe);
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_EQ(r.out, "40393\n");
}

// The gcstress test mode (tools/test --mode gcstress) is only as strong as its claim: with
// GODEBUG=gcstress=1 every allocation collects. gctrace prints one line per collection.
TEST(GcStress, CollectsAtEveryAllocation) {
    const char *src = R"(package main

var sink *[2]int

func main() {
	for i := 0; i < 200; i++ {
		sink = new([2]int)
		sink[0] = i
	}
	println(sink[0])
}
)";
    IRProgram *ir = analysed(src);
    ASSERT_NE(ir, nullptr);
    std::string exe = scratch("stress");
    ASSERT_TRUE(build_exe(ir, exe, 2, false));
    auto collections = [](const std::string &out) {
        int n = 0;
        for (size_t p = 0; (p = out.find("gc ", p)) != std::string::npos; p += 3)
            if (p == 0 || out[p - 1] == '\n') n++;
        return n;
    };
    ProgRun stress = run("GODEBUG=gcstress=1,gctrace=1 " + exe);
    EXPECT_EQ(stress.status, 0) << stress.out;
    EXPECT_NE(stress.out.find("199\n"), std::string::npos) << stress.out;
    EXPECT_GE(collections(stress.out), 200) << stress.out;
    ProgRun normal = run("GODEBUG=gctrace=1 " + exe);
    EXPECT_LT(collections(normal.out), 5) << normal.out;
}

TEST(Asan, Arm64IsAClearError) {
    IRProgram *ir = RunSource("package main\n\nfunc main() {}\n", "asan_test", true).ir;
    ASSERT_NE(ir, nullptr);
    EscapeOptions eo = {0, true};
    escape_run(ir, &eo);
    std::string exe = scratch("arm64prog");
    CodegenOptions o{};
    o.goarch = "arm64";
    o.emit = EMIT_EXE;
    o.output = exe.c_str();
    o.runtime_lib = "/nonexistent";
    o.sanitize_address = true;
    testing::internal::CaptureStderr();
    int rc = codegen_emit(ir, &o);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(rc, 0);
    EXPECT_EQ(err, "golc: -sanitize=address is not supported for arm64 by golc\n");
}

}  // namespace
