/* format.h — the face of fmt's formatting engine (C), used by the fmt package shims
 * (fmt_shim.c) and by the unit tests.
 *
 * Why C: golc has no reflect package yet, so the engine walks the runtime's type descriptors
 * (runtime.h GoType) itself — this engine *is* golc's reflection for fmt. It follows the
 * documented behaviour of Go's fmt byte for byte (verbs, flags, width/precision, the
 * %!verb(type=value) error forms, Print/Println spacing), checked against gc's output in
 * test/unit/fmt_test.cc.
 *
 * Output goes to a FmtBuf on the C heap; the Go-facing shims copy it into a Go string.
 * The engine may call Go methods (String, Error) of the values it prints. */
#ifndef GOLC_STDLIB_FMT_FORMAT_H
#define GOLC_STDLIB_FMT_FORMAT_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/runtime.h"

typedef struct FmtBuf {
    uint8_t *data;
    int64_t len, cap;
} FmtBuf;

void fmtbuf_free(FmtBuf *b);

/* Sprintf. wrap_errs: %w accepted as for Errorf (printed like %v); otherwise %w is a bad verb. */
void fmt_engine_sprintf(FmtBuf *out, const uint8_t *format, int64_t flen,
                        const GoIface *args, int64_t nargs, bool wrap_errs);
/* Sprint: spaces between operands when neither side is a string. */
void fmt_engine_sprint(FmtBuf *out, const GoIface *args, int64_t nargs);
/* Sprintln: spaces between all operands, newline at the end. */
void fmt_engine_sprintln(FmtBuf *out, const GoIface *args, int64_t nargs);

#endif
