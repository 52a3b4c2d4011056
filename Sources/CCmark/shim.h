// The one C header the Markdown module sees: Debian's libcmark-dev (cmark 0.30.x).
#include <cmark.h>
