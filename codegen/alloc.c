/* alloc.c — heap allocations of a known size: the runtime's allocation fast path, inline.
 *
 * For 1 <= size <= GORT_FAST_MAX (runtime/runtime.h) the object comes from the head of the
 * free list gort_freelist[noscan][(size + 7) >> 3]; the runtime keeps the objects of those
 * lists zeroed except for the first word, the link, so the fast path is
 *     p = head; if (p == NULL) p = gort_alloc(size, desc); else { head = *p; *p = 0; }
 * (a load, a compare, two stores) instead of a call. Goroutines run M:1 on one thread and
 * never switch between these instructions, so no atomics are needed. The empty-list branch
 * calls gort_alloc, which refills the list, runs the collector's trigger and handles stress
 * mode (GODEBUG=gcstress=1 leaves every list empty, so every allocation reaches it).
 *
 * With -sanitize=address every allocation stays a call: ASan must see the runtime's own
 * accesses, not inlined loads of memory it does not know. */
#include "codegen_internal.h"
#include "runtime/runtime.h"

static LLVMValueRef freelist_global(CG *cg) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, "gort_freelist");
    if (g) return g;
    LLVMTypeRef row = LLVMArrayType2(cg->ptr, GORT_FAST_BUCKETS);
    g = LLVMAddGlobal(cg->mod, LLVMArrayType2(row, 2), "gort_freelist");
    LLVMSetLinkage(g, LLVMExternalLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

/* Weights the branch towards its first successor (the list was not empty). */
static void set_likely(CG *cg, LLVMValueRef br) {
    LLVMMetadataRef md[3] = {
        LLVMMDStringInContext2(cg->ctx, "branch_weights", 14),
        LLVMValueAsMetadata(LLVMConstInt(cg->i32, 100, false)),
        LLVMValueAsMetadata(LLVMConstInt(cg->i32, 1, false)),
    };
    LLVMValueRef node = LLVMMetadataAsValue(cg->ctx, LLVMMDNodeInContext2(cg->ctx, md, 3));
    LLVMSetMetadata(br, LLVMGetMDKindIDInContext(cg->ctx, "prof", 4), node);
}

LLVMValueRef cg_heap_alloc(CG *cg, Type *elem, int64_t size, LLVMValueRef desc) {
    LLVMValueRef args[2] = {LLVMConstInt(cg->i64, (uint64_t)size, false), desc};
    if (size <= 0 || size > GORT_FAST_MAX || cg->opts->sanitize_address)
        return cg_call_c(cg, "gort_alloc", cg->ptr, args, 2);

    /* Must agree with the runtime's choice of list: noscan iff the descriptor has no pointers. */
    uint64_t noscan = cg_has_pointers(elem) ? 0 : 1;
    LLVMValueRef g = freelist_global(cg);
    LLVMTypeRef gty = LLVMGlobalGetValueType(g);
    LLVMValueRef idx[3] = {LLVMConstInt(cg->i64, 0, false), LLVMConstInt(cg->i64, noscan, false),
                           LLVMConstInt(cg->i64, (uint64_t)(size + 7) >> 3, false)};
    LLVMValueRef headp = LLVMConstInBoundsGEP2(gty, g, idx, 3);

    LLVMValueRef head = LLVMBuildLoad2(cg->b, cg->ptr, headp, "alloc.head");
    LLVMSetAlignment(head, 8);
    LLVMValueRef empty = LLVMBuildICmp(cg->b, LLVMIntEQ, head, LLVMConstNull(cg->ptr), "");
    LLVMBasicBlockRef fast = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "alloc.fast");
    LLVMBasicBlockRef slow = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "alloc.slow");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, "alloc.done");
    set_likely(cg, LLVMBuildCondBr(cg->b, LLVMBuildNot(cg->b, empty, ""), fast, slow));

    LLVMPositionBuilderAtEnd(cg->b, fast);
    LLVMValueRef next = LLVMBuildLoad2(cg->b, cg->ptr, head, "alloc.next");
    LLVMSetAlignment(next, 8);
    LLVMSetAlignment(LLVMBuildStore(cg->b, next, headp), 8);
    LLVMSetAlignment(LLVMBuildStore(cg->b, LLVMConstNull(cg->i64), head), 8);
    LLVMBuildBr(cg->b, done);

    LLVMPositionBuilderAtEnd(cg->b, slow);
    LLVMValueRef called = cg_call_c(cg, "gort_alloc", cg->ptr, args, 2);
    LLVMBuildBr(cg->b, done);

    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef p = LLVMBuildPhi(cg->b, cg->ptr, "alloc");
    LLVMValueRef vals[2] = {head, called};
    LLVMBasicBlockRef from[2] = {fast, slow};
    LLVMAddIncoming(p, vals, from, 2);
    return p;
}
