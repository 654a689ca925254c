/* inline_cost.c — which functions may be inlined and what inlining them costs.
 *
 * gc counts syntax nodes against a budget of 80. golc counts IR instructions with weights
 * chosen so that the common small functions agree: the bookkeeping lowering adds (PARAM,
 * storing a parameter into its variable, jumps, explicit checks, conversions) is free; a call
 * that stays a call costs gc's 57 extra; a call to an inlinable function costs that
 * function's own cost, as in gc.
 *
 * Closures' bodies (func literals and range-over-func loop bodies) are inlined where their
 * record is known (inline_closure.c); other synthesized code with an environment (method
 * value wrappers) is not. Never inlined (gc's reasons, or golc's frame-bound runtime
 * protocols): defer (a defer frame is per function), recover (it looks at the calling
 * frame), go and select statements, defer thunks, functions with results that never return
 * (the continuation would have no value to use). */
#include "inline_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool frame_bound_rt(const char *name)
{
    static const char *const prefixes[] = {"gort_defer", "gort_setjmp", "gort_recover",
                                           "gort_go", "gort_select", "golc_keepalive",
                                           "gort_caller", "gort_callers", "runtime_Caller", NULL};
    if (strcmp(name, "gort_goid") == 0 || strcmp(name, "gort_gopanic") == 0 ||
        strcmp(name, "gort_gosched") == 0)
        return false;
    for (int i = 0; prefixes[i]; i++)
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

const char *inline_refusal(IRFunc *f)
{
    if (f->external || f->blocks.len == 0)
        return "no body";
    if (f->defer_thunk)
        return "defer thunk";
    bool closure = f->funclit || f->rangefunc_body;
    if (!f->obj && !f->wrapped && !closure)
        return "synthesized";
    int nrets = 0;
    bool has_record = false;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            switch (in->op) {
            case IR_PARAM:
                if (in->index < 0 && !closure)
                    return "closure";
                break;
            case IR_RET:
                nrets++;
                break;
            case IR_CALLRT:
                /* gc's words where gc refuses for the same reason (-m=2 prints them) */
                if (in->rt_name && strcmp(in->rt_name, "gort_go") == 0)
                    return "unhandled op GO";
                if (in->rt_name && strncmp(in->rt_name, "gort_select", 11) == 0)
                    return "unhandled op SELECT";
                if (in->rt_name && strncmp(in->rt_name, "gort_defer", 10) == 0)
                    return "unhandled op DEFER";
                if (in->rt_name && frame_bound_rt(in->rt_name))
                    return "frame-bound runtime call";
                break;
            case IR_CALL:   /* runtime.Caller/Callers (stdlib shims) look at this frame */
                if (in->func && in->func->external && in->func->c_name && frame_bound_rt(in->func->c_name))
                    return "frame-bound runtime call";
                break;
            case IR_ALLOC:
                if (in->alloc_kind == ALLOC_DEFER)
                    has_record = true;  /* a go or defer record: the call says which */
                break;
            default:
                break;
            }
        }
    }
    if (has_record)
        return "unhandled op DEFER";
    if (nrets == 0 && f->nresults > 0)
        return "never returns";
    return NULL;
}

int inline_budget(IRFunc *f)
{
    /* gc: a closure may be big, as long as the call inlined is its only one */
    return f->funclit || f->rangefunc_body ? INLINE_CALLED_ONCE_BUDGET : INLINE_BUDGET;
}

bool inline_closure_fits(IRFunc *f, IRFunc *g, IRInstr *env)
{
    FuncInfo *gi = finfo(g);
    if (!gi || !gi->can_inline)
        return false;
    if (gi->cost <= INLINE_BUDGET)
        return true;
    int calls = 0;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii], *e;
            if (in->op == IR_CALLIND && inline_known_target(f, in, &e) == g && e == env)
                calls++;
        }
    }
    return calls == 1;
}

/* Whether v is a func literal's value in a body: a closure record, or the static func value
 * of a literal that captures nothing (not the code word a record is filled with). */
