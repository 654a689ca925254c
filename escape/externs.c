/* externs.c — what the analysis assumes about code it cannot see: body-less (C-implemented)
 * stdlib functions and the runtime's CALLRT entry points.
 *
 * Body-less functions are described by a table keyed by link name, one letter per IR parameter:
 *   n  nothing the parameter points to is retained or leaked
 *   h  the parameter leaks to the heap
 *   s  fmt's argument slice: the engine copies what it prints and retains nothing, but it calls
 *      the String/Error/GoString methods of the values, receiving the interface's data word
 *      (one deref below the slice), so the slice leaks to the heap one level below whatever
 *      those methods leak their receiver at (the join over every such method in the program)
 * A function missing from the table leaks every pointer-carrying parameter to the heap.
 * Adding an entry is a promise about the C code: keep the shims honest. */
#include "escape_internal.h"

#include <string.h>

typedef struct ExternSpec {
    const char *name;
    const char *params;
} ExternSpec;

static const ExternSpec extern_table[] = {
    {"fmt.Sprintf", "ns"},
    {"fmt.Sprint", "s"},
    {"fmt.Sprintln", "s"},
    {"fmt.errorfText", "ns"},
    {"fmt.writeFd", "nn"},
    {"fmt.printfFd", "nns"},
    {"fmt.printFd", "ns"},
    {"fmt.printlnFd", "ns"},
    {"fmt.appendf", "rns"},
    {"fmt.appendPrint", "rs"},
    {"fmt.appendPrintln", "rs"},
    {"os.sysGetenv", "n"},
    {"os.sysSetenv", "nn"},
    {"os.sysUnsetenv", "n"},
    {"os.sysOpen", "nnn"},
    {"os.sysRead", "nn"},
    {"os.sysWrite", "nn"},
    {"os.sysWriteString", "nn"},
    {"os.sysUnlink", "n"},
    {"os.sysRmdir", "n"},
    {"os.sysMkdir", "nn"},
    {"os.sysRename", "nn"},
    {"os.sysChdir", "n"},
    {"runtime.readMemStats", "n"},  /* fills the caller's array; ReadMemStats must not allocate */
};

static const ExternSpec *find_spec(IRFunc *f)
{
    for (size_t i = 0; i < sizeof extern_table / sizeof *extern_table; i++)
        if (strcmp(extern_table[i].name, f->name) == 0)
            return &extern_table[i];
    return NULL;
}

bool extern_calls_string_methods(IRFunc *f)
{
    const ExternSpec *s = find_spec(f);
    return s && strchr(s->params, 's');
}

static bool carries_pointers(Type *t)
{
    return !t || type_has_pointers(t) || t->kind == T_UINTPTR;
}

/* The fewest derefs at which any String/Error/GoString method leaks its receiver; 0 when one
 * of them is not summarised yet (same batch: be conservative). */
static int string_method_receiver_leak(EscState *st)
{
    int d = SUM_NONE;
    for (int i = 0; i < st->nstring_methods; i++) {
        FuncInfo *fi = finfo(st->string_methods[i]);
        if (!fi->sum)
            return 0;
        /* what a method returns is copied by the engine: only heap leaks count */
        int h = sum_heap(fi->sum, 0);
        if (h < d)
            d = h;
    }
    return d;
}

/* The table letter of f's parameter i ('h' when f is not in the table). */
char extern_param_kind(IRFunc *f, int i)
{
    const ExternSpec *spec = find_spec(f);
    char c = spec && i < (int)strlen(spec->params) ? spec->params[i] : 'h';
    return carries_pointers(f->param_types[i]) ? c : 'n';
}

