#ifndef ACCORD_CFUZZDRIVER_H
#define ACCORD_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 12+): parses the usual libFuzzer flags from argv and runs
/// `callback` over the inputs. Provided by the runtime that `-sanitize=fuzzer` links in.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
