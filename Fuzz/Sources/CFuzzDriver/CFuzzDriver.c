// Only the header matters; SwiftPM wants at least one source file in a C target.
#include "CFuzzDriver.h"
