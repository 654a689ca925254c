// shim_runtime.h — the C runtime's headers for the C++ unit tests.
#pragma once
extern "C" {
#include "runtime/runtime.h"
#include "runtime/gc_internal.h"
#include "runtime/ftoa.h"
extern void *__libc_stack_end;
}
