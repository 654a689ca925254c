/* codegen.h — codegen's face: IR (frontend/ir.h) → LLVM IR → object file → linked executable.
 *
 * Codegen makes no decisions of its own about where values live: it reads the `decision` that
 * escape analysis wrote into each ALLOC. */
#ifndef GOLC_CODEGEN_H
#define GOLC_CODEGEN_H

#include "../frontend/ir.h"

typedef enum EmitKind { EMIT_EXE, EMIT_OBJ, EMIT_ASM, EMIT_LLVM } EmitKind;

typedef struct CodegenOptions {
    const char *goarch;     /* "amd64" | "arm64" */
    int opt_level;          /* 0..3 */
    EmitKind emit;
    const char *output;     /* output path */
    const char *runtime_lib;/* path of libgolcrt.a for goarch (EMIT_EXE) */
    bool sanitize_address;  /* -sanitize=address: ASan instrumentation and link (amd64) */
} CodegenOptions;

/* Returns 0 on success; on failure prints a message and returns 1. */
int codegen_emit(IRProgram *p, CodegenOptions *opts);

#endif
