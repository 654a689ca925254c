/* target.c — target selection, the optimisation pipeline and writing .ll/.s/.o files.
 *
 * GOARCH amd64 → x86_64-linux-gnu, arm64 → aarch64-linux-gnu. Both are initialised whatever
 * the host is, so cross compilation needs nothing beyond the runtime library for the target.
 * The -O level selects both the new pass manager pipeline ("default<ON>") and the
 * TargetMachine's code generation level. -sanitize=address appends LLVM's AddressSanitizer
 * after that pipeline, as clang does, and keeps LLVM from inlining (asan_mark_functions). */
#include <stdio.h>
#include <string.h>

#include <llvm-c/Support.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "codegen_internal.h"

const char *cg_triple(const char *goarch) {
    return goarch && strcmp(goarch, "arm64") == 0 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
}

static void init_llvm_targets(void) {
    static bool done;
    if (done) return;
    done = true;
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
}

bool cg_target_init(CG *cg) {
    init_llvm_targets();
    /* Debian ships compiler-rt's ASan runtime for the host only (no aarch64 cross build). */
    if (cg->opts->sanitize_address && cg->is_arm64) {
        fprintf(stderr, "golc: -sanitize=address is not supported for arm64 by golc\n");
        return false;
    }
    const char *triple = cg_triple(cg->opts->goarch);
    /* ASan picks its shadow mapping from the module's triple and recognises Linux only in the
     * normalised spelling (LLVM reads "x86_64-linux-gnu" as vendor "linux", OS "gnu"): with
     * that spelling the program would use the generic mapping the Linux runtime lacks. Normal
     * builds keep the short spelling their code was always generated with. */
    if (cg->opts->sanitize_address) triple = "x86_64-unknown-linux-gnu";
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        fprintf(stderr, "golc: no LLVM target for %s: %s\n", triple, err ? err : "?");
        LLVMDisposeMessage(err);
        return false;
    }
    int o = cg->opts->opt_level;
    LLVMCodeGenOptLevel level = o <= 0 ? LLVMCodeGenLevelNone
                              : o == 1 ? LLVMCodeGenLevelLess
                              : o == 2 ? LLVMCodeGenLevelDefault
                                       : LLVMCodeGenLevelAggressive;
    const char *cpu = cg->is_arm64 ? "generic" : "x86-64";
    /* PIC objects link into static executables too; position-dependent ones would not
     * link into a PIE should the driver ever ask for one. */
    cg->tm = LLVMCreateTargetMachine(target, triple, cpu, "", level, LLVMRelocPIC, LLVMCodeModelDefault);
    if (!cg->tm) {
        fprintf(stderr, "golc: cannot create a target machine for %s\n", triple);
        return false;
    }
    cg->td = LLVMCreateTargetDataLayout(cg->tm);
    LLVMSetTarget(cg->mod, triple);
    char *dl = LLVMCopyStringRepOfTargetData(cg->td);
    LLVMSetDataLayout(cg->mod, dl);
    LLVMDisposeMessage(dl);
    return true;
}

/* ---- -sanitize=address ---- */

/* The pass's options that matter here are not part of its pipeline syntax in LLVM 19 ("asan"
 * takes only "kernel"), only of LLVM's command line: use-after-scope is off unless asked for;
 * use-after-return "runtime" (the default, spelt out) instruments every frame for a fake stack
 * and lets the program's ASAN_OPTIONS choose; __asan_default_options below turns it on. The
 * stack-safety analysis is off: it skips checks of accesses it proves in bounds of a slot,
 * not knowing that codegen/sanitize.c poisons the slot of a loop variable's previous
 * iteration, so a stale access the optimiser had resolved to that slot went unchecked.
 * LLVM's options are process-wide and may be set only once. */
static void asan_llvm_options(void) {
    static bool done;
    if (done) return;
    done = true;
    const char *argv[] = {"golc", "-asan-use-after-scope", "-asan-use-after-return=runtime",
                          "-asan-use-stack-safety=0"};
    LLVMParseCommandLineOptions(4, argv, NULL);
}

