#!/bin/sh
cat > /dev/null
echo "legal API unreachable" >&2
exit 4
