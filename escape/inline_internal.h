/* inline_internal.h — the pieces of escape/'s inliner (inline.c drives them).
 *
 *  - inline_cost.c: whether a function may be inlined at all and what its body costs, in an
 *    instruction-count model calibrated to agree with gc's 80-node budget on small functions.
 *  - inline_clone.c: the transformation — a callee's blocks cloned into a caller at a static
 *    call, and the loop depth of every block (cloned ALLOCs need the call site's depth). */
#ifndef GOLC_ESCAPE_INLINE_INTERNAL_H
#define GOLC_ESCAPE_INLINE_INTERNAL_H

#include "escape_internal.h"

#define INLINE_BUDGET 80          /* gc's inlineMaxBudget */
#define INLINE_CALL_COST 57       /* gc's inlineExtraCallCost: a call that stays a call */
#define INLINE_BIG_CALLER 5000    /* gc's inlineBigFunctionNodes: past this size ... */
#define INLINE_BIG_MAX_COST 20    /* ... only callees this cheap are inlined */
#define INLINE_HARD_LIMIT 20000   /* never grow a caller beyond this many instructions */

/* inline_cost.c */
/* Why a function can never be inlined (NULL: it may be, if cheap enough). */
const char *inline_refusal(IRFunc *f);
/* The cost of f's body; calls to inlinable functions cost the callee's cost. */
int inline_cost(IRFunc *f);
int inline_instr_count(IRFunc *f);
/* `//go:noinline` in the comment lines right above the function's declaration. */
bool inline_has_noinline(IRFunc *f);

/* inline_clone.c */
/* Loop depth of every block of f, indexed by block id (ids are renumbered to indices first). */
int *inline_block_depths(IRFunc *f);
/* Replaces `call` (an IR_CALL in caller, in block at index bi) by a copy of the callee's body.
 * Returns the index of the continuation block (the rest of the call's block). */
int inline_call_site(IRFunc *caller, int bi, IRInstr *call, int call_depth);
void inline_renumber(IRFunc *f);

#endif
