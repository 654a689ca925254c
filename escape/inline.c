/* inline.c — IR-level inlining before escape analysis. Not implemented yet: golc reports no
 * `can inline` / `inlining call to` decisions and analyses every call through summaries
 * (what gc does with -l). */
#include "escape_internal.h"

void inline_program(EscState *st)
{
    (void)st;
}