/* The defaults compiler-rt reads at start-up (ASAN_OPTIONS overrides them):
 *   detect_stack_use_after_return=1  stack slots live in fake frames that are retired, not
 *                                     reused, at return: a pointer kept past the frame faults;
 *   detect_leaks=0                    golc's heap is not malloc's: LeakSanitizer has nothing
 *                                     to say about Go programs and would only slow exit;
 *   allow_user_segv_handler=1         the runtime's SIGSEGV handler turns nil dereferences
 *                                     into Go panics, as without ASan. */
static const char ASAN_DEFAULTS[] =
    "detect_stack_use_after_return=1:detect_leaks=0:allow_user_segv_handler=1";

static void asan_default_options(CG *cg) {
    LLVMValueRef str = LLVMAddGlobal(cg->mod, LLVMArrayType2(cg->i8, sizeof ASAN_DEFAULTS), "golc.asan.defaults");
    LLVMSetInitializer(str, LLVMConstStringInContext2(cg->ctx, ASAN_DEFAULTS, sizeof ASAN_DEFAULTS - 1, false));
    LLVMSetGlobalConstant(str, true);
    LLVMSetLinkage(str, LLVMPrivateLinkage);
    LLVMValueRef fn = LLVMAddFunction(cg->mod, "__asan_default_options", LLVMFunctionType(cg->ptr, NULL, 0, false));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry"));
    LLVMBuildRet(b, str);
    LLVMDisposeBuilder(b);
}

/* ASan instruments only functions that carry sanitize_address: all of the program's.
 * They also get noinline. golc's own inliner ran before escape analysis, so what it inlined
 * is part of what ASan checks; LLVM's inliner would move a callee's slots into the caller
 * between lifetime markers, and a load through a pointer kept past the inlined body (the bug
 * being looked for) is a load after lifetime.end, which the optimiser may fold to garbage
 * before ASan instruments anything. With every Go function keeping its frame, a slot used
 * after its function returned is always a stack-use-after-return report. */
static void asan_mark_functions(CG *cg) {
    LLVMAttributeRef sa = LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("sanitize_address", 16), 0);
    LLVMAttributeRef ni = LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0);
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMCountBasicBlocks(fn) == 0) continue;
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, sa);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, ni);
    }
}

bool cg_optimize(CG *cg) {
    int o = cg->opts->opt_level;
    if (o < 0) o = 0;
    if (o > 3) o = 3;
    char pipeline[48];
    snprintf(pipeline, sizeof pipeline, "default<O%d>", o);
    if (cg->opts->sanitize_address) {
        asan_llvm_options();
        asan_mark_functions(cg);
        asan_default_options(cg);   /* after the marking: compiler-rt calls it before its init */
        strcat(pipeline, ",asan");
    }
    LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
    LLVMErrorRef err = LLVMRunPasses(cg->mod, pipeline, cg->tm, pbo);
    LLVMDisposePassBuilderOptions(pbo);
    if (err) {
        char *msg = LLVMGetErrorMessage(err);
        fprintf(stderr, "golc: internal compiler error: optimisation pipeline failed: %s\n", msg);
        LLVMDisposeErrorMessage(msg);
        return false;
    }
    return true;
}

bool cg_write_output(CG *cg, EmitKind kind, const char *path) {
    char *err = NULL;
    if (!path) {
        fprintf(stderr, "golc: no output path\n");
        return false;
    }
    if (kind == EMIT_LLVM) {
        if (LLVMPrintModuleToFile(cg->mod, path, &err)) {
            fprintf(stderr, "golc: cannot write %s: %s\n", path, err ? err : "?");
            LLVMDisposeMessage(err);
            return false;
        }
        return true;
    }
    LLVMCodeGenFileType ft = kind == EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
    if (LLVMTargetMachineEmitToFile(cg->tm, cg->mod, (char *)path, ft, &err)) {
        fprintf(stderr, "golc: cannot write %s: %s\n", path, err ? err : "?");
        LLVMDisposeMessage(err);
        return false;
    }
    return true;
}
