#!/usr/bin/env python
import sys

if __name__ == "__main__":
    from training.startup import load_settings_or_exit

    load_settings_or_exit()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
