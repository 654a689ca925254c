/* defer.c — the codegen side of defer/panic/recover (runtime/defer.c has the model).
 *
 * Three runtime "calls" that lowering emits are not plain C calls:
 *   gort_setjmp(frame)     → _setjmp(frame), marked returns_twice (so LLVM keeps values that
 *                            live across it where a second return finds them), != 0 as bool.
 *                            It must be called by the function itself: the jump target is
 *                            that function's frame.
 *   gort_recover()         → gort_recover(llvm.frameaddress(0)): the runtime checks that this
 *                            function was called directly by the deferred call's thunk.
 *   golc_keepalive(p)      → an empty asm that takes p: the variable behind p escapes, so
 *                            LLVM keeps it in memory; the result slots a recovered function
 *                            returns must be read from memory after the longjmp.
 * Function attributes (cg_defer_func_attrs): a defer thunk must stay a real frame between the
 * runtime and the deferred function (optnone + noinline: nothing is inlined into it and its
 * call is never a tail call), and a function that calls recover is never inlined (its frame
 * must be the one the runtime checks). */
#include <string.h>

#include "codegen_internal.h"

static void add_enum_attr(CG *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static void add_string_attr(CG *cg, LLVMValueRef fn, const char *k, const char *v) {
    LLVMAttributeRef a = LLVMCreateStringAttribute(cg->ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, a);
}

static bool calls_recover(IRFunc *f) {
    for (int i = 0; i < f->blocks.len; i++) {
        IRBlock *b = VEC_AT(f->blocks, i);
        for (int j = 0; j < b->instrs.len; j++) {
            IRInstr *in = VEC_AT(b->instrs, j);
            if (in->op == IR_CALLRT && in->rt_name && !strcmp(in->rt_name, "gort_recover")) return true;
        }
    }
    return false;
}

void cg_defer_func_attrs(CG *cg, IRFunc *f, LLVMValueRef fn) {
    if (f->defer_thunk) {
        add_enum_attr(cg, fn, LLVMAttributeFunctionIndex, "noinline");
        add_enum_attr(cg, fn, LLVMAttributeFunctionIndex, "optnone");
        add_string_attr(cg, fn, "disable-tail-calls", "true");
    } else if (calls_recover(f)) {
        /* not inlined, and gort_recover never tail-called: its argument is this frame */
        add_enum_attr(cg, fn, LLVMAttributeFunctionIndex, "noinline");
        add_string_attr(cg, fn, "disable-tail-calls", "true");
    }
}

static LLVMValueRef emit_setjmp(CG *cg, IRInstr *in) {
    LLVMTypeRef pt[1] = {cg->ptr};
    LLVMTypeRef fnty = LLVMFunctionType(cg->i32, pt, 1, false);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, "_setjmp");
    if (!fn) {
        fn = LLVMAddFunction(cg->mod, "_setjmp", fnty);
        add_enum_attr(cg, fn, LLVMAttributeFunctionIndex, "returns_twice");
        add_enum_attr(cg, fn, LLVMAttributeFunctionIndex, "nounwind");
    }
    LLVMValueRef args[1] = {cg_value(cg, in->args[0])};
    LLVMValueRef call = LLVMBuildCall2(cg->b, fnty, fn, args, 1, "");
    unsigned kind = LLVMGetEnumAttributeKindForName("returns_twice", 13);
    LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
    LLVMValueRef nz = LLVMBuildICmp(cg->b, LLVMIntNE, call, LLVMConstInt(cg->i32, 0, false), "");
    return LLVMBuildZExt(cg->b, nz, cg_type(cg, in->type), "recovered");
}

static LLVMValueRef emit_recover(CG *cg, IRInstr *in) {
    const char *name = "llvm.frameaddress";
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMTypeRef ovl[1] = {cg->ptr};
    LLVMValueRef fa = LLVMGetIntrinsicDeclaration(cg->mod, id, ovl, 1);
    LLVMTypeRef fat = LLVMIntrinsicGetType(cg->ctx, id, ovl, 1);
    LLVMValueRef zero = LLVMConstInt(cg->i32, 0, false);
    LLVMValueRef fp = LLVMBuildCall2(cg->b, fat, fa, &zero, 1, "fp");
    LLVMTypeRef rt = cg_type(cg, in->type);
    LLVMTypeRef pt[1] = {cg->ptr};
    LLVMTypeRef fnty = LLVMFunctionType(rt, pt, 1, false);
    LLVMValueRef fn = cg_runtime_fn(cg, "gort_recover", fnty);
    return LLVMBuildCall2(cg->b, fnty, fn, &fp, 1, "");
}

static void emit_keepalive(CG *cg, IRInstr *in) {
    LLVMTypeRef pt[1] = {cg->ptr};
    LLVMTypeRef fnty = LLVMFunctionType(cg->void_t, pt, 1, false);
    const char *cons = "r,~{memory}";
    LLVMValueRef asmv = LLVMGetInlineAsm(fnty, "", 0, (char *)cons, strlen(cons), true, false,
                                         LLVMInlineAsmDialectATT, false);
    LLVMValueRef args[1] = {cg_value(cg, in->args[0])};
    LLVMBuildCall2(cg->b, fnty, asmv, args, 1, "");
}

bool cg_defer_rt_call(CG *cg, IRInstr *in, LLVMValueRef *out) {
    const char *n = in->rt_name;
    if (!strcmp(n, "gort_setjmp") && in->nargs == 1) {
        *out = emit_setjmp(cg, in);
        return true;
    }
    if (!strcmp(n, "gort_recover") && in->nargs == 0) {
        *out = emit_recover(cg, in);
        return true;
    }
    if (!strcmp(n, "golc_keepalive") && in->nargs == 1) {
        emit_keepalive(cg, in);
        *out = NULL;
        return true;
    }
    return false;
}
