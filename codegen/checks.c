/* checks.c — run-time checks: a compare, a branch weighted towards success, and a cold block
 * that calls the runtime's noreturn panic function (which prints gc's message and exits 2).
 *
 * IR_SLICECHECK kinds (IRInstr.index), with args as ints:
 *   0: s[lo:hi] of a slice      args (lo, hi, cap): hi ≤ cap ("[:hi] with capacity cap"), lo ≤ hi
 *   1: s[lo:hi] of string/array args (lo, hi, len): hi ≤ len ("[:hi] with length len"),  lo ≤ hi
 *   2: s[lo:hi:max] of a slice  args (lo, hi, max, cap): max ≤ cap, hi ≤ max, lo ≤ hi
 *   3: a[lo:hi:max] of an array args (lo, hi, max, len): as 2, "[::max] with length len"
 * in the order gc checks them, so the first failing bound is the one reported. Comparisons are
 * unsigned (a negative index fails like a too-large one); the runtime prints a negative signed
 * index as gc does, and an index of unsigned type goes to the _u variant so that huge values
 * print unsigned. */
#include "codegen_internal.h"

static void set_likely(CG *cg, LLVMValueRef br) {
    LLVMMetadataRef md[3] = {
        LLVMMDStringInContext2(cg->ctx, "branch_weights", 14),
        LLVMValueAsMetadata(LLVMConstInt(cg->i32, 2000, false)),
        LLVMValueAsMetadata(LLVMConstInt(cg->i32, 1, false)),
    };
    LLVMValueRef node = LLVMMetadataAsValue(cg->ctx, LLVMMDNodeInContext2(cg->ctx, md, 3));
    LLVMSetMetadata(br, LLVMGetMDKindIDInContext(cg->ctx, "prof", 4), node);
}

void cg_check(CG *cg, LLVMValueRef ok, const char *rt, LLVMValueRef *args, int nargs) {
    if (LLVMIsAConstantInt(ok) && LLVMConstIntGetZExtValue(ok) == 1) return;
    LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "check.ok");
    LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "check.fail");
    set_likely(cg, LLVMBuildCondBr(cg->b, ok, cont, fail));
    LLVMPositionBuilderAtEnd(cg->b, fail);
    cg_call_c(cg, rt, cg->void_t, args, nargs);
    LLVMBuildUnreachable(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, cont);
}

static LLVMValueRef arg64(CG *cg, IRInstr *in, int i) {
    return cg_to_i64(cg, cg_value(cg, in->args[i]), in->args[i]->type);
}

static bool unsigned_arg(IRInstr *in, int i) { return !cg_is_signed(in->args[i]->type); }

void cg_boundscheck(CG *cg, IRInstr *in) {
    LLVMValueRef i = arg64(cg, in, 0), n = arg64(cg, in, 1);
    LLVMValueRef ok = LLVMBuildICmp(cg->b, LLVMIntULT, i, n, "");
    LLVMValueRef args[2] = {i, n};
    cg_check(cg, ok, unsigned_arg(in, 0) ? "gort_panic_index_u" : "gort_panic_index", args, 2);
}

/* x ≤ y, else gort_panic_slice(which, x, y) */
static void le_or_panic(CG *cg, IRInstr *in, int xi, LLVMValueRef x, LLVMValueRef y, int which) {
    LLVMValueRef ok = LLVMBuildICmp(cg->b, LLVMIntULE, x, y, "");
    LLVMValueRef args[3] = {LLVMConstInt(cg->i64, (uint64_t)which, false), x, y};
    cg_check(cg, ok, unsigned_arg(in, xi) ? "gort_panic_slice_u" : "gort_panic_slice", args, 3);
}

void cg_slicecheck(CG *cg, IRInstr *in) {
    if (in->index == 2 || in->index == 3) {
        if (in->nargs != 4) {
            cg_ice(cg, "3-index slice check needs (lo, hi, max, cap)");
            return;
        }
        LLVMValueRef lo = arg64(cg, in, 0), hi = arg64(cg, in, 1), max = arg64(cg, in, 2), cap = arg64(cg, in, 3);
        le_or_panic(cg, in, 2, max, cap, in->index == 3 ? 6 : 3);
        le_or_panic(cg, in, 1, hi, max, 4);
        le_or_panic(cg, in, 0, lo, hi, 5);
        return;
    }
    if (in->nargs != 3) {
        cg_ice(cg, "slice check needs (lo, hi, max)");
        return;
    }
    LLVMValueRef lo = arg64(cg, in, 0), hi = arg64(cg, in, 1), max = arg64(cg, in, 2);
    le_or_panic(cg, in, 1, hi, max, in->index == 1 ? 1 : 0);
    le_or_panic(cg, in, 0, lo, hi, 2);
}

void cg_nilcheck(CG *cg, IRInstr *in) {
    LLVMValueRef p = cg_value(cg, in->args[0]);
    LLVMValueRef ok = LLVMBuildICmp(cg->b, LLVMIntNE, p, LLVMConstNull(LLVMTypeOf(p)), "");
    cg_check(cg, ok, "gort_panic_nil", NULL, 0);
}
