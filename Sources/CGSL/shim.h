#ifndef GAPMATRIX_CGSL_SHIM_H
#define GAPMATRIX_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_qrng.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_eigen.h>

/* Swift 6 treats C globals such as gsl_rng_mt19937 as shared mutable state, so the
   type pointers are handed out through functions instead. */
static inline const gsl_rng_type *gapmatrix_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_qrng_type *gapmatrix_qrng_sobol(void) { return gsl_qrng_sobol; }

#endif
