"""ORM modules, one per aggregate; importing this package registers every table."""

from . import (accounts, archive, attachments, audit, case_approvals, cases, centre, certification, roster,  # noqa: F401
               task_types, training, visit_frequencies, visits)
from . import pay  # noqa: F401  (commendations, warnings, performance pay)
from .base import Base

metadata = Base.metadata