Summary *extern_summary(EscState *st, IRFunc *f)
{
    Summary *s = summary_new(f->nparams, f->nresults);
    const ExternSpec *spec = find_spec(f);
    s->heap[0] = SUM_NONE;
    for (int i = 0; i < f->nparams; i++) {
        char c = spec && i < (int)strlen(spec->params) ? spec->params[i] : 'h';
        if (!carries_pointers(f->param_types[i]))
            c = 'n';
        if (c == 'h')
            s->heap[i + 1] = 0;
        else if (c == 'r' && f->nresults > 0)
            s->result[(i + 1) * s->nresults] = 0;
        else if (c == 's') {
            int d = string_method_receiver_leak(st);
            s->heap[i + 1] = d == SUM_NONE ? SUM_NONE : d + 1;
        }
    }
    return s;
}

/* Runtime entry points that never retain a pointer argument. */
static const char *const rt_noescape[] = {
    "gort_strcmp", "gort_printpointer", "gort_printuint", "gort_printstring", "gort_printsp",
    "gort_printslice", "gort_printnl", "gort_printint", "gort_printiface", "gort_printfloat32",
    "gort_printfloat", "gort_printcomplex64", "gort_printcomplex", "gort_printbool",
    "gort_panic_slice_u", "gort_panic_slice", "gort_panic_shift", "gort_panic_nil",
    "gort_panic_makeslice_len", "gort_panic_makeslice_cap", "gort_panic_index_u",
    "gort_panic_index", "gort_panic_divide", "gort_panic_msg", "gort_intstring",
    "gort_ifaceeq", "gort_decoderune", "gort_countrunes", "gort_runesbytelen",
    "gort_stringtorunes", "gort_runestostring", "gort_alloc", "gort_alloc_array",
    /* maps: the header may be on the stack; the runtime keeps entries in heap tables */
    "gort_makemap", "gort_maplen", "gort_mapaccess", "gort_mapdelete", "gort_mapclear",
    "gort_mapiterinit", "gort_mapiternext",
    /* defer (frontend/lower_defer.c): the frame and result slots stay in their frame; the
     * records pushed are ALLOC_DEFER sites, decided by escape/decide.c (frame or heap) */
    "gort_defer_enter", "gort_defer_push", "gort_defer_return", "gort_setjmp", "golc_keepalive",
    /* channels (frontend/lower_chan.c): headers are ALLOC_MAKECHAN sites, on the heap already;
     * a receive copies a heap value into the caller's temporary */
    "gort_makechan", "gort_chanrecv", "gort_closechan", "gort_chanlen", "gort_chancap",
};

void rt_call_flows(EscState *st, IRInstr *call)
{
    const char *name = call->rt_name ? call->rt_name : "";
    for (size_t i = 0; i < sizeof rt_noescape / sizeof *rt_noescape; i++)
        if (strcmp(rt_noescape[i], name) == 0)
            return;
    if (strcmp(name, "gort_mapassign") == 0) {
        /* (maptype, h, key): the key is copied into the map's heap tables */
        if (call->nargs > 2)
            loc_flow(st->heap, value_loc(st, call->args[2]), 1);
        return;
    }
    if (strcmp(name, "gort_growslice") == 0) {
        /* (out, oldptr, ...): the old elements are copied into the new heap array, and `out`
         * receives a pointer to that heap array (nothing local). */
        if (call->nargs > 1)
            loc_flow(st->heap, value_loc(st, call->args[1]), 1);
        return;
    }
    if (strcmp(name, "gort_chansend") == 0) {
        /* (c, elem): the value at elem is copied into the channel or to a receiver */
        if (call->nargs > 1)
            loc_flow(st->heap, value_loc(st, call->args[1]), 1);
        return;
    }
    if (strcmp(name, "gort_select") == 0) {
        /* (cases, n, block, ok): cases[i].elem points at a send's value, copied like a send */
        if (call->nargs > 0)
            loc_flow(st->heap, value_loc(st, call->args[0]), 2);
        return;
    }
    /* gort_gopanic and anything not listed: every pointer argument escapes. */
    for (int i = 0; i < call->nargs; i++)
        if (carries_pointers(call->args[i]->type))
            loc_flow(st->heap, value_loc(st, call->args[i]), 0);
}
