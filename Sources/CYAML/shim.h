#ifndef LAUNCHKIT_CYAML_SHIM_H
#define LAUNCHKIT_CYAML_SHIM_H
#include <yaml.h>
#endif
