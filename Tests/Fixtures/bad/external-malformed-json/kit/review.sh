#!/bin/sh
cat > /dev/null
echo "{\"findings\": [}"