static bool is_literal_value(IRInstr *user, IRInstr *v)
{
    if (v->op == IR_ALLOC)
        return v->alloc_kind == ALLOC_CLOSURE && v->site && v->site->kind == N_FUNCLIT;
    return v->op == IR_FUNCVAL && v->func && v->func->funclit &&
           !(user->op == IR_CONVERT && user->type && under(user->type)->kind == T_POINTER);
}

static bool is_param_store(IRInstr *in)
{
    return in->op == IR_STORE && in->args[1]->op == IR_PARAM;
}

int inline_cost(IRFunc *f)
{
    int cost = 0;
    IRFunc **literals = NULL;   /* each func literal costs gc's closure charge once */
    int nliterals = 0;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            for (int a = 0; a < in->nargs + (in->op == IR_ALLOC); a++) {
                IRInstr *v = a < in->nargs ? in->args[a] : in;
                if (!v || !is_literal_value(in, v))
                    continue;
                IRFunc *code = v->op == IR_ALLOC ? closure_func(v) : v->func;
                bool seen = false;
                for (int k = 0; k < nliterals && !seen; k++)
                    seen = literals[k] == code;
                if (seen || !code)
                    continue;
                literals = xrealloc(literals, (nliterals + 1) * sizeof *literals);
                literals[nliterals++] = code;
                cost += INLINE_CLOSURE_COST;
            }
            switch (in->op) {
            case IR_PARAM: case IR_JUMP: case IR_NILCHECK: case IR_BOUNDSCHECK:
            case IR_SLICECHECK: case IR_CONVERT: case IR_EXTRACT: case IR_UNREACHABLE:
                break;
            case IR_ALLOC:
                if (in->alloc_kind != ALLOC_VAR && in->alloc_kind != ALLOC_TEMP)
                    cost++;
                break;
            case IR_STORE:
                if (!is_param_store(in))
                    cost++;
                break;
            case IR_CALL: {
                FuncInfo *ci = in->func ? finfo(in->func) : NULL;
                if (ci && ci->can_inline)
                    cost += ci->cost;
                else
                    cost += INLINE_CALL_COST + in->nargs;
                break;
            }
            case IR_CALLIND: {
                /* a call of a closure built right here costs the closure, as in gc */
                IRInstr *env;
                IRFunc *known = inline_known_target(f, in, &env);
                if (known && known != f && inline_closure_fits(f, known, env))
                    cost += finfo(known)->cost + 1;
                else
                    cost += INLINE_CALL_COST + in->nargs;
                break;
            }
            case IR_CALLIFACE:
                cost += INLINE_CALL_COST + in->nargs;
                break;
            default:
                cost++;
                break;
            }
        }
    }
    free(literals);
    return cost;
}

int inline_instr_count(IRFunc *f)
{
    int n = 0;
    for (int bi = 0; bi < f->blocks.len; bi++)
        n += ((IRBlock *)f->blocks.data[bi])->instrs.len;
    return n;
}

/* Source lines of the files seen so far, for the pragma check. */
typedef struct SrcLines {
    int file;
    char **lines;
    int n;
} SrcLines;

static SrcLines *files;
static int nfiles;

static SrcLines *src_lines(int file)
{
    for (int i = 0; i < nfiles; i++)
        if (files[i].file == file)
            return &files[i];
    files = xrealloc(files, (nfiles + 1) * sizeof *files);
    SrcLines *s = &files[nfiles++];
    *s = (SrcLines){file, NULL, 0};
    FILE *fp = fopen(src_file_name(file), "r");
    if (!fp)
        return s;
    char buf[4096];
    while (fgets(buf, sizeof buf, fp)) {
        s->lines = xrealloc(s->lines, (s->n + 1) * sizeof *s->lines);
        s->lines[s->n++] = xsprintf("%s", buf);
    }
    fclose(fp);
    return s;
}

bool inline_has_noinline(IRFunc *f)
{
    Pos p = f->obj ? f->obj->pos : f->pos;
    if (p.file == 0 || p.line <= 1)
        return false;
    SrcLines *s = src_lines(p.file);
    for (int l = p.line - 2; l >= 0 && l < s->n; l--) {
        const char *t = s->lines[l];
        while (*t == ' ' || *t == '\t')
            t++;
        if (strncmp(t, "//", 2) != 0)
            break;
        if (strncmp(t, "//go:noinline", 13) == 0)
            return true;
    }
    return false;
}
