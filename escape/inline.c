/* inline.c — IR-level inlining before escape analysis (gc's inliner, approximately).
 *
 * Functions are visited bottom-up over the call graph's strongly connected components, so a
 * callee's body is final (its own calls inlined) before it is copied anywhere. In each
 * function, static calls (IR_CALL) to inlinable functions outside its component are replaced
 * by the callee's body (inline_clone.c); then the function's own cost decides whether it is
 * inlinable (inline_cost.c). Members of a cycle of several functions are never inlinable; a
 * self-recursive function may be (as gc says `can inline` for it) but is never inlined into
 * itself. Functions of every package are inlined everywhere; only the main package's
 * decisions are reported: `can inline f` at the declaration, `inlining call to f` at the
 * call's '(' (gc's position for a call). With -l (EscapeOptions.no_inline) nothing happens.
 * Afterwards the call graph is rebuilt: inlined bodies bring their callees along. */
#include "inline_internal.h"

#include <stdlib.h>
#include <string.h>

/* gc's spelling: "f", "T.m", "(*T).m" in the function's own package; "pkg.f" elsewhere
 * (the last element of the import path). */
static const char *gc_func_name(IRFunc *f, IRFunc *from)
{
    const char *name = f->name;
    if (f->pkg && f->pkg->path) {
        size_t n = strlen(f->pkg->path);
        if (strncmp(name, f->pkg->path, n) == 0 && name[n] == '.') {
            if (from && from->pkg == f->pkg)
                return name + n + 1;
            const char *slash = strrchr(f->pkg->path, '/');
            return slash ? slash + 1 : name;
        }
    }
    return name;
}

/* gc's position for a declaration: the name, or for a method the receiver list's '('. */
static Pos decl_pos(IRFunc *f)
{
    Pos p = f->obj ? f->obj->pos : f->pos;
    Node *d = f->obj ? f->obj->decl : NULL;
    if (d && d->kind == N_FUNCDECL && d->recv && d->recv->pos.col > 1) {
        p = d->recv->pos;
        p.col--;
    }
    return p;
}

/* Records that callee is inlined into f at `at` (with what was inlined into callee) and
 * reports it: gc repeats the calls inlined inside the callee's body at this call. */
static void note_inlined(EscState *st, IRFunc *f, IRFunc *callee, Pos at, bool report)
{
    FuncInfo *fi = finfo(f), *ci = finfo(callee);
    fi->inlined = xrealloc(fi->inlined, (fi->ninlined + ci->ninlined + 1) * sizeof *fi->inlined);
    fi->inlined[fi->ninlined++] = callee;
    for (int k = 0; k < ci->ninlined; k++)
        fi->inlined[fi->ninlined++] = ci->inlined[k];
    (void)st;
    if (report) {
        report_add(at, 1, xsprintf("inlining call to %s", gc_func_name(callee, f)));
        for (int k = 0; k < ci->ninlined; k++)
            report_add(at, 1, xsprintf("inlining call to %s", gc_func_name(ci->inlined[k], f)));
    }
}

/* Whether callee (decided inlinable) may be inlined into f, now f has `size` instructions. */
static bool fits(IRFunc *f, IRFunc *callee, int size)
{
    FuncInfo *ci = finfo(callee);
    if (!ci || !ci->can_inline || callee == f)
        return false;
    return size <= INLINE_BIG_CALLER || ci->cost <= INLINE_BIG_MAX_COST;
}

/* The loop depth a call's inlined body adds to its allocations: the syntactic nesting
 * lowering recorded, which the caller's own allocations use too (a call on a path that
 * leaves the loop, `if !yield(x) { fmt.Println(x); return }`, is not in the CFG's loop but
 * its allocations are per iteration), or the CFG's when more (loops made with goto). */
static int call_depth(IRInstr *call, int cfg_depth)
{
    return call->loop_depth > cfg_depth ? call->loop_depth : cfg_depth;
}

/* Static calls first: every IR_CALL of the original body whose callee is inlinable. */
static void inline_static_calls(EscState *st, IRFunc *f, bool report)
{
    int *depths = inline_block_depths(f);
    int norig = f->blocks.len;
    IRBlock **orig = xcalloc(norig ? norig : 1, sizeof *orig);
    memcpy(orig, f->blocks.data, norig * sizeof *orig);
    int size = inline_instr_count(f);
    for (int oi = 0; oi < norig; oi++) {
        IRBlock *b = orig[oi];
        int depth = depths[oi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            if (in->op != IR_CALL || !in->func)
                continue;
            IRFunc *callee = in->func;
            /* a closure's code is only reached through its record (inline_closure_calls) */
            if (callee->funclit || callee->rangefunc_body)
                continue;
            if (size > INLINE_HARD_LIMIT)
                break;
            if (!fits(f, callee, size))
                continue;
            note_inlined(st, f, callee, in->inl_pos.line ? in->inl_pos : in->pos, report);
            int cont = inline_call_site(f, b->id, in, callee, NULL, call_depth(in, depth));
            size += inline_instr_count(callee);
            b = f->blocks.data[cont];   /* the rest of this block, at the same depth */
            ii = -1;
        }
    }
    free(orig);
    free(depths);
}

/* Then calls through func values whose target f builds itself (inline_closure.c). An
 * inlined body is scanned again: an iterator's yield calls become known once both the
 * iterator and the loop body are here. Bounded, as closures can be handed to themselves. */
