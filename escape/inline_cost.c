/* inline_cost.c — which functions may be inlined and what inlining them costs.
 *
 * gc counts syntax nodes against a budget of 80. golc counts IR instructions with weights
 * chosen so that the common small functions agree: the bookkeeping lowering adds (PARAM,
 * storing a parameter into its variable, jumps, explicit checks, conversions) is free; a call
 * that stays a call costs gc's 57 extra; a call to an inlinable function costs that
 * function's own cost, as in gc.
 *
 * Never inlined (gc's reasons, or golc's frame-bound runtime protocols): defer (a defer frame
 * is per function), recover (it looks at the calling frame), go and select statements,
 * closures' bodies (they read their environment through PARAM -1), defer thunks, functions
 * with results that never return (the continuation would have no value to use). */
#include "inline_internal.h"

#include <stdio.h>
#include <string.h>

static bool frame_bound_rt(const char *name)
{
    static const char *const prefixes[] = {"gort_defer", "gort_setjmp", "gort_recover",
                                           "gort_go", "gort_select", "golc_keepalive",
                                           "gort_caller", "gort_callers", NULL};
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
    if (!f->obj && !f->wrapped)
        return "synthesized";
    int nrets = 0;
    bool has_record = false;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
            switch (in->op) {
            case IR_PARAM:
                if (in->index < 0)
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

static bool is_param_store(IRInstr *in)
{
    return in->op == IR_STORE && in->args[1]->op == IR_PARAM;
}

int inline_cost(IRFunc *f)
{
    int cost = 0;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IRBlock *b = f->blocks.data[bi];
        for (int ii = 0; ii < b->instrs.len; ii++) {
            IRInstr *in = b->instrs.data[ii];
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
            case IR_CALLIND: case IR_CALLIFACE:
                cost += INLINE_CALL_COST + in->nargs;
                break;
            default:
                cost++;
                break;
            }
        }
    }
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
