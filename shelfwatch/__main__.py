import sys

from shelfwatch.cli import main

sys.exit(main())
