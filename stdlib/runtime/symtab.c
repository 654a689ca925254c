/* symtab.c — C side of stdlib/runtime/symtab.go: runtime.Caller, runtime.Callers and the
 * function and line look-ups behind FuncForPC and CallersFrames (runtime/symtab.c does the
 * reading and the walking).
 *
 * Caller and Callers must own a frame each, whose return address is the Go caller's: they
 * are kept out of line, and their calls are not in tail position. Functions of the runtime's C code appear
 * under gc's names where gc has an equivalent frame (runtime.main, runtime.goexit, the
 * runtime.X entry points of stdlib shims). */
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

static GoString go_string(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

/* Where LLVM's suffix for a clone of a function starts ("main.f.specialized.1": function
 * specialisation; ".constprop.N", ".llvm.N", ".cold"), or NULL. */
static const char *clone_suffix(const char *sym) {
    static const char *const marks[] = {".specialized.", ".constprop.", ".llvm.", ".cold", NULL};
    const char *first = NULL;
    for (int i = 0; marks[i]; i++) {
        const char *p = strstr(sym, marks[i]);
        if (p && (!first || p < first)) first = p;
    }
    return first;
}

/* gc's name for a symbol: C shims runtime_X are runtime.X; instances of generic functions
 * and methods print their type arguments as "[...]" ("main.F[...]", "main.(*L[...]).Push");
 * LLVM's clones are named after their function; the rest keep their link name, which is
 * gc's name. Names made here are kept for reuse. */
static GoString go_name(const char *sym) {
    static struct Mapped { const char *sym; GoString name; struct Mapped *next; } *mapped;
    if (!strcmp(sym, "golc_program_main") || !strcmp(sym, "golc_program_init") || !strcmp(sym, "main"))
        return go_string("runtime.main");
    if (!strcmp(sym, "goroutine_entry")) return go_string("runtime.goexit");
    if (!strncmp(sym, "sigpanic_", 9)) return go_string("runtime.sigpanic");
    const char *clone = clone_suffix(sym);
    if (strncmp(sym, "runtime_", 8) != 0 && !strchr(sym, '[') && !clone) return go_string(sym);
    for (struct Mapped *m = mapped; m; m = m->next)
        if (m->sym == sym) return m->name;
    struct Mapped *m = malloc(sizeof *m);
    char *s = malloc(3 * strlen(sym) + 1);   /* "[]" → "[...]" at worst */
    if (!m || !s) abort();
    size_t n = 0;
    int depth = 0;
    for (const char *p = sym; *p && p != clone; p++) {
        if (*p == '[' && depth++ == 0) {
            memcpy(s + n, "[...]", 5);
            n += 5;
        } else if (*p == ']' && depth > 0) {
            depth--;
        } else if (depth == 0) {
            s[n++] = *p;
        }
    }
    s[n] = 0;
    if (!strncmp(s, "runtime_", 8)) s[7] = '.';
    *m = (struct Mapped){sym, go_string(s), mapped};
    mapped = m;
    return m->name;
}

void runtime_fileLine(uintptr_t pc, GoString *file, int64_t *line) {
    const char *f;
    if (gort_lines_lookup(&gort_symtab()->lines, pc, &f, line)) {
        *file = go_string(f);
    } else {
        *file = go_string("?");
        *line = 0;
    }
}

void runtime_funcInfo(uintptr_t pc, GoString *name, uintptr_t *entry, bool *ok) {
    const GortFunc *f = gort_symtab_func(gort_symtab(), pc);
    *ok = f != NULL;
    *name = f ? go_name(f->name) : (GoString){0};
    *entry = f ? f->lo : 0;
}

__attribute__((noinline))
void runtime_Caller(int64_t skip, uintptr_t *pc, GoString *file, int64_t *line, bool *ok) {
    uintptr_t ret;
    *pc = 0;
    *file = (GoString){0};
    *line = 0;
    *ok = false;
    /* frame 0 of the walk is the return into Caller's caller: skip 0 */
    if (skip < 0 || gort_callers_walk(__builtin_frame_address(0), skip, &ret, 1) != 1) return;
    *pc = ret - 1;   /* the call instruction, as gc reports it */
    runtime_fileLine(*pc, file, line);
    *ok = true;
}

__attribute__((noinline))
int64_t runtime_Callers(int64_t skip, uintptr_t *pcs, int64_t len, int64_t cap) {
    int64_t n = 0;
    if (skip < 0) skip = 0;
    if (skip == 0 && len > 0) {
        pcs[n++] = (uintptr_t)runtime_Callers + 1;   /* Callers' own frame (a "return address" in it) */
    } else {
        skip--;
    }
    return n + gort_callers_walk(__builtin_frame_address(0), skip, pcs + n, len - n);
}
