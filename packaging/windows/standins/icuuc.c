/* Stand-in for Wine 8.0 only (never shipped): Qt6Core of PySide6 >= 6.10 imports Windows'
 * system ICU (icuuc.dll, in Windows since 10 version 1903; in Wine only since 11.5) for legacy
 * text converters. Every converter "fails to open", so Qt keeps to its built-in UTF and
 * Latin-1 codecs; the rest is never reached without a converter and does nothing. */
#include <stddef.h>
#include <stdint.h>

#define U_FILE_ACCESS_ERROR 4

void *ucnv_open(const char *name, int *err)
{
    (void)name;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

const char *ucnv_getStandardName(const char *name, const char *standard, int *err)
{
    (void)name;
    (void)standard;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
void ucnv_close(void *converter) { (void)converter; }

/* Only ever called with a converter, which this stand-in never gives out. */
#define NOTHING(name) intptr_t name(void) { return 0; }
NOTHING(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
NOTHING(UCNV_TO_U_CALLBACK_SUBSTITUTE)
NOTHING(ucnv_reset)
NOTHING(ucnv_getMaxCharSize)
NOTHING(ucnv_getName)
NOTHING(ucnv_getToUCallBack)
NOTHING(ucnv_getFromUCallBack)
NOTHING(ucnv_setToUCallBack)
NOTHING(ucnv_setFromUCallBack)
NOTHING(ucnv_cbToUWriteUChars)
NOTHING(ucnv_toUnicode)
NOTHING(ucnv_cbFromUWriteUChars)
NOTHING(ucnv_toUCountPending)
NOTHING(ucnv_fromUCountPending)
NOTHING(ucnv_fromUnicode)
