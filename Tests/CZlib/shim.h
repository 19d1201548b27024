// zlib inflates the deflated parts of an .xlsx (a zip) so tests can read workbooks back.
#include <zlib.h>
