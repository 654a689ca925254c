/* codegen.c — codegen_emit: the order of work from an IRProgram to the requested output.
 *
 *   set up context + target → declare globals and functions → function bodies → program entry
 *   → verify → optimise → write .ll / .s / .o, or .o to a temp file and link.
 *
 * A codegen problem with the input (an IR feature codegen does not handle) goes through
 * diag_unsupported; a malformed IR or LLVM verifier failure is an internal compiler error
 * naming the function. Either way codegen_emit returns 1 and writes nothing. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>

#include "codegen_internal.h"

void cg_ice(CG *cg, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "golc: internal compiler error");
    if (cg->fn && cg->fn->name) fprintf(stderr, " in function %s", cg->fn->name);
    fprintf(stderr, ": ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    cg->errors++;
}

void cg_unsupported(CG *cg, Pos pos, const char *what) {
    diag_unsupported(pos, what);
    cg->errors++;
}

static LLVMTypeRef struct_of(CG *cg, LLVMTypeRef *e, int n) {
    return LLVMStructTypeInContext(cg->ctx, e, n, false);
}

static void cg_setup_types(CG *cg) {
    cg->i1 = LLVMInt1TypeInContext(cg->ctx);
    cg->i8 = LLVMInt8TypeInContext(cg->ctx);
    cg->i16 = LLVMInt16TypeInContext(cg->ctx);
    cg->i32 = LLVMInt32TypeInContext(cg->ctx);
    cg->i64 = LLVMInt64TypeInContext(cg->ctx);
    cg->f32 = LLVMFloatTypeInContext(cg->ctx);
    cg->f64 = LLVMDoubleTypeInContext(cg->ctx);
    cg->ptr = LLVMPointerTypeInContext(cg->ctx, 0);
    cg->void_t = LLVMVoidTypeInContext(cg->ctx);
    cg->str_t = struct_of(cg, (LLVMTypeRef[]){cg->ptr, cg->i64}, 2);
    cg->slice_t = struct_of(cg, (LLVMTypeRef[]){cg->ptr, cg->i64, cg->i64}, 3);
    cg->iface_t = struct_of(cg, (LLVMTypeRef[]){cg->ptr, cg->ptr}, 2);
}

/* Functions are declared before any body is emitted so calls may go forwards. */
static void declare_everything(CG *cg) {
    IRProgram *p = cg->prog;
    for (int i = 0; i < p->globals.len; i++) cg_global(cg, VEC_AT(p->globals, i));
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = VEC_AT(p->funcs, i);
        if (f->external) cg_extern_decl(cg, f);
        else cg_func_decl(cg, f);
    }
}

static bool verify(CG *cg) {
    bool ok = true;
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMCountBasicBlocks(fn) == 0) continue;
        if (LLVMVerifyFunction(fn, LLVMReturnStatusAction)) {
            size_t len;
            fprintf(stderr, "golc: internal compiler error: LLVM verification failed in function %s\n",
                    LLVMGetValueName2(fn, &len));
            ok = false;
        }
    }
    char *msg = NULL;
    if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
        if (ok) fprintf(stderr, "golc: internal compiler error: LLVM module verification failed\n");
        ok = false;
        if (msg && getenv("GOLC_DEBUG_VERIFY")) fprintf(stderr, "%s\n", msg);
    }
    if (msg) LLVMDisposeMessage(msg);
    return ok;
}

static int emit_exe(CG *cg) {
    char tmpl[] = "/tmp/golc-XXXXXX.o";
    int fd = mkstemps(tmpl, 2);
    if (fd < 0) {
        fprintf(stderr, "golc: cannot create a temporary object file\n");
        return 1;
    }
    close(fd);
    int rc = 1;
    if (cg_write_output(cg, EMIT_OBJ, tmpl)) {
        if (!cg->opts->runtime_lib) fprintf(stderr, "golc: no runtime library to link with\n");
        else rc = cg_link(cg->opts->goarch, tmpl, cg->opts->runtime_lib, cg->opts->output,
                             cg->opts->sanitize_address);
    }
    unlink(tmpl);
    return rc;
}

static void cg_dispose(CG *cg) {
    PtrMap *maps[] = {&cg->funcs, &cg->closures, &cg->globals, &cg->itabs, &cg->consts, &cg->values};
    for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) pm_free(maps[i]);
    for (size_t i = 0; i < cg->types.cap; i++) {
        TypeInfo *ti = cg->types.vals[i];
        if (!cg->types.keys[i] || !ti) continue;
        free(ti->field_index);
        free(ti->field_offset);
        free(ti);
    }
    pm_free(&cg->types);
    cg_debug_dispose(cg);
    if (cg->b) LLVMDisposeBuilder(cg->b);
    if (cg->ab) LLVMDisposeBuilder(cg->ab);
    if (cg->mod) LLVMDisposeModule(cg->mod);
    if (cg->td) LLVMDisposeTargetData(cg->td);
    if (cg->tm) LLVMDisposeTargetMachine(cg->tm);
    if (cg->ctx) LLVMContextDispose(cg->ctx);
}

int codegen_emit(IRProgram *p, CodegenOptions *opts) {
    CG cg = {0};
    cg.prog = p;
    cg.opts = opts;
    if (!opts->goarch) opts->goarch = "amd64";
    cg.is_arm64 = strcmp(opts->goarch, "arm64") == 0;
    if (!cg.is_arm64 && strcmp(opts->goarch, "amd64") != 0) {
        fprintf(stderr, "golc: unsupported GOARCH %s (amd64 and arm64 are)\n", opts->goarch);
        return 1;
    }
    cg.ctx = LLVMContextCreate();
    cg.mod = LLVMModuleCreateWithNameInContext("golc", cg.ctx);
    cg.b = LLVMCreateBuilderInContext(cg.ctx);
    cg.ab = LLVMCreateBuilderInContext(cg.ctx);
    cg_setup_types(&cg);
    int rc = 1;
    if (!cg_target_init(&cg)) goto out;
    cg_typedesc_init(&cg);
    cg_debug_init(&cg);
    declare_everything(&cg);
    for (int i = 0; i < p->funcs.len; i++) {
        IRFunc *f = VEC_AT(p->funcs, i);
        if (!f->external && f->blocks.len > 0) cg_func_body(&cg, f);
    }
    cg.fn = NULL;
    cg_program_entry(&cg);
    if (cg.errors) {
        diag_flush();
        goto out;
    }
    cg_debug_finalize(&cg);
    if (!verify(&cg)) goto out;
    if (!cg_optimize(&cg)) goto out;
    if (opts->emit == EMIT_EXE) rc = emit_exe(&cg);
    else rc = cg_write_output(&cg, opts->emit, opts->output) ? 0 : 1;
out:
    cg_dispose(&cg);
    return rc;
}
