/* scope.c — lexical scopes: a name → object list with a parent link. Scopes are small
 * (a block's locals), so lookup is a linear scan from the newest entry. */
#include <string.h>

#include "types.h"

Scope *universe;

Scope *scope_new(Scope *parent) {
    Scope *s = xcalloc(1, sizeof *s);
    s->parent = parent;
    return s;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
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
}
