#ifndef LAUNCHKIT_ATOMIC_RENAME_H
#define LAUNCHKIT_ATOMIC_RENAME_H

/// Atomically exchanges two existing paths (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np
/// RENAME_SWAP). Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where the
/// kernel or file system cannot exchange).
int launchkit_exchange_paths(const char *from, const char *to);

#endif
