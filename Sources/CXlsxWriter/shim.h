// libxlsxwriter (Debian libxlsxwriter-dev) writes the Excel workbook of a report.
#include <xlsxwriter.h>
