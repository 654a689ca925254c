/* bigint.h — arbitrary-precision integers and exact rationals for Go constants.
 *
 * Go's untyped constants are exact: integers of any size, and floats that gc represents
 * with at least 256 bits of mantissa. golc keeps floats as exact rationals (BigRat),
 * which is simpler and never less precise; only conversion to float32/float64 rounds
 * (correctly: round-to-nearest-even). Values are immutable once made; every operation
 * returns a fresh value (the compiler's memory is an arena in effect, see util.h). */
#ifndef GOLC_BIGINT_H
#define GOLC_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct BigInt {
    bool neg;      /* sign; zero is never negative */
    int n;         /* number of 32-bit limbs in use (0 for zero), no leading zero limbs */
    uint32_t *d;   /* little-endian limbs */
} BigInt;

typedef struct BigRat {
    BigInt *num;   /* numerator, carries the sign */
    BigInt *den;   /* denominator, always > 0, gcd(num, den) == 1 */
} BigRat;

/* ---- integers ---- */
BigInt *bi_from_int64(int64_t v);
BigInt *bi_from_uint64(uint64_t v);
/* Parses a Go integer literal body: decimal, 0x, 0o, 0b, legacy 0-octal, '_' separators.
 * Returns NULL if malformed. */
BigInt *bi_parse(const char *s);
bool bi_is_zero(const BigInt *a);
int bi_sign(const BigInt *a);                 /* -1, 0, 1 */
int bi_cmp(const BigInt *a, const BigInt *b);
BigInt *bi_neg(const BigInt *a);
BigInt *bi_add(const BigInt *a, const BigInt *b);
BigInt *bi_sub(const BigInt *a, const BigInt *b);
BigInt *bi_mul(const BigInt *a, const BigInt *b);
BigInt *bi_quo(const BigInt *a, const BigInt *b);  /* truncated toward zero; b != 0 */
BigInt *bi_rem(const BigInt *a, const BigInt *b);  /* sign of a; b != 0 */
BigInt *bi_shl(const BigInt *a, unsigned s);
BigInt *bi_shr(const BigInt *a, unsigned s);        /* arithmetic (floor) for negatives */
/* Bitwise ops on the infinite two's-complement representation (as Go specifies). */
BigInt *bi_and(const BigInt *a, const BigInt *b);
BigInt *bi_or(const BigInt *a, const BigInt *b);
BigInt *bi_xor(const BigInt *a, const BigInt *b);
BigInt *bi_andnot(const BigInt *a, const BigInt *b);
BigInt *bi_not(const BigInt *a);                   /* -a - 1 */
BigInt *bi_gcd(const BigInt *a, const BigInt *b);  /* of magnitudes */
int bi_bitlen(const BigInt *a);                    /* bits of |a| */
bool bi_fits_int64(const BigInt *a);
bool bi_fits_uint64(const BigInt *a);
int64_t bi_to_int64(const BigInt *a);              /* low 64 bits, two's complement */
uint64_t bi_to_uint64(const BigInt *a);            /* low 64 bits of |a| negated if needed */
char *bi_to_string(const BigInt *a);               /* decimal */

/* ---- rationals ---- */
BigRat *br_from_int(const BigInt *a);
BigRat *br_make(const BigInt *num, const BigInt *den); /* normalises; den != 0 */
BigRat *br_from_double(double d);                  /* exact; d must be finite */
/* Parses a Go floating-point literal (decimal with optional exponent, or hex with p
 * exponent, '_' separators). Returns NULL if malformed. */
BigRat *br_parse(const char *s);
bool br_is_int(const BigRat *a);
bool br_is_zero(const BigRat *a);
int br_sign(const BigRat *a);
int br_cmp(const BigRat *a, const BigRat *b);
BigRat *br_neg(const BigRat *a);
BigRat *br_add(const BigRat *a, const BigRat *b);
BigRat *br_sub(const BigRat *a, const BigRat *b);
BigRat *br_mul(const BigRat *a, const BigRat *b);
BigRat *br_quo(const BigRat *a, const BigRat *b);  /* b != 0 */
BigInt *br_trunc(const BigRat *a);                 /* integer part toward zero */
/* Correctly rounded (nearest, ties to even) conversions. *overflow is set when the value
 * rounds beyond the largest finite value (the result is then ±Inf). Either may be NULL. */
double br_to_double(const BigRat *a, bool *overflow);
float br_to_float(const BigRat *a, bool *overflow);
/* Short form as gc prints float constants in messages ("1.5", "1e+100", "0.1"). */
char *br_to_string(const BigRat *a);

#endif
