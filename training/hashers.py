"""Password hashing at OWASP's recommendation for Argon2id: 19 MiB of memory, 2 passes, 1 lane.

Django's default Argon2 parameters (100 MiB, 8 lanes) cost about 0.3 s of CPU per sign-in, which a
hall of a thousand trainees signing in before an exam cannot afford on two cores. These parameters
still make every guess cost 19 MiB of memory and some tens of milliseconds, which is what defeats
GPU and ASIC cracking (OWASP Password Storage Cheat Sheet). A hash made with other parameters is
verified with its own and re-hashed with these at the next sign-in (Django's ``must_update``).
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class Argon2idPasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
