/* target.c — target selection, the optimisation pipeline and writing .ll/.s/.o files.
 *
 * GOARCH amd64 → x86_64-linux-gnu, arm64 → aarch64-linux-gnu. Both are initialised whatever
 * the host is, so cross compilation needs nothing beyond the runtime library for the target.
 * The -O level selects both the new pass manager pipeline ("default<ON>") and the
 * TargetMachine's code generation level. */
#include <stdio.h>
#include <string.h>

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
    const char *triple = cg_triple(cg->opts->goarch);
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

bool cg_optimize(CG *cg) {
    int o = cg->opts->opt_level;
    if (o < 0) o = 0;
    if (o > 3) o = 3;
    char pipeline[32];
    snprintf(pipeline, sizeof pipeline, "default<O%d>", o);
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
