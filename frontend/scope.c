/* scope.c — lexical scopes: a name → object list with a parent link. Most scopes are
 * small (a block's locals) and are scanned linearly from the newest entry; a scope that
 * grows large (a package, a generated function with thousands of locals) gets a hash
 * index so lookups stay constant-time. */
#include <string.h>

#include "types.h"

Scope *universe;

#define INDEX_THRESHOLD 16

typedef struct ScopeIndex {
    int *slots;   /* entry index + 1, 0 = empty */
    int cap;      /* power of two */
} ScopeIndex;

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void index_put(ScopeIndex *ix, Scope *s, int entry) {
    unsigned h = name_hash(s->names.data[entry]) & (unsigned)(ix->cap - 1);
    for (;;) {
        int e = ix->slots[h];
        if (e == 0 || !strcmp(s->names.data[e - 1], s->names.data[entry])) {
            ix->slots[h] = entry + 1; /* a later entry of the same name wins */
            return;
        }
        h = (h + 1) & (unsigned)(ix->cap - 1);
    }
}

static void index_rebuild(Scope *s) {
    ScopeIndex *ix = s->index ? s->index : xcalloc(1, sizeof *ix);
    ix->cap = 64;
    while (ix->cap < s->names.len * 4) ix->cap *= 2;
    ix->slots = xcalloc((size_t)ix->cap, sizeof(int));
    for (int i = 0; i < s->names.len; i++) index_put(ix, s, i);
    s->index = ix;
}

Scope *scope_new(Scope *parent) {
    Scope *s = xcalloc(1, sizeof *s);
    s->parent = parent;
    return s;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
    ScopeIndex *ix = s->index;
    if (ix) {
        unsigned h = name_hash(name) & (unsigned)(ix->cap - 1);
        for (;;) {
            int e = ix->slots[h];
            if (e == 0) return NULL;
            if (!strcmp(s->names.data[e - 1], name)) return s->objs.data[e - 1];
            h = (h + 1) & (unsigned)(ix->cap - 1);
        }
    }
    for (int i = s->names.len - 1; i >= 0; i--)
        if (!strcmp(s->names.data[i], name)) return s->objs.data[i];
    return NULL;
}

Obj *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Obj *o = scope_lookup_local(s, name);
        if (o) return o;
    }
    return NULL;
}

void scope_insert(Scope *s, Obj *o) {
    vec_push(&s->names, (void *)o->name);
    vec_push(&s->objs, o);
    ScopeIndex *ix = s->index;
    if (ix && s->names.len * 2 < ix->cap) index_put(ix, s, s->names.len - 1);
    else if (s->names.len >= INDEX_THRESHOLD) index_rebuild(s);
}