#define INLINE_MAX_CLOSURE_CALLS 64
static void inline_closure_calls(EscState *st, IRFunc *f, bool report)
{
    int size = inline_instr_count(f);
    for (int done = 0; done < INLINE_MAX_CLOSURE_CALLS && size <= INLINE_HARD_LIMIT; done++) {
        int *depths = inline_block_depths(f);    /* also makes block ids indices */
        IRInstr *call = NULL, *env = NULL;
        IRFunc *callee = NULL;
        int bi = 0;
        for (; bi < f->blocks.len && !call; bi++) {
            IRBlock *b = f->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len; ii++) {
                IRInstr *in = b->instrs.data[ii];
                if (in->op != IR_CALLIND)
                    continue;
                IRFunc *g = inline_known_target(f, in, &env);
                if (g && fits(f, g, size) && inline_closure_fits(f, g, env)) {
                    call = in;
                    callee = g;
                    break;
                }
            }
        }
        if (!call) {
            free(depths);
            return;
        }
        bi--;
        note_inlined(st, f, callee, call->inl_pos.line ? call->inl_pos : call->pos, report);
        inline_call_site(f, bi, call, callee, env, call_depth(call, depths[bi]));
        size += inline_instr_count(callee);
        free(depths);
    }
}

static void inline_calls_in(EscState *st, IRFunc *f)
{
    bool report = report_wanted(st, f);
    int size = inline_instr_count(f);
    if (report && size > INLINE_BIG_CALLER && st->opts && st->opts->m_level >= 2)
        report_add(decl_pos(f), 1, xsprintf("function %s considered 'big'; reducing max cost of inlinees",
                                            gc_func_name(f, f)));
    inline_static_calls(st, f, report);
    /* gc prices a call through a func value as a call, even where it inlines it later */
    finfo(f)->cost = inline_cost(f);
    inline_closure_calls(st, f, report);
}

/* Whether f can reach itself through direct calls among fns (one component of the call
 * graph). The graph also has edges for closures, func values and interface calls, which put
 * e.g. an iterator constructor and the loop bodies that call it into one component; inlining
 * only expands direct calls, so only a cycle of those makes f recursive (gc's rule). */
static bool direct_cycle(IRFunc *f, IRFunc **fns, int n)
{
    IRFunc **work = xcalloc(n, sizeof *work);
    bool *seen = xcalloc(n, sizeof *seen);
    int nw = 0;
    bool found = false;
    work[nw++] = f;
    while (nw > 0 && !found) {
        IRFunc *g = work[--nw];
        for (int bi = 0; bi < g->blocks.len && !found; bi++) {
            IRBlock *b = g->blocks.data[bi];
            for (int ii = 0; ii < b->instrs.len && !found; ii++) {
                IRInstr *in = b->instrs.data[ii];
                if (in->op != IR_CALL || !in->func)
                    continue;
                if (in->func == f) {
                    found = true;
                    break;
                }
                for (int k = 0; k < n; k++)
                    if (fns[k] == in->func && !seen[k]) {
                        seen[k] = true;
                        work[nw++] = fns[k];
                    }
            }
        }
    }
    free(work);
    free(seen);
    return found;
}

/* Whether f calls (directly) a function of the component fns. */
static bool calls_into(IRFunc *f, IRFunc **fns, int n)
{
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            if (in->op == IR_CALL && in->func)
                for (int k = 0; k < n; k++)
                    if (fns[k] == in->func)
                        return true;
        }
    }
    return false;
}

static void decide_inlinable(EscState *st, IRFunc *f, bool recursive)
{
    FuncInfo *fi = finfo(f);
    fi->can_inline = false;
    bool m2 = st->opts && st->opts->m_level >= 2 && report_wanted(st, f);
    if (recursive || inline_refusal(f) || inline_has_noinline(f)) {
        if (m2)     /* -m=2: gc's reason, where golc refuses for one of gc's reasons */
            report_add(decl_pos(f), 0, inline_refusal_text(f, recursive));
        return;
    }
    /* fi->cost: measured by inline_calls_in between static and closure-call inlining */
    fi->can_inline = fi->cost <= inline_budget(f);
    if (m2)
        report_add(decl_pos(f), 0, inline_decision_text(f, gc_func_name(f, f), fi->cost));
    else if (fi->can_inline && report_wanted(st, f))
        report_add(decl_pos(f), 0, xsprintf("can inline %s", gc_func_name(f, f)));
}

/* A component is decided in two rounds: first the functions that call nothing in it
 * directly (an iterator constructor that only builds a closure, say: the component exists
 * because of closure and func-value edges), so that the others may inline them; then the
 * rest, refused when a cycle of direct calls makes them recursive. */
static void visit_component(EscState *st, IRFunc **fns, int n)
{
    bool *early = xcalloc(n, sizeof *early);
    for (int i = 0; i < n; i++) {
        IRFunc *f = fns[i];
        if (n == 1 || f->external || f->blocks.len == 0 || calls_into(f, fns, n))
            continue;
        early[i] = true;
        inline_calls_in(st, f);
        decide_inlinable(st, f, false);
    }
    for (int i = 0; i < n; i++)
        if (!early[i] && !fns[i]->external && fns[i]->blocks.len > 0)
            inline_calls_in(st, fns[i]);
    for (int i = 0; i < n; i++)
        if (!early[i])
            decide_inlinable(st, fns[i], n > 1 && direct_cycle(fns[i], fns, n));
    free(early);
}

void inline_program(EscState *st)
{
    callgraph_sccs(st, visit_component);
    /* fresh call graph for the escape analysis proper */
    st->nstring_methods = 0;
    callgraph_build(st);
}
