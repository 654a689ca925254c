// shim_escape.h — escape analysis' face plus the frontend headers its unit tests need.
#pragma once
extern "C" {
#include "escape/escape.h"
#include "frontend/frontend.h"
#include "frontend/ir.h"
#include "frontend/util.h"
}
