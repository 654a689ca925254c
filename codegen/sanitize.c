/* sanitize.c — -sanitize=address: a second instance for stack slots that are reused.
 *
 * Every execution of an ALLOC makes a new Go variable, but a STACK site has one alloca for the
 * whole frame, reused by every execution (a variable declared in a loop body: one per
 * iteration). If escape analysis wrongly lets a pointer to one iteration's variable live into
 * the next, the program reads the next iteration's variable through it, and ASan sees nothing
 * wrong: it is the same valid memory. Under -sanitize=address such a site therefore gets two
 * allocas used in turn, and each execution ends the lifetime of the other one as
 * it starts its own: the slot of the previous instance is poisoned the way ASan's
 * use-after-scope check poisons a slot at its lifetime's end, and a use of it is reported as
 * stack-use-after-scope.
 *
 * Only sites that can run more than once per call need this (their block lies on a cycle of
 * the control-flow graph), and only slots up to TWIN_MAX_BYTES: doubling big arrays could
 * overflow a goroutine's stack. Normal builds never come here. */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"

enum { TWIN_MAX_BYTES = 4096 };

static int nsucc(IRBlock *b) {
    IRInstr *t = b->instrs.len ? VEC_AT(b->instrs, b->instrs.len - 1) : NULL;
    return !t ? 0 : t->op == IR_JUMP ? 1 : t->op == IR_BRANCH ? 2 : 0;
}

/* Is `b` reachable from one of its own successors? */
static bool on_cycle(IRBlock *b) {
    PtrMap seen = {0};
    Vec stack = {0};
    bool found = false;
    IRInstr *bt = nsucc(b) ? VEC_AT(b->instrs, b->instrs.len - 1) : NULL;
    for (int i = 0; i < nsucc(b); i++) vec_push(&stack, bt->succ[i]);
    while (stack.len && !found) {
        IRBlock *x = VEC_AT(stack, stack.len - 1);
        stack.len--;
        if (!x || pm_get(&seen, x)) continue;
        if (x == b) found = true;
        pm_put(&seen, x, x);
        IRInstr *t = nsucc(x) ? VEC_AT(x->instrs, x->instrs.len - 1) : NULL;
        for (int i = 0; i < nsucc(x); i++) vec_push(&stack, t->succ[i]);
    }
    pm_free(&seen);
    free(stack.data);
    return found;
}

/* compiler-rt's __asan_poison_stack_memory / __asan_unpoison_stack_memory (addr, size):
 * what ASan's own use-after-scope instrumentation does at lifetime markers, as real calls. Not
 * the llvm.lifetime intrinsics themselves: to the optimiser a load after lifetime.end is
 * undefined, and at -O2 it folds exactly the loads that should be reported into garbage. */
static void poison_call(CG *cg, const char *name, LLVMValueRef slot, uint64_t size) {
    LLVMTypeRef params[2] = {cg->i64, cg->i64};
    LLVMTypeRef ft = LLVMFunctionType(cg->void_t, params, 2, false);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) fn = LLVMAddFunction(cg->mod, name, ft);
    LLVMValueRef args[2] = {LLVMBuildPtrToInt(cg->b, slot, cg->i64, ""), LLVMConstInt(cg->i64, size, false)};
    LLVMBuildCall2(cg->b, ft, fn, args, 2, "");
}

LLVMValueRef cg_asan_stack_slot(CG *cg, IRInstr *alloc, LLVMValueRef slot, LLVMTypeRef ty, int64_t align) {
    if (!cg->opts->sanitize_address || !alloc->block) return slot;
    uint64_t size = LLVMABISizeOfType(cg->td, ty);
    if (size == 0 || size > TWIN_MAX_BYTES || !on_cycle(alloc->block)) return slot;
    LLVMValueRef twin = cg_entry_alloca(cg, ty, align, "asan.twin");
    LLVMValueRef turn_slot = cg_entry_alloca(cg, cg->i1, 1, "asan.turn");
    LLVMBuildStore(cg->ab, LLVMConstInt(cg->i1, 0, false), turn_slot);
    LLVMValueRef turn = LLVMBuildLoad2(cg->b, cg->i1, turn_slot, "");
    LLVMBuildStore(cg->b, LLVMBuildNot(cg->b, turn, ""), turn_slot);
    LLVMValueRef cur = LLVMBuildSelect(cg->b, turn, twin, slot, "");
    LLVMValueRef prev = LLVMBuildSelect(cg->b, turn, slot, twin, "");
    poison_call(cg, "__asan_poison_stack_memory", prev, size);
    poison_call(cg, "__asan_unpoison_stack_memory", cur, size);
    return cur;
}
