#define _GNU_SOURCE
#include "atomic_rename.h"
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
int launchkit_exchange_paths(const char *from, const char *to) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
#elif defined(__APPLE__)
int launchkit_exchange_paths(const char *from, const char *to) {
    return renamex_np(from, to, RENAME_SWAP);
}
#else
int launchkit_exchange_paths(const char *from, const char *to) {
    errno = ENOSYS;
    return -1;
}
#endif
