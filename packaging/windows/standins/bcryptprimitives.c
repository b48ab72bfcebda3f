/* Stand-in for Wine 8.0 only (never shipped): Windows 10+ has bcryptprimitives!ProcessPrng,
 * which cryptography's Rust extension imports; Wine 8.0 lacks it. Forwards to BCryptGenRandom. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
